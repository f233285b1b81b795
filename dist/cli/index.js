#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6364:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var _shared_mlflow_client_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6801);
/* harmony import */ var _shared_sagemaker_client_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5552);
/* harmony import */ var _shared_steps_worker_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4372);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5472);
// Process entry for the `holdout` command: wires the real process (streams,
// terminal, worker thread, GitHub from the environment) into runCli.






// Bundled at dist/cli/index.js, compiled at build/cli/bin.js: either way the examples are two levels up.
const here = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));
const examplesDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(here, '../../examples');
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_5__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    examplesDir,
    tasks: (0,_shared_steps_worker_js__WEBPACK_IMPORTED_MODULE_4__/* .taskRunner */ .ef)((0,_shared_steps_worker_js__WEBPACK_IMPORTED_MODULE_4__/* .workerScript */ .wF)(import.meta.url)),
    // A status line only where a person watches: standard error on a terminal.
    statusLine: process.stderr.isTTY ? (text) => process.stderr.write(text === undefined ? '\r\x1b[2K' : `\r\x1b[2K${text.slice(0, (process.stderr.columns || 80) - 1)}`) : undefined,
    mlflow: (0,_shared_mlflow_client_js__WEBPACK_IMPORTED_MODULE_2__/* .mlflowFromEnvironment */ .bX)(process.env),
    sagemaker: (0,_shared_sagemaker_client_js__WEBPACK_IMPORTED_MODULE_3__/* .sagemakerFromEnvironment */ .Ax)(process.env),
    env: process.env,
    // artifact: and deployment: baselines read GitHub with GITHUB_TOKEN; loaded on demand, as most runs never talk to GitHub.
    gitHub: async () => {
        const token = process.env.GITHUB_TOKEN;
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        if (!token || !owner || !repo)
            return undefined;
        const { createOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(239), __nccwpck_require__.e(271)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3271));
        return { octokit: createOctokit({ token, apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com' }), repo: { owner, repo } };
    },
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 147:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  eb: () => (/* binding */ UsageError),
  is: () => (/* binding */ askCheckedOutCommit),
  m9: () => (/* binding */ cliEnvironment),
  qg: () => (/* binding */ parse)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./build/shared/steps/worker.js
var worker = __nccwpck_require__(4372);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
;// CONCATENATED MODULE: ./build/shared/runtime/context.js
// The workflow run's context as a plain object, read once from the runner's
// environment, so the library below never touches process.env.


function readRunContext(env = process.env) {
    const payload = env.GITHUB_EVENT_PATH ? readEventPayload(env.GITHUB_EVENT_PATH) : {};
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ? Number(env.GITHUB_RUN_ID) : undefined;
    const repository = owner && repo ? { owner, repo } : undefined;
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repository,
        sha: env.GITHUB_SHA,
        ref: env.GITHUB_REF,
        commit: subjectCommit(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_SHA),
        workflow: env.GITHUB_WORKFLOW_REF?.replace(/@.*$/, '') || env.GITHUB_WORKFLOW || undefined,
        actor: env.GITHUB_ACTOR,
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ? Number(env.GITHUB_RUN_ATTEMPT) : undefined,
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runnerTemp: env.RUNNER_TEMP,
        runUrl: repository && runId ? `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}` : undefined,
    };
}
/**
 * The commit a run's results are about, determined from the event the way
 * GitHub defines it ("Events that trigger workflows"), in this one place:
 *
 * - pull_request, pull_request_target: the pull request's head
 *   (payload.pull_request.head.sha). GITHUB_SHA is the test merge commit
 *   (refs/pull/N/merge) on pull_request and the base branch's tip on
 *   pull_request_target: neither is the code under review.
 * - merge_group: the queue's head (payload.merge_group.head_sha), which is
 *   GITHUB_SHA too.
 * - workflow_run: the triggering run's head (payload.workflow_run.head_sha);
 *   GITHUB_SHA is the default branch's tip.
 * - push, workflow_dispatch, schedule and every other event: GITHUB_SHA.
 *
 * A pull request or merge group event whose payload lacks the head is
 * undefined, never GITHUB_SHA: a result stamped with the merge commit would
 * fail the gate's integrity check on every pull request.
 */
function subjectCommit(eventName, payload, githubSha) {
    const sha = (value) => (typeof value === 'string' && value.length > 0 ? value : undefined);
    const at = (key, field) => {
        const object = payload[key];
        return typeof object === 'object' && object !== null ? sha(object[field]) : undefined;
    };
    switch (eventName) {
        case 'pull_request':
        case 'pull_request_target':
        case 'pull_request_review':
        case 'pull_request_review_comment': {
            const pull = payload.pull_request;
            return sha(pull?.head?.sha);
        }
        case 'merge_group':
            return at('merge_group', 'head_sha');
        case 'workflow_run':
            return at('workflow_run', 'head_sha');
        default:
            return sha(githubSha);
    }
}
/**
 * The checked-out commit of a directory (`git rev-parse HEAD`), for runs
 * outside Actions; undefined when the directory is not in a git repository
 * or git is not installed — results then carry no commit, and a gate that
 * is given one refuses them.
 */
async function checkedOutCommit(cwd) {
    // node:child_process is loaded here, not at startup: an action never asks git (a few ms of every cold start).
    const { execFile } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 19));
    return new Promise((resolvePromise) => {
        execFile('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd, encoding: 'utf8', timeout: 10_000 }, (error, stdout) => {
            const sha = typeof stdout === 'string' ? stdout.trim() : '';
            resolvePromise(!error && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha) ? sha : undefined);
        });
    });
}
/**
 * The webhook payload at GITHUB_EVENT_PATH. A path that is set but cannot be
 * read, or does not hold a JSON object, is an error naming the path: read as
 * {}, report and gate would silently find no pull request.
 */
