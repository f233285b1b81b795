export const id = 426;
export const ids = [426];
export const modules = {

/***/ 8426:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokit: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);
// The one octokit factory: retries (5xx) and throttling (primary and
// secondary rate limits, honouring retry-after), base URL from
// GITHUB_API_URL so GitHub Enterprise Server works unchanged.




function createOctokit({ token, apiUrl, retries = 3, backoffUnitMs = 1000 }) {
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q)(token, {
        baseUrl: apiUrl,
        // Not request.retries: plugin-retry would then retry every failure, 4xx included.
        retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: backoffUnitMs },
        throttle: {
            retryAfterBaseValue: backoffUnitMs,
            onRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
        },
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
