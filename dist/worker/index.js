import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 2005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   xb: () => (/* binding */ assertNever)
/* harmony export */ });
/* unused harmony export GitHubApiError */
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

/***/ 3349:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ userFile),
/* harmony export */   X: () => (/* binding */ foundFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
// UserFile: a file the user named, carried with the name as they wrote it.
// Every reader takes one, so every error names the file (and line) the user
// wrote — `data/train.csv:12`, `.github/holdout.yml:6` — never an absolute
// path on the runner, and never a made-up name.

/** The file `written` (relative to `baseDir` unless absolute). */
function userFile(baseDir, written) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, written);
    return { written, display: displayPath(baseDir, path), path };
}
/** A file found on disk (a glob match, a temp file): displayed relative to `baseDir` when inside it. */
function foundFile(baseDir, path, display) {
    const absolute = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(baseDir, path);
    const shown = display ?? displayPath(baseDir, absolute);
    return { written: shown, display: shown, path: absolute };
}
function displayPath(baseDir, absolute) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(baseDir, absolute);
    // Forward slashes: annotations and messages name files the way GitHub does.
    return rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/') : absolute;
}


/***/ }),

/***/ 254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ compareModelsTask),
/* harmony export */   Y: () => (/* binding */ bootstrapBlocksTask)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
// The compare-metrics engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps compare models. Small
// candidate and baseline files run in the calling thread; either way a large
// bootstrap draws its resamples on every core, through the task's fork
// (bootstrapBlocksTask in the other threads).

/** A bootstrap's resamples drawn in another thread (drawBootstrapBlocks): the blocks it claimed, drawn into shared memory. */
const bootstrapBlocksTask = {
    name: 'bootstrapBlocks',
    load: async () => {
        const { drawBootstrapBlocks } = await Promise.all(/* import() */[__nccwpck_require__.e(951), __nccwpck_require__.e(255)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3951));
        return async (input) => ({ blocks: drawBootstrapBlocks(input), problems: [] });
    },
};
/** The fork as the bootstrap's threads. */
const bootstrapThreads = (fork) => ({ workers: fork.workers, run: (input) => fork.run(bootstrapBlocksTask.name, input) });
const compareModelsTask = {
    name: 'compareModels',
    load: async () => {
        const { compareModels } = await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(104), __nccwpck_require__.e(898), __nccwpck_require__.e(147), __nccwpck_require__.e(951), __nccwpck_require__.e(848)]).then(__nccwpck_require__.bind(__nccwpck_require__, 154));
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


/***/ }),

/***/ 1391:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ monitorDataTask)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _validate_data_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7092);
// The monitor engine (production data against a reference profile) as a task
// the worker runs: loaded on demand, in a chunk of its own, by the bundles
// whose steps monitor. Small inputs (named files, no globs, under
// IN_PROCESS_BYTES together) run in the calling thread.



const GLOB = /[*?[\]{}!]/;
const monitorDataTask = {
    name: 'monitorData',
    load: async () => {
        const { monitorData } = await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(52), __nccwpck_require__.e(104), __nccwpck_require__.e(898), __nccwpck_require__.e(11), __nccwpck_require__.e(147), __nccwpck_require__.e(17), __nccwpck_require__.e(741)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6741));
        // A large CSV file is read in byte ranges, one worker thread each, as validate-data reads it.
        return (input, hooks) => {
            const fork = hooks.fork;
            const tables = fork && (0,_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .tablesBeside */ .IK)(fork);
            return monitorData(input, {
                ...hooks,
                ...(fork ? { ranges: { workers: fork.workers, run: async (range) => (await fork.run(_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRangeTask */ .Bw.name, range)) } } : {}),
                ...(tables ? { tables } : {}),
            });
        };
    },
    async inputBytes(input) {
        if (input.data.some((p) => GLOB.test(p)))
            return undefined;
        let total = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(input.reference.path)).size;
        for (const p of input.data)
            total += await (0,_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .textBytes */ .FO)(input.baseDir, p);
        return total;
    },
    forksOf: (input) => (0,_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .rangesLikely */ .b_)(input.baseDir, input.data, input.schema),
};


/***/ }),