function readEventPayload(path) {
    const fail = (why) => new ConfigurationError(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: ${why}`);
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        const { code, message } = error;
        throw fail(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : message);
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        throw fail(`not JSON (${error.message})`);
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        throw fail('not a JSON object');
    return payload;
}

;// CONCATENATED MODULE: ./build/cli/common.js
// What every `holdout` command shares: the process-facing interface (CliIo),
// exit codes, usage mistakes, flag parsing and the step environment of a
// command-line run.





const EXIT = { ok: 0, failed: 1, usage: 2 };
/** A usage mistake: exit 2, the message and the usage text. */
class UsageError extends Error {
}
function parse(args, options) {
    try {
        const { values, positionals } = (0,external_node_util_.parseArgs)({ args: [...args], options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
/** The checked-out commit of each command run's io.cwd, asked of git when the run starts (askCheckedOutCommit). */
const checkedOut = new WeakMap();
/**
 * Starts asking git for the commit checked out at io.cwd, for cliEnvironment(io)
 * to take: runCli calls it before loading the command's code, so the git
 * process runs while that code compiles instead of after. Each call asks
 * anew (a later run with the same io may follow a commit).
 */
function askCheckedOutCommit(io) {
    checkedOut.set(io, checkedOutCommit(io.cwd));
}
/** The environment of a step run from the command line. */
async function cliEnvironment(io, github) {
    return {
        workspace: io.cwd,
        // The results are about the checked-out commit (none outside a git repository), as an action's are about the event's subject commit.
        commit: await (checkedOut.get(io) ?? checkedOutCommit(io.cwd)),
        tempDir: (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'holdout'),
        eventName: '',
        payload: {},
        github,
        mlflow: io.mlflow,
        sagemaker: io.sagemaker,
        localGit: true,
        logger: { info: () => { }, debug: () => { }, warning: (message) => io.stderr(`holdout: ${message}\n`) },
        tasks: io.tasks ?? (0,worker/* taskRunner */.ef)(undefined),
    };
}


/***/ }),

/***/ 5472:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var _shared_version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7416);
/* harmony import */ var _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2005);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(147);
// The `holdout` command: the same core as the actions, for local runs and
// other CI systems. Exit 0 on pass or warn, 1 on fail, 2 on bad input or usage.
//
// Each command's module is loaded when that command runs (a chunk of its own
// in the bundle): a run compiles and initialises only what its command uses
// (bench/coldstart.mjs, `cli validate`).




const USAGE = `holdout — continuous delivery checks for ML models

Usage:
  holdout validate <data...> --schema <file> [--reference <data|profile>] [--profile-out <file>] [--shard i/n] [--out <file>]
  holdout validate datapackage.json [--out <file>]
  holdout validate --merge <shard results...> --schema <file> [--reference <data|profile>] [--out <file>]
  holdout infer-schema <data...> [--out <schema.yaml>] [--profile-out <file>]
  holdout merge-profiles <profiles...> --out <file> [--schema <file> --reference <profile>]
  holdout compare --candidate <file> --baseline <source> [--policy <file>] [--out <file>] [--format text|json|markdown]
  holdout report [<results...>] [--out <file>] [--title <title>] [--gitlab-note] [--gitlab-code-quality <file>]
  holdout gate [<results...>] [--fail-on fail|warn] [--commit <sha>] [--audit-file <file>]
  holdout run [--config .github/holdout.yml] [--dry-run] [--commit <sha>]
  holdout monitor <production data...> --schema <file> --reference <profile> [--kpis <file> --kpi-baseline <source>] [--config <file>]
  holdout model-card <card.md> [--write [--results <glob>...]] [--section <spec>...] [--policy fail|warn]
  holdout demo [--examples <dir>] [--out-dir <dir>]
  holdout --help | --version

validate and compare write their results documents into holdout-results/,
where report and gate read them; run does all of it as the root action does.
Every step also takes --junit <file> (a JUnit XML report, one test case per
check) and --kubeflow-metrics <file> (Kubeflow Pipelines' metrics output).
In GitLab CI, --gitlab-code-quality <file> (validate, compare, report, run)
writes a Code Quality report and report --gitlab-note posts the merge request
note (docs/gitlab.md).

Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;
async function runCli(argv, io) {
    try {
        const [command, ...rest] = argv;
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            (command === undefined ? io.stderr : io.stdout)(USAGE + '\n');
            return command === undefined ? _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage : _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        if (command === '--version') {
            io.stdout(`${_shared_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}\n`);
            return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.ok;
        }
        // The commands whose step results name the checked-out commit: git is asked while the command loads.
        if (['validate', 'compare', 'report', 'gate', 'run', 'monitor'].includes(command))
            (0,_common_js__WEBPACK_IMPORTED_MODULE_2__/* .askCheckedOutCommit */ .is)(io);
        switch (command) {
            case 'validate':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(189), __nccwpck_require__.e(575), __nccwpck_require__.e(875)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6875))).validateCommand(rest, io);
            case 'demo':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(575), __nccwpck_require__.e(547), __nccwpck_require__.e(122), __nccwpck_require__.e(6)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4006))).demoCommand(rest, io);
            case 'infer-schema':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(104), __nccwpck_require__.e(189), __nccwpck_require__.e(495), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2615))).inferSchemaCommand(rest, io);
            case 'merge-profiles':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(104), __nccwpck_require__.e(189), __nccwpck_require__.e(495), __nccwpck_require__.e(274)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2615))).mergeProfilesCommand(rest, io);
            case 'compare':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(575), __nccwpck_require__.e(547), __nccwpck_require__.e(770)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8389))).compareCommand(rest, io);
            case 'report':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(575), __nccwpck_require__.e(743)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1743))).reportCommand(rest, io);
            case 'gate':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(575), __nccwpck_require__.e(122), __nccwpck_require__.e(53)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8118))).gateCommand(rest, io);
            case 'run':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(189), __nccwpck_require__.e(547), __nccwpck_require__.e(122), __nccwpck_require__.e(145), __nccwpck_require__.e(505)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6505))).runCommand(rest, io);
            case 'monitor':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(815), __nccwpck_require__.e(62), __nccwpck_require__.e(104), __nccwpck_require__.e(647), __nccwpck_require__.e(189), __nccwpck_require__.e(11), __nccwpck_require__.e(547), __nccwpck_require__.e(122), __nccwpck_require__.e(495), __nccwpck_require__.e(145), __nccwpck_require__.e(3), __nccwpck_require__.e(555)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8555))).monitorCommand(rest, io);
            case 'model-card':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(857), __nccwpck_require__.e(382), __nccwpck_require__.e(62), __nccwpck_require__.e(647), __nccwpck_require__.e(798)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7798))).modelCardCommand(rest, io);
            default:
                throw new _common_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`unknown command "${command}"`);
        }
    }
    catch (error) {
        if (error instanceof _common_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb) {
            io.stderr(`holdout: ${error.message}\n\n${USAGE}\n`);
            return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
        }
        if (error instanceof _shared_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) {
            io.stderr(`holdout: ${error.message}\n`);
            return _common_js__WEBPACK_IMPORTED_MODULE_2__/* .EXIT */ .dc.usage;
        }
        throw error;
    }
}


