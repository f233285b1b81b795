export const id = 547;
export const ids = [547];
export const modules = {

/***/ 5949:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  oL: () => (/* binding */ resolveBaseline)
});

// UNUSED EXPORTS: BASELINE_RESOLVERS, baselineSchemeOf, parseBaselineSpec

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
;// CONCATENATED MODULE: ./build/shared/baseline/github-api.js
// What the GitHub-backed resolvers (git: through the contents API, artifact:,
// deployment:) share: the missing reason when there is no GitHub access, the
// temp directory, and the mapping of 403 and 404 to a missing reason that
// names the source and, for 403, the permission to grant.

function httpStatus(error) {
    return error?.status;
}
/** The missing reason for a source that needs GitHub access when the context has none. */
function needsGitHub(spec, scheme, context) {
    return { missing: context.noGitHub ? `${spec}: ${context.noGitHub} to read ${scheme} baselines` : `${spec}: ${scheme} baselines need GitHub access (a token and the repository)` };
}
/** The missing reason for an API error that says the source is not there or not readable, or undefined (then it is rethrown: a bug or an outage). */
function missingFromApiError(error, spec, permission) {
    const code = httpStatus(error);
    if (code === 403)
        return { missing: `${spec}: the token may not read it (403 ${error.said ?? error.message}); grant the token ${permission} or use a path` };
    if (code === 404)
        return { missing: `${spec}: not found (404)` };
    return undefined;
}
/** Runs `fetch` with the context's GitHub access and temp directory; no access, 403 and 404 become missing reasons. */
async function throughGitHub(spec, scheme, permission, context, fetch) {
    if (!context.github)
        return needsGitHub(spec, scheme, context);
    await (0,promises_.mkdir)(context.tempDir, { recursive: true });
    try {
        return await fetch(context.github.octokit, context.github.repo, context.tempDir);
    }
    catch (error) {
        const missing = missingFromApiError(error, spec, permission);
        if (missing)
            return missing;
        throw error;
    }
}

;// CONCATENATED MODULE: ./build/shared/baseline/artifact.js
// artifact:<name>[:<file>]: the artifact of that name in the newest
// successful workflow run on the default branch; the file inside it (optional
// when the artifact holds one file, or one metrics/predictions file).




const artifactResolver = {
    scheme: 'artifact',
    syntax: 'artifact:<name>[:<file>]',
    parse(rest, spec) {
        if (rest === '')
            throw new errors/* ConfigurationError */.j1(`baseline "${spec}": write artifact:<name> or artifact:<name>:<file in the artifact>`);
        const split = rest.indexOf(':');
        return split < 0 ? { kind: 'artifact', name: rest, spec } : { kind: 'artifact', name: rest.slice(0, split), file: rest.slice(split + 1), spec };
    },
    resolve(source, context) {
        return throughGitHub(source.spec, 'artifact', 'actions: read', context, async (octokit, repo, tempDir) => {
            const { data: repository } = await octokit.rest.repos.get({ ...repo });
            const branch = repository.default_branch;
            const { data: runs } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, branch, status: 'success', per_page: 30 });
            for (const run of runs.workflow_runs) {
                const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: source.name, per_page: 100 });
                const artifact = data.artifacts.find((a) => a.name === source.name && !a.expired);
                if (!artifact)
                    continue;
                const download = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
                // fflate (its inflate tables are built when it loads) is loaded here, not at every compare-metrics, monitor or pipeline start.
                const { unzipSync } = await __webpack_require__.e(/* import() */ 306).then(__webpack_require__.bind(__webpack_require__, 1306));
                const entries = unzipSync(new Uint8Array(download.data));
                const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
                const chosen = source.file ? names.find((n) => n === source.file || n.endsWith(`/${source.file}`)) : names.length === 1 ? names[0] : names.find((n) => /\.(json|ya?ml|csv|tsv|jsonl|parquet)(\.gz)?$/i.test(n));
                if (!chosen) {
                    return { missing: `${source.spec}: artifact "${source.name}" of run ${run.id} holds ${names.join(', ') || 'no files'}; name the file as artifact:${source.name}:<file>` };
                }
                const path = (0,external_node_path_.join)(tempDir, `artifact-${(0,external_node_path_.basename)(chosen)}`);
                await (0,promises_.writeFile)(path, entries[chosen]);
                return { path, written: source.spec, display: `${source.spec} (${chosen})`, source: source.spec, id: `run ${run.id} (${run.head_sha.slice(0, 12)}) artifact ${artifact.id}` };
            }
            return { missing: `${source.spec}: none of the ${runs.workflow_runs.length} newest successful runs on ${branch} has an unexpired artifact named "${source.name}"` };
        });
    },
};

// EXTERNAL MODULE: ./build/shared/baseline/payload.js
var payload = __webpack_require__(6408);
;// CONCATENATED MODULE: ./build/shared/baseline/deployment.js
// deployment:<environment>: the metrics the gate recorded in the payload of
// the newest deployment to the environment whose latest status is success —
// the production baseline is what is in production. Along with it, from the
// same page of deployments, the metrics of the earlier ones that were in
// production (the trend the report draws).





const deploymentResolver = {
    scheme: 'deployment',
    syntax: 'deployment:<environment>',
    parse(rest, spec) {
        if (rest === '')
            throw new errors/* ConfigurationError */.j1(`baseline "${spec}": write deployment:<environment>, e.g. deployment:production`);
        return { kind: 'deployment', environment: rest, spec };
    },
    resolve(source, context) {
        return throughGitHub(source.spec, 'deployment', 'deployments: read', context, async (octokit, repo, tempDir) => {
            const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment: source.environment, per_page: 30 });
            const seen = [];
            for (const [index, deployment] of deployments.entries()) {
                const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
                const latest = statuses[0]?.state;
                // The newest deployment whose latest status is success is what is in production.
                if (latest !== 'success') {
                    seen.push(`${deployment.id}: ${latest ?? 'no status'}`);
                    continue;
                }
                const parsed = (0,payload/* metricsFromPayload */.wt)(deployment.payload);
                if ('problem' in parsed)
                    return { missing: `${source.spec}: deployment ${deployment.id} succeeded but its ${parsed.problem}` };
                const path = (0,external_node_path_.join)(tempDir, `deployment-${deployment.id}.json`);
                await (0,promises_.writeFile)(path, JSON.stringify(parsed.metrics, null, 2));
                const history = await pastDeployments(octokit, repo, deployments.slice(index + 1), HISTORY - 1);
                const current = recordOf(deployment);
                return { path, written: source.spec, display: source.spec, source: source.spec, id: `deployment ${deployment.id} (${deployment.sha.slice(0, 12)})`, history: [...history.reverse(), ...(current ? [current] : [])] };
            }
            return { missing: `${source.spec}: no successful deployment to "${source.environment}"${seen.length ? ` (newest: ${seen.slice(0, 3).join(', ')})` : ' (none at all: the first deploy?)'}` };
        });
    },
};
/** How many deployments (the baseline's included) the trend of the production metric goes back. */
const HISTORY = 10;
/** A deployment's recorded metrics, when its payload is the gate's record. */
function recordOf(deployment) {
    const value = typeof deployment.payload === 'string' ? safeJson(deployment.payload) : deployment.payload;
    const parsed = payload/* deploymentPayloadSchema */.Bl.safeParse(value);
    if (!parsed.success)
        return undefined;
    const { metrics, recordedAt } = parsed.data.holdout;
    return { id: String(deployment.id), commit: deployment.sha, ...(recordedAt ? { recordedAt } : {}), metrics };
}
function safeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/**
 * The earlier deployments that were in production, newest first, at most
 * `limit`: from the page of deployments already listed (no further pages),
 * those that reached success — their latest status is success, or inactive
 * after a success (GitHub marks a replaced deployment inactive) — and carry
 * the gate's record. The trend is an extra: an API error ends it with what
 * was read, and never costs the baseline.
 */
async function pastDeployments(octokit, repo, older, limit) {
    const out = [];
    for (const deployment of older) {
        if (out.length >= limit)
            break;
        const record = recordOf(deployment);
        if (!record)
            continue;
        let states;
        try {
            states = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 })).data.map((s) => s.state);
        }
        catch (error) {
            if (httpStatus(error) === undefined)
                throw error;
            break;
        }
        if ((states[0] === 'success' || states[0] === 'inactive') && states.includes('success'))
            out.push(record);
    }
    return out;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./build/shared/baseline/git.js
// git:<ref>:<path>: the file at a branch, tag or commit. Read from the local
// repository at baseDir with `git show` when the context says so (the CLI;
// arguments passed as a list, never a shell string), else through the
// contents API.





