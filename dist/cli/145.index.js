export const id = 145;
export const ids = [145];
export const modules = {

/***/ 5918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ exportFiles)
});

// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
;// CONCATENATED MODULE: ./build/shared/export/junit.js
// Results documents as JUnit XML, the test report Jenkins, GitLab, Azure
// Pipelines, Buildkite and CircleCI show natively. Pure: documents in, text
// out; the entries write the file (atomically, with the step's other files).
//
// The shape follows the schema those tools accept (Jenkins xunit-plugin's
// junit-10.xsd; test/fixtures/junit/junit-10.xsd):
//   <testsuites name="holdout" tests failures errors>
//     <testsuite name tests failures errors skipped timestamp file>   one per results document
//       <properties> commit, kind, status, results file, baseline
//       <testcase classname="<step>.<subject>" name="<check title>">   one per check
//         <failure message type>  a failing check: message, observed/expected, file:line of each location
//         <error message type>    a check that could not be evaluated
//         <skipped message/>      a drift column that was not compared (data.drift.skipped)
//         <system-out>            the check's message (and a warning's)
// junit-10.xsd allows no `file` on a testcase and no `skipped` on testsuites,
// so neither is written. Text is XML 1.0: characters XML cannot hold (C0
// controls other than tab, newline and carriage return; U+FFFE, U+FFFF; lone
// surrogates) are removed, attributes escape quotes and keep newlines as
// character references, and bodies are CDATA sections with `]]>` split.
/** Characters XML 1.0 cannot hold (a lone surrogate included: the `u` flag reads it as one code point). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** The text with every character XML 1.0 cannot represent removed. */
function xmlText(text) {
    return text.replace(NOT_XML, '');
}
/** An attribute value (between double quotes). Tab, newline and carriage return are references, so a reader gets them back rather than spaces. */
function xmlAttribute(text) {
    return xmlText(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
const ATTRIBUTE_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
/** Text as one or more CDATA sections: `]]>` cannot occur inside one, so it is split between two. */
function cdata(text) {
    return `<![CDATA[${xmlText(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}
/** The JUnit XML of the documents: one testsuite each, one testcase per check. */
function renderJunit(documents, options = {}) {
    const suiteNames = unique(documents.map(({ document, file }) => ({ base: document.title, extra: file ?? document.kind })));
    const suites = documents.map((d, i) => suiteXml(d, suiteNames[i], options));
    const total = (outcome) => suites.reduce((sum, s) => sum + s.counts[outcome], 0);
    const tests = suites.reduce((sum, s) => sum + s.tests, 0);
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${xmlAttribute(options.name ?? 'holdout')}" tests="${tests}" failures="${total('failure')}" errors="${total('error')}">`,
        ...suites.map((s) => s.xml),
        '</testsuites>',
    ];
    return lines.join('\n') + '\n';
}
function suiteXml({ document, file }, name, options) {
    const cases = casesOf(document, options);
    const names = unique(cases.map((c) => ({ base: c.name, extra: c.id })));
    const counts = { passed: 0, failure: 0, error: 0, skipped: 0 };
    for (const c of cases)
        counts[c.outcome]++;
    const subject = document.subject;
    const properties = [
        ['commit', subject.gitSha],
        ['kind', document.kind],
        ['status', document.status],
        ['results-file', file],
        ['baseline', subject.baselineId],
    ];
    const attributes = [
        ['name', name],
        ['tests', String(cases.length)],
        ['failures', String(counts.failure)],
        ['errors', String(counts.error)],
        ['skipped', String(counts.skipped)],
        ['timestamp', document.createdAt],
        ['file', file],
    ].filter((a) => a[1] !== undefined);
    const lines = [`  <testsuite ${attributes.map(([k, v]) => `${k}="${xmlAttribute(v)}"`).join(' ')}>`, '    <properties>'];
    for (const [key, value] of properties)
        if (value !== undefined && value !== '')
            lines.push(`      <property name="${key}" value="${xmlAttribute(value)}"/>`);
    lines.push('    </properties>');
    cases.forEach((c, i) => lines.push(caseXml({ ...c, name: names[i] })));
    lines.push('  </testsuite>');
    return { xml: lines.join('\n'), tests: cases.length, counts };
}
function caseXml(c) {
    const open = `    <testcase classname="${xmlAttribute(c.classname)}" name="${xmlAttribute(c.name)}"`;
    const inner = [];
    if (c.outcome === 'failure' || c.outcome === 'error')
        inner.push(`      <${c.outcome} message="${xmlAttribute(firstLine(c.message))}" type="${xmlAttribute(c.type)}">${cdata(c.body)}</${c.outcome}>`);
    if (c.outcome === 'skipped')
        inner.push(`      <skipped message="${xmlAttribute(c.message)}"/>`);
    if (c.out !== '')
        inner.push(`      <system-out>${cdata(c.out)}</system-out>`);
    return inner.length === 0 ? `${open}/>` : [`${open}>`, ...inner, '    </testcase>'].join('\n');
}
function casesOf(document, options) {
    const fallback = document.subject.files[0]?.path ?? document.title;
    const cases = document.checks.map((check) => {
        const outcome = check.status === 'error' ? 'error' : check.status === 'fail' || (check.status === 'warn' && options.warnFails) ? 'failure' : 'passed';
        const message = check.message === '' ? check.title : check.message;
        const type = check.rule ?? document.kind;
        const details = detailLines(check);
        return {
            id: check.id,
            classname: className(document.kind, subjectOf(check) ?? fallback),
            name: check.title,
            outcome,
            message,
            type,
            body: [message, ...details].join('\n'),
            out: outcome === 'passed' ? [check.status === 'warn' ? `warning: ${message}` : message, ...(check.status === 'warn' ? details : [])].join('\n') : '',
        };
    });
    // Columns drift could not compare are checks that did not run: skipped.
    if (document.kind === 'validate-data') {
        for (const skipped of document.data.drift?.skipped ?? []) {
            cases.push({ id: `drift-skipped:${skipped.column}`, classname: className(document.kind, fallback), name: `drift: ${skipped.column}`, outcome: 'skipped', message: skipped.reason, type: 'drift', body: '', out: '' });
        }
    }
    return cases;
}
/** What a check is about: its metric (and slice), else the file of its first location. */
function subjectOf(check) {
    if (check.metric !== undefined)
        return check.slice ? `${check.metric}[${check.slice.column}=${check.slice.value}]` : check.metric;
    return check.locations[0]?.file;
}
/**
 * `<step>.<subject>`. Jenkins reads everything before a class name's last dot
 * as its package, so dots inside the subject (`train.csv`) become underscores:
 * the package is the step, the class the subject.
 */
function className(kind, subject) {
    return `${kind}.${subject.replaceAll('.', '_')}`;
}
function detailLines(check) {
    const lines = [];
    const shown = (v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));
    if (check.observed !== undefined || check.expected !== undefined)
        lines.push(`observed: ${shown(check.observed ?? null)}; expected: ${shown(check.expected ?? null)}`);
    if (check.count !== undefined && check.count > 0)
        lines.push(`count: ${check.count}`);
    for (const location of check.locations)
        lines.push(locationText(location));
    const more = (check.count ?? 0) - check.locations.length;
    if (check.locations.length > 0 && more > 0)
        lines.push(`… and ${more} more`);
    return lines;
}
function locationText(location) {
    const at = location.line !== undefined ? `${location.file}:${location.line}` : location.file;
    const extra = [location.row !== undefined ? `row ${location.row}` : '', location.field !== undefined ? `field ${location.field}` : ''].filter(Boolean).join(', ');
    return extra ? `${at} (${extra})` : at;
}
function firstLine(text) {
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
}
/** Names made unique: a repeated one gets its `extra` in parentheses (and a number, if that repeats too). */
function unique(items) {
    const counts = new Map();
    for (const { base } of items)
        counts.set(base, (counts.get(base) ?? 0) + 1);
    const seen = new Set();
    return items.map(({ base, extra }) => {
        let name = counts.get(base) > 1 ? `${base} (${extra})` : base;
        for (let n = 2; seen.has(name); n++)
            name = `${base} (${extra}) #${n}`;
        seen.add(name);
        return name;
    });
}