/***/ }),

/***/ 2005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   xb: () => (/* binding */ assertNever)
/* harmony export */ });
// ConfigurationError: a mistake the user can fix (bad input file, bad schema,
// bad flag). Entries turn it into one clear line (exit 2 in the CLI, a failed
// step in Actions); anything else is a bug and keeps its stack trace.
class ConfigurationError extends Error {
    file;
    line;
    key;
    /** The message without the location prefix. */
    reason;
    constructor(reason, location = {}) {
        super(formatLocated(reason, location));
        this.name = 'ConfigurationError';
        this.reason = reason;
        this.file = location.file;
        this.line = location.line;
        this.key = location.key;
    }
}
function formatLocated(reason, { file, line, key }) {
    let prefix = '';
    if (file)
        prefix = line ? `${file}:${line}: ` : `${file}: `;
    if (key)
        prefix += `${key}: `;
    return prefix + reason;
}
/**
 * The default branch of a switch that covers every member of a union:
 * `default: return assertNever(x)` does not compile while a member is left
 * out, and a value outside the type at run time (a bug) throws.
 */
function assertNever(value, what = 'value') {
    throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
/**
 * A GitHub API call that failed in a way the user acts on (a permission to
 * grant, a pull request that does not exist, content GitHub refused) or that
 * GitHub kept failing after the retries: one line naming the call and what to
 * do, never "internal error". It is a ConfigurationError, so every entry
 * already prints it as that one line; `status` is the HTTP status, so callers
 * that tolerate a status (403 on a fork's token, 404 on a race) still can.
 */
class GitHubApiError extends ConfigurationError {
    status;
    /** The call as sent: `POST /repos/o/r/issues/2/comments`. */
    call;
    /** The permission that lets the token make the call, e.g. `pull-requests: write`. */
    permission;
    /** What GitHub said, alone (`Resource not accessible by integration`), for callers that word the line themselves. */
    said;
    constructor(reason, details) {
        super(reason);
        this.name = 'GitHubApiError';
        this.status = details.status;
        this.call = details.call;
        this.said = details.said;
        this.permission = details.permission;
        if (details.cause !== undefined)
            this.cause = details.cause;
    }
}


/***/ }),

