export const id = 575;
export const ids = [575];
export const modules = {

/***/ 523:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ exitFor),
/* harmony export */   d0: () => (/* binding */ writeResultsWhere),
/* harmony export */   ih: () => (/* binding */ stepFlags),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3846);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(147);
// What the commands that run one step share: the step's options from the
// command's flags, where its results go, and the exit status of its verdict.





function oneOf(name, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (!allowed.includes(value))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--${name} must be one of ${allowed.join(', ')}`);
    return value;
}
/**
 * Writes the step's files and its results document: to --out when given, else
 * where the step puts it (holdout-results/<step>.json), which report and gate
 * read by default.
 */
async function writeResultsWhere(result, out, io) {
    await (0,_shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__/* .writeStepFiles */ .b)({ ...result, resultsPath: typeof out === 'string' ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, out) : result.resultsPath });
}
/** A step's options from the command's flags; a bad value is a usage mistake. */
function stepFlags(spec, values) {
    try {
        return (0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .optionsFromText */ .yJ)(spec, 'flag', (name) => (typeof values[name] === 'string' ? values[name] : undefined));
    }
    catch (error) {
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
            throw new _common_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(error.message);
        throw error;
    }
}
/** Exit status from what the step decided: 2 for bad input, 1 for a failing verdict. */
function exitFor(result, io) {
    if (result.failure?.kind === 'input') {
        io.stderr(`holdout: ${result.failure.message.split('\n').join('\nholdout: ')}\n`);
        return _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.usage;
    }
    return result.failure ? _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.failed : _common_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ comparisonVerdict),
/* harmony export */   Nz: () => (/* binding */ formatReportText),
/* harmony export */   WH: () => (/* binding */ formatValidationText),
/* harmony export */   a7: () => (/* binding */ formatGateText),
/* harmony export */   cF: () => (/* binding */ formatComparisonText),
/* harmony export */   iz: () => (/* binding */ sanitizeTerminal)
/* harmony export */ });
/* unused harmony export driftLine */
/* harmony import */ var _shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
/* harmony import */ var _shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1288);
/* harmony import */ var _shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1808);
/* harmony import */ var _shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(352);
/* harmony import */ var _shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8563);
// Plain text for the terminal: one line per error in the `file:line: message`
// form editors and grep understand; statuses first; numbers rounded to what
// matters; no Markdown; correct plurals; colour on a TTY only (the caller
// says whether stdout is one).





// Colour is marked with private-use characters while a line is built (so that
// sanitising the line, untrusted text and all, keeps it) and becomes SGR
// codes in `finish`. At worst a name smuggles in one of these four colours.
const SGR = { green: '\uE000', yellow: '\uE001', red: '\uE002', magenta: '\uE003' };
const RESET = '\uE004';
const CODES = { '\uE000': '\x1b[32m', '\uE001': '\x1b[33m', '\uE002': '\x1b[31m', '\uE003': '\x1b[35m', '\uE004': '\x1b[0m' };
/** Drops control characters so untrusted text cannot drive the terminal. */
function sanitizeTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '�');
}
function painter(color) {
    return (status, text) => (color ? `${SGR[(0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusColour */ .$8)(status)]}${text}${RESET}` : text);
}
/** The lines as printed: colour marks become SGR codes (without colour there are none). */
function finish(lines, color) {
    const text = lines.join('\n') + '\n';
    return color ? text.replace(/[\uE000-\uE004]/g, (c) => CODES[c]) : text.replace(/[\uE000-\uE004]/g, '');
}
/** A status as a fixed-width word: `FAIL `, `PASS `. */
const word = (status) => status.toUpperCase().padEnd(5);
/** One drifted column: its statistic against the level the schema sets. */
function driftLine(c) {
    const statistic = c.statistic === null && c.pValue === 0 && c.status !== 'error' ? Infinity : c.statistic;
    if (c.status === 'error')
        return `${c.column}: ${c.message}`;
    const shown = c.compare === 'p-value' ? `p ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(c.pValue)} (${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)})` : `${c.method} ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(statistic, 2)}${c.bound !== undefined ? ` ±${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(c.bound, 2)}` : ''}`;
    return `${c.column}: ${shown}, drift at ${(0,_shared_report_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .driftLevel */ .qf)(c)}; n ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nRef)} → ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(c.nCur)}`;
}
function formatValidationText(document, options) {
    const paint = painter(options.color);
    const lines = [];
    for (const error of document.data.errors.slice(0, options.maxErrors)) {
        const where = error.line ? `${error.file}:${error.line}` : error.row ? `${error.file} (row ${error.row})` : error.file;
        const kind = error.constraint ? `${error.type}/${error.constraint}` : error.type;
        lines.push(sanitizeTerminal(`${where}: ${kind}${error.field ? ` [${error.field}]` : ''}: ${error.message}${error.severity === 'warn' ? ' (tolerated by mostly)' : ''}`));
    }
    const shown = Math.min(options.maxErrors, document.data.errors.length);
    if (document.data.errorCount > shown && document.data.errors.length > 0)
        lines.push(`… ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.data.errorCount - shown, 'more error')}`);
    for (const table of document.data.tables) {
        lines.push(sanitizeTerminal(`${paint(table.status, word(table.status))} ${table.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.rows, 'row')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.failedChecks, 'check')} failed, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(table.errorCount, 'error')}${table.problem ? ` (${table.problem})` : ''}`));
    }
    const drift = document.data.drift;
    if (drift) {
        const d = drift.dataset;
        lines.push(sanitizeTerminal(`${paint(d.drifted > 0 ? 'fail' : 'pass', 'DRIFT')} ${d.drifted} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(d.compared, 'column')} against ${drift.reference.path} (dataset drift at ${Math.round(d.share * 100)}%: ${d.status})`));
        for (const c of drift.columns.filter((c) => c.status !== 'pass'))
            lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
    }
    const failed = document.checks.filter((c) => c.status === 'fail' || c.status === 'error').length;
    lines.push(`${paint(document.status, document.status.toUpperCase())}: ${failed} of ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(document.checks.length, 'check')} failed`);
    return finish(lines, options.color);
}
/** One line on a comparison's verdict: what fails and why, or what was found. */
function comparisonVerdict(document) {
    if (document.status === 'pass')
        return (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
    const reasons = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonReasons */ .Rm)(document, document.status === 'warn' ? 'warn' : 'fail');
    return reasons.join('; ') || (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .comparisonOutcome */ .cT)(document);
}
function formatComparisonText(document, color) {
    const paint = painter(color);
    const c = document.comparison;
    const rows = (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(c.metrics);
    const names = rows.map((r) => (r.slice ? `${r.name} [${r.slice.column}=${r.slice.value}]` : r.name));
    const width = Math.max(6, ...names.map((n) => n.length));
    const ci = `${Math.round(c.confidence * 100)}% interval`;
    const lines = [`status     ${'metric'.padEnd(width)}  ${'baseline'.padStart(9)}  ${'candidate'.padStart(9)}  ${'change'.padStart(8)}  ${ci.padEnd(20)}  ${'p'.padEnd(7)}  test`];
    rows.forEach((r, i) => {
        const status = r.gated ? paint(r.status, r.status.padEnd(9)) : 'not gated';
        const change = r.relativeDifference !== null ? (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signedPercent */ .wu)(r.relativeDifference) : (0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.difference);
        const interval = r.interval ? `${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[0])} to ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .signed */ .x8)(r.interval[1])}` : '—';
        lines.push(sanitizeTerminal(`${status}  ${names[i].padEnd(width)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.baseline).padStart(9)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .value */ .Uq)(r.candidate).padStart(9)}  ${change.padStart(8)}  ${interval.padEnd(20)}  ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .pValue */ .sp)(r.pValue).padEnd(7)}  ${r.method === 'none' ? '—' : r.method}`));
    });
    const failing = rows.filter((r) => r.gated && r.status !== 'pass');
    if (failing.length)
        lines.push('');
    for (const r of failing)
        for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(document, r))
            lines.push(sanitizeTerminal(`${paint(k.status, word(k.status))} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
    lines.push(sanitizeTerminal(`${paint(document.status, document.status.toUpperCase())}: ${comparisonVerdict(document)}`));
    return finish(lines, color);
}
/** The gate's decision for a terminal: the decision and its first reason, every reason, the inputs and the audit record. */
function formatGateText(result, color) {
    const paint = painter(color);
    const decision = result.decision;
    if (!decision)
        return finish([sanitizeTerminal(String(result.outputs.reason ?? ''))], color);
    const status = decision.decision === 'pass' ? 'pass' : decision.decision === 'overridden' ? 'warn' : decision.status === 'error' ? 'error' : 'fail';
    const lines = [sanitizeTerminal(`${paint(status, decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase())} holdout gate: ${decision.reason}`)];
    if (decision.reasons.length > 1) {
        lines.push(`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(decision.reasons.length, 'reason')}:`);
        for (const r of decision.reasons.slice(0, 50))
            lines.push(sanitizeTerminal(`  - ${r}`));
        if (decision.reasons.length > 50)
            lines.push(`  … ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(decision.reasons.length - 50)} more`);
    }
    const files = result.document?.subject.files ?? [];
    if (files.length)
        lines.push(`inputs: ${files.map((f) => sanitizeTerminal(`${f.path}${f.sha256 ? ` (sha256 ${f.sha256.slice(0, 12)}…)` : ''}`)).join(', ')}`);
    const audit = result.document?.decision?.auditSha256;
    if (result.outputs['audit-file'] !== undefined)
        lines.push(sanitizeTerminal(`audit record: ${String(result.outputs['audit-file'])}${typeof audit === 'string' ? ` (sha256 ${audit.slice(0, 16)}…)` : ''}`));
    return finish(lines, color);
}
/** The report for a terminal: the verdict, then per document what does not pass. */
function formatReportText(documents, verdict, color) {
    const paint = painter(color);
    const status = documents.length === 0 ? 'error' : (0,_shared_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .worstStatus */ .A4)(documents.map((d) => d.status));
    const lines = [sanitizeTerminal(`${paint(status, status.toUpperCase())} ${verdict}`)];
    for (const doc of documents) {
        if (doc.kind === 'compare-metrics') {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${comparisonVerdict(doc)}`));
            for (const r of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .orderRows */ .O1)(doc.comparison.metrics.filter((m) => m.gated && m.status !== 'pass'))) {
                for (const k of (0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowChecks */ .ko)(doc, r))
                    lines.push(sanitizeTerminal(`  ${paint(k.status, k.status)} ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .rowName */ ._k)(r)}: ${(0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .checkReason */ .Dk)(r, k)}`));
            }
        }
        else if (doc.kind === 'validate-data') {
            const reasons = doc.status === 'pass' ? [`${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.rows, 'row')} in ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(doc.data.tables.length, 'file')}, no errors`] : (0,_shared_report_validation_js__WEBPACK_IMPORTED_MODULE_2__/* .validationReasons */ .B3)(doc, doc.status === 'warn' ? 'warn' : 'fail');
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${reasons.join('; ')}`));
            for (const t of doc.data.tables.filter((t) => t.status !== 'pass'))
                lines.push(sanitizeTerminal(`  ${paint(t.status, t.status)} ${t.file}: ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.errorCount, 'error')}, ${(0,_shared_report_format_js__WEBPACK_IMPORTED_MODULE_4__/* .plural */ .LS)(t.failedChecks, 'check')} failed`));
            for (const c of doc.data.drift?.columns.filter((c) => c.status !== 'pass') ?? [])
                lines.push(sanitizeTerminal(`  ${paint(c.status, c.status)} ${driftLine(c)}`));
        }
        else {
            lines.push('', sanitizeTerminal(`${paint(doc.status, word(doc.status))} ${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? 'pass'}`));
        }
    }
    return finish(lines, color);
}


/***/ }),

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


/***/ })

};
