export const id = 257;
export const ids = [257];
export const modules = {

/***/ 4257:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   codeQualityIssues: () => (/* binding */ codeQualityIssues),
/* harmony export */   codeQualityText: () => (/* binding */ codeQualityText)
/* harmony export */ });
/* unused harmony exports CODE_QUALITY_SEVERITIES, projectPath */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
// GitLab Code Quality report from results documents: the findings that have a
// place in a file, as GitLab shows them in the merge request (the widget, and
// the diff's gutter). The format is GitLab's subset of the Code Climate issue
// ("Implement a custom tool", doc/ci/testing/code_quality.md): a JSON array of
// objects with description, check_name, fingerprint, severity (info, minor,
// major, critical, blocker), location.path (relative to the project) and
// location.lines.begin; no byte order mark. GitLab ignores other properties.
//
// What becomes an issue:
// - a validate-data document's data errors (the line-level samples: a cell that
//   is not a number, a duplicate key, a blank row), one issue each;
// - every check that did not pass and names a file (an input problem, a
//   comparison rule about the candidate's file), once per location — except a
//   location a data error above already stands for;
// - nothing else: a finding without a file (drift of a column, the gate's
//   decision) has no place in the diff; the report and the note carry it.
//
// Severity: a check that could not run (status error) is critical, a failure
// major, a warning minor. The fingerprint identifies the finding, not its
// wording: the check (or error type), file, line, row and field — so the same
// finding keeps its fingerprint from one pipeline to the next (GitLab compares
// the merge request's report with the target branch's by fingerprint) and two
// findings never share one (GitLab shows one entry per fingerprint).


const CODE_QUALITY_SEVERITIES = (/* unused pure expression or super */ null && (['info', 'minor', 'major', 'critical', 'blocker']));
const SEVERITY = { error: 'critical', fail: 'major', warn: 'minor' };
/** The Code Quality issues of some results documents, in document order. */
function codeQualityIssues(documents, options = {}) {
    const issues = [];
    const seen = new Set();
    const add = (issue) => {
        if (seen.has(issue.fingerprint))
            return;
        seen.add(issue.fingerprint);
        issues.push(issue);
    };
    for (const document of documents) {
        // Where a data error already reports a cell, the check's location at that cell adds nothing.
        const covered = new Set();
        if (document.kind === 'validate-data') {
            for (const error of document.data.errors) {
                const path = projectPath(error.file, options.root);
                covered.add(place(path, error.line, error.row, error.field));
                add(dataErrorIssue(error, path));
            }
        }
        for (const check of document.checks) {
            if (check.status === 'pass')
                continue;
            for (const location of check.locations) {
                if (!location.file)
                    continue;
                const path = projectPath(location.file, options.root);
                if (covered.has(place(path, location.line, location.row, location.field)))
                    continue;
                add(checkIssue(document.kind, check, check.status, location, path));
            }
        }
    }
    return issues;
}
/** The report file's text: the JSON array (no byte order mark, which GitLab's parser refuses). */
function codeQualityText(issues) {
    return JSON.stringify(issues, null, 2) + '\n';
}
function dataErrorIssue(error, path) {
    const kind = error.constraint ? `${error.type}:${error.constraint}` : error.type;
    const check_name = `holdout/data/${kind}`;
    const where = [error.row && error.type !== 'blank-row' ? `row ${error.row}` : undefined, error.field ? `field ${error.field}` : undefined].filter(Boolean).join(', ');
    return {
        description: oneLine(where ? `${where}: ${error.message}` : error.message),
        check_name,
        fingerprint: fingerprint([check_name, path, error.line ?? null, error.row ?? null, error.field ?? null]),
        severity: error.severity === 'warn' ? 'minor' : 'major',
        location: { path, lines: { begin: error.line ?? 1 } },
    };
}
function checkIssue(kind, check, status, location, path) {
    const check_name = `holdout/${kind}/${check.rule ?? (status === 'error' ? 'input' : slug(check.title))}`;
    const where = [location.row ? `row ${location.row}` : undefined, location.field ? `field ${location.field}` : undefined].filter(Boolean).join(', ');
    return {
        description: oneLine(`${check.title}: ${check.message}${where ? ` (${where})` : ''}`),
        check_name,
        // The check's id is unique in its document and the same from run to run; it is hashed, never read.
        fingerprint: fingerprint([check_name, check.id, path, location.line ?? null, location.row ?? null, location.field ?? null]),
        severity: SEVERITY[status],
        location: { path, lines: { begin: location.line ?? 1 } },
    };
}
/** A path as GitLab matches it against the diff: relative to the project, forward slashes, no leading ./ */
function projectPath(file, root) {
    let path = file;
    if (root && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file)) {
        const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, file);
        if (inside !== '' && !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside))
            path = inside.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    return path.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
}
function place(path, line, row, field) {
    return JSON.stringify([path, line ?? null, row ?? null, field ?? null]);
}
function fingerprint(parts) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
function slug(title) {
    return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'check';
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}


/***/ })

};
