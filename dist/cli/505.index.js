export const id = 505;
export const ids = [505];
export const modules = {

/***/ 90:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ gitLabNoteWorkflow),
/* harmony export */   fn: () => (/* binding */ NOTE_FLAGS),
/* harmony export */   vH: () => (/* binding */ CODE_QUALITY_FLAG),
/* harmony export */   yO: () => (/* binding */ postGitLabNote),
/* harmony export */   yb: () => (/* binding */ writeCodeQuality),
/* harmony export */   zI: () => (/* binding */ EXIT_NOT_POSTED)
/* harmony export */ });
/* unused harmony exports CODE_QUALITY_HELP, mergeRequestPipeline */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(147);
// GitLab CI from the command line: the Code Quality report file
// (--gitlab-code-quality FILE on validate, compare, report and run) and the
// sticky merge-request note (report and run --gitlab-note), from GitLab's predefined
// variables (doc/ci/variables/predefined_variables.md): CI_API_V4_URL (or
// CI_SERVER_URL), CI_MERGE_REQUEST_PROJECT_ID (or CI_PROJECT_ID),
// CI_MERGE_REQUEST_IID, CI_MERGE_REQUEST_PROJECT_URL (or CI_PROJECT_URL).
//
// The note needs an access token: GitLab lets CI_JOB_TOKEN read a merge
// request's notes but not create or modify one (doc/ci/jobs/ci_job_token.md),
// so it is HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN), a project access token with
// the api scope. Exit status: a missing variable or token is a usage mistake
// (2, before anything is sent); outside a merge request pipeline the note is
// skipped with one line; a note GitLab would not take, after the retries, is
// EXIT_NOT_POSTED (3) with one line, so a job can allow exactly that failure
// (allow_failure: exit_codes: 3).




/** The note could not be posted (GitLab refused it, or kept failing): the report itself was made. */
const EXIT_NOT_POSTED = 3;
/** The flags these add to a command's parseArgs table. */
const CODE_QUALITY_FLAG = { 'gitlab-code-quality': { type: 'string' } };
const NOTE_FLAGS = { 'gitlab-note': { type: 'boolean' }, 'note-key': { type: 'string' } };
const CODE_QUALITY_HELP = '  --gitlab-code-quality <file>  write a GitLab Code Quality report (artifacts:reports:codequality) here';
/** Writes the Code Quality report of the documents when the flag asks for one. */
async function writeCodeQuality(values, documents, io) {
    const file = values['gitlab-code-quality'];
    if (file === undefined)
        return;
    if (typeof file !== 'string' || file.trim() === '')
        throw new _common_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--gitlab-code-quality needs a file name');
    // GitLab reads paths relative to the project: CI_PROJECT_DIR in a job, else the working directory.
    const root = io.env?.CI_PROJECT_DIR || io.cwd;
    const { codeQualityIssues, codeQualityText } = await __webpack_require__.e(/* import() */ 257).then(__webpack_require__.bind(__webpack_require__, 4257));
    const issues = codeQualityIssues(documents, { root });
    await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, file), codeQualityText(issues));
    io.stderr(`holdout: GitLab Code Quality report: ${issues.length} finding${issues.length === 1 ? '' : 's'} → ${file}\n`);
}
/**
 * The merge request pipeline the variables describe, or undefined outside one
 * (no CI_MERGE_REQUEST_IID). A merge request pipeline without the API URL,
 * project or a token that can write notes is a configuration mistake (one line, exit 2).
 */
