export const id = 6;
export const ids = [6];
export const modules = {

/***/ 4006:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7700);
/* harmony import */ var _shared_results_io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3517);
/* harmony import */ var _shared_report_validation_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(352);
/* harmony import */ var _shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1547);
/* harmony import */ var _shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2462);
/* harmony import */ var _shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5400);
/* harmony import */ var _shared_steps_report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7408);
/* harmony import */ var _shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3340);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8906);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(147);
/* harmony import */ var _step_command_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(523);
// `holdout demo`: the whole pipeline offline on the shipped examples; loaded
// only when the command is demo.













const DEMO_USAGE = `Usage: holdout demo [--examples <dir>] [--out-dir <dir>]

Runs the whole pipeline offline on the example data shipped with holdout
(examples/, generated with a fixed seed by scripts/make-examples.mjs):
validates a clean and a broken copy of the example churn table against its
schema; checks this month's churn data against the training data for drift;
compares a candidate model's holdout predictions with the production model's
under the example policy; writes the results documents, report.md (the pull
request comment) and the gate's audit record, and prints the verdict.`;
async function demoCommand(args, io) {
    const { values } = (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .parse */ .qg)(args, { examples: { type: 'string' }, 'out-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout(DEMO_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok;
    }
    const examples = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.examples ?? io.examplesDir);
    const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['out-dir'] ?? 'holdout-results/demo');
    // The same steps the actions run, on the examples as the workspace.
    const env = await (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .cliEnvironment */ .m9)({ ...io, cwd: examples });
    const verdicts = [];
    const validate = async (data, extra, title) => {
        const result = await (0,_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_9__/* .runValidateData */ .w)({ ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_12__/* .stepFlags */ .ih)(_shared_steps_validate_data_js__WEBPACK_IMPORTED_MODULE_9__/* .validateDataOptions */ .J, { schema: 'validate/schema.yaml' }), data: [data], ...extra }, env, { title });
        if (result.failure?.kind === 'input')
            throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(result.failure.message);
        return result.document;
    };
    for (const name of ['passing', 'failing']) {
        const document = await validate(`validate/${name}.csv`, {});
        io.stdout(`\n== holdout validate examples/validate/${name}.csv ==\n`);
        io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .formatValidationText */ .WH)(document, { maxErrors: 20, color: io.isTty }));
        await (0,_shared_results_io_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResults */ .KB)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, `validate-${name}.json`), document);
        await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, `validate-${name}.md`), (0,_shared_report_validation_js__WEBPACK_IMPORTED_MODULE_4__/* .renderValidationSummary */ .mn)(document));
        verdicts.push(`${name}.csv: ${document.status} (${document.data.errorCount} errors)`);
    }
    // This month's data against what the model was trained on.
    const drifted = await validate('drift/current.csv', { reference: 'drift/reference.csv' }, 'Data validation: this month');
    const drift = drifted.data.drift;
    io.stdout('\n== holdout validate examples/drift/current.csv --reference examples/drift/reference.csv ==\n');
    io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .formatValidationText */ .WH)(drifted, { maxErrors: 20, color: io.isTty }));
    await (0,_shared_results_io_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResults */ .KB)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'validate-drift.json'), drifted);
    const driftedNames = drift.columns.filter((c) => c.status === 'fail').map((c) => c.column);
    verdicts.push(`drift: ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted${driftedNames.length ? ` (${driftedNames.join(', ')})` : ''}`);
    const compared = await (0,_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .runCompareMetrics */ .e7)((0,_step_command_js__WEBPACK_IMPORTED_MODULE_12__/* .stepFlags */ .ih)(_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .compareMetricsOptions */ .f9, { candidate: 'compare/candidate-predictions.csv', baseline: 'compare/baseline-predictions.csv', policy: 'compare/policy.yaml' }), env);
    if (compared.failure?.kind === 'input')
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(compared.failure.message);
    io.stdout('\n== holdout compare examples/compare (candidate vs production baseline) ==\n');
    io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .formatComparisonText */ .cF)(compared.document, io.isTty));
    await (0,_shared_results_io_js__WEBPACK_IMPORTED_MODULE_3__/* .writeResults */ .KB)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'compare-metrics.json'), compared.document);
    await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'compare-metrics.md'), compared.summary);
    verdicts.push(`comparison: ${compared.document.status} (${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .comparisonVerdict */ .LF)(compared.document)})`);
    // The pull request of this month's data and the candidate: its comment, and the gate.
    const pipeline = [(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'validate-drift.json'), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'compare-metrics.json')];
    const report = await (0,_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_8__/* .runReport */ .qi)({ ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_12__/* .stepFlags */ .ih)(_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_8__/* .reportOptions */ .lt, { title: 'holdout demo' }), 'comment-key': 'demo', comment: 'never', 'job-summary': false, results: pipeline }, env);
    await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'report.md'), report.markdown);
    // Beside the results, not among them: the audit record is not a results document.
    const gate = await (0,_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_7__/* .runGate */ .R)({ ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_12__/* .stepFlags */ .ih)(_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_7__/* .gateOptions */ .O, {}), results: pipeline, 'audit-file': (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'audit/gate-audit.json') }, env);
    await (0,_shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_6__/* .writeStepFiles */ .b)(gate, { results: false });
    const decision = gate.decision;
    io.stdout(`\nReport (the pull request comment): ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .sanitizeTerminal */ .iz)(report.verdict)}\n`);
    io.stdout(`Gate: ${decision.decision.toUpperCase()} — ${(0,_text_js__WEBPACK_IMPORTED_MODULE_10__/* .sanitizeTerminal */ .iz)(decision.reason)}\n`);
    io.stdout(`\nDemo verdicts: ${verdicts.join('; ')}; gate: ${decision.decision}\nResults documents and report.md in ${outDir}, the gate's audit record in ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(outDir, 'audit')}\n`);
    return _common_js__WEBPACK_IMPORTED_MODULE_11__/* .EXIT */ .dc.ok;
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