;// CONCATENATED MODULE: ./build/shared/export/kubeflow.js
// Results documents as Kubeflow Pipelines' metrics output (the
// `mlpipeline-metrics` artifact of KFP v1, which the Runs page shows as
// columns): {"metrics": [{"name", "numberValue", "format": "RAW" | "PERCENTAGE"}]}.
// Pure: documents in, text out; the entries write the file.
//
// What KFP accepts (https://www.kubeflow.org/docs/pipelines/sdk/pipelines-metrics/
// and the backend's decodeRunMetrics): a name matching
// ^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$ (at most 64 characters), a
// numeric numberValue, format PERCENTAGE, RAW or none, no other keys, and at
// most 50 metrics in a file (more is rejected whole). Names are unique (the
// API server refuses a metric reported twice). So the most important numbers
// come first and the file stops at 50; non-finite statistics (JSON has no ∞)
// are left out.
const KUBEFLOW_METRIC_NAME = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;
const KUBEFLOW_MAX_METRICS = 50;
/** A name KFP accepts, from any text: runs of other characters become one dash, a leading non-letter gets an `m-`, at most 64 characters. */
function kubeflowName(text) {
    let name = text.replace(/[^-_a-zA-Z0-9]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
    if (name === '')
        return 'metric';
    if (!/^[a-zA-Z]/.test(name))
        name = `m-${name}`;
    return name.slice(0, 64).replace(/[-_]+$/, '');
}
/** The metrics of the documents, most important first, at most 50, names unique and valid. */
function kubeflowMetrics(documents) {
    const keys = documentKeys(documents);
    const candidates = [];
    const comparisons = documents.filter((d) => d.document.kind === 'compare-metrics').length;
    documents.forEach(({ document }, i) => candidates.push(...candidatesOf(document, keys[i], comparisons > 1)));
    const finite = candidates.filter((c) => typeof c.value === 'number' && Number.isFinite(c.value));
    // Stable: within a priority, documents and rows keep their order.
    const ordered = finite.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i).map(({ c }) => c);
    const used = new Set();
    const metrics = [];
    for (const c of ordered) {
        if (metrics.length === KUBEFLOW_MAX_METRICS)
            break;
        const name = uniqueName(kubeflowName(c.name), used);
        used.add(name);
        metrics.push({ name, numberValue: c.value, format: c.format ?? 'RAW' });
    }
    return { metrics, dropped: ordered.length - metrics.length };
}
/** The file's text: compact JSON, as KFP's examples write it. */
function kubeflowMetricsText(documents) {
    return JSON.stringify({ metrics: kubeflowMetrics(documents).metrics }) + '\n';
}
function candidatesOf(document, key, prefixMetrics) {
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    const out = [];
    switch (document.kind) {
        case 'gate': {
            out.push({ name: `${key}-pass`, value: document.status === 'fail' || document.status === 'error' ? 0 : 1, priority: 0 });
            break;
        }
        case 'validate-data': {
            const { data } = document;
            out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
            out.push({ name: `${key}-rows`, value: data.rows, priority: 1 });
            out.push({ name: `${key}-errors`, value: data.errorCount, priority: 1 });
            if (data.drift) {
                out.push({ name: `${key}-drifted-columns`, value: data.drift.dataset.drifted, priority: 1 });
                out.push({ name: `${key}-drift-share`, value: data.drift.dataset.compared > 0 ? data.drift.dataset.drifted / data.drift.dataset.compared : null, format: 'PERCENTAGE', priority: 1 });
            }
            break;
        }
        case 'compare-metrics': {
            const { comparison } = document;
            out.push({ name: `${key}-failed-checks`, value: failed, priority: 1 });
            out.push({ name: `${key}-regressions`, value: comparison.regressions, priority: 1 });
            const prefix = prefixMetrics ? `${key}-` : '';
            for (const row of comparison.metrics) {
                const slice = row.slice ? `-${row.slice.column}-${row.slice.value}` : '';
                // Overall gated metrics first, then the others overall, then slices.
                const rank = row.slice ? 4 : row.gated ? 2 : 3;
                // A 0–1 rate of an eval suite reads as a percentage (KFP shows PERCENTAGE values × 100 with a %).
                const format = row.scale === 'rate' ? 'PERCENTAGE' : undefined;
                out.push({ name: `${prefix}${row.name}${slice}`, value: row.candidate, format, priority: rank });
                out.push({ name: `${prefix}${row.name}${slice}-baseline`, value: row.baseline, format, priority: rank + 0.1 });
                out.push({ name: `${prefix}${row.name}${slice}-change`, value: row.difference, format, priority: rank + 0.2 });
            }
            break;
        }
    }
    return out;
}
/** A short key per document for its metrics' names: its results file's name (validate-data, monitor-kpis, …), else its kind. */
function documentKeys(documents) {
    const base = documents.map(({ document, file }) => {
        const name = file?.split('/').pop()?.replace(/\.json$/i, '');
        return name && name !== '' ? name : document.kind;
    });
    const used = new Set();
    return base.map((b) => {
        const key = uniqueName(kubeflowName(b).slice(0, 40), used);
        used.add(key);
        return key;
    });
}
function uniqueName(name, used) {
    if (!used.has(name))
        return name;
    for (let n = 2;; n++) {
        const suffix = `-${n}`;
        const candidate = `${name.slice(0, 64 - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
        if (!used.has(candidate))
            return candidate;
    }
}

;// CONCATENATED MODULE: ./build/shared/export/files.js
// The export files a step was asked for (its `junit` and `kubeflow-metrics`
// options), as files to write: the entries write them atomically with the
// step's other files (shared/steps/effects.ts), after the step has finished.



/** The files to write for the request, from the documents (nothing when none is asked for). */
function exportFiles(request, documents, workspace, junit = {}) {
    const files = [];
    if (request.junit !== undefined)
        files.push({ path: (0,user_file/* userFile */.M)(workspace, request.junit).path, text: renderJunit(documents, junit) });
    if (request['kubeflow-metrics'] !== undefined)
        files.push({ path: (0,user_file/* userFile */.M)(workspace, request['kubeflow-metrics']).path, text: kubeflowMetricsText(documents) });
    return files;
}


/***/ }),

/***/ 2867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ stickyKey),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment),
/* harmony export */   sX: () => (/* binding */ tokenIdentity)
/* harmony export */ });
/* unused harmony export findStickyComments */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
// The sticky report comment: one per pull request, workflow and report key,
// found by its hidden marker AND authored by the token's own identity (so a
// user who pastes the marker into a comment does not hijack it), looked up
// across all pages, updated in place. The marker carries the identity of the
// workflow that writes it (a digest of the workflow file, which names its
// repository, and the report key), so another workflow's comment, though
// written by the same github-actions[bot], is never adopted or overwritten. After writing,
// duplicates left by retries or concurrent runs are folded into the oldest,
// so there is never more than one.

/**
 * The report key with the writer's identity: `<key>/<12 hex digits>`, the
 * digits a digest of the workflow (repository and file) and key. Every marker built from it
 * is this workflow's own; a marker without it (another workflow's, or an older
 * holdout's) does not match.
 */
function stickyKey({ workflow, key }) {
    const who = JSON.stringify([workflow ?? '', key]);
    return `${key}/${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(who).digest('hex').slice(0, 12)}`;
}
/** The login the token writes comments as; installation tokens (GITHUB_TOKEN) cannot ask, and are github-actions[bot]. */
async function tokenIdentity(octokit, fallback = 'github-actions[bot]') {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 401)
            return fallback;
        throw error;
    }
}
async function findStickyComments(octokit, repo, issue, marker, author) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
    return comments
        .filter((c) => c.user?.login === author && typeof c.body === 'string' && c.body.includes(marker))
        .sort((a, b) => a.id - b.id);
}
async function upsertStickyComment(octokit, repo, issue, marker, body, author) {
    const existing = await findStickyComments(octokit, repo, issue, marker, author);
    let result;
    if (existing.length > 0) {
        const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: existing[0].id, body });
        result = { id: data.id, url: data.html_url, created: false };
    }
    else {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        result = { id: data.id, url: data.html_url, created: true };
    }
    // Another run (or a retried POST) may have created one too: keep the oldest, delete the rest.
    const after = await findStickyComments(octokit, repo, issue, marker, author);
    if (after.length > 1) {
        const keep = after[0];
        if (keep.id !== result.id) {
            const { data } = await octokit.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
            result = { id: data.id, url: data.html_url, created: false };
        }
        for (const extra of after.slice(1)) {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: extra.id }).catch((error) => {
                if (error.status !== 404)
                    throw error; // already deleted by the other run
            });
        }
    }
    return result;
}


/***/ }),

/***/ 375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I7: () => (/* binding */ foreignKeysSchema),
/* harmony export */   Yu: () => (/* binding */ anySchema),
/* harmony export */   _O: () => (/* binding */ isDataPackagePath),
/* harmony export */   f: () => (/* binding */ loadDataPackage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2857);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6783);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3349);
/* harmony import */ var _schema_load_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6189);
// Frictionless Data Packages (v1 and v2): datapackage.json (or .yaml) read
// into its resources, each with its own data (a path relative to the
// package, or inline rows), Table Schema (inline or a path), Table Dialect
// (inline or a path) and foreign keys. Every mistake names the package file,
// the key (`resources[1].schema.fields[0].type`) and its line.







/**
 * A data file named .json, .yaml or .yml is a data package descriptor
 * (`datapackage.json`, frictionless-py's `<name>.package.yaml`): no table
 * format holdout reads has those extensions.
 */
function isDataPackagePath(path) {
    return /\.(json|ya?ml)$/i.test(path);
}
const keyList = zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()).min(1)]);
const list = (value) => (typeof value === 'string' ? [value] : [...value]);
const foreignKeysSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    fields: keyList,
    reference: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({ resource: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(), fields: keyList }),
}));
const dialectSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    delimiter: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    quoteChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    doubleQuote: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    escapeChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    header: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    headerRows: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive()).optional(),
    headerJoin: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    commentChar: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    commentRows: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig().int().positive()).optional(),
    skipInitialSpace: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    lineTerminator: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    nullSequence: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    caseSensitiveHeader: zod__WEBPACK_IMPORTED_MODULE_6__/* .boolean */ .zMY().optional(),
    csvddfVersion: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP()]).optional(),
    // v1 (frictionless-py) nests the CSV options under `csv`.
    csv: zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({}).optional(),
});
const resourceSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    path: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP())]).optional(),
    data: zod__WEBPACK_IMPORTED_MODULE_6__/* .unknown */ .L5J().optional(),
    format: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    compression: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    encoding: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    profile: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    type: zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP().optional(),
    schema: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})]).optional(),
    dialect: zod__WEBPACK_IMPORTED_MODULE_6__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_6__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})]).optional(),
});
const packageSchema = zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({
    resources: zod__WEBPACK_IMPORTED_MODULE_6__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_6__/* .looseObject */ ._H3({})).min(1, 'a data package needs at least one resource'),
});
const FORMATS = { csv: 'csv', tsv: 'tsv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet' };
/** Reads a data package and each of its tabular resources' schema and dialect. */
async function loadDataPackage(file, baseDir) {
    const text = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(file);
    const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(text, file.display);
    (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .validateConfig */ .$r)(packageSchema, parsed, file.display);
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file.path);
    const descriptor = parsed.value;
    const resources = [];
    const problems = [];
    const names = new Map();
    for (let index = 0; index < descriptor.resources.length; index++) {
        try {
            const resource = await loadResource(descriptor.resources[index], index, { file, parsed, root, baseDir });
            if (!resource)
                continue;
            const before = names.get(resource.name);
            if (before !== undefined) {
                throw located(`resource name "${resource.name}" is also the name of resources[${before}]`, { file, parsed }, ['resources', index, 'name']);
            }
            names.set(resource.name, index);
            resources.push(resource);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1))
                throw error;
            problems.push(error);
        }
    }
    // Every foreign key names a resource of the package and fields of both schemas.
    for (const resource of resources) {
        resource.foreignKeys.forEach((fk, k) => {
            const target = fk.resource === '' ? resource : resources.find((r) => r.name === fk.resource);
            const at = ['resources', resource.index, 'schema', 'foreignKeys', k, 'reference'];
            if (!target) {
                if (!names.has(fk.resource))
                    problems.push(located(`references resource "${fk.resource}", which is not in the package`, { file, parsed }, [...at, 'resource']));
                return;
            }
            if (fk.referenceFields.length !== fk.fields.length) {
                problems.push(located(`has ${fk.referenceFields.length} field${fk.referenceFields.length === 1 ? '' : 's'}, the foreign key ${fk.fields.length}`, { file, parsed }, [...at, 'fields']));
                return;
            }
            const missing = target.schema ? fk.referenceFields.find((f) => !target.schema.fields.some((g) => g.name === f)) : undefined;
            if (missing !== undefined)
                problems.push(located(`"${missing}" is not a field of resource "${target.name}"`, { file, parsed }, [...at, 'fields']));
        });
    }
    return { file, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text).digest('hex'), resources, problems };
}
function located(reason, context, path) {
    const key = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: context.file.display, key, line: context.parsed.lineOf(path) });
}
async function loadResource(raw, index, context) {
    const at = (...rest) => ['resources', index, ...rest];
    const resource = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .validateConfig */ .$r)(resourceSchema, context.parsed, context.file.display, ['resources', index]);
    const name = resource.name ?? `resource${index + 1}`;
    let data;
    if (resource.path !== undefined) {
        if (Array.isArray(resource.path)) {
            throw located('a multipart resource (path as a list) is not read: join the parts into one file', context, at('path'));
        }
        data = { kind: 'file', file: resourceFile(resource.path, context, at('path')), format: formatOf(resource, context, index) };
        if (data.format === undefined && !/\.(csv|tsv|tab|jsonl|ndjson|parquet|pq)(\.gz|\.gzip)?$/i.test(resource.path)) {
            // Not a table holdout reads (a PDF, a JSON document, a spreadsheet): left out, as Frictionless leaves non-tabular resources.
            if (resource.schema === undefined && resource.type !== 'table' && resource.profile !== 'tabular-data-resource')
                return undefined;
        }
    }
    else if (resource.data !== undefined) {
        if (!Array.isArray(resource.data))
            throw located('inline data must be a list of rows (arrays with a header row first, or objects)', context, at('data'));
        data = { kind: 'inline', name: `${context.file.display}#resources[${index}].data`, rows: resource.data, header: true };
    }
    else
        throw located('a resource needs a path or inline data', context, at());
    const encoding = resource.encoding?.toLowerCase().replace('_', '-');
    if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'utf8' && encoding !== 'ascii' && encoding !== 'us-ascii') {
        throw located(`encoding "${resource.encoding}" is not read: re-encode the file as UTF-8`, context, at('encoding'));
    }
    if (resource.compression !== undefined && !/^(gz|gzip)$/i.test(resource.compression)) {
        throw located(`compression "${resource.compression}" is not read (gzip is)`, context, at('compression'));
    }
    let schema;
    let foreignKeys = [];
    if (typeof resource.schema === 'string') {
        const schemaFile = resourceFile(resource.schema, context, at('schema'));
        const text = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(schemaFile);
        await (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareTableSchema */ .d9)(text);
        schema = (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(text, schemaFile.display);
        foreignKeys = foreignKeysOf(schema, (reason, key) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: schemaFile.display, key, line: (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(text, schemaFile.display).lineOf(keyPath(key)) }));
    }
    else if (resource.schema !== undefined) {
        const text = JSON.stringify(resource.schema);
        await (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareTableSchema */ .d9)(text);
        try {
            schema = (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(text, context.file.display);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1))
                throw error;
            // Errors in an inline schema point into the package file: its key path and line there.
            const inner = error.key ? keyPath(error.key) : [];
            throw located(error.reason, context, at('schema', ...inner));
        }
        foreignKeys = foreignKeysOf(schema, (reason, key) => located(reason, context, at('schema', ...keyPath(key))));
    }
    const dialect = await dialectOf(resource.dialect, context, index);
    if (data.kind === 'inline' && dialect?.header === false)
        data = { ...data, header: false };
    return { index, name, data, dialect, schema, foreignKeys };
}
function formatOf(resource, context, index) {
    if (resource.format === undefined)
        return undefined;
    const format = FORMATS[resource.format.toLowerCase()];
    if (!format)
        throw located(`format "${resource.format}" is not a table holdout reads (csv, tsv, jsonl/ndjson, parquet)`, context, ['resources', index, 'format']);
    return format;
}
/** A path in the package: relative to the package's folder, never absolute, never climbing out of it (the spec's rule for safety). */
function resourceFile(path, context, at) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
        throw located(`"${path}" is remote: holdout reads local files only; download it next to the package`, context, at);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || path.split(/[\\/]/).includes('..'))
        throw located(`"${path}" must be a relative path inside the package's folder`, context, at);
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(context.root, path);
    const found = (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .foundFile */ .X)(context.baseDir, absolute);
    return { ...found, written: path };
}
function foreignKeysOf(schema, fail) {
    const raw = schema.descriptor.foreignKeys;
    if (raw === undefined)
        return [];
    const result = foreignKeysSchema.safeParse(raw);
    if (!result.success) {
        const issue = result.error.issues[0];
        const key = ['foreignKeys', ...issue.path].map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        throw fail(issue.message, key);
    }
    return result.data.map((fk, k) => {
        const fields = list(fk.fields);
        for (const name of fields) {
            if (!schema.fields.some((f) => f.name === name))
                throw fail(`"${name}" is not a field of this schema`, `foreignKeys[${k}].fields`);
        }
        return { fields, resource: fk.reference.resource ?? '', referenceFields: list(fk.reference.fields) };
    });
}
/** A resource's dialect: inline or a path, v1 CSV Dialect or v2 Table Dialect (frictionless-py's `{csv: {…}}` too). */
async function dialectOf(raw, context, index) {
    if (raw === undefined)
        return undefined;
    let value = raw;
    let where = { file: context.file.display, parsed: context.parsed, prefix: ['resources', index, 'dialect'] };
    if (typeof raw === 'string') {
        const dialectFile = resourceFile(raw, context, ['resources', index, 'dialect']);
        const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .parseConfigText */ .Bu)(await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigText */ .im)(dialectFile), dialectFile.display);
        value = parsed.value;
        where = { file: dialectFile.display, parsed, prefix: [] };
    }
    const fail = (reason, key) => {
        const path = [...where.prefix, ...key];
        const shown = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file: where.file, key: shown || undefined, line: where.parsed.lineOf(path) });
    };
    const result = dialectSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw fail(issue.message, issue.path);
    }
    const d = { ...result.data, ...result.data.csv };
    if (d.lineTerminator !== undefined && !['\n', '\r\n', '\r'].includes(d.lineTerminator))
        throw fail('lineTerminator must be \\n, \\r\\n or \\r', ['lineTerminator']);
    if (d.commentChar === '')
        throw fail('must be one or more characters', ['commentChar']);
    for (const key of ['delimiter', 'quoteChar', 'escapeChar']) {
        const v = d[key];
        if (v !== undefined && v.length !== 1)
            throw fail('must be one character', [key]);
    }
    return {
        ...(d.delimiter !== undefined ? { delimiter: d.delimiter } : {}),
        ...(d.quoteChar !== undefined ? { quoteChar: d.quoteChar } : {}),
        ...(d.doubleQuote !== undefined ? { doubleQuote: d.doubleQuote } : {}),
        ...(d.escapeChar !== undefined ? { escapeChar: d.escapeChar } : {}),
        ...(d.header !== undefined ? { header: d.header } : {}),
        ...(d.headerRows !== undefined ? { headerRows: d.headerRows } : {}),
        ...(d.headerJoin !== undefined ? { headerJoin: d.headerJoin } : {}),
        ...(d.commentChar !== undefined ? { commentChar: d.commentChar } : {}),
        ...(d.commentRows !== undefined ? { commentRows: d.commentRows } : {}),
        ...(d.skipInitialSpace !== undefined ? { skipInitialSpace: d.skipInitialSpace } : {}),
    };
}
function keyPath(key) {
    const path = [];
    for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        path.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return path;
}
/** A schema for a resource without one: every header label an `any` field (blank or repeated labels named field<n>), matched exactly. */
function anySchema(header, file) {
    const seen = new Set();
    const fields = header.map((label, i) => {
        let name = label === '' || seen.has(label) ? `field${i + 1}` : label;
        while (seen.has(name))
            name = `${name}_`;
        seen.add(name);
        return { name, type: 'any' };
    });
    return (0,_schema_load_js__WEBPACK_IMPORTED_MODULE_5__/* .compileTableSchema */ .x)(JSON.stringify({ fields: fields.length > 0 ? fields : [{ name: 'field1', type: 'any' }] }), file);
}