/***/ 9705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   ek: () => (/* binding */ requestWithRetries),
/* harmony export */   tf: () => (/* binding */ apiRoot)
/* harmony export */ });
/* unused harmony exports RETRIED_STATUSES, retryAfterMs */
/**
 * The retrying JSON-over-HTTP request the vendor clients (GitLab, MLflow) share: retries network errors, 429 and
 * 5xx with exponential backoff or the server's Retry-After (capped), and scrubs the client's secrets from every
 * text it hands back. Each client keeps its own messages: it turns a failure into its error with `fail`.
 */
/** Status codes worth another attempt: rate limited, or a server / gateway error. */
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);
/** The policy for a client: its options with the defaults filled in, scrubbing the given secrets (those under 3 characters are left alone). */
function retryPolicy(options, defaults) {
    const secrets = defaults.secrets.filter((s) => typeof s === 'string' && s.length >= 3);
    return {
        fetch: options.fetch ?? fetch,
        attempts: options.attempts ?? 4,
        backoffUnitMs: options.backoffUnitMs ?? 500,
        timeoutMs: options.timeoutMs ?? defaults.timeoutMs,
        maxRetryAfterMs: options.maxRetryAfterMs ?? 60_000,
        scrub: (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text),
    };
}
/** An API's root as requests and messages use it: the URL without credentials, query, fragment or trailing slash. */
function apiRoot(base) {
    const root = new URL(base.href);
    root.username = '';
    root.password = '';
    root.search = '';
    root.hash = '';
    return root.href.replace(/\/+$/, '');
}
/** Sends the request until it succeeds or the attempts run out; returns the OK response or throws `fail(failure)`. */
async function requestWithRetries(url, request, policy, fail) {
    const attempts = Math.max(1, policy.attempts);
    const backoff = (attempt) => policy.backoffUnitMs * 2 ** (attempt - 1);
    for (let attempt = 1;; attempt++) {
        let response;
        try {
            response = await policy.fetch(url, {
                method: request.method,
                headers: request.body === undefined ? request.headers : { ...request.headers, 'content-type': 'application/json' },
                body: request.body === undefined ? undefined : JSON.stringify(request.body),
                ...(request.redirect ? { redirect: request.redirect } : {}),
                signal: AbortSignal.timeout(policy.timeoutMs),
            });
        }
        catch (error) {
            if (attempt < attempts) {
                await sleep(backoff(attempt));
                continue;
            }
            throw fail({ kind: 'unreachable', attempts, message: policy.scrub(error.message) });
        }
        if (response.ok)
            return response;
        const text = policy.scrub(await response.text().catch(() => ''));
        const retryable = RETRIED_STATUSES.has(response.status);
        if (retryable && attempt < attempts) {
            await sleep(Math.min(retryAfterMs(response.headers.get('retry-after')) ?? backoff(attempt), policy.maxRetryAfterMs));
            continue;
        }
        throw fail({ kind: 'status', attempts, status: response.status, retryable, text });
    }
}
/** A Retry-After header in ms: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
function retryAfterMs(header) {
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0)
        return seconds * 1000;
    const date = Date.parse(header);
    return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bX: () => (/* binding */ mlflowFromEnvironment)
/* harmony export */ });
/* unused harmony exports mlflowSettingsFrom, MlflowApiError, createMlflowClient */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2005);
/* harmony import */ var _io_http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9705);
// A small MLflow REST client: the calls holdout makes to a tracking server
// (or Databricks), over plain fetch. Endpoints, parameters and shapes are
// MLflow's published REST API (mlflow/protos/service.proto and
// model_registry.proto): registered-models/alias (GET, POST),
// model-versions/get, runs/get, artifacts/list, and the server's
// /get-artifact download (which also serves proxied mlflow-artifacts: roots).
//
// Where it points and what it sends come from the caller (mlflowSettingsFrom
// maps the standard variables; the entries pass the process environment), so nothing here
// reads the environment. Credentials — a token, or a user and password in the
// tracking URI — go in the Authorization header only and are never part of an
// error message: every message names the server by its origin without them.


