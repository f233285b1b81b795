export const id = 426;
export const ids = [426];
export const modules = {

/***/ 8426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit),
/* harmony export */   permissionFor: () => (/* binding */ permissionFor),
/* harmony export */   toGitHubApiError: () => (/* binding */ toGitHubApiError)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5749);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2005);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
// The one octokit factory: retries (5xx) and throttling (primary and
// secondary rate limits, honouring retry-after), base URL from
// GITHUB_API_URL so GitHub Enterprise Server works unchanged. A call that
// still fails becomes a GitHubApiError: one line naming the call, what GitHub
// said, and what to do (the permission to grant), never "internal error".





function createOctokit({ token, apiUrl, retries = 3, backoffUnitMs = 1000 }) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        // Not request.retries: plugin-retry would then retry every failure, 4xx included.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: backoffUnitMs },
        throttle: {
            retryAfterBaseValue: backoffUnitMs,
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
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
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS || typeof e?.status !== 'number' || !e.request?.url)
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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubApiError */ .OS(reason, { status, call, said, permission, cause: error });
}


/***/ })

};