function mergeRequestPipeline(env) {
    const get = (name) => env[name]?.trim() || undefined;
    const iidText = get('CI_MERGE_REQUEST_IID');
    if (iidText === undefined)
        return undefined;
    const iid = Number(iidText);
    if (!/^\d+$/.test(iidText) || iid < 1)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`--gitlab-note: CI_MERGE_REQUEST_IID is "${iidText}", not a merge request IID`);
    const server = get('CI_SERVER_URL');
    const apiUrl = get('CI_API_V4_URL') ?? (server ? `${server.replace(/\/+$/, '')}/api/v4` : undefined);
    if (!apiUrl)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--gitlab-note: neither CI_API_V4_URL nor CI_SERVER_URL is set, so the GitLab API is unknown');
    // The merge request belongs to its target project, which a fork's pipeline is not.
    const project = get('CI_MERGE_REQUEST_PROJECT_ID') ?? get('CI_PROJECT_ID');
    if (!project)
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('--gitlab-note: neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set');
    const tokenName = get('HOLDOUT_GITLAB_TOKEN') ? 'HOLDOUT_GITLAB_TOKEN' : get('GITLAB_TOKEN') ? 'GITLAB_TOKEN' : undefined;
    if (!tokenName) {
        throw new _shared_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(get('CI_JOB_TOKEN')
            ? '--gitlab-note needs HOLDOUT_GITLAB_TOKEN: GitLab lets CI_JOB_TOKEN read merge request notes but not write them; set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable)'
            : '--gitlab-note needs HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN): a project access token with the api scope');
    }
    const projectUrl = get('CI_MERGE_REQUEST_PROJECT_URL') ?? get('CI_PROJECT_URL');
    return { apiUrl, project, iid, token: get(tokenName), tokenName, mergeRequestUrl: projectUrl ? `${projectUrl.replace(/\/+$/, '')}/-/merge_requests/${iid}` : undefined };
}
/** The writer's identity in the note's marker (as a GitHub comment's is its workflow): the merge request's project. */
function gitLabNoteWorkflow(io) {
    return `gitlab:${io.env?.CI_MERGE_REQUEST_PROJECT_ID?.trim() || io.env?.CI_PROJECT_ID?.trim() || ''}`;
}
/**
 * Posts or updates the report's sticky note on the pipeline's merge request.
 * Returns EXIT_NOT_POSTED when GitLab would not take it, undefined otherwise.
 */
async function postGitLabNote(markdown, marker, io, options = {}) {
    const pipeline = mergeRequestPipeline(io.env ?? {});
    if (!pipeline) {
        io.stderr('holdout: --gitlab-note: not a merge request pipeline (CI_MERGE_REQUEST_IID is not set), so no note is posted\n');
        return undefined;
    }
    const [{ createGitLabClient, GitLabApiError }, { upsertStickyNote }] = await Promise.all([__webpack_require__.e(/* import() */ 971).then(__webpack_require__.bind(__webpack_require__, 1971)), __webpack_require__.e(/* import() */ 680).then(__webpack_require__.bind(__webpack_require__, 5680))]);
    const client = createGitLabClient({ apiUrl: pipeline.apiUrl, token: pipeline.token, tokenKind: 'private', tokenName: pipeline.tokenName }, options);
    try {
        const note = await upsertStickyNote(client, { project: pipeline.project, iid: pipeline.iid }, marker, markdown);
        const where = pipeline.mergeRequestUrl ? `${pipeline.mergeRequestUrl}#note_${note.id}` : `merge request !${pipeline.iid}, note ${note.id}`;
        io.stderr(`holdout: GitLab note ${note.created ? 'posted' : 'updated'}: ${where}\n`);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof GitLabApiError))
            throw error;
        io.stderr(`holdout: GitLab note not posted: ${error.message}\n`);
        return EXIT_NOT_POSTED;
    }
}


/***/ }),

/***/ 6505:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_CONFIG: () => (/* binding */ DEFAULT_CONFIG),
  runCommand: () => (/* binding */ runCommand)
});

// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/cli/text.js
var cli_text = __webpack_require__(8906);
// EXTERNAL MODULE: ./build/shared/steps/pipeline.js
var pipeline = __webpack_require__(880);
// EXTERNAL MODULE: ./build/shared/steps/compare-metrics.js
var compare_metrics = __webpack_require__(1547);
// EXTERNAL MODULE: ./build/shared/steps/effects.js
var effects = __webpack_require__(2462);
// EXTERNAL MODULE: ./build/shared/steps/gate.js + 11 modules
var steps_gate = __webpack_require__(5400);
// EXTERNAL MODULE: ./build/shared/steps/report.js
var steps_report = __webpack_require__(7408);
// EXTERNAL MODULE: ./build/shared/steps/validate-data.js + 1 modules
var validate_data = __webpack_require__(3340);
// EXTERNAL MODULE: ./build/shared/export/files.js + 2 modules
var files = __webpack_require__(5918);
;// CONCATENATED MODULE: ./build/shared/steps/run-pipeline.js
// The all-in-one pipeline that .github/holdout.yml describes, composed once
// for the root action (action.ts) and for `holdout run` (cli/run.ts): the data
// checks, the comparison, the gate, then the report, which includes the
// gate's decision. Each stage's files are written before the next stage reads
// them; the rest of a stage's effects (annotations and job summary on a
// runner, lines on a terminal) are the entry's to apply, through onStage.