/** What the standard variables say: the tracking URI and credentials, or undefined when MLflow is not configured (or is a local file store, which has no REST API). */
function mlflowSettingsFrom(env) {
    const tracking = env.MLFLOW_TRACKING_URI?.trim();
    const host = env.DATABRICKS_HOST?.trim();
    const databricksToken = env.DATABRICKS_TOKEN?.trim();
    if ((tracking === undefined || tracking === '' || /^databricks(:|$)/.test(tracking)) && host && databricksToken) {
        return { uri: /^https?:\/\//.test(host) ? host : `https://${host}`, token: databricksToken, databricks: true };
    }
    if (!tracking || !/^https?:\/\//i.test(tracking) || !URL.canParse(tracking))
        return undefined;
    return {
        uri: tracking,
        token: env.MLFLOW_TRACKING_TOKEN?.trim() || undefined,
        username: env.MLFLOW_TRACKING_USERNAME || undefined,
        password: env.MLFLOW_TRACKING_PASSWORD || undefined,
    };
}
/** The client the standard variables describe (the entries pass the process environment), or undefined when they describe none. */
function mlflowFromEnvironment(env, options = {}) {
    const settings = mlflowSettingsFrom(env);
    return settings ? createMlflowClient(settings, options) : undefined;
}
/**
 * An MLflow call that failed in a way the user acts on, or that kept failing
 * after the retries: one line naming the call (without credentials), MLflow's
 * error_code and message. A ConfigurationError, so entries print it as that line.
 */
class MlflowApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    status;
    /** MLflow's error_code, e.g. RESOURCE_DOES_NOT_EXIST, when the body carried one. */
    errorCode;
    /** What MLflow said (error_code: message), credentials removed. */
    said;
    constructor(call, status, errorCode, said, advice, retried = '') {
        super(`MLflow ${call} failed${retried}: ${status}${said ? ` ${said}` : ''}${advice ? `; ${advice}` : ''}`);
        this.name = 'ConfigurationError';
        this.status = status;
        this.errorCode = errorCode;
        this.said = said;
    }
}
/** The status codes that mean "not there" for a lookup: MLflow's missing alias is 400 INVALID_PARAMETER_VALUE, a missing model, version or run 404 RESOURCE_DOES_NOT_EXIST. */
function isNotFound(error) {
    if (!(error instanceof MlflowApiError))
        return false;
    return error.status === 404 || error.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (error.status === 400 && error.errorCode === 'INVALID_PARAMETER_VALUE' && /not found|does not exist/i.test(error.said));
}
function createMlflowClient(settings, options = {}) {
    let base;
    try {
        base = new URL(settings.uri);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('MLFLOW_TRACKING_URI is not a URL (write https://<host>[/<path>])');
    }
    const username = settings.username ?? (base.username ? decodeURIComponent(base.username) : undefined);
    const password = settings.password ?? (base.password ? decodeURIComponent(base.password) : undefined);
    // A user or password in the URI may itself be a token: both are secrets.
    const policy = (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicy */ .Jb)(options, { timeoutMs: 60_000, secrets: [settings.token, password, base.username ? username : undefined] });
    const root = (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .apiRoot */ .tf)(base);
    const where = root;
    const headers = { accept: 'application/json', 'user-agent': 'holdout' };
    if (settings.token)
        headers.authorization = `Bearer ${settings.token}`;
    else if (username !== undefined && password !== undefined)
        headers.authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
    const advice = (status) => {
        if (status === 401)
            return settings.token || username ? 'the server refused the credentials: check MLFLOW_TRACKING_TOKEN (or DATABRICKS_TOKEN)' : 'the server needs credentials: set MLFLOW_TRACKING_TOKEN (or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)';
        if (status === 403)
            return 'the credentials may not do this: grant the user READ on the registered model and its experiment (EDIT or MANAGE on the model to move an alias)';
        return '';
    };
    async function call(method, path, params, body) {
        const url = new URL(root + path);
        for (const [key, value] of Object.entries(params))
            if (value !== undefined)
                url.searchParams.set(key, value);
        const name = `${method} ${path}`;
        return (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .requestWithRetries */ .ek)(url, { method, headers, body }, policy, (failure) => {
            if (failure.kind === 'unreachable')
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`MLflow ${name} at ${where} could not be reached after ${failure.attempts} attempts: ${failure.message}`);
            const { text } = failure;
            let errorCode;
            let said = text.replace(/\s+/g, ' ').trim().slice(0, 300);
            try {
                const parsed = JSON.parse(text);
                if (typeof parsed.error_code === 'string')
                    errorCode = parsed.error_code;
                said = [errorCode, typeof parsed.message === 'string' ? parsed.message.replace(/\s+/g, ' ').trim().slice(0, 300) : undefined].filter(Boolean).join(': ');
            }
            catch {
                // Not JSON (a proxy's page): keep the text.
            }
            const after = failure.retryable ? ` after ${failure.attempts} attempts` : '';
            return new MlflowApiError(`${name} at ${where}`, failure.status, errorCode, said, advice(failure.status), after);
        });
    }
    async function json(method, path, params, body) {
        const response = await call(method, path, params, body);
        const text = await response.text();
        try {
            return (text.trim() === '' ? {} : JSON.parse(text));
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`MLflow ${method} ${path} at ${where} answered with something that is not JSON (is MLFLOW_TRACKING_URI the tracking server?)`);
        }
    }
    const orUndefined = async (promise) => {
        try {
            return await promise;
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    };
    return {
        where,
        artifacts: !settings.databricks,
        async modelVersionByAlias(name, alias) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/registered-models/alias', { name, alias }));
            return answer?.model_version;
        },
        async modelVersion(name, version) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/model-versions/get', { name, version }));
            return answer?.model_version;
        },
        async run(runId) {
            const answer = await orUndefined(json('GET', '/api/2.0/mlflow/runs/get', { run_id: runId }));
            return answer?.run;
        },
        async listArtifacts(runId, path) {
            const files = [];
            let pageToken;
            for (let page = 0; page < 100; page++) {
                const answer = await json('GET', '/api/2.0/mlflow/artifacts/list', { run_id: runId, path, page_token: pageToken });
                files.push(...(answer.files ?? []));
                pageToken = answer.next_page_token || undefined;
                if (!pageToken)
                    break;
            }
            return files;
        },
        async downloadArtifact(runId, path) {
            const response = await call('GET', '/get-artifact', { path, run_id: runId, run_uuid: runId });
            return new Uint8Array(await response.arrayBuffer());
        },
        async setAlias(name, alias, version) {
            await json('POST', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias, version });
        },
        async deleteAlias(name, alias) {
            // MLflow reads the query string of a GET only; a DELETE's parameters are its JSON body (handlers._get_request_message).
            await json('DELETE', '/api/2.0/mlflow/registered-models/alias', {}, { name, alias });
        },
        async searchModelVersions(filter) {
            const versions = [];
            let pageToken;
            for (let page = 0; page < 100; page++) {
                const answer = await json('GET', '/api/2.0/mlflow/model-versions/search', { filter, page_token: pageToken });
                versions.push(...(answer.model_versions ?? []));
                pageToken = answer.next_page_token || undefined;
                if (!pageToken)
                    break;
            }
            return versions;
        },
    };
}


