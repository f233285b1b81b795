export const id = 770;
export const ids = [770];
export const modules = {

/***/ 8389:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var _shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4058);
/* harmony import */ var _shared_results_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3517);
/* harmony import */ var _shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1547);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3846);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8906);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(147);
/* harmony import */ var _gitlab_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90);
/* harmony import */ var _step_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(523);
// `holdout compare`: a candidate model against the baseline under a policy,
// as the compare-metrics action runs it; loaded only when the command is compare.








const COMPARE_USAGE = `Usage: holdout compare --candidate <file> --baseline <source> [options]

Compares a candidate model with the production baseline under a policy.
Candidate and baseline are metrics files (JSON, YAML, CSV) or predictions
files (CSV, JSON Lines, Parquet); with predictions of both on the same ids
the comparison is paired and noise-aware. git: baselines are read from the
local repository; artifact: and deployment: need GITHUB_TOKEN and
GITHUB_REPOSITORY.

Options:
${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .flagHelp */ .QR)(_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricsOptions */ .f9)}
  --out <file>             write the results document (JSON) here (default ${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultText */ .VC)(_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricsOptions */ .f9['results-file'])})
  --format <format>        text (default), json or markdown
  --gitlab-code-quality <file>  write the failed checks as a GitLab Code Quality report (docs/gitlab.md)
  -h, --help               show this help`;
async function compareCommand(args, io) {
    const { values } = (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .parse */ .qg)(args, { ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_3__/* .flagTable */ .tS)(_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricsOptions */ .f9), out: { type: 'string' }, format: { type: 'string' }, ..._gitlab_js__WEBPACK_IMPORTED_MODULE_6__/* .CODE_QUALITY_FLAG */ .vH, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout(COMPARE_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok;
    }
    if (typeof values.candidate !== 'string')
        throw new _common_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('compare needs --candidate <file>');
    const format = (0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .oneOf */ .yL)('format', values.format, ['text', 'json', 'markdown'], 'text');
    // --out is where the results go, for the JUnit report's file names too.
    const options = { ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .stepFlags */ .ih)(_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .compareMetricsOptions */ .f9, values), ...(typeof values.out === 'string' ? { 'results-file': values.out } : {}) };
    const needsApi = options.baseline !== undefined && /^(artifact|deployment):/.test(options.baseline.trim());
    const result = await (0,_shared_steps_compare_metrics_js__WEBPACK_IMPORTED_MODULE_2__/* .runCompareMetrics */ .e7)(options, await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .cliEnvironment */ .m9)(io, needsApi ? await io.gitHub?.() : undefined));
    const { document } = result;
    await (0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .writeResultsWhere */ .d0)(result, values.out, io);
    await (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_6__/* .writeCodeQuality */ .yb)(values, [document], io);
    if (format === 'json')
        io.stdout((0,_shared_results_io_js__WEBPACK_IMPORTED_MODULE_1__/* .resultsText */ .qp)(document));
    else if (format === 'markdown')
        io.stdout((0,_shared_report_comparison_js__WEBPACK_IMPORTED_MODULE_0__/* .renderComparisonSummary */ .YV)(document));
    else
        io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatComparisonText */ .cF)(document, io.isTty));
    return (0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .exitFor */ .Ed)(result, io);
}


/***/ }),

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


/***/ })

};