/** Runs the pipeline in `env`. With env.github the gate publishes its check run (and deployment) as it decides. */
async function runPipeline(loaded, env, hooks = {}) {
    const { config } = loaded;
    const resultsDir = config.results_dir;
    const stages = [];
    const inputProblems = [];
    const stage = async (name, result) => {
        await (0,effects/* writeStepFiles */.b)(result);
        const entry = { name, resultsFile: `${resultsDir}/${name}.json`, result };
        stages.push(entry);
        await hooks.onStage?.(entry);
        if (result.failure?.kind === 'input')
            inputProblems.push(result.failure.message);
    };
    for (const [i, check] of config.data.entries()) {
        const name = `validate-data${check.name ? `-${check.name}` : config.data.length > 1 ? `-${i + 1}` : ''}`;
        const options = { ...(0,pipeline/* dataCheckOptions */.DQ)(loaded, i), 'results-file': `${resultsDir}/${name}.json` };
        await stage(name, await (0,validate_data/* runValidateData */.w)(options, env, { title: check.name ? `Data validation: ${check.name}` : undefined }));
    }
    if (config.model) {
        const { options, embeddedPolicy } = (0,pipeline/* compareOptionsOf */.xN)(loaded);
        await stage('compare-metrics', await (0,compare_metrics/* runCompareMetrics */.e7)({ ...options, 'results-file': `${resultsDir}/compare-metrics.json` }, env, { embeddedPolicy }));
    }
    const results = [`${resultsDir}/*.json`];
    const decideEnv = hooks.dryRun ? { ...env, github: undefined } : env;
    let gate;
    if (config.gate.enabled) {
        gate = await (0,steps_gate/* runGate */.R)({ ...(0,pipeline/* gateOptionsOf */.PL)(loaded), results }, decideEnv, { resultsDir });
        await (0,effects/* writeStepFiles */.b)(gate);
    }
    const report = await (0,steps_report/* runReport */.qi)({ ...(0,pipeline/* reportOptionsOf */.kQ)(loaded), results }, decideEnv);
    await (0,effects/* writeStepFiles */.b)(report);
    // Every document of the run, the gate's last: one JUnit testsuite each.
    const documents = stages.flatMap(({ result, resultsFile }) => (result.document ? [{ document: result.document, file: resultsFile }] : []));
    if (gate?.document)
        documents.push({ document: gate.document, file: `${resultsDir}/gate.json` });
    const request = { junit: config.junit, ...hooks.exports };
    await (0,effects/* writeStepFiles */.b)({ document: undefined, files: (0,files/* exportFiles */.S)(request, documents, env.workspace, { warnFails: config.gate.fail_on === 'warn' }) });
    const failure = inputProblems.length > 0 ? { kind: 'input', message: inputProblems.join('\n') } : gate?.failure ? { kind: 'verdict', message: gate.failure.message } : undefined;
    return { resultsDir, stages, gate, report, failure };
}
/** The check run the gate publishes for a decision: its conclusion and title (as shared/steps/gate.ts posts them). */
function checkRunFor(decision) {
    const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
    const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
    return { conclusion, title };
}

// EXTERNAL MODULE: ./build/cli/common.js + 1 modules
var common = __webpack_require__(147);
// EXTERNAL MODULE: ./build/shared/count.js
var count = __webpack_require__(5343);
// EXTERNAL MODULE: ./build/cli/gitlab.js
var gitlab = __webpack_require__(90);
// EXTERNAL MODULE: ./build/shared/report/report.js
var report_report = __webpack_require__(6765);
// EXTERNAL MODULE: ./build/shared/github/comment.js
var comment = __webpack_require__(2867);
;// CONCATENATED MODULE: ./build/cli/run.js
// `holdout run`: the all-in-one pipeline that .github/holdout.yml describes,
// run locally by the same composition the root action runs
// (shared/steps/run-pipeline.ts): the data checks, the comparison, the gate
// and the report, writing the same results documents and audit record.
//
// With --dry-run nothing talks to GitHub to write: it prints what the action
// would post — the check run's conclusion and title, and the sticky comment's
// markdown. Without it, and with GITHUB_TOKEN and GITHUB_REPOSITORY set, it
// posts them as the root action does on a push of the commit (the check run
// on the commit, the comment on the open pull request whose head it is).