/***/ }),

/***/ 5552:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ sagemakerFromEnvironment)
/* harmony export */ });
/* unused harmony exports sagemakerSettingsFrom, AwsCallError, createSageMakerRegistry */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2005);
// The SageMaker Model Registry through the AWS SDK for JavaScript v3: the
// newest Approved model package of a group, the model-quality statistics
// JSON it points to in S3, and setting a package's approval status. The SDK
// is loaded on first use (most runs never talk to AWS) and finds credentials
// through its standard chain (environment, web identity from
// aws-actions/configure-aws-credentials' OIDC, profiles, instance roles);
// this module passes no credentials and names none. Where it points (region,
// endpoint overrides) comes from the caller: sagemakerSettingsFrom maps the
// standard variables, and the entries pass the process environment.

/** Region and endpoints from the standard variables; undefined without a region (then AWS is not configured). */
function sagemakerSettingsFrom(env) {
    const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
    if (!region)
        return undefined;
    const common = env.AWS_ENDPOINT_URL?.trim() || undefined;
    return { region, sagemakerEndpoint: env.AWS_ENDPOINT_URL_SAGEMAKER?.trim() || common, s3Endpoint: env.AWS_ENDPOINT_URL_S3?.trim() || common };
}
/** A failed AWS call: the HTTP status and the service's error name, one line, no credentials. */
class AwsCallError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    status;
    code;
    constructor(call, error) {
        const e = error;
        const code = e?.name ?? 'Error';
        super(`${call} failed: ${e?.$metadata?.httpStatusCode ?? ''} ${code}: ${(e?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 300)}`.replace('failed:  ', 'failed: '));
        this.code = code;
        this.status = e?.$metadata?.httpStatusCode;
    }
}
function sagemakerFromEnvironment(env) {
    const settings = sagemakerSettingsFrom(env);
    return settings ? createSageMakerRegistry(settings) : undefined;
}
function createSageMakerRegistry(settings) {
    const common = { region: settings.region, maxAttempts: settings.maxAttempts ?? 3 };
    let sagemaker;
    let s3;
    const sageMakerClient = () => (sagemaker ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(459)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4459, 19)).then((sdk) => {
        const client = new sdk.SageMakerClient({ ...common, ...(settings.sagemakerEndpoint ? { endpoint: settings.sagemakerEndpoint } : {}) });
        return { send: (command) => client.send(command), sdk };
    }));
    const s3Client = () => (s3 ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(711)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19)).then((sdk) => {
        const client = new sdk.S3Client({ ...common, ...(settings.s3Endpoint ? { endpoint: settings.s3Endpoint, forcePathStyle: true } : {}) });
        return { send: (command) => client.send(command), sdk };
    }));
    const call = async (name, run) => {
        try {
            return await run();
        }
        catch (error) {
            throw new AwsCallError(name, error);
        }
    };
    return {
        region: settings.region,
        async newestApproved(group) {
            const { send, sdk } = await sageMakerClient();
            const listed = (await call(`SageMaker ListModelPackages (${group})`, () => send(new sdk.ListModelPackagesCommand({ ModelPackageGroupName: group, ModelApprovalStatus: 'Approved', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 }))));
            const arn = listed.ModelPackageSummaryList?.[0]?.ModelPackageArn;
            if (!arn)
                return undefined;
            const described = (await call(`SageMaker DescribeModelPackage (${arn})`, () => send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn }))));
            return {
                arn,
                group,
                version: described.ModelPackageVersion,
                createdAt: described.CreationTime instanceof Date ? described.CreationTime.toISOString() : undefined,
                statistics: described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
            };
        },
        async readS3(uri) {
            const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
            if (!match)
                throw new AwsCallError(`S3 GetObject (${uri})`, { name: 'InvalidUri', message: 'not an s3://bucket/key URI' });
            const { send, sdk } = await s3Client();
            try {
                const object = (await send(new sdk.GetObjectCommand({ Bucket: match[1], Key: match[2] })));
                return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
            }
            catch (error) {
                const name = error?.name;
                if (name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchBucket')
                    return undefined;
                throw new AwsCallError(`S3 GetObject (${uri})`, error);
            }
        },
        async setApproval(arn, status, description) {
            const { send, sdk } = await sageMakerClient();
            await call(`SageMaker UpdateModelPackage (${arn})`, () => send(new sdk.UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: status, ...(description ? { ApprovalDescription: description } : {}) })));
        },
    };
}