const gitResolver = {
    scheme: 'git',
    syntax: 'git:<ref>:<path>',
    parse(rest, spec) {
        const split = rest.indexOf(':');
        if (split <= 0 || split === rest.length - 1)
            throw new errors/* ConfigurationError */.j1(`baseline "${spec}": write git:<ref>:<path>, e.g. git:main:metrics/holdout.json`);
        return { kind: 'git', ref: rest.slice(0, split), path: rest.slice(split + 1).replace(/^\.?\//, ''), spec };
    },
    async resolve(source, context) {
        if (context.localGit)
            return fromLocalGit(source, context);
        return throughGitHub(source.spec, 'git', 'contents: read', context, async (octokit, repo, tempDir) => {
            let data;
            try {
                ({ data } = await octokit.rest.repos.getContent({ ...repo, path: source.path, ref: source.ref }));
            }
            catch (error) {
                if (httpStatus(error) === 404)
                    return { missing: `${source.spec}: no file ${source.path} at ref ${source.ref} in ${repo.owner}/${repo.repo}` };
                throw error;
            }
            const file = data;
            if (Array.isArray(data) || file.type !== 'file' || typeof file.content !== 'string') {
                return { missing: `${source.spec}: ${source.path} at ${source.ref} is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a file` };
            }
            const path = (0,external_node_path_.join)(tempDir, `git-${(0,external_node_path_.basename)(source.path)}`);
            await (0,promises_.writeFile)(path, Buffer.from(file.content, 'base64'));
            return { path, written: source.spec, display: source.spec, source: source.spec, id: `${source.ref}:${source.path}${file.sha ? `@${file.sha.slice(0, 12)}` : ''}` };
        });
    },
};
function fromLocalGit(source, context) {
    return new Promise((resolvePromise, reject) => {
        (0,external_node_child_process_.execFile)('git', ['show', `${source.ref}:${source.path}`], { cwd: context.baseDir, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
            if (error) {
                const reason = stderr.toString('utf8').trim().split('\n')[0] || error.message;
                resolvePromise({ missing: `${source.spec}: ${reason}` });
                return;
            }
            const path = (0,external_node_path_.join)(context.tempDir, `git-${(0,external_node_path_.basename)(source.path)}`);
            (0,promises_.mkdir)(context.tempDir, { recursive: true })
                .then(() => (0,promises_.writeFile)(path, stdout))
                .then(() => resolvePromise({ path, written: source.spec, display: source.spec, source: source.spec, id: `${source.ref}:${source.path}` }), reject);
        });
    });
}

// EXTERNAL MODULE: ./build/shared/baseline/mlflow.js
var mlflow = __webpack_require__(7593);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./build/shared/baseline/path.js
// A path: a metrics or predictions file in the workspace (the CLI: the
// working directory). Any spec whose prefix is not a registered scheme is a
// path (`C:\metrics.json` too); `path:<file>` names one explicitly, for a file
// whose name starts like a scheme.



const pathResolver = {
    scheme: 'path',
    syntax: '[path:]<path>',
    parse(rest, spec) {
        if (rest === '')
            throw new errors/* ConfigurationError */.j1(`baseline "${spec}": write a path, e.g. metrics/baseline.json (or path:metrics/baseline.json)`);
        return { kind: 'path', path: rest, spec };
    },
    async resolve(source, context) {
        const path = (0,external_node_path_.resolve)(context.baseDir, source.path);
        if (!(0,external_node_fs_.existsSync)(path))
            return { missing: `${source.spec}: no such file` };
        return { path, written: source.path, display: source.path, source: source.spec };
    },
};

;// CONCATENATED MODULE: ./build/shared/baseline/sagemaker.js
// sagemaker:<model-package-group>: the model-quality metrics of the newest
// Approved model package in a SageMaker Model Registry group — the
// statistics JSON its ModelMetrics.ModelQuality.Statistics points to in S3
// (the Model Monitor / Clarify format, read by the SageMaker metrics reader).



/** SageMaker's ModelPackageGroupName pattern (1–63 characters), or a group ARN. */
const GROUP = /^([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}|arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package-group\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})$/;
const NO_AWS = 'sagemaker baselines need AWS_REGION (and credentials from the standard chain, e.g. aws-actions/configure-aws-credentials)';
const PERMISSIONS = 'sagemaker:ListModelPackages and sagemaker:DescribeModelPackage on the group, s3:GetObject on the statistics';
const sagemakerResolver = {
    scheme: 'sagemaker',
    syntax: 'sagemaker:<model-package-group>',
    parse(rest, spec) {
        if (!GROUP.test(rest))
            throw new errors/* ConfigurationError */.j1(`baseline "${spec}": write sagemaker:<model-package-group>, e.g. sagemaker:churn-models (letters, digits and hyphens, up to 63)`);
        return { kind: 'sagemaker', group: rest, spec };
    },
    async resolve(source, context) {
        const registry = context.sagemaker;
        if (!registry)
            return { missing: `${source.spec}: ${NO_AWS}` };
        await (0,promises_.mkdir)(context.tempDir, { recursive: true });
        try {
            const approved = await registry.newestApproved(source.group);
            if (!approved)
                return { missing: `${source.spec}: model package group "${source.group}" in ${registry.region} has no Approved package (the first approval?)` };
            const label = `package ${approved.version ?? approved.arn}`;
            if (!approved.statistics)
                return { missing: `${source.spec}: ${label} (${approved.arn}) has no model-quality statistics (ModelMetrics.ModelQuality.Statistics); register it with them` };
            const bytes = await registry.readS3(approved.statistics);
            if (!bytes)
                return { missing: `${source.spec}: ${label}'s model-quality statistics ${approved.statistics} are not in S3` };
            const path = (0,external_node_path_.join)(context.tempDir, `sagemaker-${source.group.replace(/[^A-Za-z0-9-]/g, '_')}-${approved.version ?? 'latest'}-statistics.json`);
            await (0,promises_.writeFile)(path, bytes);
            return { path, written: source.spec, display: `${source.spec} (${label}, ${approved.statistics})`, source: source.spec, id: approved.arn };
        }
        catch (error) {
            const { status, code } = error;
            if (status === 403 || /^(AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|InvalidSignature)/.test(code ?? '')) {
                return { missing: `${source.spec}: the credentials may not read it (${error.message}); grant ${PERMISSIONS}` };
            }
            throw error;
        }
    },
};

;// CONCATENATED MODULE: ./build/shared/baseline/resolver.js
// A baseline source is a resolver registered by scheme: it parses what
// follows `<scheme>:` in the spec the user wrote, and resolves it to a file to
// compare against, or to the reason there is none. The list of resolvers is
// in ./index.ts; this file holds the contract and the lookup.
/** The scheme a spec falls back to when its prefix is not a registered scheme (so `C:\metrics.json` stays a path). */
const FALLBACK_SCHEME = 'path';
const SCHEME = /^[a-z][a-z0-9+.-]+$/;
/**
 * Indexes resolvers by scheme. Refuses (as a bug, not a user mistake) two
 * resolvers with one scheme, a scheme that is not lower-case letters, digits,
 * `+`, `.` or `-` of at least two characters (one letter would swallow Windows
 * drive letters), and a list without the fallback `path`.
 */
function createBaselineRegistry(resolvers) {
    const byScheme = new Map();
    for (const resolver of resolvers) {
        if (!SCHEME.test(resolver.scheme))
            throw new Error(`baseline resolver scheme "${resolver.scheme}" must match ${SCHEME}`);
        if (byScheme.has(resolver.scheme))
            throw new Error(`baseline resolver scheme "${resolver.scheme}" is registered twice`);
        byScheme.set(resolver.scheme, resolver);
    }
    const fallback = byScheme.get(FALLBACK_SCHEME);
    if (!fallback)
        throw new Error(`no "${FALLBACK_SCHEME}" baseline resolver is registered`);
    return {
        resolvers: [...resolvers],
        pick(raw) {
            const spec = raw.trim();
            const at = spec.indexOf(':');
            const resolver = at > 0 ? byScheme.get(spec.slice(0, at)) : undefined;
            return resolver ? { resolver, rest: spec.slice(at + 1), spec } : { resolver: fallback, rest: spec, spec };
        },
    };
}
/** Resolves a spec with a registry: no spec → `{ missing: 'no baseline was given' }`; a bad spec throws ConfigurationError. */
async function resolveWith(registry, spec, context) {
    if (spec === undefined || spec.trim() === '')
        return { missing: 'no baseline was given' };
    const { resolver, rest, spec: trimmed } = registry.pick(spec);
    return resolver.resolve(resolver.parse(rest, trimmed), context);
}

;// CONCATENATED MODULE: ./build/shared/baseline/index.js
// The baseline sources, registered by scheme in this one place. The CLI and
// the actions resolve a spec with resolveBaseline and differ only in the
// context they pass (the CLI: localGit, and GitHub access when GITHUB_TOKEN
// and GITHUB_REPOSITORY are set). Adding a source: one file exporting a
// BaselineResolver, one line below, test/baseline/<scheme>.test.ts, and its
// line in the table of docs/baselines.md (a test checks all three).







const BASELINE_RESOLVERS = [
    pathResolver,
    gitResolver,
    artifactResolver,
    deploymentResolver,
    mlflow/* mlflowResolver */.gc,
    sagemakerResolver,
];
const registry = createBaselineRegistry(BASELINE_RESOLVERS);
/**
 * The baseline a spec names, or why there is none: no spec → `{ missing: 'no baseline was given' }`;
 * a prefix that is not a registered scheme → a path. A badly written spec throws ConfigurationError.
 */
function resolveBaseline(spec, context) {
    return resolveWith(registry, spec, context);
}
/** The scheme a spec resolves with (`path` for a path), e.g. to create GitHub access only when a source needs it. */
function baselineSchemeOf(spec) {
    return registry.pick(spec).resolver.scheme;
}
/** Parses a spec without resolving it (throws ConfigurationError when it is badly written), e.g. to check an input before any work. */
function parseBaselineSpec(spec) {
    const { resolver, rest, spec: trimmed } = registry.pick(spec);
    return { scheme: resolver.scheme, source: resolver.parse(rest, trimmed) };
}


/***/ }),

/***/ 7593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gc: () => (/* binding */ mlflowResolver),
/* harmony export */   yP: () => (/* binding */ NO_MLFLOW)
/* harmony export */ });
/* unused harmony export latestMetrics */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
// mlflow:<model>@<alias>, mlflow:<model>/<version>, mlflow:runs/<run_id>,
// each optionally followed by :<artifact>: the MLflow Model Registry's
// version (by alias or number) or a run, read through MLflow's REST API.
// When the run logged a predictions file (the named artifact, else a
// predictions.{csv,jsonl,parquet,…} at the artifact root) it is downloaded,
// so the comparison is paired; otherwise the run's latest metrics are.
// A missing alias, version or run is "no baseline" (MLflow answers a missing
// alias with 400 INVALID_PARAMETER_VALUE, not 404).



const HOW = 'write mlflow:<model>@<alias>, mlflow:<model>/<version> or mlflow:runs/<run_id>, optionally followed by :<predictions artifact>';
/** A predictions file at the artifact root, when none is named. */
const PREDICTIONS = /^predictions\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;
const NO_MLFLOW = 'mlflow baselines need MLFLOW_TRACKING_URI (an http(s) tracking server, with MLFLOW_TRACKING_TOKEN when it asks for one) or DATABRICKS_HOST and DATABRICKS_TOKEN';
const mlflowResolver = {
    scheme: 'mlflow',
    syntax: 'mlflow:<model>@<alias>[:<artifact>]',
    parse(rest, spec) {
        const fail = () => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`baseline "${spec}": ${HOW}`);
        // MLflow's own URIs read the same: models:/churn@champion, runs:/<id>.
        let body = rest.replace(/^models:\//, '');
        const run = /^runs:?\/([^/:@\s]+)(?::(.+))?$/.exec(body);
        if (run)
            return { kind: 'mlflow', ref: 'run', runId: run[1], artifact: artifactOf(run[2], fail), spec };
        const colon = body.indexOf(':');
        const artifact = colon >= 0 ? artifactOf(body.slice(colon + 1), fail) : undefined;
        if (colon >= 0)
            body = body.slice(0, colon);
        const at = body.lastIndexOf('@');
        if (at > 0) {
            const model = body.slice(0, at);
            const alias = body.slice(at + 1);
            if (alias === '' || /[\s/]/.test(alias))
                throw fail();
            return { kind: 'mlflow', ref: 'alias', model, alias, artifact, spec };
        }
        const version = /^(.+)\/(\d+)$/.exec(body);
        if (version)
            return { kind: 'mlflow', ref: 'version', model: version[1], version: version[2], artifact, spec };
        throw fail();
    },
    async resolve(source, context) {
        const mlflow = context.mlflow;
        if (!mlflow)
            return { missing: `${source.spec}: ${NO_MLFLOW}` };
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(context.tempDir, { recursive: true });
        try {
            return await fromMlflow(source, mlflow, context.tempDir);
        }
        catch (error) {
            const status = error?.status;
            // A token that may not read the model is reported like a fork's GitHub token: no baseline, with what to grant.
            if (status === 401 || status === 403)
                return { missing: `${source.spec}: ${error.message}` };
            throw error;
        }
    },
};
function artifactOf(text, fail) {
    if (text === undefined)
        return undefined;
    const path = text.replace(/^\/+/, '');
    if (path === '' || path.split('/').includes('..'))
        throw fail();
    return path;
}
async function fromMlflow(source, mlflow, tempDir) {
    const at = `at ${mlflow.where}`;
    let version;
    if (source.ref === 'alias') {
        version = await mlflow.modelVersionByAlias(source.model, source.alias);
        if (!version)
            return { missing: `${source.spec}: registered model "${source.model}" has no alias "${source.alias}" ${at} (the first promotion?)` };
    }
    else if (source.ref === 'version') {
        version = await mlflow.modelVersion(source.model, source.version);
        if (!version)
            return { missing: `${source.spec}: registered model "${source.model}" has no version ${source.version} ${at}` };
    }
    const runId = source.ref === 'run' ? source.runId : version?.run_id;
    if (!runId)
        return { missing: `${source.spec}: version ${version?.version} of "${version?.name}" was registered without a run${version?.source ? ` (from ${version.source})` : ''}, so MLflow holds no metrics for it` };
    const run = await mlflow.run(runId);
    if (!run)
        return { missing: `${source.spec}: run ${runId} not found ${at}` };
    const what = [version ? `version ${version.version}` : undefined, `run ${runId.slice(0, 12)}`];
    const id = `${version ? `${version.name} version ${version.version}, ` : ''}run ${runId}`;
    // Predictions make the comparison paired: the named artifact, else one at the root.
    if (source.artifact && !mlflow.artifacts) {
        return { missing: `${source.spec}: ${mlflow.where} does not serve run artifacts to holdout (Databricks); drop :${source.artifact} to compare the run's metrics` };
    }
    if (mlflow.artifacts) {
        const dir = source.artifact ? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(source.artifact) : '';
        const files = (await mlflow.listArtifacts(runId, dir === '.' || dir === '' ? undefined : dir)).filter((f) => !f.is_dir);
        const chosen = source.artifact ? files.find((f) => f.path === source.artifact) : files.find((f) => PREDICTIONS.test(node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(f.path)));
        if (source.artifact && !chosen) {
            return { missing: `${source.spec}: run ${runId} has no artifact "${source.artifact}" (${files.length ? `${dir && dir !== '.' ? `${dir}/ holds` : 'it logged'} ${files.map((f) => f.path).slice(0, 10).join(', ')}` : 'nothing there'})` };
        }
        if (chosen) {
            const bytes = await mlflow.downloadArtifact(runId, chosen.path);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, `mlflow-${safe(runId)}-${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(chosen.path)}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, bytes);
            return { path, written: source.spec, display: `${source.spec} (${[...what, chosen.path].join(', ')})`, source: source.spec, id };
        }
    }
    const { values, skipped } = latestMetrics(run.data.metrics ?? []);
    if (values.size === 0) {
        return { missing: `${source.spec}: run ${runId} logged no metrics${skipped.length ? ` that are numbers (${skipped.join(', ')} not finite)` : ''}${mlflow.artifacts ? ' and no predictions artifact' : ''}` };
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tempDir, `mlflow-${safe(runId)}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(Object.fromEntries(values), null, 2));
    const note = skipped.length ? `; skipped, not finite: ${skipped.join(', ')}` : '';
    return { path, written: source.spec, display: `${source.spec} (${what.join(', ')}, metrics${note})`, source: source.spec, id };
}
function safe(name) {
    return name.replace(/[^A-Za-z0-9._-]/g, '_');
}
/**
 * The latest value of each metric in a run's metric list: the highest step,
 * then the newest timestamp, then the larger value — MLflow's own rule for a
 * run's latest metrics (SqlAlchemyStore._update_latest_metric_if_necessary).
 * Values that are not finite ("NaN", "Infinity" in MLflow's JSON) are skipped and named.
 */
function latestMetrics(metrics) {
    const order = (a, b) => {
        if (a.step !== b.step)
            return a.step - b.step;
        if (a.timestamp !== b.timestamp)
            return a.timestamp - b.timestamp;
        if (Number.isNaN(a.value))
            return -1;
        if (Number.isNaN(b.value))
            return 1;
        return a.value - b.value;
    };
    const latest = new Map();
    for (const metric of metrics) {
        if (typeof metric?.key !== 'string')
            continue;
        const value = typeof metric.value === 'number' ? metric.value : Number(metric.value);
        const point = { step: Number(metric.step ?? 0) || 0, timestamp: Number(metric.timestamp ?? 0) || 0, value };
        const seen = latest.get(metric.key);
        if (!seen || order(point, seen) > 0)
            latest.set(metric.key, point);
    }
    const values = new Map();
    const skipped = [];
    for (const [key, { value }] of latest) {
        if (Number.isFinite(value))
            values.set(key, value);
        else
            skipped.push(key);
    }
    return { values, skipped };
}


/***/ }),

