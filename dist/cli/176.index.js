export const id = 176;
export const ids = [176];
export const modules = {

/***/ 7176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fetchGitHubBaseline: () => (/* binding */ fetchGitHubBaseline),
  gitHubBaselineFetcher: () => (/* binding */ gitHubBaselineFetcher)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/fflate/esm/index.mjs
var esm = __webpack_require__(1306);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
;// CONCATENATED MODULE: ./build/shared/baseline/payload.js
// The deployment payload the gate writes when a deploy is approved, and
// that compare-metrics' deployment:<environment> source reads back: the
// production baseline is what is in production.

const DEPLOYMENT_PAYLOAD_VERSION = 1;
const deploymentPayloadSchema = schemas/* object */.Ikc({
    holdout: schemas/* object */.Ikc({
        version: schemas/* literal */.euz(DEPLOYMENT_PAYLOAD_VERSION),
        decision: schemas/* enum */.k5n(['pass', 'overridden']),
        /** The candidate's metrics at the time of the decision: the next baseline. */
        metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
        model: schemas/* string */.YjP().optional(),
        commit: schemas/* string */.YjP(),
        audit: schemas/* object */.Ikc({ sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/) }),
        recordedAt: schemas/* string */.YjP().optional(),
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

;// CONCATENATED MODULE: ./build/shared/github/baseline.js
// Fetching a baseline from GitHub: a file at a ref (contents API), an
// artifact of the newest successful default-branch run, or the metrics in
// the newest successful deployment's payload. Each writes the baseline to a
// temp file and says what it found; a miss says which source was tried and
// what was there.




function baseline_status(error) {
    return error?.status;
}
/** A fetcher for resolveBaseline that reads remote baselines through this client into `tempDir`. */
function gitHubBaselineFetcher(octokit, repo, tempDir) {
    return (source) => fetchGitHubBaseline(octokit, repo, source, tempDir);
}
async function fetchGitHubBaseline(octokit, repo, source, tempDir) {
    await (0,promises_.mkdir)(tempDir, { recursive: true });
    try {
        if (source.kind === 'git')
            return await fromGit(octokit, repo, source, tempDir);
        if (source.kind === 'artifact')
            return await fromArtifact(octokit, repo, source, tempDir);
        return await fromDeployment(octokit, repo, source, tempDir);
    }
    catch (error) {
        const code = baseline_status(error);
        if (code === 403)
            return { missing: `${source.spec}: the token may not read it (403 ${error.message}); grant the permission or use a path` };
        if (code === 404)
            return { missing: `${source.spec}: not found (404)` };
        throw error;
    }
}
async function fromGit(octokit, repo, source, tempDir) {
    let data;
    try {
        ({ data } = await octokit.rest.repos.getContent({ ...repo, path: source.path, ref: source.ref }));
    }
    catch (error) {
        if (baseline_status(error) === 404)
            return { missing: `${source.spec}: no file ${source.path} at ref ${source.ref} in ${repo.owner}/${repo.repo}` };
        throw error;
    }
    const file = data;
    if (Array.isArray(data) || file.type !== 'file' || typeof file.content !== 'string') {
        return { missing: `${source.spec}: ${source.path} at ${source.ref} is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a file` };
    }
    const path = (0,external_node_path_.join)(tempDir, `git-${(0,external_node_path_.basename)(source.path)}`);
    await (0,promises_.writeFile)(path, Buffer.from(file.content, 'base64'));
    return { path, displayPath: source.spec, source: source.spec, id: `${source.ref}:${source.path}${file.sha ? `@${file.sha.slice(0, 12)}` : ''}` };
}
async function fromArtifact(octokit, repo, source, tempDir) {
    const { data: repository } = await octokit.rest.repos.get({ ...repo });
    const branch = repository.default_branch;
    const { data: runs } = await octokit.rest.actions.listWorkflowRunsForRepo({ ...repo, branch, status: 'success', per_page: 30 });
    for (const run of runs.workflow_runs) {
        const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...repo, run_id: run.id, name: source.name, per_page: 100 });
        const artifact = data.artifacts.find((a) => a.name === source.name && !a.expired);
        if (!artifact)
            continue;
        const download = await octokit.rest.actions.downloadArtifact({ ...repo, artifact_id: artifact.id, archive_format: 'zip' });
        const entries = (0,esm/* unzipSync */.AO)(new Uint8Array(download.data));
        const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
        const chosen = source.file ? names.find((n) => n === source.file || n.endsWith(`/${source.file}`)) : names.length === 1 ? names[0] : names.find((n) => /\.(json|ya?ml|csv|tsv|jsonl|parquet)(\.gz)?$/i.test(n));
        if (!chosen) {
            return { missing: `${source.spec}: artifact "${source.name}" of run ${run.id} holds ${names.join(', ') || 'no files'}; name the file as artifact:${source.name}:<file>` };
        }
        const path = (0,external_node_path_.join)(tempDir, `artifact-${(0,external_node_path_.basename)(chosen)}`);
        await (0,promises_.writeFile)(path, entries[chosen]);
        return { path, displayPath: `${source.spec} (${chosen})`, source: source.spec, id: `run ${run.id} (${run.head_sha.slice(0, 12)}) artifact ${artifact.id}` };
    }
    return { missing: `${source.spec}: none of the ${runs.workflow_runs.length} newest successful runs on ${branch} has an unexpired artifact named "${source.name}"` };
}
async function fromDeployment(octokit, repo, source, tempDir) {
    const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment: source.environment, per_page: 30 });
    const seen = [];
    for (const deployment of deployments) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
        const latest = statuses[0]?.state;
        // The newest deployment whose latest status is success is what is in production.
        if (latest !== 'success') {
            seen.push(`${deployment.id}: ${latest ?? 'no status'}`);
            continue;
        }
        const parsed = metricsFromPayload(deployment.payload);
        if ('problem' in parsed)
            return { missing: `${source.spec}: deployment ${deployment.id} succeeded but its ${parsed.problem}` };
        const path = (0,external_node_path_.join)(tempDir, `deployment-${deployment.id}.json`);
        await (0,promises_.writeFile)(path, JSON.stringify(parsed.metrics, null, 2));
        return { path, displayPath: source.spec, source: source.spec, id: `deployment ${deployment.id} (${deployment.sha.slice(0, 12)})` };
    }
    return { missing: `${source.spec}: no successful deployment to "${source.environment}"${seen.length ? ` (newest: ${seen.slice(0, 3).join(', ')})` : ' (none at all: the first deploy?)'}` };
}


/***/ })

};