/***/ 7092:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bw: () => (/* binding */ validateRangeTask),
/* harmony export */   FO: () => (/* binding */ textBytes),
/* harmony export */   IK: () => (/* binding */ tablesBeside),
/* harmony export */   al: () => (/* binding */ readTableTask),
/* harmony export */   b_: () => (/* binding */ rangesLikely),
/* harmony export */   kk: () => (/* binding */ validateDataTask)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _io_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3349);
/* harmony import */ var _validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9570);
// The validate-data engine as a task the worker runs: loaded on demand, in
// a chunk of its own, by the bundles whose steps validate data. Small inputs
// (named files, no globs, under IN_PROCESS_BYTES together) run in the
// calling thread. In a worker, a large CSV file is read in byte ranges, one
// worker thread each (validateRangeTask; see validate/parallel.ts).




const GLOB = /[*?[\]{}!]/;
const validateRangeTask = {
    name: 'validateRange',
    load: async () => {
        const { tallyRange } = await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(104), __nccwpck_require__.e(898), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8011));
        return (input) => tallyRange(input);
    },
    warm: async (hint) => (await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(104), __nccwpck_require__.e(898), __nccwpck_require__.e(11)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8011))).warmRange(hint),
};
/** Reads a table and posts its batches to the thread that checks them (data/remote.ts). */
const readTableTask = {
    name: 'readTable',
    load: async () => {
        const [{ sendTable }, { openTable }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3639)), Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(739)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1739))]);
        return async ({ file, options, port }) => {
            await sendTable(() => openTable(file, options), port);
            return { problems: [] };
        };
    },
};
/**
 * A table read and parsed in another thread and checked in this one, when the
 * file cannot be read in byte ranges (a gzip-compressed CSV or TSV: its
 * inflation runs in libuv's pool either way) and there is a core to spare.
 */
function tablesBeside(fork) {
    if (fork.workers < 2)
        return undefined;
    return async (file, options) => {
        const [{ detectFormat }, { receiveTable }, { MessageChannel }] = await Promise.all([__nccwpck_require__.e(/* import() */ 548).then(__nccwpck_require__.bind(__nccwpck_require__, 3548)), Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3639)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 19))]);
        const info = detectFormat(file, options?.format);
        if (!info.gzip || (info.format !== 'csv' && info.format !== 'tsv'))
            return undefined;
        const { port1, port2 } = new MessageChannel();
        const reading = fork.run(readTableTask.name, { file, ...(options ? { options } : {}), port: port2 }, [port2]);
        return receiveTable(info, port1, reading);
    };
}
const validateDataTask = {
    name: 'validateData',
    load: async () => {
        const { validateData } = await Promise.all(/* import() */[__nccwpck_require__.e(603), __nccwpck_require__.e(52), __nccwpck_require__.e(104), __nccwpck_require__.e(898), __nccwpck_require__.e(11), __nccwpck_require__.e(147), __nccwpck_require__.e(17), __nccwpck_require__.e(614)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4614));
        return (input, hooks) => {
            const fork = hooks.fork;
            const tables = fork && tablesBeside(fork);
            return validateData(input, {
                ...hooks,
                ...(fork ? { ranges: { workers: fork.workers, run: async (range) => (await fork.run(validateRangeTask.name, range)) } } : {}),
                ...(tables ? { tables } : {}),
            });
        };
    },
    async inputBytes(input) {
        const paths = [...input.data, ...(input.merge ?? []), ...(input.reference !== undefined ? [input.reference] : [])];
        if (paths.some((p) => GLOB.test(p)))
            return undefined;
        let total = 0;
        for (const p of paths)
            total += await textBytes(input.baseDir, p);
        return total;
    },
    // A row shard is not split in byte ranges.
    forksOf: async (input) => (input.shard ? undefined : rangesLikely(input.baseDir, input.data, input.schema)),
};
const COMPRESSED_TEXT = /\.(csv|tsv|tab)\.(gz|gzip)$/i;
/** The bytes of text a file holds: its size, or a .gz's inflated size (the work is in proportion to that). */
async function textBytes(baseDir, path) {
    if (!/\.(gz|gzip)$/i.test(path))
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, path))).size;
    const [{ decompressedSize }, { detectFormat }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(104), __nccwpck_require__.e(739)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1739)), __nccwpck_require__.e(/* import() */ 548).then(__nccwpck_require__.bind(__nccwpck_require__, 3548))]);
    return (await decompressedSize(detectFormat((0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, path)))) ?? 0;
}
/**
 * validateRange, when one of the named files will likely be read in byte ranges (a guess: a wrong
 * one costs a spare thread's start), warmed with that file and the schema.
 */