/***/ }),

/***/ 2716:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z8: () => (/* binding */ writeProfile),
/* harmony export */   er: () => (/* binding */ readProfile),
/* harmony export */   z1: () => (/* binding */ profileText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3565);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _io_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _profile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1354);
// Profiles on disk: written atomically as pretty JSON, read with the file
// named in any complaint.





/** A profile as its file holds it. */
function profileText(profile) {
    return JSON.stringify(profile, null, 1) + '\n';
}
async function writeProfile(path, profile) {
    await (0,_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(path, profileText(profile));
}
async function readProfile(file) {
    const shown = file.display;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file.path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`cannot read the profile: ${(0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_4__/* .describeFsError */ .T)(error)}`, { file: shown });
    }
    return (0,_profile_js__WEBPACK_IMPORTED_MODULE_3__/* .parseProfile */ .jZ)(text, shown);
}


/***/ }),

/***/ 6765:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ renderReport),
/* harmony export */   l: () => (/* binding */ reportMarker)
/* harmony export */ });
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8563);
/* harmony import */ var _comparison_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4058);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1424);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1288);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1808);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(352);
// The pull-request report: one comment (and the job summary) built from any
// number of results documents. First line: the verdict and its first
// reasons in the reader's words (what the policy needs, what the candidate
// got). Then, so that every failing row is on the first screen, the tables
// of what needs a look — status first, few columns, fitting a comment's
// width —; then the charts; then, collapsed, what passed and the details;
// the provenance footer last. Sections are cut, least important first, to
// fit a budget, with a note saying what was cut.