/***/ 6408:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ deploymentPayloadSchema),
/* harmony export */   uE: () => (/* binding */ DEPLOYMENT_PAYLOAD_VERSION),
/* harmony export */   wt: () => (/* binding */ metricsFromPayload)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2857);
// The deployment payload the gate writes when a deploy is approved, and
// that compare-metrics' deployment:<environment> source reads back: the
// production baseline is what is in production.

const DEPLOYMENT_PAYLOAD_VERSION = 1;
const deploymentPayloadSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    holdout: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
        version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(DEPLOYMENT_PAYLOAD_VERSION),
        decision: zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['pass', 'overridden']),
        /** The candidate's metrics at the time of the decision: the next baseline. */
        metrics: zod__WEBPACK_IMPORTED_MODULE_0__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()),
        model: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
        commit: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
        audit: zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/) }),
        recordedAt: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    }),
});
/** The metrics of a payload, or why it is not a holdout payload. */
function metricsFromPayload(payload) {
    const value = typeof payload === 'string' ? safeParse(payload) : payload;
    const result = deploymentPayloadSchema.safeParse(value);
    if (!result.success)
        return { problem: `payload is not a holdout record (${result.error.issues[0].path.join('.') || 'payload'}: ${result.error.issues[0].message})` };
    return { metrics: result.data.holdout.metrics };
}
function safeParse(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return text;
    }
}


/***/ }),

/***/ 6783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ validateConfig),
/* harmony export */   Bu: () => (/* binding */ parseConfigText),
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   im: () => (/* binding */ readConfigText)
/* harmony export */ });
/* unused harmony exports MAX_CONFIG_DEPTH, nestingBeyond, suggest */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2005);
/* harmony import */ var _io_fs_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3565);
// Loading user-written config files (table schemas, policies, the all-in-one
// config): YAML or JSON, validated by a zod schema, with every mistake turned
// into a ConfigurationError that names the file, the line and the key path.




/** Deepest nesting a config may have (block and flow collections together); real configs stay under 20. */
const MAX_CONFIG_DEPTH = 64;
/** How often one alias may be expanded (YAML's own guard against alias bombs, "billion laughs"). */
const MAX_ALIAS_COUNT = 100;
/** Parses YAML or JSON text (JSON is read as YAML 1.2, so both keep line numbers). */
function parseConfigText(text, file) {
    // The YAML composer recurses per level (deep nesting exhausts the stack or
    // the heap), so the depth is checked on the text first, in one linear pass.
    const deep = nestingBeyond(text, MAX_CONFIG_DEPTH);
    if (deep !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`is nested more than ${MAX_CONFIG_DEPTH} levels deep; a config or schema needs far fewer`, { file, line: deep });
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    let doc;
    let value;
    try {
        doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
        if (doc.errors.length > 0) {
            const first = doc.errors[0];
            const line = first.linePos?.[0]?.line ?? lineCounter.linePos(first.pos[0]).line;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`cannot parse: ${first.message.split('\n')[0]}`, { file, line });
        }
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('expands its YAML aliases (*name) too many times (an alias bomb?): write the values out, or use fewer aliases', { file });
        }
        if (error instanceof RangeError)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('is nested too deeply to read', { file });
        throw error;
    }
    return { value, lineOf: (path) => lineOfPath(doc, lineCounter, path) };
}
/**
 * The first line at which block indentation levels plus open flow brackets
 * (`[`, `{`) exceed `max`, or undefined. Quoted strings and comments are
 * skipped; an estimate that never undercounts real nesting by much, in one
 * pass over the text.
 */
function nestingBeyond(text, max) {
    const indents = [];
    let flow = 0;
    let line = 1;
    let i = 0;
    const n = text.length;
    while (i < n) {
        // Start of a line: its indentation (block context only) and leading "- " markers.
        let indent = 0;
        while (i < n && text.charCodeAt(i) === 0x20) {
            indent++;
            i++;
        }
        const c0 = text.charCodeAt(i);
        if (flow === 0 && i < n && c0 !== 0x0a && c0 !== 0x0d && c0 !== 0x23) {
            while (indents.length > 0 && indents[indents.length - 1] >= indent)
                indents.pop();
            indents.push(indent);
            let dashes = 0;
            while (i + 1 < n && text.charCodeAt(i) === 0x2d && text.charCodeAt(i + 1) === 0x20) {
                dashes++;
                i += 2;
                while (i < n && text.charCodeAt(i) === 0x20)
                    i++;
            }
            if (indents.length + dashes > max)
                return line;
        }
        // The rest of the line.
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x0a) {
                line++;
                i++;
                break;
            }
            const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
            if ((c === 0x22 || c === 0x27) && (before === 0x20 || before === 0x09 || before === 0x0a || before === 0x5b || before === 0x7b || before === 0x2c)) {
                // A quoted scalar: to its closing quote (\ escapes in "…", '' in '…'), counting its lines.
                i++;
                while (i < n) {
                    const d = text.charCodeAt(i);
                    if (d === 0x0a)
                        line++;
                    if (c === 0x22 && d === 0x5c)
                        i += 2;
                    else if (d === c) {
                        if (c === 0x27 && text.charCodeAt(i + 1) === 0x27)
                            i += 2;
                        else
                            break;
                    }
                    else
                        i++;
                }
                i++;
                continue;
            }
            if (c === 0x23 && (before === 0x20 || before === 0x09 || before === 0x0a)) {
                // A comment: to the end of the line.
                while (i < n && text.charCodeAt(i) !== 0x0a)
                    i++;
                continue;
            }
            if (c === 0x5b || c === 0x7b) {
                flow++;
                if (flow + indents.length > max)
                    return line;
            }
            else if ((c === 0x5d || c === 0x7d) && flow > 0)
                flow--;
            i++;
        }
    }
    return undefined;
}
/**
 * Reads a config file's text; a missing or blank file is a ConfigurationError
 * naming it as the user wrote it (a UserFile), or by the path given.
 */
async function readConfigText(file) {
    const { path, display } = typeof file === 'string' ? { path: file, display: file } : file;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1((0,_io_fs_error_js__WEBPACK_IMPORTED_MODULE_3__/* .describeFsError */ .T)(error), { file: display });
    }
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1('is empty', { file: display });
    return text;
}
/**
 * Validates a parsed config — or the part of it at key path `at` (a policy
 * embedded in the all-in-one config) — against a zod schema; the first issue
 * becomes the error, with the file's own line and the full key path.
 */