/***/ }),

/***/ 4372:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ef: () => (/* binding */ taskRunner),
/* harmony export */   wF: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony exports IN_PROCESS_BYTES, serveWorkerTask, forkOf, runTask */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8161);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2005);
// Heavy steps (reading and checking whole datasets) run in a worker thread
// with a 4 MB young generation: V8 otherwise grows the nursery to 64 MB and
// more under a streaming reader's allocation rate, and an action cannot pass
// --max-semi-space-size to the runner's node. The worker is its own small
// bundle (dist/worker/index.js), shared by the actions and the CLI.
//
// An engine is an EngineTask declared beside its step (./tasks/<step>.ts):
// a name the worker knows it by and a loader. This module names no engine,
// so a bundle carries only the engines of the steps it imports — the
// validate-data bundle holds no comparison code.




const YOUNG_GENERATION_MB = 4;
/**
 * Below this much input a task runs in the calling thread: starting a worker
 * and loading the engine there costs about 0.1 s, more than validating a few
 * megabytes, and the worker's small young generation only matters for
 * streams long enough to fill it.
 */
const IN_PROCESS_BYTES = 4 * 1024 * 1024;
/** Progress crosses the thread boundary at most this often. */
const PROGRESS_INTERVAL_MS = 200;
const serialize = (e) => ({ reason: e.reason, file: e.file, line: e.line, key: e.key });
const revive = (p) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(p.reason, { file: p.file, line: p.line, key: p.key });
async function perform(task, input, hooks = {}) {
    return (await task.load())(input, hooks);
}
/** In a worker started by runTask: performs the task (one of `engines`) and returns true. In the main thread: false. */
async function serveWorkerTask(engines) {
    // node:worker_threads is imported where a worker is started or served, not at load: most runs need no worker.
    const { isMainThread, parentPort, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    if (isMainThread)
        return false;
    const spare = workerData;
    if (spare?.holdoutSpare) {
        serveSpare(engines, spare);
        return true;
    }
    const request = workerData;
    if (!request?.holdoutTask)
        return false;
    let last = 0;
    const hooks = request.progress
        ? {
            onProgress: (progress) => {
                const now = Date.now();
                if (now - last < PROGRESS_INTERVAL_MS)
                    return;
                last = now;
                parentPort.postMessage({ holdoutProgress: progress });
            },
        }
        : {};
    const script = request.script;
    if (script !== undefined)
        hooks.fork = forkOf(script, request.spares ?? []);
    const reply = await outcomeOf(engines, request.holdoutTask, request.input, hooks);
    parentPort.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
    return true;
}
/** A task performed, as the reply that crosses to the thread that asked for it. */
async function outcomeOf(engines, name, input, hooks) {
    try {
        const task = engines.find((t) => t.name === name);
        if (!task)
            throw new Error(`this worker has no engine "${name}"`);
        const { problems, ...value } = await perform(task, input, hooks);
        return { ok: true, value, problems: problems.map(serialize) };
    }
    catch (error) {
        return error instanceof ConfigurationError
            ? { ok: false, error: error.message, configuration: serialize(error) }
            : { ok: false, error: error?.stack ?? String(error) };
    }
}
/**
 * A spare worker: loads the engine it was started for (compiling its chunk
 * while the task that will fork starts up), then performs the requests that
 * come on its port, one at a time, until it is terminated.
 */
function serveSpare(engines, { holdoutSpare, warm, port }) {
    const task = engines.find((t) => t.name === holdoutSpare);
    // A warm-up that fails leaves the failure to the request that meets it.
    const loaded = task && (async () => {
        await task.load();
        await task.warm?.(warm);
    })().catch(() => undefined);
    port.on('message', async (call) => {
        await loaded;
        const reply = await outcomeOf(engines, call.task, call.input, {});
        port.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
    });
}
/**
 * The forks of a task in a worker: on an idle spare when one is left (started
 * beside this worker, its engine loaded), else in a new worker thread. Without
 * spares, the forks of a task in the calling thread (forksInCallingThread).
 */
function forkOf(script, spares = []) {
    // In the order started: the first request goes to the first spare (the one warmed with `warmFirst`).
    const idle = [...spares];
    // A spare that exits (out of memory, a crash) closes its port: it leaves the pool (an answer
    // cannot come after the close, so it is not put back), and a request it was serving fails
    // rather than waiting for an answer that will not come.
    for (const port of spares) {
        port.once('close', () => {
            const at = idle.indexOf(port);
            if (at !== -1)
                idle.splice(at, 1);
        });
    }
    const onSpare = (port, task, input, transfer) => new Promise((resolve) => {
        const onClose = () => resolve({ ok: false, error: `the spare worker running ${task} exited before answering` });
        port.once('close', onClose);
        port.once('message', (reply) => {
            port.off('close', onClose);
            idle.push(port);
            resolve(reply);
        });
        port.postMessage({ task, input }, transfer);
    });
    return {
        workers: (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(),
        run: async (name, input, transfer = []) => {
            const port = idle.shift();
            if (!port)
                return (await inWorker(name, input, script, {}, undefined, transfer)).value;
            return unwrap(name, await onSpare(port, name, input, transfer)).value;
        },
    };
}
/**
 * The memory of the large typed arrays in a reply (a byte range's key hash
 * sets, tens of MB at millions of rows): moved to the receiving thread, not
 * copied. Only arrays that own their whole buffer, so that nothing else
 * (a pooled Buffer) loses its memory.
 */
function largeBuffers(value, found = [], depth = 0) {
    if (value === null || typeof value !== 'object' || depth > 4)
        return found;
    if (ArrayBuffer.isView(value)) {
        const { buffer } = value;
        if (buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buffer.byteLength && buffer.byteLength >= 1 << 16 && !found.includes(buffer))
            found.push(buffer);
        return found;
    }
    for (const item of Array.isArray(value) ? value : Object.values(value))
        largeBuffers(item, found, depth + 1);
    return found;
}
/** dist/worker/index.js, seen from a bundle at dist/<name>/index.js. */
function workerScript(bundleUrl) {
    const url = new URL('../worker/index.js', bundleUrl);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(url) ? (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(url) : undefined;
}
/**
 * Runs a task in a worker thread running `script`, or in this thread when no
 * script is given (tests, unbundled runs).
 */
async function runTask(task, input, script, hooks = {}) {
    if (!script)
        return perform(task, input, hooks);
    const bytes = await task.inputBytes?.(input).catch(() => undefined);
    if (bytes !== undefined && bytes < IN_PROCESS_BYTES)
        return perform(task, input, task.forksInCallingThread ? { ...hooks, fork: hooks.fork ?? forkOf(script) } : hooks);
    const spares = await task.forksOf?.(input).catch(() => undefined);
    const { value, problems } = await inWorker(task.name, input, script, hooks, spares);
    return { ...value, problems };
}
/**
 * Performs the task `name` in a new worker thread running `script`; the worker
 * may fork workers of its own. With `spares` (the engine its forks will run),
 * one spare worker per other core starts at once beside it, loading that engine.
 */
async function inWorker(name, input, script, hooks, spares, transfer = []) {
    const { MessageChannel, Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19));
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const spareWorkers = [];
    const sparePorts = [];
    if (spares !== undefined) {
        for (let k = 1; k < (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)(); k++) {
            const { port1, port2 } = new MessageChannel();
            const warm = k === 1 && 'warmFirst' in spares ? spares.warmFirst : spares.warm;
            const spare = new Worker(script, { workerData: { holdoutSpare: spares.task, warm, port: port1 }, transferList: [port1], resourceLimits });
            spare.on('error', () => undefined); // a spare that fails is one the task does not get: its forks start workers of their own
            spareWorkers.push(spare);
            sparePorts.push(port2);
        }
    }
    const worker = new Worker(script, {
        workerData: { holdoutTask: name, input, progress: hooks.onProgress !== undefined, script, spares: sparePorts },
        transferList: [...sparePorts, ...transfer],
        resourceLimits,
    });
    try {
        const reply = await new Promise((resolve, reject) => {
            worker.on('message', (message) => {
                if ('holdoutProgress' in message)
                    hooks.onProgress?.(message.holdoutProgress);
                else
                    resolve(message);
            });
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`holdout worker for ${name} exited with code ${code} before answering`)));
        });
        return unwrap(name, reply);
    }
    finally {
        await Promise.all([worker, ...spareWorkers].map((w) => w.terminate()));
    }
}
/** A worker's reply as the value and problems it carries, or the error it reports thrown here. */
function unwrap(name, reply) {
    if (!reply.ok) {
        if (reply.configuration)
            throw revive(reply.configuration);
        throw new Error(`holdout worker for ${name} failed: ${reply.error}`);
    }
    return { value: reply.value, problems: reply.problems.map(revive) };
}
/** Engines in a worker thread running `script` (the worker bundle), or in this thread without one. */
function taskRunner(script) {
    return { run: (task, input, hooks) => runTask(task, input, script, hooks) };
}


/***/ }),

/***/ 7416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = "string" === 'string' ? "0.1.0" : '0.0.0-dev';


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(6364);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
