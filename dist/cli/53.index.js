export const id = 53;
export const ids = [53];
export const modules = {

/***/ 8118:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gateCommand: () => (/* binding */ gateCommand)
/* harmony export */ });
/* harmony import */ var _shared_results_collect_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9555);
/* harmony import */ var _shared_steps_common_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(779);
/* harmony import */ var _shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var _shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5400);
/* harmony import */ var _shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3846);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8906);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(147);
/* harmony import */ var _step_command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(523);
// `holdout gate`: pass or fail from results documents, as the gate action
// decides it (without GitHub), and the audit record; loaded only when the
// command is gate.








const GATE_USAGE = `Usage: holdout gate [<results...>] [options]

Decides pass or fail from results documents, as the gate action does (without
GitHub: no check run, no overrides), and writes the audit record. With no
results documents to read it is a usage mistake (exit 2) and writes nothing.

Options:
  <results...>          results documents or globs (default ${_shared_steps_common_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_RESULTS_GLOB */ .g2})
${(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .flagHelp */ .QR)(_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gateOptions */ .O)}
  --commit <sha>        the commit being gated: documents made for another one fail
  -h, --help            show this help

Exit status: 0 pass, 1 fail, 2 bad input or usage.`;
async function gateCommand(args, io) {
    const { values, positionals } = (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .parse */ .qg)(args, { ...(0,_shared_steps_options_js__WEBPACK_IMPORTED_MODULE_4__/* .flagTable */ .tS)(_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gateOptions */ .O), commit: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
        io.stdout(GATE_USAGE + '\n');
        return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.ok;
    }
    const options = { ...(0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .stepFlags */ .ih)(_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gateOptions */ .O, values), ...(positionals.length ? { results: positionals } : {}) };
    // Nothing to decide on is a usage mistake (run validate or compare first), not a verdict: no audit record.
    const found = await (0,_shared_results_collect_js__WEBPACK_IMPORTED_MODULE_0__/* .collectResults */ .n)(options.results, io.cwd);
    if (found.documents.length === 0) {
        const why = found.problems.map((p) => p.message).join('; ') || `no results documents in ${options.results.join(', ')}`;
        io.stderr(`holdout: gate has no results documents to decide on (${why}); run validate or compare first, or name the documents\n`);
        return _common_js__WEBPACK_IMPORTED_MODULE_6__/* .EXIT */ .dc.usage;
    }
    const result = await (0,_shared_steps_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .R)(options, await (async () => {
        const env = await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .cliEnvironment */ .m9)(io);
        return typeof values.commit === 'string' ? { ...env, commit: values.commit } : env;
    })());
    // The audit record only: the CLI's gate leaves the results directory as it found it.
    await (0,_shared_steps_effects_js__WEBPACK_IMPORTED_MODULE_2__/* .writeStepFiles */ .b)(result, { results: false });
    io.stdout((0,_text_js__WEBPACK_IMPORTED_MODULE_5__/* .formatGateText */ .a7)(result, io.isTty));
    return (0,_step_command_js__WEBPACK_IMPORTED_MODULE_7__/* .exitFor */ .Ed)(result, io);
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


/***/ })

};