function validateConfig(schema, parsed, file, at = []) {
    let value = parsed.value;
    for (const part of at)
        value = value?.[part];
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const path = [...at, ...issue.path];
    let reason = issue.message;
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys;
        const unknown = keys[0];
        const fullPath = [...path, unknown];
        const known = knownKeysOf(schema, issue.path, value);
        const hint = suggest(unknown, known);
        reason = `unknown key${hint ? ` (did you mean "${hint}"?)` : ''}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file, key: formatKeyPath(fullPath), line: parsed.lineOf(fullPath) ?? parsed.lineOf(path) });
    }
    if (issue.code === 'invalid_type' && issue.input === undefined)
        reason = 'is required';
    const key = formatKeyPath(path);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(reason, { file, key: key || undefined, line: parsed.lineOf(path) });
}
function formatKeyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out ? `.${String(part)}` : String(part);
    }
    return out;
}
function lineOfPath(doc, counter, path) {
    // Walk down as far as the path exists; report the deepest node found.
    let node = doc.contents;
    let line;
    const lineAt = (offset) => (offset === undefined ? undefined : counter.linePos(offset).line);
    for (const part of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => {
                const k = item.key;
                return k !== null && typeof k === 'object' && String(k.value) === String(part);
            });
            if (!pair)
                break;
            line = lineAt(pair.key.range?.[0]) ?? line;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            const item = node.items[part];
            if (!item)
                break;
            line = lineAt(item.range?.[0]) ?? line;
            node = item;
        }
        else
            break;
    }
    return line;
}
function knownKeysOf(schema, path, value) {
    // Resolve the object schema at `path` well enough to offer a suggestion.
    let current = schema;
    let data = value;
    for (const part of path) {
        current = unwrap(current);
        const def = current.def;
        if (!def)
            return [];
        data = data?.[part];
        if (def.type === 'object')
            current = def.shape[String(part)];
        else if (def.type === 'array')
            current = def.element;
        else if (def.type === 'record')
            current = def.valueType;
        else
            return [];
    }
    current = unwrap(current);
    const def = current.def;
    if (def?.type === 'object')
        return Object.keys(def.shape);
    return [];
}
function unwrap(schema) {
    let current = schema;
    for (let i = 0; i < 10 && current?.def; i++) {
        const t = current.def.type;
        if (t === 'optional' || t === 'nullable' || t === 'default' || t === 'readonly' || t === 'prefault' || t === 'catch') {
            current = current.def.innerType;
        }
        else if (t === 'pipe') {
            // A pipe that pre-processes into an object schema: suggestions come from the object.
            const out = unwrap(current.def.out);
            current = (out?.def?.type === 'object' ? out : current.def.in);
            if (out?.def?.type === 'object')
                break;
        }
        else if (t === 'lazy')
            current = current.def.getter();
        else
            break;
    }
    return current;
}
/** The known key closest to `word` by edit distance, if it is close enough to be a typo. */
function suggest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}


/***/ }),

/***/ 7284:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ EVAL_FORMATS),
/* harmony export */   c: () => (/* binding */ CASE_OUTCOME)
/* harmony export */ });
// Eval suites: per-case results of an evaluation run (LLM prompts scored by
// assertions or a judge, retrieval test sets, unit-style model tests), read
// from the tools that produce them into one shape — cases with an id, tags,
// pass/fail outcomes and scores, optional cost and latency — so that a
// candidate and a production run can be compared case by case.
/** The formats read; `generic` is holdout's own JSONL/CSV form. */
const EVAL_FORMATS = ['generic', 'promptfoo', 'deepeval', 'gh-models', 'lm-eval'];
/** The overall outcome of a case when the tool reports one; named so it cannot clash with an assertion. */
const CASE_OUTCOME = 'case';


/***/ }),

/***/ 560:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KF: () => (/* binding */ TASK_METRICS),
  XP: () => (/* binding */ knownDirection),
  ii: () => (/* binding */ prepareMetric)
});

// UNUSED EXPORTS: METRIC_ALIASES, canonicalMetric

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
;// CONCATENATED MODULE: ./build/shared/metrics/prepared.js
// The shape every metric takes so that one bootstrap serves them all: a
// metric is prepared once on its data, then evaluated under row weights
// (bootstrap multiplicities; none means each row once). Leave-one-out values
// (for BCa's acceleration) come in closed form where the metric allows it.
/**
 * A metric that is a function of weighted counts of a per-row category (a
 * confusion-matrix cell, say): evaluation is one pass, leave-one-out needs
 * one evaluation per category.
 */
function countsMetric(cell, cells, finish) {
    const n = cell.length;
    const counts = new Float64Array(cells);
    const tally = (weights) => {
        counts.fill(0);
        if (weights)
            for (let i = 0; i < n; i++)
                counts[cell[i]] += weights[i];
        else
            for (let i = 0; i < n; i++)
                counts[cell[i]]++;
        return counts;
    };
    return {
        evaluate: (weights) => finish(tally(weights)),
        evaluateAt: (weights, at) => {
            counts.fill(0);
            for (let i = 0; i < n; i++)
                counts[cell[i]] += weights[at[i]];
            return finish(counts);
        },
        jackknife: () => {
            const base = Float64Array.from(tally());
            const byCell = new Float64Array(cells);
            for (let c = 0; c < cells; c++) {
                if (base[c] === 0)
                    continue;
                const without = Float64Array.from(base);
                without[c]--;
                byCell[c] = finish(without) ?? NaN;
            }
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++)
                out[i] = byCell[cell[i]];
            return out;
        },
    };
}
/**
 * A metric that is a function of weighted sums of per-row values (losses,
 * errors, moments): `finish(sums, totalWeight)`.
 */
function sumsMetric(values, finish) {
    const d = values.length;
    const n = values[0]?.length ?? 0;
    const sums = new Float64Array(d);
    const total = (weights) => {
        let weight = 0;
        for (let k = 0; k < d; k++) {
            const column = values[k];
            let s = 0;
            if (weights)
                for (let i = 0; i < n; i++)
                    s += weights[i] * column[i];
            else
                for (let i = 0; i < n; i++)
                    s += column[i];
            sums[k] = s;
        }
        if (weights)
            for (let i = 0; i < n; i++)
                weight += weights[i];
        else
            weight = n;
        return weight;
    };
    return {
        evaluate: (weights) => finish(sums, total(weights)),
        evaluateAt: (weights, at) => {
            for (let k = 0; k < d; k++) {
                const column = values[k];
                let s = 0;
                for (let i = 0; i < n; i++)
                    s += weights[at[i]] * column[i];
                sums[k] = s;
            }
            let weight = 0;
            for (let i = 0; i < n; i++)
                weight += weights[at[i]];
            return finish(sums, weight);
        },
        jackknife: () => {
            const weight = total();
            const base = Float64Array.from(sums);
            const without = new Float64Array(d);
            const out = new Float64Array(n);
            for (let i = 0; i < n; i++) {
                for (let k = 0; k < d; k++)
                    without[k] = base[k] - values[k][i];
                out[i] = finish(without, weight - 1) ?? NaN;
            }
            return out;
        },
    };
}

// EXTERNAL MODULE: ./build/shared/stats/ranks.js
var ranks = __webpack_require__(5411);
// EXTERNAL MODULE: ./build/shared/stats/delong.js
var delong = __webpack_require__(3603);
;// CONCATENATED MODULE: ./build/shared/metrics/rank.js
// Rank metrics under row weights: ROC AUC (Mann–Whitney, ties count one
// half) and average precision (scikit-learn's step-wise definition), each
// prepared once (rows sorted by score, tie groups found) and then, per
// bootstrap resample, a branch-free pass over the rows: the tie structure is
// in precomputed indices, not tested row by row.


const POSITIVE = 1;
const GROUP_START = 2;
/**
 * A rank metric prepared once: the rows sorted by score, then `statistic`
 * over the tie groups' weights, the k-th row in score order weighing
 * `weights[at[k]]` (each row once when no weights are given).
 */
function rankMetric(isPositive, score, statistic) {
    const { order, hi } = (0,ranks/* sortedKeys */.Mf)(score);
    const n = order.length;
    const code = new Uint8Array(n);
    let groups = 0;
    for (let k = 0; k < n; k++) {
        const start = k === 0 || hi[k] !== hi[k - 1] || score[order[k]] !== score[order[k - 1]];
        if (start)
            groups++;
        code[k] = (start ? GROUP_START : 0) | (isPositive[order[k]] === 1 ? POSITIVE : 0);
    }
    const sorted = { n, order, code, groups, positiveThrough: new Int32Array(groups), weightThrough: new Int32Array(groups) };
    const ones = new Uint16Array(n).fill(1);
    return {
        order,
        evaluate: (weights) => {
            groupTotals(sorted, weights ?? ones, order);
            return statistic(sorted);
        },
        evaluateAt: (weights, at) => {
            groupTotals(sorted, weights, at);
            return statistic(sorted);
        },
    };
}
/**
 * The one pass over the rows: running positive and total weight, written at
 * the row's group (the last row of a group leaves its totals there). No
 * branch and no floating point per row: integer sums wrap modulo 2³², and a
 * group's total, the difference of two of them, is exact while it is below
 * 2³² (bootstrap counts sum to n). A branch at each group's start would be
 * mispredicted about as often as there are groups, and cost more than the rest.
 */
function groupTotals(sorted, weights, at) {
    const { n, code, positiveThrough, weightThrough } = sorted;
    let g = -1;
    let p = 0;
    let t = 0;
    for (let k = 0; k < n; k++) {
        const c = code[k];
        const w = weights[at[k]];
        g += c >> 1;
        p = (p + (w & -(c & POSITIVE))) | 0;
        t = (t + w) | 0;
        positiveThrough[g] = p;
        weightThrough[g] = t;
    }
}
/**
 * ROC AUC of `score` for the rows where `isPositive[i] === 1`; undefined with one class.
 *
 * Prepared as two sequences in score order: the negatives, and the positives
 * with, for each, how many negatives sort strictly below it (`below`) and
 * below or tied with it (`through`). Under weights, twice the Mann–Whitney U
 * is Σ over positives of w · (N(below) + N(through)), N the running weight of
 * the negatives: one pass over the negatives for N, one over the positives.
 * No branch per row (tie groups are in the indices), and sums of integer
 * weights, exact in doubles.
 */
function rocAucMetric(isPositive, score) {
    const { order, hi } = (0,ranks/* sortedKeys */.Mf)(score);
    const n = order.length;
    let positives = 0;
    for (let k = 0; k < n; k++)
        if (isPositive[order[k]] === 1)
            positives++;
    const negatives = n - positives;
    /** Sorted positions of the positives and of the negatives. */
    const positiveAt = new Uint32Array(positives);
    const negativeAt = new Uint32Array(negatives);
    const below = new Uint32Array(positives);
    const through = new Uint32Array(positives);
    let p = 0;
    let q = 0;
    let groupFirstPositive = 0;
    let negativesBeforeGroup = 0;
    for (let k = 0; k <= n; k++) {
        if (k === n || k === 0 || hi[k] !== hi[k - 1] || score[order[k]] !== score[order[k - 1]]) {
            // A tie group ends: its positives have every negative so far at or below them.
            for (let i = groupFirstPositive; i < p; i++)
                through[i] = q;
            groupFirstPositive = p;
            negativesBeforeGroup = q;
            if (k === n)
                break;
        }
        if (isPositive[order[k]] === 1) {
            positiveAt[p] = k;
            below[p++] = negativesBeforeGroup;
        }
        else
            negativeAt[q++] = k;
    }
    const running = new Float64Array(negatives + 1);
    // The weights' positions of the positives and negatives, for the `at` last seen (the bootstrap passes one for all resamples).
    let lastAt;
    let positiveWeightAt = new Uint32Array(0);
    let negativeWeightAt = new Uint32Array(0);
    const auc = (weights, at) => {
        if (at !== lastAt) {
            positiveWeightAt = new Uint32Array(positives);
            negativeWeightAt = new Uint32Array(negatives);
            for (let i = 0; i < positives; i++)
                positiveWeightAt[i] = at[positiveAt[i]];
            for (let j = 0; j < negatives; j++)
                negativeWeightAt[j] = at[negativeAt[j]];
            lastAt = at;
        }
        return mannWhitney(weights, positiveWeightAt, negativeWeightAt, below, through, running);
    };
    const ones = new Uint16Array(n).fill(1);
    return {
        order,
        evaluate: (weights) => auc(weights ?? ones, order),
        evaluateAt: auc,
        jackknife() {
            // Leaving out positive i: (m·AUC − V10ᵢ)/(m − 1); negative j: (n·AUC − V01ⱼ)/(n − 1).
            const p = (0,delong/* placements */.DD)(isPositive, [score]);
            const m = p.positives;
            const q = p.negatives;
            if (m < 2 || q < 2)
                return undefined;
            const auc = p.auc[0];
            const out = new Float64Array(isPositive.length);
            for (let i = 0, a = 0, b = 0; i < out.length; i++) {
                out[i] = isPositive[i] === 1 ? (m * auc - p.v10[0][a++]) / (m - 1) : (q * auc - p.v01[0][b++]) / (q - 1);
            }
            return out;
        },
    };
}
/** Mann–Whitney AUC under weights, ties counting one half (see rocAucMetric). */
function mannWhitney(weights, positiveAt, negativeAt, below, through, running) {
    let negativeWeight = 0;
    for (let j = 0; j < negativeAt.length; j++) {
        negativeWeight += weights[negativeAt[j]];
        running[j + 1] = negativeWeight;
    }
    let twiceU = 0;
    let positiveWeight = 0;
    for (let i = 0; i < positiveAt.length; i++) {
        const w = weights[positiveAt[i]];
        twiceU += w * (running[below[i]] + running[through[i]]);
        positiveWeight += w;
    }
    return positiveWeight === 0 || negativeWeight === 0 ? undefined : twiceU / (2 * positiveWeight * negativeWeight);
}
/** Average precision, Σₙ (Rₙ − Rₙ₋₁) Pₙ over distinct thresholds, as scikit-learn computes it. */
function averagePrecisionMetric(isPositive, score) {
    return rankMetric(isPositive, score, ({ groups, positiveThrough, weightThrough }) => {
        // Weight per group, from the running totals; then thresholds from the highest score down.
        let totalPos = 0;
        for (let g = 0, p0 = 0; g < groups; g++) {
            totalPos += (positiveThrough[g] - p0) >>> 0;
            p0 = positiveThrough[g];
        }
        if (totalPos === 0)
            return undefined;
        let tp = 0;
        let fp = 0;
        let previousRecall = 0;
        let ap = 0;
        for (let g = groups - 1; g >= 0; g--) {
            const p1 = g === 0 ? 0 : positiveThrough[g - 1];
            const t1 = g === 0 ? 0 : weightThrough[g - 1];
            const gp = (positiveThrough[g] - p1) >>> 0;
            tp += gp;
            fp += ((weightThrough[g] - t1) >>> 0) - gp;
            if (tp + fp > 0) {
                const recall = tp / totalPos;
                ap += (recall - previousRecall) * (tp / (tp + fp));
                previousRecall = recall;
            }
        }
        return ap;
    });
}

;// CONCATENATED MODULE: ./build/shared/metrics/binary.js
// Binary classification metrics, each prepared for weighted evaluation.
// Undefined where scikit-learn would warn and return 0 (no predicted
// positives for precision, a zero MCC denominator, one class for AUC).


const TN = 0, FP = 1, FN = 2, TP = 3;
const EPS = 2.220446049250313e-16; // scikit-learn clips probabilities to [eps, 1 − eps]
function confusionCells(data) {
    const cells = new Uint8Array(data.y.length);
    for (let i = 0; i < cells.length; i++)
        cells[i] = data.y[i] * 2 + data.pred[i];
    return cells;
}
const ratio = (a, b) => (b === 0 ? undefined : a / b);
const BINARY_METRICS = {
    accuracy: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TN] + c[TP], c[TN] + c[FP] + c[FN] + c[TP])) },
    balanced_accuracy: {
        prepare: (d) => countsMetric(confusionCells(d), 4, (c) => {
            const tpr = ratio(c[TP], c[TP] + c[FN]);
            const tnr = ratio(c[TN], c[TN] + c[FP]);
            return tpr === undefined || tnr === undefined ? undefined : (tpr + tnr) / 2;
        }),
    },
    precision: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TP], c[TP] + c[FP])) },
    recall: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(c[TP], c[TP] + c[FN])) },
    f1: { prepare: (d) => countsMetric(confusionCells(d), 4, (c) => ratio(2 * c[TP], 2 * c[TP] + c[FP] + c[FN])) },
    mcc: {
        prepare: (d) => countsMetric(confusionCells(d), 4, (c) => {
            const denominator = (c[TP] + c[FP]) * (c[TP] + c[FN]) * (c[TN] + c[FP]) * (c[TN] + c[FN]);
            return denominator === 0 ? undefined : (c[TP] * c[TN] - c[FP] * c[FN]) / Math.sqrt(denominator);
        }),
    },
    roc_auc: { needs: 'score', prepare: (d) => rocAucMetric(d.y, d.score) },
    average_precision: { needs: 'score', prepare: (d) => averagePrecisionMetric(d.y, d.score) },
    log_loss: {
        needs: 'probability',
        prepare: (d) => {
            const loss = new Float64Array(d.y.length);
            for (let i = 0; i < loss.length; i++) {
                const p = Math.min(1 - EPS, Math.max(EPS, d.score[i]));
                loss[i] = d.y[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
            }
            return sumsMetric([loss], (s, w) => ratio(s[0], w));
        },
    },
    brier: {
        needs: 'probability',
        prepare: (d) => {
            const sq = new Float64Array(d.y.length);
            for (let i = 0; i < sq.length; i++)
                sq[i] = (d.score[i] - d.y[i]) ** 2;
            return sumsMetric([sq], (s, w) => ratio(s[0], w));
        },
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/multiclass.js
// Multiclass metrics: accuracy, macro and weighted F1 (over the classes
// present in truth or predictions, as scikit-learn), one-vs-rest macro ROC
// AUC and log loss (probabilities clipped and rows renormalised, as
// scikit-learn does).


const multiclass_EPS = 2.220446049250313e-16;
function f1Metric(d, weighted) {
    const K = d.classes.length;
    const cells = new Int32Array(d.y.length);
    for (let i = 0; i < cells.length; i++)
        cells[i] = d.y[i] * K + d.pred[i];
    return countsMetric(cells, K * K, (c) => {
        let sum = 0;
        let weight = 0;
        let present = 0;
        for (let k = 0; k < K; k++) {
            let tp = 0, fp = 0, fn = 0;
            tp = c[k * K + k];
            for (let j = 0; j < K; j++) {
                if (j === k)
                    continue;
                fp += c[j * K + k];
                fn += c[k * K + j];
            }
            const support = tp + fn;
            if (tp + fp + fn === 0)
                continue; // class absent from truth and predictions
            present++;
            const f1 = (2 * tp) / (2 * tp + fp + fn);
            if (weighted) {
                sum += f1 * support;
                weight += support;
            }
            else
                sum += f1;
        }
        if (weighted)
            return weight === 0 ? undefined : sum / weight;
        return present === 0 ? undefined : sum / present;
    });
}
const MULTICLASS_METRICS = {
    accuracy: {
        prepare: (d) => {
            const cells = new Uint8Array(d.y.length);
            for (let i = 0; i < cells.length; i++)
                cells[i] = d.y[i] === d.pred[i] ? 1 : 0;
            return countsMetric(cells, 2, (c) => (c[0] + c[1] === 0 ? undefined : c[1] / (c[0] + c[1])));
        },
    },
    macro_f1: { prepare: (d) => f1Metric(d, false) },
    weighted_f1: { prepare: (d) => f1Metric(d, true) },
    roc_auc_ovr: {
        needs: 'probability',
        prepare: (d) => {
            const perClass = d.classes.map((_, k) => {
                const isK = new Uint8Array(d.y.length);
                for (let i = 0; i < isK.length; i++)
                    isK[i] = d.y[i] === k ? 1 : 0;
                return rocAucMetric(isK, d.proba[k]);
            });
            return {
                evaluate(weights) {
                    let sum = 0;
                    for (const metric of perClass) {
                        const auc = metric.evaluate(weights);
                        if (auc === undefined)
                            return undefined; // a class absent from the truth
                        sum += auc;
                    }
                    return sum / perClass.length;
                },
            };
        },
    },
    log_loss: {
        needs: 'probability',
        prepare: (d) => {
            const K = d.classes.length;
            const loss = new Float64Array(d.y.length);
            for (let i = 0; i < loss.length; i++) {
                let total = 0;
                for (let k = 0; k < K; k++)
                    total += Math.min(1 - multiclass_EPS, Math.max(multiclass_EPS, d.proba[k][i]));
                const p = Math.min(1 - multiclass_EPS, Math.max(multiclass_EPS, d.proba[d.y[i]][i])) / total;
                loss[i] = -Math.log(p);
            }
            return sumsMetric([loss], (s, w) => (w === 0 ? undefined : s[0] / w));
        },
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/regression.js
// Regression metrics. R² is computed on values centred at their mean, so
// that the weighted sums do not cancel catastrophically; MAPE is undefined
// when any truth is 0 and WAPE when all are.

function columns(d, f) {
    const out = new Float64Array(d.y.length);
    for (let i = 0; i < out.length; i++)
        out[i] = f(d.y[i], d.pred[i]);
    return out;
}
const mean = (s, w) => (w === 0 ? undefined : s[0] / w);
const REGRESSION_METRICS = {
    mae: { prepare: (d) => sumsMetric([columns(d, (y, p) => Math.abs(y - p))], mean) },
    mse: { prepare: (d) => sumsMetric([columns(d, (y, p) => (y - p) ** 2)], mean) },
    rmse: { prepare: (d) => sumsMetric([columns(d, (y, p) => (y - p) ** 2)], (s, w) => (w === 0 ? undefined : Math.sqrt(s[0] / w))) },
    r2: {
        prepare: (d) => {
            let c = 0;
            for (let i = 0; i < d.y.length; i++)
                c += d.y[i];
            c /= d.y.length || 1;
            return sumsMetric([columns(d, (y, p) => (y - p) ** 2), columns(d, (y) => y - c), columns(d, (y) => (y - c) ** 2)], (s, w) => {
                if (w === 0)
                    return undefined;
                const total = s[2] - (s[1] * s[1]) / w;
                return total <= 0 ? undefined : 1 - s[0] / total;
            });
        },
    },
    mape: {
        prepare: (d) => {
            const anyZero = d.y.some((y) => y === 0);
            const metric = sumsMetric([columns(d, (y, p) => (y === 0 ? 0 : Math.abs(y - p) / Math.abs(y)))], mean);
            return anyZero ? { evaluate: () => undefined } : metric;
        },
    },
    wape: {
        prepare: (d) => sumsMetric([columns(d, (y, p) => Math.abs(y - p)), columns(d, (y) => Math.abs(y))], (s) => (s[1] === 0 ? undefined : s[0] / s[1])),
    },
    max_error: {
        prepare: (d) => {
            const errors = columns(d, (y, p) => Math.abs(y - p));
            return {
                evaluate(weights) {
                    let max;
                    for (let i = 0; i < errors.length; i++)
                        if ((!weights || weights[i] > 0) && (max === undefined || errors[i] > max))
                            max = errors[i];
                    return max;
                },
                jackknife() {
                    let first = -Infinity, second = -Infinity, at = -1;
                    for (let i = 0; i < errors.length; i++) {
                        if (errors[i] > first) {
                            second = first;
                            first = errors[i];
                            at = i;
                        }
                        else if (errors[i] > second)
                            second = errors[i];
                    }
                    const out = new Float64Array(errors.length).fill(first);
                    if (at >= 0)
                        out[at] = second;
                    return out;
                },
            };
        },
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/registry.js
// Which metrics exist for which task, which way is better, and how to
// prepare one on a task's data. Directions for known names (and the usual
// suffixes) are built in; any other metric needs `direction` in the policy.




const TASK_METRICS = {
    binary: Object.keys(BINARY_METRICS),
    multiclass: Object.keys(MULTICLASS_METRICS),
    regression: Object.keys(REGRESSION_METRICS),
};
const HIGHER = new Set([
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'average_precision',
    'macro_f1', 'weighted_f1', 'micro_f1', 'roc_auc_ovr', 'r2', 'specificity', 'sensitivity', 'top_k_accuracy', 'ndcg', 'map',
    'weighted_precision', 'weighted_recall', 'macro_precision', 'macro_recall',
    'pass_rate',
]);
const LOWER = new Set(['log_loss', 'brier', 'mae', 'mse', 'rmse', 'rmsle', 'mape', 'wape', 'max_error', 'loss', 'error', 'error_rate', 'cross_entropy', 'false_positive_rate', 'false_negative_rate']);
/**
 * Other spellings of known metrics, as trackers and exports write them. Keys
 * are compared without case, `_`, `-` or spaces (so `auRoc`, `AUROC`,
 * `roc-auc` and `ROC_AUC` are one key); a trailing `score` is dropped when
 * what is left is known (`accuracy_score`, `f1-score`, `R2Score`). The table
 * is documented in docs/metrics.md; change both together.
 */
const METRIC_ALIASES = {
    auc: 'roc_auc', auroc: 'roc_auc', rocauc: 'roc_auc', aucroc: 'roc_auc',
    auprc: 'average_precision', prauc: 'average_precision', aucpr: 'average_precision', aucprecisionrecall: 'average_precision', averageprecision: 'average_precision', ap: 'average_precision',
    logloss: 'log_loss', crossentropy: 'log_loss', binarycrossentropy: 'log_loss', nll: 'log_loss',
    acc: 'accuracy', binaryaccuracy: 'accuracy', categoricalaccuracy: 'accuracy', balancedacc: 'balanced_accuracy', balancedaccuracy: 'balanced_accuracy',
    f1: 'f1', f1score: 'f1', fscore: 'f1', fmeasure: 'f1', macrof1: 'macro_f1', f1macro: 'macro_f1', weightedf1: 'weighted_f1', f1weighted: 'weighted_f1', microf1: 'micro_f1', f1micro: 'micro_f1',
    prec: 'precision', rec: 'recall', tpr: 'recall', truepositiverate: 'recall', tnr: 'specificity', truenegativerate: 'specificity', fpr: 'false_positive_rate', fnr: 'false_negative_rate',
    matthewscorrcoef: 'mcc', matthewscorrelation: 'mcc', brierscore: 'brier', brierloss: 'brier',
    rmse: 'rmse', rootmeansquarederror: 'rmse', mse: 'mse', meansquarederror: 'mse', mae: 'mae', meanabsoluteerror: 'mae',
    mape: 'mape', meanabsolutepercentageerror: 'mape', rmsle: 'rmsle', rootmeansquaredlogerror: 'rmsle', r2: 'r2', rsquared: 'r2', r2score: 'r2',
    maxerror: 'max_error', errorrate: 'error_rate', loss: 'loss',
};
const NORMALISED = new Map([...HIGHER, ...LOWER].map((name) => [squash(name), name]));
for (const [alias, name] of Object.entries(METRIC_ALIASES))
    NORMALISED.set(alias, name);
function squash(name) {
    return name.toLowerCase().replace(/[\s_\-]+/g, '');
}
/** The known metric a name's last segment spells (`val/auc` → roc_auc, `eval.roc_auc`, `Accuracy()`), if any. */
function canonicalMetric(name) {
    const last = name.split(/[./]/).filter((s) => s !== '').pop() ?? name;
    // `Accuracy()` (Evidently), `f1[classId=1]` (TFMA sub keys): the name before the parenthesis or bracket.
    let base = squash(last.replace(/[([].*$/, ''));
    base = base.replace(/^(validation|valid|val|holdout|test|eval|final)(?=.)/, (prefix, _p, offset, whole) => (NORMALISED.has(whole.slice(prefix.length)) ? '' : prefix));
    const known = NORMALISED.get(base) ?? (base.endsWith('score') ? NORMALISED.get(base.slice(0, -'score'.length)) : undefined);
    return known;
}
/** The known direction of a metric name (its last `.`- or `/`-separated part, ignoring case), if any. */
function knownDirection(name) {
    const known = canonicalMetric(name);
    if (known)
        return HIGHER.has(known) ? 'higher' : 'lower';
    const base = (name.split(/[./]/).filter((s) => s !== '').pop() ?? name).toLowerCase().replace(/^(val|valid|validation|test|holdout|eval)_/, '');
    // The cost and latency percentiles holdout computes for eval suites (cost, latency_ms_p50, latency_ms_p95): less is better.
    if (base === 'cost' || /^latency_ms_p\d+$/.test(base))
        return 'lower';
    if (/(^|_)(loss|error|mae|mse|rmse)$/.test(base))
        return 'lower';
    if (/(^|_)(accuracy|auc|f1|precision|recall)$/.test(base))
        return 'higher';
    return undefined;
}
function prepareMetric(task, name) {
    if (task.task === 'binary') {
        const def = BINARY_METRICS[name];
        if (!def)
            throw unknownMetric(name, 'binary');
        if (def.needs && !task.data.score)
            return { unavailable: `${name} needs a score column` };
        if (def.needs === 'probability' && !task.probabilities)
            return { unavailable: `${name} needs probabilities in [0, 1]` };
        return { metric: def.prepare(task.data) };
    }
    if (task.task === 'multiclass') {
        const def = MULTICLASS_METRICS[name];
        if (!def)
            throw unknownMetric(name, 'multiclass');
        if (def.needs && !task.data.proba)
            return { unavailable: `${name} needs per-class score columns` };
        return { metric: def.prepare(task.data) };
    }
    const def = REGRESSION_METRICS[name];
    if (!def)
        throw unknownMetric(name, 'regression');
    return { metric: def.prepare(task.data) };
}
function unknownMetric(name, task) {
    return new errors/* ConfigurationError */.j1(`metric "${name}" cannot be computed from ${task} predictions (known: ${TASK_METRICS[task].join(', ')})`);
}


/***/ }),

/***/ 3603:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ placements),
/* harmony export */   FC: () => (/* binding */ pairedDeLong)
/* harmony export */ });
/* unused harmony export delongCovariance */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
/* harmony import */ var _ranks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5411);
// DeLong's test for ROC AUC, by the fast algorithm of Sun & Xu (2014): one
// sort per model gives every positive's and negative's placement value
// (ties count one half), from which the AUCs and their covariance follow in
// O(n log n) — here O(n), the sort being a radix sort. Variances use the
// unbiased (n − 1) covariance, as R's pROC does.


/** Placement values for one or more models scored on the same rows. `labels[i]` is 1 for a positive. */
function placements(labels, scores) {
    const n = labels.length;
    // Each row's class and its index among the rows of its class (slot << 1 | positive),
    // shared by the models: the placement of the row sorted k-th is written straight to its slot.
    const code = new Uint32Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
        if (labels[i] === 1)
            code[i] = (m++ << 1) | 1;
        else
            code[i] = (i - m) << 1;
    }
    const negatives = n - m;
    const out = { auc: [], v10: [], v01: [], positives: m, negatives };
    const scratch = (0,_ranks_js__WEBPACK_IMPORTED_MODULE_1__/* .sortScratch */ .nX)(n);
    for (let model = 0; model < scores.length; model++) {
        const score = scores[model];
        const { order, hi, spare } = (0,_ranks_js__WEBPACK_IMPORTED_MODULE_1__/* .sortedKeys */ .Mf)(score, scratch);
        // The last model's placements go to the room its sort left unused (no later sort overwrites it).
        const room = model === scores.length - 1 ? spare : undefined;
        const v10 = room ? room.subarray(0, m) : new Float64Array(m);
        const v01 = room ? room.subarray(m, n) : new Float64Array(negatives);
        let posBefore = 0;
        let negBefore = 0;
        let sum = 0;
        let i = 0;
        while (i < n) {
            // A run of tied scores: equal high words of the keys, then equal values.
            let j = i + 1;
            const h = hi[i];
            const value = score[order[i]];
            while (j < n && hi[j] === h && score[order[j]] === value)
                j++;
            let pos = 0;
            for (let k = i; k < j; k++)
                pos += code[order[k]] & 1;
            const neg = j - i - pos;
            const positivePlacement = negatives === 0 ? NaN : (negBefore + neg / 2) / negatives;
            const negativePlacement = m === 0 ? NaN : 1 - (posBefore + pos / 2) / m;
            for (let k = i; k < j; k++) {
                const c = code[order[k]];
                if (c & 1)
                    v10[c >>> 1] = positivePlacement;
                else
                    v01[c >>> 1] = negativePlacement;
            }
            sum += pos * positivePlacement;
            posBefore += pos;
            negBefore += neg;
            i = j;
        }
        out.auc.push(m === 0 || negatives === 0 ? NaN : sum / m);
        out.v10.push(v10);
        out.v01.push(v01);
    }
    return out;
}
function mean(v) {
    // A loop, not reduce: a typed array's reduce calls back per element, boxing each partial sum.
    let s = 0;
    for (let i = 0; i < v.length; i++)
        s += v[i];
    return s / v.length;
}
function covariance(a, b, meanA, meanB) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += (a[i] - meanA) * (b[i] - meanB);
    return s / (a.length - 1);
}
/** The DeLong covariance matrix of the models' AUCs. */
function delongCovariance(p) {
    const mean01 = p.v01.map(mean);
    return p.auc.map((_, r) => p.auc.map((_, s) => covarianceOf(p, r, s, mean01)));
}
/** One entry of the DeLong covariance matrix (`mean01`: each model's mean V01). */
function covarianceOf(p, r, s, mean01) {
    const s10 = covariance(p.v10[r], p.v10[s], p.auc[r], p.auc[s]);
    const s01 = covariance(p.v01[r], p.v01[s], mean01[r], mean01[s]);
    return s10 / p.positives + s01 / p.negatives;
}
function pairedDeLong(labels, candidate, baseline) {
    const p = placements(labels, [candidate, baseline]);
    if (p.positives < 2 || p.negatives < 2)
        return undefined;
    // The two variances only (the covariance, unused, would take four more passes over the placements).
    const mean01 = p.v01.map(mean);
    const variance = [covarianceOf(p, 0, 0, mean01), covarianceOf(p, 1, 1, mean01)];
    const difference = p.auc[0] - p.auc[1];
    // The variance of the difference from the differences of placements, not as
    // var₁ + var₂ − 2cov, which cancels badly when the models agree closely.
    const differenceVariance = varianceOfDifference(p.v10[0], p.v10[1]) / p.positives + varianceOfDifference(p.v01[0], p.v01[1]) / p.negatives;
    const z = differenceVariance > 0 ? difference / Math.sqrt(differenceVariance) : difference === 0 ? 0 : Math.sign(difference) * Infinity;
    return { auc: [p.auc[0], p.auc[1]], variance, difference, differenceVariance, z, pValue: twoSidedP(z) };
}
function varianceOfDifference(a, b) {
    let mean = 0;
    for (let i = 0; i < a.length; i++)
        mean += a[i] - b[i];
    mean /= a.length;
    let ss = 0;
    for (let i = 0; i < a.length; i++)
        ss += (a[i] - b[i] - mean) ** 2;
    return ss / (a.length - 1);
}
function twoSidedP(z) {
    return Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .normalSf */ .nG)(Math.abs(z)));
}


/***/ }),

/***/ 4255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   Zl: () => (/* binding */ normalQuantile),
/* harmony export */   cd: () => (/* binding */ chiSquare1Sf),
/* harmony export */   ey: () => (/* binding */ binomialHalfCdf),
/* harmony export */   nG: () => (/* binding */ normalSf),
/* harmony export */   vr: () => (/* binding */ normalCdf)
/* harmony export */ });
/* unused harmony export normalPdf */
// Normal and binomial distributions to full double precision, without
// tables of magic constants: the normal CDF by its Taylor series near zero
// and Laplace's continued fraction in the tails; the quantile by Newton
// steps on that CDF; log-gamma by Lanczos (g = 7).
const SQRT2PI = Math.sqrt(2 * Math.PI);
function normalPdf(x) {
    return Math.exp(-0.5 * x * x) / SQRT2PI;
}
/** Upper tail Q(x) = P(Z > x), accurate in relative terms far into the tail. */
function normalSf(x) {
    if (Number.isNaN(x))
        return NaN;
    if (x < 0)
        return 1 - normalSf(-x);
    if (x < 3)
        return 0.5 - lowerHalf(x);
    if (x > 40)
        return 0;
    // Laplace's continued fraction for the Mills ratio, evaluated by Lentz's method.
    const tiny = 1e-300;
    let f = x;
    let c = x;
    let d = 0;
    for (let k = 1; k < 500; k++) {
        d = x + k * d;
        d = d === 0 ? tiny : d;
        c = x + k / c;
        c = c === 0 ? tiny : c;
        d = 1 / d;
        const delta = c * d;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return normalPdf(x) / f;
}
/** Φ(x) − 1/2 for 0 ≤ x < 3 by the series φ(x)·Σ x^(2k+1)/(2k+1)!!. */
function lowerHalf(x) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 1; k < 200; k++) {
        term *= x2 / (2 * k + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return normalPdf(x) * sum;
}
function normalCdf(x) {
    return normalSf(-x);
}
/** The p-quantile of the standard normal. */
function normalQuantile(p) {
    if (!(p >= 0 && p <= 1))
        return NaN;
    if (p === 0)
        return -Infinity;
    if (p === 1)
        return Infinity;
    if (p > 0.5)
        return -normalQuantile(1 - p);
    // Start from Abramowitz & Stegun 26.2.23, then Newton steps on the lower tail.
    const t = Math.sqrt(-2 * Math.log(p));
    let x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (let i = 0; i < 8; i++) {
        const err = normalCdf(x) - p;
        const step = err / normalPdf(x);
        // Halley's correction: Φ'' = −xφ.
        x -= step / (1 + (x * step) / 2);
        if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(x)))
            break;
    }
    return x;
}
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
function logGamma(x) {
    if (x < 0.5)
        return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    x -= 1;
    let a = LANCZOS[0];
    const t = x + 7.5;
    for (let i = 1; i < 9; i++)
        a += LANCZOS[i] / (x + i);
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}
/** P(X ≤ k) for X ~ Binomial(n, 1/2), summed down from the largest term. */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (k > n / 2)
        return 1 - binomialHalfCdf(n - k - 1, n);
    let ratio = 1;
    let sum = 1;
    for (let j = k; j >= 1; j--) {
        ratio *= j / (n - j + 1);
        sum += ratio;
        if (ratio < sum * 1e-17)
            break;
    }
    const logTerm = logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) - n * Math.LN2;
    return Math.min(1, Math.exp(logTerm) * sum);
}
/** Survival function of χ² with one degree of freedom. */
function chiSquare1Sf(x) {
    return x <= 0 ? 1 : 2 * normalSf(Math.sqrt(x));
}


/***/ }),

/***/ 5411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ sortedKeys),
/* harmony export */   nX: () => (/* binding */ sortScratch)
/* harmony export */ });
/* unused harmony export argsort */
// Sorting scores for rank statistics: a radix sort on the IEEE-754 bits,
// O(n) for spread-out scores, returning the permutation and the sorted
// keys (so that ties are found sequentially), as DeLong and the AUC need.
const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
/** Indices that sort `values` ascending (stable). NaN must not occur. */
function argsort(values) {
    return sortedKeys(values).order;
}
function sortScratch(capacity) {
    const buffer = new ArrayBuffer(16 * capacity);
    return { capacity, words: Array.from({ length: 4 }, (_, k) => new Uint32Array(buffer, 4 * capacity * k, capacity)) };
}
const DIGITS = [
    [0, 11],
    [11, 11],
    [22, 10],
];
/**
 * The sorting permutation together with the sorted high words of the keys,
 * so callers find ties sequentially. With `scratch`, the arrays returned are
 * views into it, valid until its next use.
 */
function sortedKeys(values, scratch) {
    // Radix-sort on the high 32 bits of the order-preserving key in three
    // passes of 11, 11 and 10 bits (2,048 buckets keep the scatter in cache;
    // 65,536 did not, and ran three times slower), carrying the key and the
    // row; then sort the short runs that share their high word by value. The
    // three digits' counts are taken in the pass that makes the keys. The low
    // words are not kept: two arrays fewer (on this machine every fresh 4 KiB
    // page costs a fault), and runs of equal high words are mostly ties.
    const n = values.length;
    const inScratch = scratch !== undefined && scratch.capacity >= n;
    const room = inScratch ? scratch.words.map((w) => w.subarray(0, n)) : Array.from({ length: 4 }, () => new Uint32Array(n));
    let hi = room[0];
    let order = room[1];
    let hi2 = room[2];
    let order2 = room[3];
    const counts = [new Uint32Array(2048), new Uint32Array(2048), new Uint32Array(1024)];
    const c0 = counts[0];
    const c1 = counts[1];
    const c2 = counts[2];
    for (let i = 0; i < n; i++) {
        FLOAT[0] = values[i] === 0 ? 0 : values[i]; // -0 sorts with 0
        let h = WORDS[1];
        if (h & 0x80000000)
            h = ~h >>> 0;
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        order[i] = i;
        c0[h & 2047]++;
        c1[(h >>> 11) & 2047]++;
        c2[h >>> 22]++;
    }
    for (let d = 0; d < 3; d++) {
        const [shift, bits] = DIGITS[d];
        const mask = (1 << bits) - 1;
        const count = counts[d];
        if (n === 0 || count[(hi[0] >>> shift) & mask] === n)
            continue; // this digit is the same everywhere
        let sum = 0;
        for (let b = 0; b <= mask; b++) {
            const c = count[b];
            count[b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const h = hi[i];
            const at = count[(h >>> shift) & mask]++;
            hi2[at] = h;
            order2[at] = order[i];
        }
        [hi, hi2] = [hi2, hi];
        [order, order2] = [order2, order];
    }
    // Runs with equal high words: sorted by value (stable; -0 equals 0, as in the keys).
    let start = 0;
    while (start < n) {
        let end = start + 1;
        while (end < n && hi[end] === hi[start])
            end++;
        let sorted = true;
        for (let k = start + 1; k < end && sorted; k++)
            sorted = values[order[k - 1]] <= values[order[k]];
        if (sorted) {
            // Equal values (ties) or already in order: nothing to do.
        }
        else if (end - start > 64) {
            // A long run (scores packed closer than 2⁻²⁰ of each other): sort it properly.
            const run = Array.from(order.subarray(start, end)).sort((a, b) => values[a] - values[b] || a - b);
            order.set(run, start);
        }
        else {
            for (let i = start + 1; i < end; i++) {
                const index = order[i];
                const v = values[index];
                let j = i - 1;
                while (j >= start && values[order[j]] > v) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = index;
            }
        }
        start = end;
    }
    if (inScratch) {
        // The pair of arrays the passes did not end in: words 2 and 3, or 0 and 1 (adjacent, 8 · capacity bytes).
        const free = hi.byteOffset === scratch.words[0].byteOffset ? scratch.words[2] : scratch.words[0];
        return { order, hi, spare: new Float64Array(free.buffer, free.byteOffset, n) };
    }
    return { order, hi };
}


/***/ }),

/***/ 1547:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e7: () => (/* binding */ runCompareMetrics),
/* harmony export */   f9: () => (/* binding */ compareMetricsOptions),
/* harmony export */   lX: () => (/* binding */ TASK_CHOICES)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _baseline_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5949);
/* harmony import */ var _report_comparison_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4058);
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8563);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3349);
/* harmony import */ var _vocabulary_comparison_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2460);
/* harmony import */ var _export_files_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5918);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(779);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8057);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3846);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2857);
/* harmony import */ var _tasks_compare_metrics_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(254);
/* harmony import */ var _evals_suite_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(7284);
// The compare-metrics step: its options (action inputs, config keys, CLI
// flags derive from them) and the step — candidate vs the production
// baseline under the policy — to a results document, summary and outputs.













/** The task, or auto: inferred from the predictions. */
const TASK_CHOICES = ['auto', ..._vocabulary_comparison_js__WEBPACK_IMPORTED_MODULE_10__/* .TASKS */ .n3];
const compareMetricsOptions = (0,_options_js__WEBPACK_IMPORTED_MODULE_8__/* .defineOptions */ .GM)({
    candidate: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: "The candidate model: a metrics file (JSON/YAML/CSV, nested keys flattened with dots; DVC and MLflow exports read as they are), a predictions file (CSV/JSONL/Parquet with id, label and score, score_<class> or prediction columns), or an eval suite's per-case results (promptfoo, DeepEval, gh models eval --json, lm-evaluation-harness samples, or JSONL/CSV with an id column; see docs/evals.md).",
        required: true,
    }),
    baseline: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'The production baseline: a path, git:<ref>:<path> (file at a ref), artifact:<name>[:<file>] (newest successful default-branch run), deployment:<environment> (metrics recorded by the gate in the newest successful deployment), or mlflow:<model>@<alias> (the MLflow Model Registry version, with the predictions its run logged, if any; see docs/baselines.md).',
    }),
    policy: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'The comparison policy: a YAML or JSON file, or inline YAML (see docs/policy.md).',
    }),
    task: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.enum(TASK_CHOICES)({
        description: 'binary, multiclass or regression; inferred from the predictions when unambiguous (auto).',
        default: 'auto',
    }),
    'id-column': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'Column that joins candidate and baseline predictions (rows are never matched by order).',
        default: 'id',
        config: 'columns.id',
    }),
    'label-column': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({ description: 'Column with the true label or value.', default: 'label', config: 'columns.label' }),
    'score-column': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'Column with the score or probability of the positive class (binary); per-class columns are score_<class> or prob_<class>.',
        default: 'score',
        config: 'columns.score',
    }),
    'prediction-column': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'Column with a hard class label or a regression prediction.',
        default: 'prediction',
        config: 'columns.prediction',
    }),
    'slice-columns': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.list({
        description: "Columns whose values define slices, comma- or newline-separated (added to the policy's slices.columns).",
        default: [],
        config: 'columns.slices',
    }),
    'pos-label': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({ description: 'The positive class of a binary task (default: 1, true or yes).' }),
    threshold: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.number(_common_js__WEBPACK_IMPORTED_MODULE_6__/* .probability */ .E5, {
        description: 'Score at or above which a binary prediction is positive, when there is no prediction column.',
        default: 0.5,
    }),
    confidence: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.number(_common_js__WEBPACK_IMPORTED_MODULE_6__/* .confidenceLevel */ .bF, { description: 'Confidence level of the intervals.', default: 0.95 }),
    'bootstrap-resamples': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.integer(zod__WEBPACK_IMPORTED_MODULE_11__/* .number */ .aig().int().min(100), {
        description: 'Resamples of the paired bootstrap.',
        default: 2000,
        config: 'resamples',
        flag: 'resamples',
    }),
    seed: _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.integer(_common_js__WEBPACK_IMPORTED_MODULE_6__/* .nonNegativeInteger */ .dv, { description: 'Seed of the bootstrap, so runs are reproducible.', default: 20240101 }),
    'on-mismatch': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.enum(['error', 'drop'])({
        description: 'When candidate and baseline predictions cover different ids: error (default) or drop (compare on the common ids and report the rest).',
        default: 'error',
    }),
    'eval-format': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.enum(['auto', ..._evals_suite_js__WEBPACK_IMPORTED_MODULE_12__/* .EVAL_FORMATS */ .C])({
        description: 'The format of eval-suite results: recognised from the content (auto), or generic, promptfoo, deepeval, gh-models, lm-eval.',
        default: 'auto',
        config: 'evals.format',
    }),
    'candidate-variant': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'In a promptfoo file holding several providers or prompts: the candidate\'s (a provider id or label, a prompt label, or "prompt <index>").',
        config: 'evals.candidate_variant',
    }),
    'baseline-variant': _options_js__WEBPACK_IMPORTED_MODULE_8__/* .option */ .uK.string({
        description: 'In a promptfoo file holding several providers or prompts: the baseline\'s.',
        config: 'evals.baseline_variant',
    }),
    'results-file': (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .resultsFileOption */ .ax)('Where to write the results document (JSON).', 'holdout-results/compare-metrics.json'),
    'fail-on': (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .failOnOption */ .rZ)('Which status fails the step: fail (default), warn or never.'),
    ...(0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .exportOptions */ .Vz)(false),
});
async function runCompareMetrics(options, env, extras = {}) {
    const policy = await (0,_policy_js__WEBPACK_IMPORTED_MODULE_7__/* .stepPolicy */ .L)(extras, options.policy, env.workspace);
    const baseline = await (0,_baseline_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveBaseline */ .oL)(options.baseline, {
        baseDir: env.workspace,
        tempDir: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(env.tempDir, 'holdout-baseline'),
        github: env.github,
        mlflow: env.mlflow,
        sagemaker: env.sagemaker,
        // The CLI reads git: from the local repository, and says which variables give it GitHub.
        localGit: env.localGit,
        noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
    });
    const candidate = (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .userFile */ .M)(env.workspace, options.candidate);
    const { document, problems } = await env.tasks.run(_tasks_compare_metrics_js__WEBPACK_IMPORTED_MODULE_9__/* .compareModelsTask */ .T, {
        candidate,
        baseline,
        policy,
        gitSha: env.commit,
        now: env.now?.(),
        options: {
            columns: {
                id: options['id-column'],
                label: options['label-column'],
                score: options['score-column'],
                prediction: options['prediction-column'],
                slices: options['slice-columns'],
            },
            task: options.task === 'auto' ? undefined : options.task,
            posLabel: options['pos-label'],
            threshold: options.threshold,
            confidence: options.confidence,
            resamples: options['bootstrap-resamples'],
            seed: options.seed,
            onMismatch: options['on-mismatch'],
            evals: {
                format: options['eval-format'] === 'auto' ? undefined : options['eval-format'],
                candidateVariant: options['candidate-variant'],
                baselineVariant: options['baseline-variant'],
            },
        },
    });
    // What a metrics reader skipped (text, NaN, `_` keys) goes to the log too, not only into the results document.
    for (const check of document.checks)
        if (check.id.startsWith('read:'))
            env.logger.warning(`holdout compare-metrics: ${check.locations[0]?.file ?? check.title}: ${check.message}`);
    let failure;
    if (problems.length > 0)
        failure = { kind: 'input', message: problems.map((p) => p.message).join('\n') };
    else if ((0,_results_status_js__WEBPACK_IMPORTED_MODULE_3__/* .statusFailsStep */ .Cd)(document.status, options['fail-on']))
        failure = { kind: 'verdict', message: `Model comparison ${document.status}: ${document.comparison.summary}` };
    return {
        document,
        resultsPath: (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_4__/* .userFile */ .M)(env.workspace, options['results-file']).path,
        files: (0,_export_files_js__WEBPACK_IMPORTED_MODULE_5__/* .exportFiles */ .S)(options, [{ document, file: options['results-file'] }], env.workspace, { warnFails: options['fail-on'] === 'warn' }),
        annotations: [],
        summary: (0,_report_comparison_js__WEBPACK_IMPORTED_MODULE_2__/* .renderComparisonSummary */ .YV)(document),
        outputs: {
            status: document.status,
            'results-file': options['results-file'],
            regressions: document.comparison.regressions,
            improvements: document.comparison.improvements,
            summary: document.comparison.summary,
        },
        failure,
    };
}


/***/ }),

/***/ 8057:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ stepPolicy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/vocabulary/comparison.js
var comparison = __webpack_require__(2460);
// EXTERNAL MODULE: ./build/shared/metrics/registry.js + 5 modules
var registry = __webpack_require__(560);
;// CONCATENATED MODULE: ./build/shared/compare/policy.js
// The comparison policy (YAML or JSON, a file or inline): per-metric bounds,
// regressions, improvements, non-inferiority and severity; slices; whether a
// first deploy may go without a baseline. Directions default for known
// metrics; an unknown metric without one is a ConfigurationError naming the
// key path.








const nonNegative = schemas/* number */.aig().finite().nonnegative();
const metricPolicySchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(comparison/* DIRECTIONS */.X).optional(),
    min: schemas/* number */.aig().finite().optional(),
    max: schemas/* number */.aig().finite().optional(),
    max_regression: nonNegative.optional(),
    max_relative_regression: nonNegative.optional(),
    min_improvement: schemas/* number */.aig().finite().optional(),
    non_inferiority: schemas/* strictObject */.rej({ margin: nonNegative, alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05) }).optional(),
    severity: schemas/* enum */.k5n(['fail', 'warn']).default('fail'),
    /** A required metric missing from the candidate fails. */
    required: schemas/* boolean */.zMY().default(true),
});
const policySchema = schemas/* strictObject */.rej({
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), metricPolicySchema.nullable().transform((v) => v ?? metricPolicySchema.parse({}))).default({}),
    slices: schemas/* strictObject */.rej({
        columns: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1),
        min_slice_size: schemas/* number */.aig().int().positive().default(30),
    })
        .optional(),
    allow_missing_baseline: schemas/* boolean */.zMY().default(false),
    /** How p-values are adjusted across the family of tests (eval suites: Holm unless set). */
    multiple_comparisons: schemas/* enum */.k5n(['holm', 'bh', 'none']).optional(),
    /** Eval suites: cases present on one side only fail the comparison (else they warn). */
    require_same_cases: schemas/* boolean */.zMY().default(false),
});
/** `policy` is a path to a YAML/JSON file, or inline YAML. */
/** A policy file (a path relative to `baseDir`) or inline YAML/JSON text; the default policy when blank. */
async function loadPolicy(policy, baseDir = '.') {
    if (policy === undefined || policy.trim() === '')
        return finish(policySchema.parse({}), 'default policy', () => ({ file: 'default policy', key: '' }));
    const looksInline = policy.includes('\n') || policy.includes(':');
    const written = policy.trim();
    const file = (0,user_file/* userFile */.M)(baseDir, written);
    if (!looksInline || (0,external_node_fs_.existsSync)(file.path)) {
        const text = await (0,load/* readConfigText */.im)({ ...file, display: written });
        const parsed = (0,load/* parseConfigText */.Bu)(text, written);
        return finish((0,load/* validateConfig */.$r)(policySchema, parsed, written), written, locateIn(parsed, written, []), text);
    }
    const parsed = (0,load/* parseConfigText */.Bu)(policy, 'policy (inline)');
    return finish((0,load/* validateConfig */.$r)(policySchema, parsed, 'policy (inline)'), 'policy (inline)', locateIn(parsed, 'policy (inline)', []), policy);
}
/** A policy embedded in a config file, validated from that file's own parse (its lines, its key paths). */
function policyFromConfig(embedded) {
    const { parsed, file, at } = embedded;
    return finish((0,load/* validateConfig */.$r)(policySchema, parsed, file, at), `${file} (${(0,load/* formatKeyPath */.K7)(at)})`, locateIn(parsed, file, at), embedded.text);
}
function locateIn(parsed, file, at) {
    return (path) => {
        const full = [...at, ...path];
        return { file, key: (0,load/* formatKeyPath */.K7)(full), line: parsed.lineOf(full) };
    };
}
function finish(parsed, source, locate, text) {
    const metrics = {};
    for (const [name, rule] of Object.entries(parsed.metrics)) {
        const direction = rule.direction ?? (0,registry/* knownDirection */.XP)(name);
        if (!direction) {
            throw new errors/* ConfigurationError */.j1(`metric "${name}" has no known direction: add direction: higher or direction: lower`, { ...locate(['metrics', name]), key: locate(['metrics', name, 'direction']).key });
        }
        if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
            throw new errors/* ConfigurationError */.j1('min is larger than max', locate(['metrics', name]));
        }
        metrics[name] = { ...rule, direction };
    }
    let sha256;
    if (text !== undefined)
        sha256 = hash(text);
    return { metrics, slices: parsed.slices, allow_missing_baseline: parsed.allow_missing_baseline, multiple_comparisons: parsed.multiple_comparisons, require_same_cases: parsed.require_same_cases, source, sha256 };
}
function hash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./build/shared/steps/policy.js
// Where a step's policy comes from (compare-metrics, monitor's KPIs), in one
// place. Kept out of common.ts so that steps without a policy (validate-data)
// do not pull the comparison engine into their bundle.

/** A step's policy: the one embedded in the config (its own line numbers), else the one its option gives (a file or inline YAML; none is the default policy). */
async function stepPolicy(extras, policyOption, workspace) {
    return extras.embeddedPolicy ? policyFromConfig(extras.embeddedPolicy) : loadPolicy(policyOption, workspace);
}


/***/ }),

/***/ 254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ compareModelsTask)
/* harmony export */ });
/* unused harmony export bootstrapBlocksTask */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
// The compare-metrics engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps compare models. Small
// candidate and baseline files run in the calling thread; either way a large
// bootstrap draws its resamples on every core, through the task's fork
// (bootstrapBlocksTask in the other threads).

/** A bootstrap's resamples drawn in another thread (drawBootstrapBlocks): the blocks it claimed, drawn into shared memory. */
const bootstrapBlocksTask = {
    name: 'bootstrapBlocks',
    load: async () => {
        const { drawBootstrapBlocks } = await __webpack_require__.e(/* import() */ 951).then(__webpack_require__.bind(__webpack_require__, 3951));
        return async (input) => ({ blocks: drawBootstrapBlocks(input), problems: [] });
    },
};
/** The fork as the bootstrap's threads. */
const bootstrapThreads = (fork) => ({ workers: fork.workers, run: (input) => fork.run(bootstrapBlocksTask.name, input) });
const compareModelsTask = {
    name: 'compareModels',
    load: async () => {
        const { compareModels } = await Promise.all(/* import() */[__webpack_require__.e(104), __webpack_require__.e(951), __webpack_require__.e(15)]).then(__webpack_require__.bind(__webpack_require__, 7015));
        return (input, hooks) => compareModels(input, hooks.fork ? bootstrapThreads(hooks.fork) : undefined);
    },
    async inputBytes(input) {
        let total = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(input.candidate.path)).size;
        if (!('missing' in input.baseline))
            total += (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(input.baseline.path)).size;
        return total;
    },
    // Its cost is CPU (rows × resamples × metrics), not bytes: small files too may bootstrap long enough to want every core.
    forksInCallingThread: true,
    // Files large enough for a worker hold enough rows for a bootstrap to fork: when a gated metric will likely be bootstrapped
    // (not ROC AUC or accuracy, which have their own tests), spares load the bootstrap engine while the task reads the files,
    // and serve every bootstrap of the task.
    forksOf: async (input) => (Object.keys(input.policy.metrics).some((name) => name !== 'roc_auc' && name !== 'accuracy') ? { task: bootstrapBlocksTask.name } : undefined),
};


/***/ })

};