/** The hidden marker that identifies the report comment (with its key). */
function reportMarker(key) {
    return `<!-- holdout:report:${key.replace(/[^A-Za-z0-9_.\/-]/g, '_').slice(0, 100)} -->`;
}
/** Where a section goes: what needs a look, then charts, then what is collapsed. */
const Place = { Attention: 0, Chart: 1, Folded: 2 };
/** The verdict in words, by the report's status. */
const VERDICT = { pass: 'passes', warn: 'passes with warnings', fail: 'fails', error: 'could not be evaluated' };
/** How many reasons the first line names before "+N more". */
const HEADLINE_REASONS = 4;
function renderReport(documents, ctx, budget, note) {
    const compares = documents.filter((d) => d.kind === 'compare-metrics');
    const validations = documents.filter((d) => d.kind === 'validate-data');
    const status = documents.length === 0 ? 'error' : (0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .worstStatus */ .A4)(documents.map((d) => d.status));
    const reasons = headlineReasons(status, compares, validations, documents);
    const verdict = `${VERDICT[status].charAt(0).toUpperCase()}${VERDICT[status].slice(1)}${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
    const head = `${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(status)} **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(ctx.title)}: ${VERDICT[status]}**${reasons.length ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(reasons.join('; '))}` : ''}`;
    const sections = [];
    compares.forEach((doc, i) => sections.push(...comparisonSections(doc, i)));
    validations.forEach((doc, i) => sections.push(...validationSections(doc, i)));
    for (const doc of documents.filter((d) => d.kind === 'gate')) {
        const failing = doc.checks.filter((c) => c.status !== 'pass');
        sections.push({ title: doc.title, priority: 1, place: Place.Attention, text: `#### ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(doc.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(doc.title)}${failing.length ? `\n\n${failing.map(_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLine */ .tY).join('\n')}` : ''}` });
    }
    const ordered = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.place - b.s.place || a.i - b.i).map(({ s }) => s);
    const footer = footerOf(documents, ctx);
    const marker = reportMarker(ctx.key);
    const assemble = (kept, cut) => {
        const parts = [head, ''];
        if (note)
            parts.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(note)}`, '');
        for (const s of kept)
            parts.push(s.text, '');
        if (cut.length > 0)
            parts.push(`> ✂️ Cut to fit: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(cut.join(', '))}. The job summary of the workflow run has the full report.`, '');
        parts.push(footer, '', marker);
        return parts.join('\n') + '\n';
    };
    // Keep sections in reading order; drop the least important until it fits.
    let kept = [...ordered];
    const cut = [];
    let markdown = assemble(kept, cut);
    while (markdown.length > budget && kept.length > 0) {
        const victim = kept.reduce((worst, s) => (s.priority >= worst.priority ? s : worst));
        kept = kept.filter((s) => s !== victim);
        cut.push(victim.title);
        markdown = assemble(kept, cut);
    }
    if (markdown.length > budget)
        markdown = markdown.slice(0, budget - marker.length - 40) + '\n\n> ✂️ Truncated.\n\n' + marker + '\n';
    return { markdown, cut, status, verdict };
}
/** The first line's reasons, plain text: what could not be evaluated, then what fails (or warns), in the reader's words; for a pass, what was found. */
function headlineReasons(status, compares, validations, all) {
    if (all.length === 0)
        return ['no results documents were found, so nothing was evaluated'];
    // One group of reasons per document, in reading order.
    const groups = [];
    groups.push(all.flatMap((doc) => doc.checks.filter((k) => k.status === 'error').map((c) => `could not evaluate ${c.title}: ${c.message}`)));
    if (status === 'fail' || status === 'error' || status === 'warn') {
        const level = status === 'warn' ? 'warn' : 'fail';
        for (const doc of compares)
            groups.push((0,_comparison_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonReasons */ .Rm)(doc, level));
        for (const doc of validations)
            groups.push((0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .validationReasons */ .B3)(doc, level));
        // A gate's reasons are the other documents' (named above); alone, it speaks for itself.
        if (compares.length + validations.length === 0)
            for (const doc of all.filter((d) => d.kind === 'gate' && d.status !== 'pass'))
                groups.push([`${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? doc.status}`]);
    }
    else {
        for (const doc of compares)
            groups.push([(0,_comparison_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonOutcome */ .cT)(doc)]);
        for (const doc of validations)
            groups.push([`data valid (${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(doc.data.rows, 'row')} in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(doc.data.tables.length, 'file')})`, ...(doc.data.drift ? [`no drift in ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(doc.data.drift.dataset.compared, 'column')}`] : [])]);
    }
    const total = groups.reduce((n, g) => n + g.length, 0);
    if (total <= HEADLINE_REASONS + 1)
        return groups.flat();
    // Too many: every document's first reason, then the others in order, up to the limit.
    const keep = groups.map((g) => Math.min(1, g.length));
    let room = HEADLINE_REASONS - keep.reduce((a, b) => a + b, 0);
    groups.forEach((g, i) => {
        const more = Math.max(0, Math.min(room, g.length - keep[i]));
        keep[i] += more;
        room -= more;
    });
    const shown = groups.flatMap((g, i) => g.slice(0, keep[i]));
    return total > shown.length ? [...shown, `+${total - shown.length} more`] : shown;
}
function comparisonSections(doc, index) {
    const p = (0,_comparison_js__WEBPACK_IMPORTED_MODULE_1__/* .comparisonParts */ .QC)(doc);
    const n = index ? ` ${index + 1}` : '';
    const out = [{ title: `metric table${n}`, priority: 0, place: Place.Attention, text: `${p.heading}\n\n${p.table}` }];
    if (p.charts)
        out.push({ title: `metric charts${n}`, priority: 3, place: Place.Chart, text: p.charts });
    if (p.checks)
        out.push({ title: `failing checks${n}`, priority: 2, place: Place.Folded, text: p.checks });
    if (p.passing)
        out.push({ title: `passing metrics${n}`, priority: 4, place: Place.Folded, text: p.passing });
    if (p.context)
        out.push({ title: `other metrics${n}`, priority: 5, place: Place.Folded, text: p.context });
    if (p.curves)
        out.push({ title: `curves${n}`, priority: 5, place: Place.Folded, text: p.curves });
    return out;
}
function validationSections(doc, index) {
    const n = index ? ` ${index + 1}` : '';
    const { tables } = doc.data;
    const reasons = doc.status === 'pass' ? [] : (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .validationReasons */ .B3)(doc, doc.status === 'warn' ? 'warn' : 'fail');
    const heading = `#### ${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(doc.status)} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(doc.title)}${reasons.length ? `: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(reasons.join('; '))}` : ''}`;
    const drift = doc.data.drift;
    const p = drift ? (0,_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftParts */ .aB)(drift) : undefined;
    // All files valid: one line says so (with the drift sentence); otherwise the files, status first.
    const valid = tables.every((t) => t.status === 'pass');
    const files = valid ? `${tables.map((t) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(t.file)).join(', ')}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(doc.data.rows, 'row')}, no errors.` : (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .filesTable */ .M5)(doc);
    const text = valid ? [heading, [files, p?.sentence].filter(Boolean).join(' '), p?.table] : [heading, files, p?.sentence, p?.table];
    const out = [{ title: `data validation${n}`, priority: 1, place: Place.Attention, text: text.filter(Boolean).join('\n\n') }];
    if (drift && p) {
        const charts = (0,_drift_js__WEBPACK_IMPORTED_MODULE_3__/* .driftCharts */ .LZ)(drift);
        if (charts)
            out.push({ title: `drift charts${n}`, priority: 3, place: Place.Chart, text: charts });
        if (p.passing)
            out.push({ title: `columns without drift${n}`, priority: 4, place: Place.Folded, text: p.passing });
    }
    const failing = doc.checks.filter((c) => c.status !== 'pass');
    if (failing.length > 0) {
        const errors = (0,_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .errorsTable */ .Or)(doc, 20);
        out.push({ title: `data errors${n}`, priority: 2, place: Place.Folded, text: `<details><summary>${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(failing.length, 'check')} not passing${doc.data.errorCount ? `, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(doc.data.errorCount, 'error')}` : ''}</summary>\n\n${failing.map(_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .checkLine */ .tY).join('\n')}${errors ? `\n\n${errors}` : ''}\n\n</details>` });
    }
    const passing = doc.checks.filter((c) => c.status === 'pass');
    if (passing.length > 0)
        out.push({ title: `passing data checks${n}`, priority: 6, place: Place.Folded, text: `<details><summary>${(0,_results_status_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)('pass')} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(passing.length, 'passing data check')}</summary>\n\n${passing.map((c) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(c.title)}`).join('\n')}\n\n</details>` });
    return out;
}
function footerOf(documents, ctx) {
    const parts = [`holdout ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(ctx.version)}`];
    const commit = ctx.commit ?? documents.find((d) => d.subject.gitSha)?.subject.gitSha;
    if (commit)
        parts.push(`commit ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(commit.slice(0, 12))}`);
    for (const doc of documents) {
        if (doc.kind === 'compare-metrics' && doc.comparison.baseline)
            parts.push(`baseline ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(doc.comparison.baseline.source)}${doc.comparison.baseline.id ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(doc.comparison.baseline.id)})` : ''}`);
        if (doc.kind === 'validate-data')
            for (const f of doc.subject.files)
                if (f.sha256)
                    parts.push(`${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(f.path)} sha256 ${f.sha256.slice(0, 12)}`);
    }
    if (ctx.runUrl)
        parts.push(`[workflow run](${encodeURI(ctx.runUrl)})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}


/***/ }),

/***/ 2462:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ writeStepFiles)
/* harmony export */ });
/* harmony import */ var _io_atomic_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7700);
/* harmony import */ var _results_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3517);
// Writing what a step produced: its results document and other files, each
// atomically (temp file + rename), after the step has finished — a step that
// throws leaves nothing behind.


async function writeStepFiles(result, options = {}) {
    if (result.document && result.resultsPath && options.results !== false)
        await (0,_results_io_js__WEBPACK_IMPORTED_MODULE_1__/* .writeResults */ .KB)(result.resultsPath, result.document);
    for (const file of result.files)
        await (0,_io_atomic_js__WEBPACK_IMPORTED_MODULE_0__/* .writeFileAtomic */ .Z)(file.path, file.text);
}


/***/ }),

/***/ 880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ dataCheckOptions),
/* harmony export */   PL: () => (/* binding */ gateOptionsOf),
/* harmony export */   kQ: () => (/* binding */ reportOptionsOf),
/* harmony export */   xN: () => (/* binding */ compareOptionsOf),
/* harmony export */   yM: () => (/* binding */ monitorOptionsOf),
/* harmony export */   zz: () => (/* binding */ loadPipelineConfig)
/* harmony export */ });
/* unused harmony export pipelineSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2857);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6783);
/* harmony import */ var _compare_metrics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1547);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5400);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3846);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7408);
/* harmony import */ var _validate_data_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3340);
/* harmony import */ var _package_datapackage_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(375);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2005);
// The all-in-one config (.github/holdout.yml): data checks, the model
// comparison, the gate and the report. Each section is the step's own options
// under their config names (shared/steps/options.ts), plus the few keys that
// only the pipeline has; every mistake names the file, line and key path.









/**
 * The config's schema. Its monitor section is built from the monitor step's
 * options, which load with that step (its engine, its GitHub issue and
 * dispatch code): a config without a monitor section, as every pull-request
 * pipeline's is, never loads them. Without them the key is still known (for
 * "did you mean" hints) and takes no value.
 */
function pipelineSchemaWith(monitorOptions) {
    return zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
        results_dir: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).default('holdout-results'),
        // One JUnit XML report of every results document the run writes (shared/export/junit.ts).
        junit: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
        data: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg((0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .configSectionSchema */ .T3)(_validate_data_js__WEBPACK_IMPORTED_MODULE_5__/* .validateDataOptions */ .J, {
            name: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, dot, dash and underscore only').optional(),
        }))
            .default([]),
        model: (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .configSectionSchema */ .T3)(_compare_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricsOptions */ .f9, {
            // A policy file, or the policy itself written here.
            policy: zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_8__/* .unknown */ .L5J())]).optional(),
            task: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(_compare_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .TASK_CHOICES */ .lX).default('auto'),
        }).optional(),
        gate: (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .configSectionSchema */ .T3)(_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .gateOptions */ .O, { enabled: zod__WEBPACK_IMPORTED_MODULE_8__/* .boolean */ .zMY().default(true) }).prefault({}),
        report: (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .configSectionSchema */ .T3)(_report_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOptions */ .lt).prefault({}),
        // Read by `holdout monitor --config` (a scheduled run), not by the pull-request pipeline.
        monitor: (monitorOptions === undefined ? zod__WEBPACK_IMPORTED_MODULE_8__/* .never */ .ZmZ() : (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .configSectionSchema */ .T3)(monitorOptions, {
            // A KPI policy file, or the policy itself written here.
            kpis: zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
                file: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
                baseline: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
                policy: zod__WEBPACK_IMPORTED_MODULE_8__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_8__/* .unknown */ .L5J())]).optional(),
            }).optional(),
        })).optional(),
    });
}
/** The schema of a config without a monitor section (loadPipelineConfig builds the one with it when a config has one). */
const pipelineSchema = pipelineSchemaWith(undefined);
/** Reads and validates the config the user named. */
async function loadPipelineConfig(file) {
    const text = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfigText */ .im)(file);
    const parsed = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .parseConfigText */ .Bu)(text, file.display);
    const value = parsed.value;
    const monitorOptions = typeof value === 'object' && value !== null && Object.hasOwn(value, 'monitor') ? (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(11), __webpack_require__.e(495), __webpack_require__.e(3)]).then(__webpack_require__.bind(__webpack_require__, 6003))).monitorOptions : undefined;
    const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_0__/* .validateConfig */ .$r)(monitorOptions ? pipelineSchemaWith(monitorOptions) : pipelineSchema, parsed, file.display);
    // schema is optional for a data package only (its resources carry their own).
    config.data.forEach((section, i) => {
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(_validate_data_js__WEBPACK_IMPORTED_MODULE_5__/* .validateDataOptions */ .J, section);
        if (options.schema === undefined && options.merge === undefined && !(options.data ?? []).some(_package_datapackage_js__WEBPACK_IMPORTED_MODULE_6__/* .isDataPackagePath */ ._O)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ConfigurationError */ .j1('is required', { file: file.display, key: `data[${i}].schema`, line: parsed.lineOf(['data', i, 'schema']) });
        }
    });
    return { config, file, parsed, text, monitorOptions };
}
/** The validate-data options of the config's i-th data check. */
function dataCheckOptions(loaded, index) {
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(_validate_data_js__WEBPACK_IMPORTED_MODULE_5__/* .validateDataOptions */ .J, loaded.config.data[index] ?? {});
}
function compareOptionsOf(loaded) {
    const model = loaded.config.model ?? {};
    const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(_compare_metrics_js__WEBPACK_IMPORTED_MODULE_1__/* .compareMetricsOptions */ .f9, { ...model, policy: typeof model.policy === 'string' ? model.policy : undefined });
    const embeddedPolicy = model.policy !== undefined && typeof model.policy !== 'string' ? { parsed: loaded.parsed, file: loaded.file.display, at: ['model', 'policy'], text: JSON.stringify(model.policy) } : undefined;
    return { options, embeddedPolicy };
}
function gateOptionsOf(loaded) {
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .gateOptions */ .O, loaded.config.gate);
}
function reportOptionsOf(loaded) {
    return (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(_report_js__WEBPACK_IMPORTED_MODULE_4__/* .reportOptions */ .lt, loaded.config.report);
}
/** The monitor options of the config's monitor section (undefined without one), and its KPI policy when written inline. */
function monitorOptionsOf(loaded) {
    const section = loaded.config.monitor;
    if (!section)
        return undefined;
    const monitorOptions = loaded.monitorOptions;
    if (!monitorOptions)
        throw new Error('a monitor section without the monitor options: the config was not read by loadPipelineConfig');
    const kpis = (section.kpis ?? {});
    const inline = kpis.policy !== undefined && typeof kpis.policy !== 'string';
    const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromConfig */ .JZ)(monitorOptions, { ...section, kpis: { ...kpis, policy: inline ? undefined : kpis.policy } });
    const embeddedPolicy = inline ? { parsed: loaded.parsed, file: loaded.file.display, at: ['monitor', 'kpis', 'policy'], text: JSON.stringify(kpis.policy) } : undefined;
    return { options, embeddedPolicy };
}


/***/ }),

/***/ 7408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lt: () => (/* binding */ reportOptions),
/* harmony export */   qi: () => (/* binding */ runReport),
/* harmony export */   ub: () => (/* binding */ COMMENT_BUDGET)
/* harmony export */ });
/* unused harmony exports SUMMARY_BUDGET, COMMENT_MODES */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _report_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6765);
/* harmony import */ var _results_collect_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9555);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7416);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2005);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2867);
/* harmony import */ var _github_pull_request_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8451);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(779);
/* harmony import */ var _export_files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5918);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3846);
// The report step: its options, and the step — render the report from the
// results documents (job summary, outputs, the markdown file), then post or
// update the sticky comment on the run's pull request. A read-only token
// (fork, Dependabot) gives a warning, never a failure.










const COMMENT_BUDGET = 65_536;
const SUMMARY_BUDGET = 1024 * 1024 - 1024;
const COMMENT_MODES = ['auto', 'always', 'never'];
const reportOptions = (0,_options_js__WEBPACK_IMPORTED_MODULE_8__/* .defineOptions */ .GM)({
    results: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.list({
        description: 'Results documents to report: paths or globs, newline- or comma-separated.',
        default: [_common_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RESULTS_GLOB */ .g2],
        // The all-in-one config reports everything in its results_dir; the CLI takes them as arguments.
        config: false,
        flag: 'positional',
    }),
    title: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({ description: 'Title on the first line of the report.', default: 'holdout' }),
    comment: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.enum(COMMENT_MODES)({
        description: 'auto: comment on pull_request and pull_request_target events, and on a push or workflow_run whose commit heads an open pull request; always (warn when there is none); never.',
        default: 'auto',
        flag: false,
    }),
    'comment-key': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'Distinguishes several reports on one pull request (e.g. one per matrix leg); each key has its own sticky comment.',
        default: 'default',
        config: 'key',
        flag: false,
    }),
    'job-summary': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.boolean({ description: 'Write the report to the job summary too.', default: true, config: false, flag: false }),
    ...(0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .exportOptions */ .Vz)(false),
});
async function runReport(options, env, extras = {}) {
    const collected = await (0,_results_collect_js__WEBPACK_IMPORTED_MODULE_2__/* .collectResults */ .n)(options.results, env.workspace);
    // The comment's marker carries this workflow's identity (github/comment.ts stickyKey).
    const key = (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .stickyKey */ .NI)({ workflow: env.workflow, key: options['comment-key'] });
    const ctx = { title: options.title, key, version: _version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x, commit: env.commit, runUrl: env.runUrl };
    // A document that fits the schema but cannot be rendered (a forged artifact) is not read, never a crash that loses the comment.
    const readable = collected.documents.filter((d) => {
        try {
            return (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReport */ .B)([d.document], ctx, COMMENT_BUDGET) !== undefined;
        }
        catch (error) {
            collected.problems.push(new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`not a holdout results document: it cannot be reported (${error.message})`, { file: d.file }));
            return false;
        }
    });
    for (const problem of collected.problems)
        env.logger.warning(problem.message);
    const documents = readable.map((d) => d.document);
    const note = collected.problems.length ? `Not read: ${collected.problems.map((p) => p.message).join('; ')}` : undefined;
    const summary = options['job-summary'] ? (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReport */ .B)(documents, ctx, SUMMARY_BUDGET, note).markdown : '';
    const rendered = (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReport */ .B)(documents, ctx, extras.budget ?? COMMENT_BUDGET, note);
    const comment = rendered.markdown;
    const markdownFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env.tempDir, `holdout-report-${options['comment-key'].replace(/[^A-Za-z0-9_.-]/g, '_')}.md`);
    return {
        document: undefined,
        files: [{ path: markdownFile, text: comment }, ...(0,_export_files_js__WEBPACK_IMPORTED_MODULE_7__/* .exportFiles */ .S)(options, readable, env.workspace)],
        annotations: [],
        summary,
        outputs: { 'markdown-file': markdownFile, body: comment },
        markdown: comment,
        verdict: rendered.verdict,
        documents,
        unread: collected.problems.length,
        publish: () => postComment(options, env, comment, key),
    };
}
/** Posts or updates the sticky comment; returns the outputs it adds. */
async function postComment(options, env, body, key) {
    const mode = options.comment;
    if (mode === 'never')
        return {};
    if (env.eventName === 'merge_group') {
        env.logger.info('holdout report: a merge_group run has no pull request to comment on; the report is in the job summary');
        return {};
    }
    if (!env.github) {
        env.logger.warning('holdout report: no token or repository, so no pull-request comment (the job summary is written)');
        return {};
    }
    const { octokit, repo } = env.github;
    const pull = await (0,_github_pull_request_js__WEBPACK_IMPORTED_MODULE_9__/* .findPullRequest */ ._)(octokit, repo, env.eventName, env.payload, env.commit);
    if (!pull) {
        if (mode === 'always')
            env.logger.warning(`holdout report: no pull request found for this ${env.eventName || 'run'}; nothing to comment on`);
        return {};
    }
    try {
        const author = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .tokenIdentity */ .sX)(octokit);
        const sticky = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .upsertStickyComment */ .qD)(octokit, repo, pull.number, (0,_report_report_js__WEBPACK_IMPORTED_MODULE_1__/* .reportMarker */ .l)(key), body, author);
        env.logger.info(`holdout report ${sticky.created ? 'posted' : 'updated'}: ${sticky.url}`);
        return { 'comment-url': sticky.url, 'comment-id': sticky.id };
    }
    catch (error) {
        const status = error.status;
        if (status !== 403 && status !== 404)
            throw error;
        // A read-only token (a fork's pull request, Dependabot): the verdict stands, the comment waits.
        env.logger.warning(`holdout report: could not comment on pull request #${pull.number} (${status}: ${error.message}). The job summary and outputs are written; see workflows-examples/fork-safe-report.yml for forks.`);
        return {};
    }
}


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ validateRangeTask),
/* harmony export */   FO: () => (/* binding */ textBytes),
/* harmony export */   IK: () => (/* binding */ tablesBeside),
/* harmony export */   b_: () => (/* binding */ rangesLikely),
/* harmony export */   kk: () => (/* binding */ validateDataTask)
/* harmony export */ });
/* unused harmony export readTableTask */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
/* harmony import */ var _validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9570);
// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread. In a worker, a large CSV file is read in byte ranges, one
// worker thread each (validateRangeTask; see validate/parallel.ts).




