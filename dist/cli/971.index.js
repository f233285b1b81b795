export const id = 971;
export const ids = [971];
export const modules = {

/***/ 1971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitLabApiError: () => (/* binding */ GitLabApiError),
/* harmony export */   createGitLabClient: () => (/* binding */ createGitLabClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _io_http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9705);
// A small GitLab REST client (API v4) over plain fetch: the calls the sticky
// merge-request note makes. Endpoints and parameters are GitLab's documented
// Notes API (doc/api/notes.md: list, create, modify, delete merge request
// notes) and Users API (GET /user); pagination is GitLab's offset pagination
// (doc/api/rest: the Link header's rel="next", else x-next-page; per_page at
// most 100).
//
// Authentication (doc/api/rest, "Authentication"): a personal, project or
// group access token goes in the PRIVATE-TOKEN header; the CI/CD job token
// (CI_JOB_TOKEN) in JOB-TOKEN. GitLab lets a job token call only listed
// endpoints (doc/ci/jobs/ci_job_token.md, "Job token access"): of the notes
// it may GET a merge request's notes, not create or modify one — so writing
// the note needs an access token with the api scope. The entries decide which
// token to use; nothing here reads the environment.
//
// 429 and 5xx answers (and network errors) are retried with backoff, honouring
// Retry-After; the last failure is one line naming the call, GitLab's message
// and what to do — never the token, which goes in a header only and is
// scrubbed from anything GitLab echoes. Pages are followed only on the API's
// own origin, so the token is never sent elsewhere.


/** A GitLab call that failed, or kept failing after the retries: one line, a ConfigurationError so entries print it as that line. */
class GitLabApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1 {
    status;
    constructor(message, status) {
        super(message);
        this.name = 'ConfigurationError';
        this.status = status;
    }
}
const MAX_PAGES = 1000;
function createGitLabClient(settings, options = {}) {
    let base;
    try {
        base = new URL(settings.apiUrl);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the GitLab API URL is not a URL (CI_API_V4_URL, e.g. https://gitlab.example.com/api/v4)`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('the GitLab API URL must be http(s) (CI_API_V4_URL)');
    const root = (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .apiRoot */ .tf)(base);
    const tokenName = settings.tokenName ?? (settings.tokenKind === 'job' ? 'CI_JOB_TOKEN' : 'the GitLab token');
    const policy = (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .retryPolicy */ .Jb)(options, { timeoutMs: 30_000, secrets: [settings.token] });
    const headers = {
        accept: 'application/json',
        'user-agent': 'holdout',
        [settings.tokenKind === 'job' ? 'JOB-TOKEN' : 'PRIVATE-TOKEN']: settings.token,
    };
    const advice = (status) => {
        if (status === 401)
            return `GitLab refused ${tokenName}: check that it is set, unexpired and not revoked`;
        if (status === 403) {
            return settings.tokenKind === 'job'
                ? 'a CI/CD job token can read merge-request notes but not write them: set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope'
                : `${tokenName} may not do this: it needs the api scope and at least the Reporter role in the project`;
        }
        if (status === 404)
            return 'no such project or merge request, or the token cannot see it (check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and the token\'s project)';
        return '';
    };
    async function call(method, url, body) {
        const name = `${method} ${url.pathname.slice(base.pathname.replace(/\/+$/, '').length) || '/'}`;
        return (0,_io_http_js__WEBPACK_IMPORTED_MODULE_1__/* .requestWithRetries */ .ek)(url, { method, headers, body, redirect: 'error' }, policy, (failure) => {
            if (failure.kind === 'unreachable')
                return new GitLabApiError(`GitLab ${name} at ${root} could not be reached after ${failure.attempts} attempts: ${failure.message}`, 0);
            const said = gitLabMessage(failure.text);
            const after = failure.retryable && failure.attempts > 1 ? ` after ${failure.attempts} attempts` : '';
            const hint = advice(failure.status);
            return new GitLabApiError(`GitLab ${name} failed${after}: ${failure.status}${said ? ` ${said}` : ''}${hint ? `; ${hint}` : ''}`, failure.status);
        });
    }
    async function json(method, url, body) {
        const response = await call(method, url, body);
        const text = await response.text();
        try {
            return { value: JSON.parse(text), response };
        }
        catch {
            throw new GitLabApiError(`GitLab ${method} ${url.pathname} at ${root} answered with something that is not JSON (is CI_API_V4_URL the API root, …/api/v4?)`, response.status);
        }
    }
    const notesUrl = (project, iid, noteId) => {
        if (!Number.isSafeInteger(iid) || iid < 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the merge request IID must be a positive whole number (CI_MERGE_REQUEST_IID), got ${iid}`);
        return new URL(`${root}/projects/${encodeURIComponent(project)}/merge_requests/${iid}/notes${noteId === undefined ? '' : `/${noteId}`}`);
    };
    return {
        where: root,
        async currentUser() {
            const { value } = await json('GET', new URL(`${root}/user`));
            if (typeof value?.id !== 'number' || typeof value.username !== 'string')
                throw new GitLabApiError(`GitLab GET /user at ${root} answered without the user's id and username`, 200);
            return { id: value.id, username: value.username };
        },
        async listMergeRequestNotes(project, iid) {
            const notes = [];
            let url = notesUrl(project, iid);
            url.searchParams.set('per_page', '100');
            url.searchParams.set('sort', 'asc');
            url.searchParams.set('order_by', 'created_at');
            for (let page = 0; url && page < MAX_PAGES; page++) {
                const { value, response } = await json('GET', url);
                if (!Array.isArray(value))
                    throw new GitLabApiError(`GitLab GET ${url.pathname} at ${root} answered with something that is not a list of notes`, response.status);
                for (const note of value)
                    if (typeof note?.id === 'number')
                        notes.push(note);
                url = nextPage(response, url, base);
            }
            return notes;
        },
        async createMergeRequestNote(project, iid, body) {
            return (await json('POST', notesUrl(project, iid), { body })).value;
        },
        async updateMergeRequestNote(project, iid, noteId, body) {
            return (await json('PUT', notesUrl(project, iid, noteId), { body })).value;
        },
        async deleteMergeRequestNote(project, iid, noteId) {
            await call('DELETE', notesUrl(project, iid, noteId));
        },
    };
}
/**
 * The next page: the Link header's rel="next" (GitLab: "use these links
 * instead of generating your own URLs"), else x-next-page on the same URL;
 * none when neither says there is one, or when the link leaves the API's origin.
 */
function nextPage(response, current, base) {
    const link = response.headers.get('link');
    if (link) {
        for (const part of link.split(',')) {
            const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
            if (!match || !/\brel="?next"?/.test(match[2]))
                continue;
            let next;
            try {
                next = new URL(match[1], current);
            }
            catch {
                return undefined;
            }
            return next.origin === base.origin ? next : undefined;
        }
        return undefined;
    }
    const page = response.headers.get('x-next-page')?.trim();
    if (!page || !/^\d+$/.test(page))
        return undefined;
    const next = new URL(current);
    next.searchParams.set('page', page);
    return next;
}
/** GitLab's error body: {"message": "..."} (a string or field → messages), or {"error": "..."}. */
function gitLabMessage(text) {
    try {
        const parsed = JSON.parse(text);
        const message = parsed.message ?? parsed.error_description ?? parsed.error;
        if (typeof message === 'string')
            return oneLine(message);
        if (message && typeof message === 'object')
            return oneLine(JSON.stringify(message));
    }
    catch {
        // Not JSON (a proxy's page): keep the start of the text.
    }
    return oneLine(text);
}
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}


/***/ })

};
