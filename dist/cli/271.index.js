export const id = 271;
export const ids = [271];
export const modules = {

/***/ 3271:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createOctokit: () => (/* binding */ createOctokit)
});

// UNUSED EXPORTS: permissionFor, toGitHubApiError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./build/shared/runtime/runner.js
// The Actions runner's side of a step: inputs from INPUT_* variables,
// workflow commands on stdout (annotations, debug), outputs and the job
// summary through the files the runner names (GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY). Written as @actions/core 3 writes them
// (lib/command.js, file-command.js, utils.js, summary.js; the runner's side:
// https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands),
// byte for byte — test/runtime/runner.test.ts holds each function to
// @actions/core's — without its import graph: @actions/core loads
// @actions/http-client, undici and @actions/exec at startup for calls no
// step makes (OIDC tokens, platform details), about half of an action's cold
// start.




/** An input's text as the runner passes it (INPUT_<NAME>, spaces as underscores), trimmed; '' when absent. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * `::command key=value,…::message` on stdout. A property without a value is
 * left out, but any properties at all put a space after the command (as
 * @actions/core does: `::error ::message` when all are empty).
 */
function issueCommand(command, properties, message) {
    let text = `::${command}`;
    if (Object.keys(properties).length > 0) {
        text += ' ' + Object.entries(properties).filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
    }
    process.stdout.write(`${text}::${escapeData(message)}${external_node_os_.EOL}`);
}
function annotation(level, message, properties = {}) {
    const given = Object.keys(properties).length > 0;
    issueCommand(level, given ? { title: properties.title, file: properties.file, line: properties.startLine } : {}, message);
}
function error(message, properties) {
    annotation('error', message, properties);
}
function warning(message, properties) {
    annotation('warning', message, properties);
}
function notice(message, properties) {
    annotation('notice', message, properties);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function info(message) {
    process.stdout.write(message + EOL);
}
/** Fails the step: exit code 1 and an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** A step output: `name<<delimiter` in GITHUB_OUTPUT, or the old set-output command where there is no such file. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(EOL);
        issueCommand('set-output', { name }, value);
        return;
    }
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    if (!existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}
/** Appends markdown and a line end to the job summary (GITHUB_STEP_SUMMARY). */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    try {
        await access(file, constants.R_OK | constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
    }
    await appendFile(file, markdown + EOL, { encoding: 'utf8' });
}

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(1758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./build/shared/runtime/octokit.js
// The one octokit factory: retries (5xx) and throttling (primary and
// secondary rate limits, honouring retry-after), base URL from
// GITHUB_API_URL so GitHub Enterprise Server works unchanged. A call that
// still fails becomes a GitHubApiError: one line naming the call, what GitHub
// said, and what to do (the permission to grant), never "internal error".





function createOctokit({ token, apiUrl, retries = 3, backoffUnitMs = 1000 }) {
    const octokit = (0,github/* getOctokit */.Q)(token, {
        baseUrl: apiUrl,
        // Not request.retries: plugin-retry would then retry every failure, 4xx included.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: backoffUnitMs },
        throttle: {
            retryAfterBaseValue: backoffUnitMs,
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // Registered after the plugins, so it sees the error that is left once retries and throttling gave up.
    octokit.hook.error('request', (error) => {
        throw toGitHubApiError(error, retries);
    });
    return octokit;
}
/** What GitHub's error body says, on one line: its message and each validation error. */
function githubSaid(error) {
    const data = error.response?.data;
    let said = typeof data?.message === 'string' ? data.message : (error.message ?? '').split(' - https://')[0];
    if (Array.isArray(data?.errors) && data.errors.length > 0) {
        const each = data.errors.map((e) => {
            if (typeof e === 'string')
                return e;
            const { message, resource, field, code } = (e ?? {});
            return typeof message === 'string' ? message : [resource, field, code].filter((x) => typeof x === 'string').join(' ');
        });
        said += `: ${each.join('; ')}`;
    }
    return said.replace(/\s+/g, ' ').trim();
}
/** The permission a GITHUB_TOKEN needs for a call, from its path (read for GET, write otherwise). */
function permissionFor(method, path) {
    const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
    const rest = path.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    if (rest === path)
        return undefined; // not a repository call (GET /user)
    if (/^\/issues\/(\d+\/comments|comments\/\d+)$/.test(rest))
        return `pull-requests: ${level}`;
    if (/^\/issues\/\d+\/(labels|events|timeline)/.test(rest))
        return `${level === 'read' ? 'pull-requests' : 'issues'}: ${level}`;
    if (/^\/pulls\b/.test(rest) || /^\/commits\/[^/]+\/pulls$/.test(rest))
        return `pull-requests: ${level}`;
    if (/^\/check-runs\b/.test(rest) || /^\/commits\/[^/]+\/check-runs$/.test(rest))
        return `checks: ${level}`;
    if (/^\/statuses\//.test(rest) || /^\/commits\/[^/]+\/(statuses|status)$/.test(rest))
        return `statuses: ${level}`;
    if (/^\/deployments\b/.test(rest))
        return `deployments: ${level}`;
    if (/^\/actions\//.test(rest))
        return `actions: ${level}`;
    if (/^\/(contents|git|commits|compare)\b/.test(rest))
        return `contents: ${level}`;
    return undefined;
}
/** What a 404 means for the call: the thing named by the path. */
function missingThing(path) {
    const pull = /\/pulls\/(\d+)$/.exec(path) ?? /\/pulls\/(\d+)\//.exec(path);
    if (pull)
        return `pull request #${pull[1]}`;
    const issue = /\/issues\/(\d+)\//.exec(path);
    if (issue)
        return `pull request or issue #${issue[1]}`;
    const repo = /^\/repos\/([^/]+\/[^/]+)/.exec(path);
    return repo ? `it (or the repository ${repo[1]})` : 'it';
}
/**
 * An octokit request error as a GitHubApiError; anything that is not an HTTP
 * error from GitHub (a bug in our code) is returned unchanged, to keep its stack.
 */
function toGitHubApiError(error, retries) {
    const e = error;
    if (error instanceof errors/* GitHubApiError */.OS || typeof e?.status !== 'number' || !e.request?.url)
        return error;
    const method = (e.request.method ?? 'GET').toUpperCase();
    let path;
    try {
        path = new URL(e.request.url).pathname;
    }
    catch {
        path = e.request.url;
    }
    const call = `${method} ${path}`;
    const status = e.status;
    const said = githubSaid(e);
    const permission = permissionFor(method, path);
    const grant = permission ? `grant the token \`${permission}\` (the workflow's or job's permissions:)` : '';
    let reason;
    if (status === 401)
        reason = `GitHub API ${call}: 401 ${said}: the token is invalid or expired; check the action's token input`;
    else if ((status === 403 || status === 429) && /rate limit/i.test(said))
        reason = `GitHub API ${call}: ${status} ${said}: still rate-limited after ${retries} retries; re-run the job later`;
    else if (status === 403)
        reason = `GitHub API ${call}: 403 ${said}: the token may not make this call${grant ? `; ${grant}` : ''}`;
    else if (status === 404)
        reason = `GitHub API ${call}: 404 ${said}: ${missingThing(path)} does not exist, or the token cannot see it${grant ? `; if it exists, ${grant}` : ''}`;
    else if (status === 422)
        reason = `GitHub API ${call}: 422 ${said}: GitHub refused the request's content`;
    else if (status >= 500 || status === 0)
        reason = `GitHub API ${call}: GitHub failed (${status || 'no response'}: ${said}) and kept failing after ${retries} retries; re-run the job, or see https://www.githubstatus.com`;
    else
        reason = `GitHub API ${call}: ${status} ${said}`;
    return new errors/* GitHubApiError */.OS(reason, { status, call, said, permission, cause: error });
}


/***/ })

};