const GLOB = /[*?[\]{}!]/;
const validateRangeTask = {
    name: 'validateRange',
    load: async () => {
        const { tallyRange } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 8011));
        return (input) => tallyRange(input);
    },
    warm: async (hint) => (await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11)]).then(__webpack_require__.bind(__webpack_require__, 8011))).warmRange(hint),
};
/** Reads a table and posts its batches to the thread that checks them (data/remote.ts). */
const readTableTask = {
    name: 'readTable',
    load: async () => {
        const [{ sendTable }, { openTable }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 3639)), Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 1739))]);
        return async ({ file, options, port }) => {
            await sendTable(() => openTable(file, options), port);
            return { problems: [] };
        };
    },
};
/**
 * A table read and parsed in another thread and checked in this one, when the
 * file cannot be read in byte ranges (a gzip-compressed CSV or TSV: its
 * inflation runs in libuv's pool either way) and there is a core to spare.
 */
function tablesBeside(fork) {
    if (fork.workers < 2)
        return undefined;
    return async (file, options) => {
        const [{ detectFormat }, { receiveTable }, { MessageChannel }] = await Promise.all([__webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 3548)), Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 3639)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 19))]);
        const info = detectFormat(file, options?.format);
        if (!info.gzip || (info.format !== 'csv' && info.format !== 'tsv'))
            return undefined;
        const { port1, port2 } = new MessageChannel();
        const reading = fork.run(readTableTask.name, { file, ...(options ? { options } : {}), port: port2 }, [port2]);
        return receiveTable(info, port1, reading);
    };
}
const validateDataTask = {
    name: 'validateData',
    load: async () => {
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(382), __webpack_require__.e(104), __webpack_require__.e(189), __webpack_require__.e(11), __webpack_require__.e(495), __webpack_require__.e(372)]).then(__webpack_require__.bind(__webpack_require__, 6522));
        return (input, hooks) => {
            const fork = hooks.fork;
            const tables = fork && tablesBeside(fork);
            return validateData(input, {
                ...hooks,
                ...(fork ? { ranges: { workers: fork.workers, run: async (range) => (await fork.run(validateRangeTask.name, range)) } } : {}),
                ...(tables ? { tables } : {}),
            });
        };
    },
    async inputBytes(input) {
        const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
        if (paths.some((p) => GLOB.test(p)))
            return undefined;
        let total = 0;
        for (const p of paths)
            total += await textBytes(input.baseDir, p);
        return total;
    },
    // A row shard is not split in byte ranges.
    forksOf: async (input) => (input.shard ? undefined : rangesLikely(input.baseDir, input.data, input.schema)),
};
const COMPRESSED_TEXT = /\.(csv|tsv|tab)\.(gz|gzip)$/i;
/** The bytes of text a file holds: its size, or a .gz's inflated size (the work is in proportion to that). */
async function textBytes(baseDir, path) {
    if (!/\.(gz|gzip)$/i.test(path))
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, path))).size;
    const [{ decompressedSize }, { detectFormat }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 1739)), __webpack_require__.e(/* import() */ 548).then(__webpack_require__.bind(__webpack_require__, 3548))]);
    return (await decompressedSize(detectFormat((0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, path)))) ?? 0;
}
/**
 * validateRange, when one of the named files will likely be read in byte ranges (a guess: a wrong
 * one costs a spare thread's start), warmed with that file and the schema.
 */