async function rangesLikely(baseDir, data, schema) {
    for (const p of data) {
        if (GLOB.test(p))
            continue;
        if ((0,_validate_range_size_js__WEBPACK_IMPORTED_MODULE_3__/* .likelySplit */ .X)(p, (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, p))).size)) {
            // Every spare compiles the schema; the first, which gets the second range (the one asked for the file's digest), also hashes the file.
            const warm = schema ? { schema } : {};
            const warmFirst = { ...warm, hash: (0,_io_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .userFile */ .M)(baseDir, p) };
            return { task: validateRangeTask.name, warm, warmFirst };
        }
    }
    // A compressed CSV is read beside its checker (tablesBeside).
    if (data.some((p) => COMPRESSED_TEXT.test(p)))
        return { task: readTableTask.name };
    return undefined;
}


/***/ }),

/***/ 2225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZB: () => (/* binding */ serveWorkerTask)
});

// UNUSED EXPORTS: IN_PROCESS_BYTES, forkOf, runTask, taskRunner, workerScript

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __nccwpck_require__(2005);
;// CONCATENATED MODULE: ./build/shared/steps/worker.js
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
const IN_PROCESS_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/** Progress crosses the thread boundary at most this often. */
const PROGRESS_INTERVAL_MS = 200;
const serialize = (e) => ({ reason: e.reason, file: e.file, line: e.line, key: e.key });
const revive = (p) => new errors/* ConfigurationError */.j1(p.reason, { file: p.file, line: p.line, key: p.key });
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
        return error instanceof errors/* ConfigurationError */.j1
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
        workers: (0,external_node_os_namespaceObject.availableParallelism)(),
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
    return existsSync(url) ? fileURLToPath(url) : undefined;
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
        for (let k = 1; k < (0,external_node_os_namespaceObject.availableParallelism)(); k++) {
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

/***/ 9570:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ likelySplit),
/* harmony export */   r: () => (/* binding */ MIN_RANGE_BYTES)
/* harmony export */ });
// The smallest byte range worth a thread of its own: in a module of its own
// so that the steps' task declarations (in every bundle that runs a step)
// can tell whether a file will be split without loading the engine.
/** A range smaller than this is not worth a thread (starting one and loading the engine costs ~0.1 s). */
const MIN_RANGE_BYTES = 4 * 1024 * 1024;
/** Whether a file of `bytes` at `path` will likely be read in byte ranges: a plain (uncompressed) CSV or TSV (.tab too, as detectFormat reads it) of two ranges or more. */
function likelySplit(path, bytes) {
    return /\.(csv|tsv|tab)$/i.test(path) && bytes >= 2 * MIN_RANGE_BYTES;
}


/***/ }),

/***/ 478:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_steps_tasks_compare_metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(254);
/* harmony import */ var _shared_steps_tasks_monitor_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1391);
/* harmony import */ var _shared_steps_tasks_validate_data_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7092);
/* harmony import */ var _shared_steps_worker_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2225);
// Entry of the worker bundle (dist/worker/index.js): heavy steps run here,
// in a thread with a small young generation, without loading the action's
// GitHub client and runtime. It serves every engine; the action bundles
// carry only their own.




if (!(await (0,_shared_steps_worker_js__WEBPACK_IMPORTED_MODULE_3__/* .serveWorkerTask */ .ZB)([_shared_steps_tasks_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .validateDataTask */ .kk, _shared_steps_tasks_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .validateRangeTask */ .Bw, _shared_steps_tasks_validate_data_js__WEBPACK_IMPORTED_MODULE_2__/* .readTableTask */ .al, _shared_steps_tasks_compare_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .compareModelsTask */ .T, _shared_steps_tasks_compare_metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .bootstrapBlocksTask */ .Y, _shared_steps_tasks_monitor_js__WEBPACK_IMPORTED_MODULE_1__/* .monitorDataTask */ .K]))) {
    process.stderr.write('dist/worker/index.js runs only as a holdout worker thread; run dist/cli/index.js or an action instead\n');
    process.exitCode = 2;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(478);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
