export const id = 743;
export const ids = [743];
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

/***/ 1743:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7700);
/* harmony import */ var _shared_report_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6765);
/* harmony import */ var _shared_github_comment_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2867);
/* harmony import */ var _shared_steps_common_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(779);
/* harmony import */ var _shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2462);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3846);
/* harmony import */ var _shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7408);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8906);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(147);
/* harmony import */ var _gitlab_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(90);
/* harmony import */ var _step_command_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(523);
// `holdout report`: the pull-request report from results documents, as the
// report action renders it (and, in GitLab, its merge request note); loaded
// only when the command is report.












const REPORT_USAGE = `Usage: holdout report [<results...>] [options]

Renders the pull-request report (markdown) from results documents, as the
report action posts it.

Options:
  <results...>       results documents or globs (default ${_shared_steps_common_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RESULTS_GLOB */ .g2})
${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_6__/* .flagHelp */ .QR)(_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .reportOptions */ .lt)}
  --out <file>       write the markdown here instead of standard output
  --budget <chars>   size limit, cutting sections least important first (default ${_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMENT_BUDGET */ .ub})
  --gitlab-note      in a GitLab merge request pipeline, post the report as the merge
                     request's note, or update it (needs HOLDOUT_GITLAB_TOKEN; docs/gitlab.md)
  --note-key <key>   one note per key on a merge request (default "default")
  --gitlab-code-quality <file>  write the findings as a GitLab Code Quality report
  -h, --help         show this help

Exit status: 0 reported, 2 bad input or usage (a results file not read, or
--gitlab-note without its variables or token), ${_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .EXIT_NOT_POSTED */ .zI} the GitLab note could not be posted.`;
async function reportCommand(args, io) {
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .parse */ .qg)(args, { ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_6__/* .flagTable */ .tS)(_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .reportOptions */ .lt), out: { type: 'string' }, budget: { type: 'string' }, ..._gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .NOTE_FLAGS */ .fn, ..._gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .CODE_QUALITY_FLAG */ .vH, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout(REPORT_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
    }
    const budget = numberFlag(values, 'budget', _shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .COMMENT_BUDGET */ .ub, (n) => Number.isInteger(n) && n >= 1000);
    // A GitLab note's marker names the project and the key, as a GitHub comment's names the workflow and the key.
    const gitlabNote = values['gitlab-note'] === true;
    const noteKey = typeof values['note-key'] === 'string' ? values['note-key'] : 'default';
    const key = gitlabNote ? noteKey : 'cli';
    const workflow = gitlabNote ? (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .gitLabNoteWorkflow */ .LW)(io) : undefined;
    const options = { ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_11__/* .stepFlags */ .ih)(_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .reportOptions */ .lt, values), 'comment-key': key, comment: 'never', 'job-summary': false, ...(positionals.length ? { results: positionals } : {}) };
    const result = await (0,_shared_steps_report_js__WEBPACK_IMPORTED_MODULE_7__/* .runReport */ .qi)(options, { ...(await (0,_common_js__WEBPACK_IMPORTED_MODULE_9__/* .cliEnvironment */ .m9)(io)), workflow }, { budget });
    if (typeof values.out === 'string')
        await (0,_shared_io_atomic_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.out), result.markdown);
    // A terminal gets the report as text; a pipe or --out the Markdown the comment posts.
    else
        io.stdout(io.isTty ? (0,_text_js__WEBPACK_IMPORTED_MODULE_8__/* .formatReportText */ .Nz)(result.documents, result.verdict, true) : result.markdown);
    // --junit and --kubeflow-metrics (the step's scratch copy of the markdown stays unwritten).
    await (0,_shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_5__/* .writeStepFiles */ .b)({ document: undefined, files: result.files.filter((f) => f.path !== result.outputs['markdown-file']) });
    await (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .writeCodeQuality */ .yb)(values, result.documents, io);
    // The note is posted even when a file was not read: it says so, as the job's exit status does.
    const posted = gitlabNote ? await (0,_gitlab_js__WEBPACK_IMPORTED_MODULE_10__/* .postGitLabNote */ .yO)(result.markdown, (0,_shared_report_report_js__WEBPACK_IMPORTED_MODULE_2__/* .reportMarker */ .l)((0,_shared_github_comment_js__WEBPACK_IMPORTED_MODULE_3__/* .stickyKey */ .NI)({ workflow, key })), io) : undefined;
    if (result.unread > 0)
        return _common_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.usage;
    return posted ?? _common_js__WEBPACK_IMPORTED_MODULE_9__/* .EXIT */ .dc.ok;
}
function numberFlag(values, name, fallback, check) {
    const raw = values[name];
    if (raw === undefined)
        return fallback;
    const n = Number(raw);
    if (typeof raw !== 'string' || !Number.isFinite(n) || !check(n))
        throw new _common_js__WEBPACK_IMPORTED_MODULE_9__/* .UsageError */ .eb(`--${name} got "${String(raw)}", which is out of range`);
    return n;
}