async function rangesLikely(baseDir, data, schema) {
    for (const p of data) {
        if (GLOB.test(p))
            continue;
        if ((0,_validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__/* .likelySplit */ .X)(p, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, p))).size)) {
            // Every spare compiles the schema; the first, which gets the second range (the one asked for the file's digest), also hashes the file.
            const warm = schema ? { schema } : {};
            const warmFirst = { ...warm, hash: (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, p) };
            return { task: validateRangeTask.name, warm, warmFirst };
        }
    }
    // A compressed CSV is read beside its checker (tablesBeside).
    if (data.some((p) => COMPRESSED_TEXT.test(p)))
        return { task: readTableTask.name };
    return undefined;
}


/***/ }),

/***/ 3340:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ runValidateData),
  J: () => (/* binding */ validateDataOptions)
});

// EXTERNAL MODULE: ./build/shared/profile/io.js
var io = __webpack_require__(2716);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/report/validation.js
var validation = __webpack_require__(352);
;// CONCATENATED MODULE: ./build/shared/validate/annotations.js
// Which errors become annotations: input problems first (they explain
// everything else), then data errors in file order, up to the cap.
function annotationsFor(document, max) {
    const out = [];
    for (const check of document.checks) {
        if (check.status !== 'error' || out.length >= max)
            continue;
        const at = check.locations[0];
        out.push({ level: 'error', title: 'holdout: cannot validate', message: check.message, file: at?.file, line: at?.line });
    }
    for (const error of document.data.errors) {
        if (out.length >= max)
            break;
        const kind = error.constraint ? `${error.type} (${error.constraint})` : error.type;
        out.push({
            level: error.severity === 'warn' ? 'warning' : 'error',
            title: `holdout: ${kind}${error.field ? ` in ${error.field}` : ''}`,
            // A blank row is not a record: its row number only orders it (the next record's), so its message names the line.
            message: error.row && error.type !== 'blank-row' ? `row ${error.row}: ${error.message}` : error.message,
            file: error.file,
            line: error.line,
        });
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/validate/shard.js
var validate_shard = __webpack_require__(3679);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __webpack_require__(3846);
// EXTERNAL MODULE: ./build/shared/steps/common.js
var common = __webpack_require__(779);
// EXTERNAL MODULE: ./build/shared/export/files.js + 2 modules
var export_files = __webpack_require__(5918);
// EXTERNAL MODULE: ./build/shared/steps/tasks/validate-data.js
var validate_data = __webpack_require__(7092);
;// CONCATENATED MODULE: ./build/shared/steps/validate-data.js
// The validate-data step: its options (action inputs, config keys, CLI flags
// all derive from them) and the step itself — data against a table schema,
// and against a reference for drift — to a results document, annotations,
// the job summary and outputs.











const validateDataOptions = (0,options/* defineOptions */.GM)({
    data: options/* option */.uK.list({
        description: 'Data files to validate: paths or globs, one per line or comma-separated, relative to the workspace. CSV, TSV, JSON Lines and Parquet, each optionally gzip-compressed (.gz; not Parquet), or one Frictionless data package (datapackage.json), whose every resource is validated with its own schema and dialect. Required unless merge is set.',
        config: { name: 'files', required: true },
        flag: 'positional',
    }),
    schema: options/* option */.uK.string({
        description: 'Table schema file (JSON or YAML): a Frictionless Table Schema, optionally with x-holdout extensions (maxMissingRate, mostly, rowCount, drift levels). Required unless data is a data package, whose resources carry their own.',
    }),
    reference: options/* option */.uK.string({
        description: 'Reference to check drift against: a dataset (the training data, say) or a profile saved with profile-out. Every column is compared (method per the schema, auto by default), with missing-rate change and unseen-category checks and dataset drift.',
    }),
    'profile-out': options/* option */.uK.string({
        description: 'Write the profile of this data here (JSON). Run it on the training data once to get a reference that loads in milliseconds.',
    }),
    shard: options/* option */.uK.string({
        description: 'Validate one shard of the data, i/n with i from 1 to n (a matrix value). With at least n files each shard takes whole files; otherwise each shard reads its n-th of every CSV/TSV file by byte range (other formats: every n-th row), or with shard-by the rows whose value hashes to it. Merge the shard documents with merge.',
        config: false,
    }),
    'shard-by': options/* option */.uK.string({
        description: 'Split rows by a hash of this column instead of by position, so equal values land in one shard: needed for unique and primaryKey checks across shards.',
        config: false,
    }),
    merge: options/* option */.uK.list({
        description: 'Merge shard documents (paths or globs of the results files written with shard) into the verdict one unsharded run gives, with drift against reference. Replaces data.',
        config: false,
        // The CLI takes the shard documents as its arguments, with a --merge switch.
        flag: false,
    }),
    'results-file': (0,common/* resultsFileOption */.ax)('Where to write the results document (JSON) that report and gate read.', 'holdout-results/validate-data.json'),
    'max-annotations': options/* option */.uK.integer(common/* nonNegativeInteger */.dv, {
        description: 'How many errors and warnings become annotations on the data files (GitHub shows the first 10 error and the first 10 warning annotations of a step); the rest are counted in the results and the summary.',
        default: 10,
        flag: false,
    }),
    'fail-on': (0,common/* failOnOption */.rZ)('Which status fails the step: fail (default), warn (warnings fail too) or never. Unreadable input always fails the step.'),
    ...(0,common/* exportOptions */.Vz)(false),
});
async function runValidateData(options, env, extras = {}) {
    const merge = options.merge ?? [];
    const data = options.data ?? [];
    if (merge.length === 0 && data.length === 0)
        throw new errors/* ConfigurationError */.j1('data: give the data files to validate (or merge, with shard documents)');
    if (options['shard-by'] !== undefined && options.shard === undefined)
        throw new errors/* ConfigurationError */.j1('shard-by needs shard (i/n)');
    const shard = options.shard === undefined ? undefined : (0,validate_shard/* parseShard */.u)(options.shard, options['shard-by'], 'shard');
    const schema = options.schema !== undefined ? (0,user_file/* userFile */.M)(env.workspace, options.schema) : undefined;
    const maxAnnotations = options['max-annotations'];
    const { document, profile, problems } = await env.tasks.run(validate_data/* validateDataTask */.kk, {
        data,
        baseDir: env.workspace,
        schema,
        reference: options.reference,
        profile: options['profile-out'] !== undefined,
        shard,
        merge: merge.length > 0 ? merge : undefined,
        title: extras.title,
        gitSha: env.commit,
        now: env.now?.(),
        options: { maxErrorSamples: Math.max(1000, maxAnnotations, extras.minErrorSamples ?? 0) },
    }, extras.onProgress ? { onProgress: extras.onProgress } : {});
    const files = [];
    if (options['profile-out'] !== undefined && profile)
        files.push({ path: (0,user_file/* userFile */.M)(env.workspace, options['profile-out']).path, text: (0,io/* profileText */.z1)(profile) });
    const failedChecks = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    const drift = document.data.drift;
    const resultsFile = options['results-file'];
    files.push(...(0,export_files/* exportFiles */.S)(options, [{ document, file: resultsFile }], env.workspace, { warnFails: options['fail-on'] === 'warn' }));
    let failure;
    if (problems.length > 0)
        failure = { kind: 'input', message: problems.map((p) => p.message).join('\n') };
    else if ((0,results_status/* statusFailsStep */.Cd)(document.status, options['fail-on'])) {
        failure = { kind: 'verdict', message: `Data validation ${document.status}: ${failedChecks} check${failedChecks === 1 ? '' : 's'} failed, ${document.data.errorCount} errors (see ${resultsFile})` };
    }
    return {
        document,
        resultsPath: (0,user_file/* userFile */.M)(env.workspace, resultsFile).path,
        files,
        annotations: annotationsFor(document, maxAnnotations),
        summary: (0,validation/* renderValidationSummary */.mn)(document),
        outputs: {
            status: document.status,
            'results-file': resultsFile,
            rows: document.data.rows,
            'failed-checks': failedChecks,
            ...(drift ? { 'drifted-columns': drift.dataset.drifted, 'dataset-drift': drift.dataset.status } : {}),
        },
        failure,
    };
}


/***/ }),