const DEFAULT_CONFIG = '.github/holdout.yml';
const RUN_USAGE = `Usage: holdout run [--config <file>] [--dry-run] [options]

Runs the pipeline the all-in-one config describes — data checks, the model
comparison, the gate and the report — as the root action (holdout/holdout@v0)
does, with the same steps: results documents in the config's results_dir,
the gate's audit record, the report's markdown.

With --dry-run nothing is posted: it prints the check run the gate would
publish (conclusion and title) and the sticky comment the report would post.
Without it, when GITHUB_TOKEN and GITHUB_REPOSITORY are set, it publishes the
check run on the commit and the comment on the open pull request whose head
is that commit, as the root action does on a push.

Options:
  --config <file>    the all-in-one config (default ${DEFAULT_CONFIG})
  --dry-run          post nothing; print what would be posted
  --commit <sha>     the commit the results are about (default: git rev-parse HEAD, when in a git repository)
  --format <format>  text (default) or json (the dry run's report as one JSON document)
  --junit <file>     write every results document as JUnit XML here (default: the config's junit)
  --kubeflow-metrics <file>  write Kubeflow Pipelines' metrics output (mlpipeline-metrics JSON) here
  --gitlab-code-quality <file>  write the stages' findings as a GitLab Code Quality report (docs/gitlab.md)
  --gitlab-note      in a GitLab merge request pipeline, post the report as the merge request's
                     note or update it (not with --dry-run; needs HOLDOUT_GITLAB_TOKEN; docs/gitlab.md)
  -h, --help         show this help

Exit status: 0 the gate passes, 1 it fails, 2 bad input or usage; 3 the gate passes
but the GitLab note could not be posted.`;
async function runCommand(args, io) {
    const { values, positionals } = (0,common/* parse */.qg)(args, {
        config: { type: 'string' },
        'dry-run': { type: 'boolean' },
        commit: { type: 'string' },
        format: { type: 'string' },
        junit: { type: 'string' },
        'kubeflow-metrics': { type: 'string' },
        ...gitlab/* CODE_QUALITY_FLAG */.vH,
        'gitlab-note': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
        io.stdout(RUN_USAGE + '\n');
        return common/* EXIT */.dc.ok;
    }
    if (positionals.length > 0)
        throw new common/* UsageError */.eb(`run takes no arguments (got "${positionals[0]}"); name the config with --config`);
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
        throw new common/* UsageError */.eb('--format must be one of text, json');
    const dryRun = values['dry-run'] === true;
    const configPath = typeof values.config === 'string' ? values.config : DEFAULT_CONFIG;
    const loaded = await (0,pipeline/* loadPipelineConfig */.zz)((0,user_file/* userFile */.M)(io.cwd, configPath));
    const base = await (0,common/* cliEnvironment */.m9)(io, undefined);
    const commit = typeof values.commit === 'string' ? values.commit : base.commit;
    // GitHub access reads artifact: and deployment: baselines; it publishes only when posting.
    const github = await io.gitHub?.();
    const posting = !dryRun && github !== undefined && commit !== undefined;
    // Posting is the root action on a push of the commit: the check run on it, the comment on the pull request it heads.
    const env = { ...base, github, commit, ...(posting ? { eventName: 'push', payload: { after: commit } } : {}) };
    // The GitLab note's marker names the project (the report's is built from env.workflow and the report key).
    // When the run also posts to GitHub, the GitHub sticky comment keeps its workflow's marker (or it would no
    // longer find the comment it posted before), and the note carries that same marker on GitLab.
    const gitlabNote = values['gitlab-note'] === true && !dryRun;
    if (gitlabNote && !posting)
        env.workflow = (0,gitlab/* gitLabNoteWorkflow */.LW)(io);
    const text = format === 'text';
    if (text)
        io.stdout(`holdout run: ${configPath}${dryRun ? ' (dry run: nothing is posted)' : ''}\n`);
    const outcome = await runPipeline(loaded, env, {
        dryRun: !posting,
        exports: {
            ...(typeof values.junit === 'string' ? { junit: values.junit } : {}),
            ...(typeof values['kubeflow-metrics'] === 'string' ? { 'kubeflow-metrics': values['kubeflow-metrics'] } : {}),
        },
        onStage: (stage) => {
            if (text)
                io.stdout(stageLine(stage));
        },
    });
    const report = {
        config: configPath,
        dryRun,
        commit,
        resultsDir: outcome.resultsDir,
        stages: outcome.stages.map(({ name, resultsFile, result }) => ({ name, resultsFile, status: result.document?.status, failure: result.failure?.message })),
        exitCode: outcome.failure?.kind === 'input' ? common/* EXIT */.dc.usage : outcome.failure ? common/* EXIT */.dc.failed : common/* EXIT */.dc.ok,
    };
    await (0,gitlab/* writeCodeQuality */.yb)(values, outcome.stages.map((s) => s.result.document).filter((d) => d !== undefined), io);
    const gateConfig = loaded.config.gate;
    if (outcome.gate?.decision) {
        const { decision } = outcome.gate;
        report.gate = { decision: decision.decision, reason: decision.reason, resultsFile: `${outcome.resultsDir}/gate.json`, auditFile: String(outcome.gate.outputs['audit-file']) };
        const checkRunId = outcome.gate.outputs['check-run-id'];
        report.checkRun = { name: String(gateConfig.check_name ?? 'holdout / gate'), ...checkRunFor(decision), ...(typeof checkRunId === 'number' ? { id: checkRunId } : {}) };
    }
    const mode = String(loaded.config.report.comment ?? 'auto');
    if (mode !== 'never')
        report.comment = { key: String(loaded.config.report.key ?? 'default'), mode, body: outcome.report.markdown };
    if (posting && report.comment && outcome.report.publish) {
        const url = (await outcome.report.publish())['comment-url'];
        if (typeof url === 'string')
            report.comment.url = url;
    }
    if (gitlabNote) {
        const posted = await (0,gitlab/* postGitLabNote */.yO)(outcome.report.markdown, (0,report_report/* reportMarker */.l)((0,comment/* stickyKey */.NI)({ workflow: env.workflow, key: String(loaded.config.report.key ?? 'default') })), io);
        if (posted !== undefined && report.exitCode === common/* EXIT */.dc.ok)
            report.exitCode = posted;
    }
    if (format === 'json')
        io.stdout(JSON.stringify(report, null, 2) + '\n');
    else
        io.stdout(renderText(report, outcome, { posting, hasGitHub: github !== undefined }));
    if (outcome.failure?.kind === 'input')
        io.stderr(`holdout: ${outcome.failure.message.split('\n').join('\nholdout: ')}\n`);
    return report.exitCode;
}
function stageLine({ name, resultsFile, result }) {
    const status = (result.document?.status ?? 'error').toUpperCase().padEnd(5);
    const why = result.failure ? `: ${result.failure.message.split('\n')[0]}` : '';
    return (0,cli_text/* sanitizeTerminal */.iz)(`${status} ${name} → ${resultsFile}${why}`) + '\n';
}
function renderText(report, outcome, context) {
    const lines = [];
    if (report.gate)
        lines.push((0,cli_text/* sanitizeTerminal */.iz)(`${report.gate.decision.toUpperCase().padEnd(5)} gate → ${report.gate.resultsFile} (audit record ${report.gate.auditFile}): ${report.gate.reason}`));
    lines.push(`Report: ${(0,cli_text/* sanitizeTerminal */.iz)(outcome.report.verdict)}`);
    lines.push('');
    const on = report.commit ? report.commit.slice(0, 12) : 'the commit';
    if (report.dryRun) {
        if (report.checkRun)
            lines.push((0,cli_text/* sanitizeTerminal */.iz)(`Would publish the check run "${report.checkRun.name}" on ${on}: conclusion ${report.checkRun.conclusion}, title "${report.checkRun.title}"`));
        else
            lines.push('Would publish no check run (gate.enabled: false)');
        if (report.comment) {
            lines.push(`Would post or update the sticky comment "${report.comment.key}" on the pull request whose head is ${on} (report.comment: ${report.comment.mode}), ${(0,count/* formatCount */.B)(report.comment.body.length)} characters:`);
            lines.push('', report.comment.body.trimEnd(), '');
        }
        else
            lines.push('Would post no comment (report.comment: never)');
    }
    else if (context.posting) {
        if (report.checkRun)
            lines.push(`Check run "${report.checkRun.name}" on ${on}: ${report.checkRun.conclusion}${report.checkRun.id !== undefined ? ` (id ${report.checkRun.id})` : ''}`);
        lines.push(report.comment?.url ? `Comment: ${report.comment.url}` : 'No comment posted (no open pull request with this head, or comment: never)');
    }
    else {
        lines.push(context.hasGitHub ? 'Nothing posted: no commit (not a git repository; pass --commit <sha>).' : 'Nothing posted: GITHUB_TOKEN and GITHUB_REPOSITORY are not set (use --dry-run to see what would be posted).');
    }
    return lines.join('\n') + '\n';
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


/***/ })

};