/***/ }),

/***/ 1497:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ expandPaths)
/* harmony export */ });
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3382);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3349);
// Expanding user-given data paths: newline- or comma-separated paths and
// globs, relative to a base directory, deduplicated, in a stable order. Each
// match is a UserFile: a plain path keeps the name the user wrote, a glob
// match is named relative to the base directory.




async function expandPaths(patterns, baseDir, what = 'data') {
    const out = [];
    const seen = new Set();
    for (const pattern of patterns) {
        let matches;
        if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .isDynamicPattern */ .ey)(pattern)) {
            const found = (await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_3__/* .glob */ .TI)(pattern, { cwd: baseDir, absolute: true, onlyFiles: true, dot: false })).sort();
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the ${what} pattern "${pattern}" matches no file`);
            matches = found.map((path) => (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .foundFile */ .X)(baseDir, path));
        }
        else
            matches = [(0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, pattern)];
        for (const match of matches) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(match.path);
            if (seen.has(path))
                continue;
            seen.add(path);
            out.push(match);
        }
    }
    return out;
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

/***/ 8451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ findPullRequest)
/* harmony export */ });
// Which pull request a run reports to: the event's own (pull_request,
// pull_request_target), the open pull request whose head is the pushed
// commit (push), or — for workflow_run, the fork-safe pattern — the pull
// request of the triggering run: listed in the run's `pull_requests` when the
// branch is in this repository, else (a fork's, which GitHub leaves out) the
// open pull request from the run's head repository and branch at the run's
// commit. Never from the commit alone: two pull requests can share a head
// commit, and a report must not land on the other one.
async function findPullRequest(octokit, repo, eventName, payload, sha) {
    if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
        return { number: payload.pull_request.number, headSha: payload.pull_request.head?.sha, author: payload.pull_request.user?.login };
    }
    if (eventName === 'workflow_run')
        return payload.workflow_run ? fromWorkflowRun(octokit, repo, payload.workflow_run) : undefined;
    const headSha = eventName === 'push' ? (payload.after ?? sha) : undefined;
    if (!headSha || !octokit)
        return undefined;
    const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: headSha, per_page: 100 });
    const match = data.find((p) => p.state === 'open' && p.head.sha === headSha);
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
}
async function fromWorkflowRun(octokit, repo, run) {
    const headSha = run.head_sha;
    if (!headSha)
        return undefined;
    // Same-repository branches: GitHub lists the pull requests in the run. Keep those
    // into this repository (the list can hold pull requests into other repositories
    // that use the branch) whose head is still the run's commit.
    const ours = (url, name) => (url ? url.toLowerCase().endsWith(`/repos/${repo.owner}/${repo.repo}`.toLowerCase()) : name?.toLowerCase() === repo.repo.toLowerCase());
    const listed = (run.pull_requests ?? []).filter((p) => (!p.base?.repo || ours(p.base.repo.url, p.base.repo.name)) && (!p.head?.sha || p.head.sha === headSha));
    if (listed.length > 0)
        return { number: listed[0].number, headSha };
    // A fork: pulls?head=<fork owner>:<branch> names one branch of one repository.
    const headRepo = run.head_repository?.full_name;
    const headOwner = run.head_repository?.owner?.login ?? headRepo?.split('/')[0];
    const branch = run.head_branch;
    if (!octokit || !headRepo || !headOwner || !branch)
        return undefined;
    const open = await octokit.paginate(octokit.rest.pulls.list, { ...repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 });
    const match = open.find((p) => p.head.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase());
    return match ? { number: match.number, headSha, author: match.user?.login } : undefined;
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

/***/ 9555:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ collectResults)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _data_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1497);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3517);
// Collecting results documents for report and gate: every file the glob
// matches, read and checked; a document that does not parse is kept as a
// problem naming the file, never skipped silently. (Profiles written beside
// the results are recognised as such and left out.)



async function collectResults(patterns, baseDir) {
    const problems = [];
    let files = [];
    try {
        files = await (0,_data_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .expandPaths */ .p)(patterns, baseDir, 'results');
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
            throw error;
        problems.push(error);
    }
    const documents = [];
    for (const file of files) {
        try {
            const read = await (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .readResultsFile */ .B9)(file);
            if (read)
                documents.push(read);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
                throw error;
            problems.push(error);
        }
    }
    return { documents, problems };
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


/***/ })

};