/***/ 9570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ likelySplit),
/* harmony export */   r: () => (/* binding */ MIN_RANGE_BYTES)
/* harmony export */ });
// The smallest byte range worth a thread of its own: in a module of its own
// so that the steps' task declarations (in every bundle that runs a step)
// can tell whether a file will be split without loading the engine.
/** A range smaller than this is not worth a thread (starting one and loading the engine costs ~0.1 s). */
const MIN_RANGE_BYTES = 4 * 1024 * 1024;
/** Whether a file of `bytes` at `path` will likely be read in byte ranges: a plain (uncompressed) CSV or TSV (.tab too, as detectFormat reads it) of two ranges or more. */
function likelySplit(path, bytes) {
    return /\.(csv|tsv|tab)$/i.test(path) && bytes >= 2 * MIN_RANGE_BYTES;
}


/***/ }),

/***/ 3679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// Shards of a dataset, as the user writes them (`2/4`, a matrix value), and
// what a shard is to the validator.

/** Reads `i/n` (1 ≤ i ≤ n, as a matrix index starting at 1) into a 0-based shard. */
function parseShard(text, by, key = 'shard') {
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`"${text}" is not a shard: write i/n with 1 ≤ i ≤ n, e.g. 2/4 (matrix values 1 to n)`, { key });
    }
    return { index: index - 1, count, ...(by ? { by } : {}) };
}


/***/ })

};
