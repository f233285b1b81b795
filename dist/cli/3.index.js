export const id = 3;
export const ids = [3];
export const modules = {

/***/ 6741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ DEFAULT_OUT_OF_RANGE),
  monitorData: () => (/* binding */ monitorData)
});

// UNUSED EXPORTS: nextUp

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var shared_errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/io/fs-error.js
var fs_error = __webpack_require__(3565);
// EXTERNAL MODULE: ./build/shared/data/table.js + 1 modules
var data_table = __webpack_require__(1739);
// EXTERNAL MODULE: ./build/shared/data/paths.js
var paths = __webpack_require__(1497);
// EXTERNAL MODULE: ./build/shared/results/head.js
var head = __webpack_require__(6923);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/validate/drift.js + 3 modules
var validate_drift = __webpack_require__(5545);
// EXTERNAL MODULE: ./build/shared/validate/table.js
var validate_table = __webpack_require__(7251);
// EXTERNAL MODULE: ./build/shared/validate/format.js
var format = __webpack_require__(3664);
// EXTERNAL MODULE: ./build/shared/count.js
var count = __webpack_require__(5343);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile = __webpack_require__(1354);
;// CONCATENATED MODULE: ./build/shared/monitor/skew.js
// Training–serving skew by id: when serving rows carry the id of a training
// row, the features the model was served should be the ones it was trained
// on. Each serving row whose id is in the training data is compared column
// by column — numbers within a tolerance (relative to the larger magnitude,
// absolute below 1), anything else as text, a value missing on one side
// only counting as a difference — and each column gets the share of matched
// rows that differ, with the first examples. The training rows are held in
// memory (only the compared columns), the serving rows stream.



function skew_valueOf(cell, numeric) {
    if (cell === null || cell === undefined)
        return null;
    const text = typeof cell === 'string' ? cell.trim() : cell instanceof Date ? cell.toISOString() : typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
    if (text === '')
        return null;
    if (!numeric)
        return text;
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
}
function differs(a, b, tolerance) {
    if (a === null || b === null)
        return a !== b;
    if (typeof a === 'number' && typeof b === 'number')
        return Math.abs(a - b) > tolerance * Math.max(1, Math.abs(a), Math.abs(b));
    return String(a) !== String(b);
}
/** Each row of each file: the id's text and the compared columns' values (undefined where a column is absent). */
async function* rowsOf(file, id, columns) {
    const table = await (0,data_table.openTable)(file);
    const idAt = table.header.indexOf(id);
    if (idAt < 0)
        throw new shared_errors/* ConfigurationError */.j1(`has no id column "${id}" (skew-id) to match serving rows with training rows`, { file: file.display });
    const at = columns.map((c) => table.header.indexOf(c.name));
    for await (const batch of table.batches) {
        const ids = batch.columns[idAt];
        for (let r = 0; r < batch.size; r++) {
            const key = skew_valueOf(ids[r], false);
            if (key === null)
                continue;
            yield { id: String(key), values: columns.map((c, k) => (at[k] < 0 ? null : skew_valueOf(batch.columns[at[k]][r], c.numeric))) };
        }
    }
}
async function skewChecks(input) {
    const training = new Map();
    for (const file of input.training)
        for await (const row of rowsOf(file, input.id, input.columns))
            training.set(row.id, row.values);
    const n = input.columns.length;
    const differing = new Array(n).fill(0);
    const examples = input.columns.map(() => []);
    let serving = 0;
    let matched = 0;
    for (const file of input.serving) {
        for await (const row of rowsOf(file, input.id, input.columns)) {
            serving++;
            const trained = training.get(row.id);
            if (trained === undefined)
                continue;
            matched++;
            for (let k = 0; k < n; k++) {
                if (!differs(trained[k], row.values[k], input.tolerance))
                    continue;
                differing[k]++;
                if (examples[k].length < 3)
                    examples[k].push({ id: row.id, training: trained[k], serving: row.values[k] });
            }
        }
    }
    const levels = input.levels;
    const describe = [levels.warn !== undefined ? `warn > ${(0,format/* formatRate */.CE)(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${(0,format/* formatRate */.CE)(levels.fail)}` : ''].filter(Boolean).join(', ');
    const checks = [{
            id: 'skewMatched',
            title: `Training–serving skew: serving rows whose ${input.id} is a training row`,
            status: matched === 0 ? 'warn' : 'pass',
            observed: serving === 0 ? 0 : matched / serving,
            message: matched === 0
                ? `none of ${(0,count/* formatCount */.B)(serving)} serving rows carries the ${input.id} of one of ${(0,count/* formatCount */.B)(training.size)} training rows: skew cannot be checked`
                : `${(0,count/* formatCount */.B)(matched)} of ${(0,count/* formatCount */.B)(serving)} serving rows (${(0,format/* formatRate */.CE)(matched / serving)}) carry the ${input.id} of a training row; their features are compared`,
            count: matched,
            locations: [],
        }];
    if (matched === 0)
        return checks;
    const shown = (v) => (v === null ? 'missing' : JSON.stringify(v));
    input.columns.forEach((column, k) => {
        const share = differing[k] / matched;
        const status = levels.fail !== undefined && share > levels.fail ? 'fail' : levels.warn !== undefined && share > levels.warn ? 'warn' : 'pass';
        checks.push({
            id: `skew:${column.name}`,
            title: `${column.name}: serving values that differ from training (by ${input.id})`,
            status,
            observed: share,
            expected: `≤ ${(0,format/* formatRate */.CE)(levels.fail ?? levels.warn ?? 0)}`,
            message: differing[k] === 0
                ? `the same in all ${(0,count/* formatCount */.B)(matched)} matched rows${column.numeric ? ` (within ${input.tolerance} relative)` : ''} (${describe})`
                : `${(0,count/* formatCount */.B)(differing[k])} of ${(0,count/* formatCount */.B)(matched)} matched rows (${(0,format/* formatRate */.CE)(share)}) differ, e.g. ${examples[k].map((e) => `${input.id} ${JSON.stringify(e.id)}: ${shown(e.training)} in training, ${shown(e.serving)} served`).join('; ')} (${describe})`,
            count: differing[k],
            locations: [],
        });
    });
    return checks;
}

// EXTERNAL MODULE: ./build/shared/validate/parallel.js + 1 modules
var parallel = __webpack_require__(8011);
// EXTERNAL MODULE: ./build/shared/results/problems.js
var results_problems = __webpack_require__(5129);
;// CONCATENATED MODULE: ./build/shared/monitor/run.js
// monitorData: production data against the reference profile the approved
// model was trained on, in one pass per file — the schema's checks, drift
// (with the missing-rate and unseen-category checks) on the reference's
// frozen bins, and the share of values outside the reference's range, per
// numeric column. The result is a validate-data results document (report and
// gate read it as they read any), with the out-of-range checks added. Bad
// input becomes an `error` check and a problem, as in validateData.

















const DEFAULT_OUT_OF_RANGE = { warn: 0.01, fail: 0.05 };
/** The next double above x. */
function nextUp(x) {
    if (Number.isNaN(x) || x === Infinity)
        return x;
    if (x === 0)
        return Number.MIN_VALUE;
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] = bits[0] + (x > 0 ? 1n : -1n);
    return new Float64Array(bits.buffer)[0];
}
/**
 * The current data's profiler, binned on the reference's edges. The share of
 * values outside the reference's range costs nothing per value: the grid a
 * numeric column is binned on gets two more edges, the reference's min and
 * the double just above its max, so the values below and above are whole
 * bins; the branch-free bin search takes as many steps with them. After the
 * pass the extra bins are counted and merged back, which gives the
 * reference's own grid, bin for bin, for drift.
 */
class MonitorProfiler extends profile/* DatasetProfiler */.ib {
    reference;
    splits = new Map();
    ranges = new Map();
    constructor(reference) {
        super((column) => {
            const ref = reference.columns[column];
            const edges = (0,profile/* frozenEdgesOf */.qf)(ref);
            if (!edges || !ref || ref.min === null || ref.max === null)
                return edges ? { edges } : 'none';
            const split = {};
            const grid = [...edges.grid];
            for (const [key, edge] of [['low', ref.min], ['high', nextUp(ref.max)]]) {
                if (!Number.isFinite(edge))
                    continue;
                const at = (0,profile/* binOf */.jU)(grid, edge);
                if (grid[at - 1] === edge)
                    continue; // already an edge
                grid.splice(at, 0, edge);
                split[key] = edge;
            }
            this.splits.set(column, split);
            return { edges: { deciles: edges.deciles, grid } };
        }, (column) => new Set(Object.keys(reference.columns[column]?.categories?.counts ?? {})));
        this.reference = reference;
    }
    toProfile() {
        const profile = super.toProfile();
        for (const [name, split] of this.splits) {
            const column = profile.columns[name];
            const grid = column?.grid;
            if (!column || !grid)
                continue;
            // Edge e_j opens bin j + 1: bins 0…j hold the values below it.
            const indexOf = (edge, fallback) => (edge === undefined ? fallback : grid.edges.indexOf(edge));
            const lowAt = indexOf(split.low, -1);
            const highAt = indexOf(split.high, -1);
            const sum = (from, to) => grid.counts.slice(from, to).reduce((a, b) => a + b, 0);
            // Without an added edge the reference's min or next-up max is itself an edge of its grid.
            const ref = this.reference.columns[name];
            const minEdge = split.low !== undefined ? lowAt : grid.edges.indexOf(ref.min);
            const maxEdge = split.high !== undefined ? highAt : grid.edges.indexOf(nextUp(ref.max));
            this.ranges.set(name, {
                below: minEdge < 0 ? 0 : sum(0, minEdge + 1),
                above: maxEdge < 0 ? 0 : sum(maxEdge + 1, grid.counts.length),
                values: sum(0, grid.counts.length),
            });
            // Merge the extra bins back, the later edge first so the earlier index stays put.
            for (const at of [highAt, lowAt].filter((i) => i >= 0).sort((a, b) => b - a))
                mergeBinsAt(grid, at);
        }
        return profile;
    }
}
/** Removes edge `at` from a histogram, adding its two bins (at and at + 1) together. */
function mergeBinsAt(h, at) {
    h.edges.splice(at, 1);
    const count = h.counts[at] + h.counts[at + 1];
    h.counts.splice(at, 2, count);
    if (h.low && h.high) {
        const lows = [h.low[at], h.low[at + 1]].filter((v) => v !== null && v !== undefined);
        const highs = [h.high[at], h.high[at + 1]].filter((v) => v !== null && v !== undefined);
        h.low.splice(at, 2, lows.length ? Math.min(...lows) : null);
        h.high.splice(at, 2, highs.length ? Math.max(...highs) : null);
    }
}
/** `ranges`: worker threads for the byte ranges of a large CSV file, profiled and merged as validate-data does (validate/parallel.ts). */
async function monitorData(input, hooks = {}) {
    const log = new results_problems/* DataRunLog */.yK();
    const { problems, checks, tables, errors } = log;
    const fail = log.fail.bind(log);
    const maxSamples = input.options?.maxErrorSamples ?? 1000;
    const schema = await log.attempt(() => (0,load/* loadTableSchema */.yE)(input.schema), `${input.schema.display}#schema`, 'Schema is valid');
    let reference;
    try {
        reference = await readReferenceProfile(input.reference);
    }
    catch (error) {
        fail(error, 'reference', 'Reference profile is readable');
    }
    let files = [];
    const tallies = [];
    let profiler;
    if (schema && reference && problems.length === 0) {
        try {
            files = await (0,paths/* expandPaths */.p)(input.data, input.baseDir);
            if (files.length === 0)
                throw new shared_errors/* ConfigurationError */.j1('no production data files were given');
        }
        catch (error) {
            fail(error, 'data', 'Production data files are found');
        }
        profiler = new MonitorProfiler(reference.profile);
        for (const file of files) {
            try {
                const onProgress = hooks.onProgress;
                if (hooks.ranges) {
                    const tally = await (0,parallel.tallyInRanges)(file, input.schema, { validate: input.options, profile: profiler, schema }, hooks.ranges);
                    if (tally) {
                        tallies.push(tally);
                        onProgress?.({ file: file.display, rows: tally.rows });
                        continue;
                    }
                }
                const table = (await hooks.tables?.(file)) ?? (await (0,data_table.openTable)(file));
                const { tally } = await (0,validate_table/* tallyTable */.xL)(table, schema, { ...input.options, profile: profiler, onBatch: onProgress ? (rows) => onProgress({ file: file.display, rows }) : undefined });
                tallies.push(tally);
            }
            catch (error) {
                log.unreadableTable(file.display, error);
            }
        }
    }
    for (const tally of tallies) {
        const result = (0,validate_table/* finishTable */.SX)(tally, schema, input.options);
        tables.push(result.summary);
        checks.push(...result.checks);
        for (const e of result.errors)
            if (errors.length < maxSamples)
                errors.push(e);
    }
    let drift;
    if (schema && reference && profiler && problems.length === 0) {
        const current = profiler.toProfile();
        const compared = (0,validate_drift/* compareProfiles */.GB)({ schema: schema.descriptor, reference: reference.profile, referenceInfo: { path: input.reference.display, sha256: reference.sha256 }, current });
        checks.push(...compared.checks);
        drift = compared.drift;
        checks.push(...outOfRangeChecks(profiler, reference.profile, schema, input.outOfRange ?? DEFAULT_OUT_OF_RANGE));
    }
    if (schema && input.skew && problems.length === 0) {
        try {
            const primaryKey = schema.descriptor.primaryKey;
            const id = input.skew.id ?? (typeof primaryKey === 'string' ? primaryKey : primaryKey?.length === 1 ? primaryKey[0] : undefined);
            if (id === undefined)
                throw new shared_errors/* ConfigurationError */.j1('skew-id: name the id column serving rows share with training rows (the schema has no single-field primary key)');
            const training = await (0,paths/* expandPaths */.p)(input.skew.training, input.baseDir, 'skew-training');
            if (training.length === 0)
                throw new shared_errors/* ConfigurationError */.j1('skew-training: no training data files were found');
            const columns = schema.fields.filter((f) => f.name !== id).map((f) => ({ name: f.name, numeric: f.type === 'number' || f.type === 'integer' }));
            checks.push(...(await skewChecks({ training, serving: files, id, columns, tolerance: input.skew.tolerance, levels: input.skew.levels })));
        }
        catch (error) {
            fail(error, 'skew', 'Training–serving skew can be checked');
        }
    }
    const status = (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status));
    const document = {
        ...(0,head/* documentHead */.K)('validate-data', input.title ?? 'Production data against the reference', status, input.now),
        subject: {
            files: tables.map((t) => ({ path: t.file, sha256: t.sha256, bytes: t.bytes })),
            gitSha: input.gitSha,
            schema: schema ? { path: input.schema.display, sha256: schema.sha256 } : { path: input.schema.display },
            reference: { path: input.reference.display, ...(reference ? { sha256: reference.sha256 } : {}) },
        },
        checks,
        data: {
            tables,
            rows: tables.reduce((sum, t) => sum + t.rows, 0),
            errorCount: tables.reduce((sum, t) => sum + t.errorCount, 0),
            errors,
            ...(drift ? { drift } : {}),
        },
    };
    return { document, problems };
}
/** A reference for monitoring is a profile (validate-data's profile-out): it loads in milliseconds and carries the frozen bins. */
async function readReferenceProfile(reference) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(reference.path);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1(`cannot read the reference profile: ${(0,fs_error/* describeFsError */.T)(error)}`, { file: reference.display });
    }
    const text = bytes.toString('utf8');
    if (!(0,profile/* looksLikeProfile */.hE)(text.slice(0, 64))) {
        throw new shared_errors/* ConfigurationError */.j1('not a holdout profile: write one from the training data with validate-data profile-out, and monitor against it', { file: reference.display });
    }
    return { profile: (0,profile/* parseProfile */.jZ)(text, reference.display), sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
}
function shareStatus(share, levels) {
    return levels.fail !== undefined && share > levels.fail ? 'fail' : levels.warn !== undefined && share > levels.warn ? 'warn' : 'pass';
}
function formatNumber(x) {
    return Number(x.toPrecision(4)).toString();
}
/** One check per numeric column the reference has bounds for: the share of current values below its min or above its max. */
function outOfRangeChecks(profiler, reference, schema, levels) {
    const checks = [];
    const describe = [levels.warn !== undefined ? `warn > ${(0,format/* formatRate */.CE)(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${(0,format/* formatRate */.CE)(levels.fail)}` : ''].filter(Boolean).join(', ');
    for (const [name, acc] of profiler.ranges) {
        const ref = reference.columns[name];
        const field = schema.fields.find((f) => f.name === name);
        // Dates and times are profiled as numbers: shown as the values they are.
        const fmt = (x) => {
            const shown = field ? (0,format/* formatCastValue */.MU)(field, x) : x;
            return typeof shown === 'number' ? formatNumber(shown) : shown;
        };
        const values = acc.values;
        const outside = acc.below + acc.above;
        const share = values === 0 ? 0 : outside / values;
        checks.push({
            id: `outOfRange:${name}`,
            title: `${name}: values outside the reference's range [${fmt(ref.min)}, ${fmt(ref.max)}]`,
            status: shareStatus(share, levels),
            observed: share,
            expected: `≤ ${(0,format/* formatRate */.CE)(levels.fail ?? levels.warn ?? 0)}`,
            message: outside === 0
                ? `every one of ${(0,count/* formatCount */.B)(values)} values lies within the reference's range (${describe})`
                : `${(0,count/* formatCount */.B)(outside)} of ${(0,count/* formatCount */.B)(values)} values (${(0,format/* formatRate */.CE)(share)}) lie outside the reference's range: ${(0,count/* formatCount */.B)(acc.below)} below ${fmt(ref.min)}, ${(0,count/* formatCount */.B)(acc.above)} above ${fmt(ref.max)} (${describe})`,
            count: outside,
            locations: [],
        });
    }
    return checks;
}


/***/ }),

/***/ 5129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Un: () => (/* binding */ problemCheck),
/* harmony export */   yK: () => (/* binding */ DataRunLog)
/* harmony export */ });
/* unused harmony export ProblemLog */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
// A step's problems as it meets them: each user mistake (ConfigurationError)
// becomes an `error` check naming the file and line, and is kept for the
// step's annotations, so a complete results document is always written.

/** The `error` check a user mistake becomes. */
function problemCheck(id, title, error) {
    return { id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] };
}
class ProblemLog {
    problems = [];
    checks = [];
    /** Records a ConfigurationError as an `error` check; anything else is a bug and is thrown on. */
    fail(error, id, title) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1))
            throw error;
        this.problems.push(error);
        this.checks.push(problemCheck(id, title, error));
    }
    /** Runs `read`; a user mistake in it is recorded (as `fail`) and gives undefined. */
    async attempt(read, id, title) {
        try {
            return await read();
        }
        catch (error) {
            this.fail(error, id, title);
            return undefined;
        }
    }
}
/** A data run's log: its problems, and the tables and data errors it reports. */
class DataRunLog extends ProblemLog {
    tables = [];
    errors = [];
    /** A data file that cannot be read: an `error` check and a table that says why. */
    unreadableTable(file, error) {
        this.fail(error, `${file}#readable`, `${file} is readable`);
        this.tables.push({ file, format: 'unknown', status: 'error', rows: 0, errorCount: 0, errorCounts: {}, failedChecks: 1, problem: error.message });
    }
}


/***/ }),

/***/ 6003:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DISPATCH_ON: () => (/* binding */ DISPATCH_ON),
  monitorOptions: () => (/* binding */ monitorOptions),
  runMonitor: () => (/* binding */ runMonitor)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/shared/baseline/index.js + 7 modules
var shared_baseline = __webpack_require__(5949);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
;// CONCATENATED MODULE: ./build/shared/github/dispatch.js
// Retraining triggers: a repository_dispatch event (any workflow `on:
// repository_dispatch` with that type runs; the token needs contents: write)
// or a workflow_dispatch of one named workflow (actions: write). GitHub caps
// a repository_dispatch's client_payload at 10 top-level properties, and
// workflow_dispatch inputs are strings the workflow declares.
const MAX_CLIENT_PAYLOAD_KEYS = 10;
async function sendRepositoryDispatch(octokit, repo, eventType, clientPayload) {
    await octokit.rest.repos.createDispatchEvent({ ...repo, event_type: eventType, client_payload: clientPayload });
}
/** Runs `workflow` (its file name, e.g. retrain.yml, or its id) on `ref`, or on the default branch when no ref is given. */
async function sendWorkflowDispatch(octokit, repo, workflow, ref, inputs) {
    const on = ref ?? (await octokit.rest.repos.get({ ...repo })).data.default_branch;
    await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: /^\d+$/.test(workflow) ? Number(workflow) : workflow, ref: on, inputs });
    return on;
}

// EXTERNAL MODULE: ./build/shared/github/comment.js
var comment = __webpack_require__(2867);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./build/shared/github/issue.js
// The monitor issue: one per repository, model and monitor key, found by its
// hidden marker AND its author (the token's own identity, so a user who
// pastes the marker into an issue of their own does not take it over) among
// the issues with the monitor's label, across all pages. Opened (or reopened)
// and updated while something fails, closed with a comment when healthy
// again. After writing, duplicates left by concurrent runs or a retried POST
// are closed in favour of the oldest, so there is never more than one open.

/**
 * The hidden marker of a monitor's issue: model and key as written (for a
 * reader of the source) and a digest of repository, model and key, so an
 * issue moved in from another repository or another model never matches.
 */
function monitorMarker({ repository, model, key }) {
    const who = JSON.stringify([`${repository.owner}/${repository.repo}`.toLowerCase(), model, key]);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(who).digest('hex').slice(0, 12);
    const safe = (text) => text.replace(/[^A-Za-z0-9_.\/-]/g, '_');
    return `<!-- holdout-monitor: ${safe(model)}/${safe(key)}/${digest} -->`;
}
/** The monitor's issues (open and closed), oldest first. */
async function findMonitorIssues(octokit, repo, label, marker, author) {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 });
    return issues
        .filter((i) => !i.pull_request && i.user?.login === author && typeof i.body === 'string' && i.body.includes(marker))
        .sort((a, b) => a.number - b.number)
        .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', body: i.body ?? '', url: i.html_url }));
}
/** The issue this monitor writes to: the oldest open one, else the newest closed one (reopened, keeping its history), else none. */
function pickIssue(found) {
    return found.find((i) => i.state === 'open') ?? found.filter((i) => i.state === 'closed').at(-1);
}
/**
 * Writes the failing state: updates (reopening if closed) the monitor's
 * issue, or opens one. `body` gets the previous body, to carry history on.
 */
async function upsertMonitorIssue(octokit, repo, options) {
    const found = await findMonitorIssues(octokit, repo, options.label, options.marker, options.author);
    const current = pickIssue(found);
    let outcome;
    if (current) {
        const { data } = await octokit.rest.issues.update({ ...repo, issue_number: current.number, title: options.title, body: options.body(current.body), ...(current.state === 'closed' ? { state: 'open' } : {}) });
        outcome = { number: data.number, url: data.html_url, action: current.state === 'closed' ? 'reopened' : 'updated' };
    }
    else {
        const { data } = await octokit.rest.issues.create({ ...repo, title: options.title, body: options.body(undefined), labels: [options.label] });
        outcome = { number: data.number, url: data.html_url, action: 'opened' };
    }
    // Another run may have opened one too: the oldest open one stays, the others are closed pointing at it.
    const open = (await findMonitorIssues(octokit, repo, options.label, options.marker, options.author)).filter((i) => i.state === 'open');
    if (open.length > 1) {
        const keep = open[0];
        for (const extra of open.slice(1)) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: extra.number, body: `Duplicate of #${keep.number} (two monitor runs wrote at once); holdout keeps one issue per model and key.` });
            await octokit.rest.issues.update({ ...repo, issue_number: extra.number, state: 'closed', state_reason: 'not_planned' });
        }
        if (keep.number !== outcome.number) {
            const { data } = await octokit.rest.issues.update({ ...repo, issue_number: keep.number, title: options.title, body: options.body(keep.body) });
            outcome = { number: data.number, url: data.html_url, action: 'updated' };
        }
    }
    return outcome;
}
/**
 * Writes the healthy state: when the monitor's issue is open, updates its
 * body (history included), comments why it is closing and closes it as
 * completed. Returns the issue when one was closed. A closed issue only gets
 * its history carried on when `keepHistory` says so.
 */
async function resolveMonitorIssue(octokit, repo, options) {
    const found = await findMonitorIssues(octokit, repo, options.label, options.marker, options.author);
    const open = found.filter((i) => i.state === 'open');
    if (open.length === 0) {
        const last = pickIssue(found);
        if (last && options.keepHistory)
            await octokit.rest.issues.update({ ...repo, issue_number: last.number, body: options.body(last.body) });
        return last ? { number: last.number, url: last.url, closed: false } : undefined;
    }
    for (const issue of open) {
        await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body: options.body(issue.body) });
        await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: options.comment });
        await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    }
    return { number: open[0].number, url: open[0].url, closed: true };
}

// EXTERNAL MODULE: ./build/shared/io/user-file.js
var user_file = __webpack_require__(3349);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
;// CONCATENATED MODULE: ./build/shared/monitor/history.js
// A monitor run in a few numbers, and the runs before it: each run's summary
// (status, what failed, the statistics of the checks that drift and the live
// KPIs) is kept as a small JSON block in the monitor issue's body, the last N
// runs of it, so the issue and the job summary can show when a problem began
// and a Mermaid trend of each statistic that went wrong. Pure: documents and
// text in, records and Markdown out.



const DEFAULT_HISTORY = 30;
/** Trend charts shown at most (one per statistic). */
const MAX_CHARTS = 8;
const statSchema = schemas/* object */.Ikc({ value: schemas/* number */.aig().nullable(), status: schema/* statusSchema */.aW, label: schemas/* string */.YjP() });
const monitorRunSchema = schemas/* object */.Ikc({
    at: schemas/* string */.YjP(),
    status: schema/* statusSchema */.aW,
    run: schemas/* string */.YjP().optional(),
    commit: schemas/* string */.YjP().optional(),
    /** Data rows read. */
    rows: schemas/* number */.aig().int().nonnegative().optional(),
    /** Statistics by id (`drift:age`, `outOfRange:age`, `kpi:ctr`, …): value, status, and what it is. */
    stats: schemas/* record */.g1P(schemas/* string */.YjP(), statSchema),
    /** The checks that failed or warned, worst first (at most 20): what the trend charts and "since when" are about. */
    problems: schemas/* array */.YOg(schemas/* object */.Ikc({ id: schemas/* string */.YjP(), status: schema/* statusSchema */.aW, title: schemas/* string */.YjP() })),
});
const historySchema = schemas/* object */.Ikc({ holdoutMonitorHistory: schemas/* literal */.euz(1), runs: schemas/* array */.YOg(monitorRunSchema) });
const BLOCK_START = '<!-- holdout-monitor-history -->';
const MAX_PROBLEMS = 20;
/** This run's record from its documents (data, KPIs, or both). */
function monitorRun(input) {
    const stats = {};
    const statuses = [];
    const problems = [];
    const { data, kpis } = input;
    if (data) {
        statuses.push(data.status);
        for (const column of data.data.drift?.columns ?? []) {
            const pValue = column.compare === 'p-value';
            const value = pValue ? (column.pValue ?? null) : column.statistic;
            stats[`drift:${column.column}`] = { value: finite(value), status: column.status, label: `${column.column}: ${pValue ? `drift p-value (${column.method})` : `drift (${column.method})`}` };
        }
        for (const check of data.checks) {
            const [kind, column] = splitId(check.id);
            if ((kind === 'outOfRange' || kind === 'missingRateChange' || kind === 'unseenCategories' || kind === 'skew') && typeof check.observed === 'number') {
                const what = kind === 'outOfRange' ? 'share outside the reference range' : kind === 'missingRateChange' ? 'missing-rate change' : kind === 'skew' ? 'share differing from training' : 'share of unseen values';
                stats[check.id] = { value: finite(check.observed), status: check.status, label: `${column}: ${what}` };
            }
            if (check.id === 'datasetDrift' && typeof check.observed === 'number')
                stats.datasetDrift = { value: finite(check.observed), status: check.status, label: 'share of drifted columns' };
        }
        for (const check of data.checks)
            if (check.status !== 'pass')
                problems.push({ id: check.id, status: check.status, title: check.title });
    }
    if (kpis) {
        statuses.push(kpis.status);
        for (const row of kpis.comparison.metrics) {
            if (row.slice)
                continue;
            const rowStatus = row.gated ? row.status : 'pass';
            stats[`kpi:${row.name}`] = { value: finite(row.candidate), status: rowStatus, label: `KPI ${row.name}` };
            if (row.baseline !== null && Number.isFinite(row.baseline))
                stats[`kpiBaseline:${row.name}`] = { value: row.baseline, status: 'pass', label: `KPI ${row.name} at deploy` };
        }
        for (const check of kpis.checks)
            if (check.status !== 'pass')
                problems.push({ id: `kpi:${check.id}`, status: check.status, title: check.title });
    }
    const order = { error: 0, fail: 1, warn: 2, pass: 3 };
    problems.sort((a, b) => order[a.status] - order[b.status]);
    return {
        at: input.at,
        status: statuses.length ? (0,results_status/* worstStatus */.A4)(statuses) : 'pass',
        ...(input.run ? { run: input.run } : {}),
        ...(input.commit ? { commit: input.commit } : {}),
        ...(data ? { rows: data.data.rows } : {}),
        stats,
        problems: problems.slice(0, MAX_PROBLEMS),
    };
}
function finite(x) {
    return x === null || x === undefined || !Number.isFinite(x) ? null : x;
}
function splitId(id) {
    const at = id.indexOf(':');
    return at < 0 ? [id, ''] : [id.slice(0, at), id.slice(at + 1)];
}
/** The runs a body's history block holds, oldest first; none when there is no block or it was edited into something else. */
function readHistory(body) {
    if (!body)
        return { runs: [], damaged: false };
    const at = body.indexOf(BLOCK_START);
    if (at < 0)
        return { runs: [], damaged: false };
    const fence = /```json\n([\s\S]*?)\n```/.exec(body.slice(at));
    if (!fence)
        return { runs: [], damaged: true };
    try {
        const parsed = historySchema.safeParse(JSON.parse(fence[1]));
        return parsed.success ? { runs: parsed.data.runs, damaged: false } : { runs: [], damaged: true };
    }
    catch {
        return { runs: [], damaged: true };
    }
}
/** The history with this run appended, keeping the last `keep`. */
function appendRun(runs, run, keep) {
    return [...runs, run].slice(-Math.max(1, keep));
}
/**
 * The history block: a marker and a fenced JSON block (in a <details>). The
 * characters that could end the fence or open HTML are written as \u escapes,
 * which JSON reads back as themselves.
 */
function historyBlock(runs) {
    const json = JSON.stringify({ holdoutMonitorHistory: 1, runs }).replace(/[`<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [BLOCK_START, '<details><summary>Run history (read by holdout; keep this block as it is)</summary>', '', '```json', json, '```', '', '</details>'].join('\n');
}
/** When the current streak of failing runs (fail or error) began: the first run of it, or undefined when the last run did not fail. */
function failingSince(runs) {
    let since;
    for (let i = runs.length - 1; i >= 0; i--) {
        const status = runs[i].status;
        if (status !== 'fail' && status !== 'error')
            break;
        since = runs[i];
    }
    return since;
}
/** The statistics worth a trend: every one that failed or warned in some run of the history, KPIs always; worst (latest status) first. */
function trendKeys(runs) {
    const keys = new Map();
    const rank = { error: 0, fail: 1, warn: 2, pass: 3 };
    for (const run of runs) {
        for (const [key, stat] of Object.entries(run.stats)) {
            if (key.startsWith('kpiBaseline:'))
                continue;
            if (key.startsWith('kpi:') || stat.status !== 'pass')
                keys.set(key, Math.min(keys.get(key) ?? 3, rank[stat.status]));
        }
    }
    return [...keys.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}
/** A Mermaid string: double quotes cannot be escaped inside one, so they become single. */
function mermaidText(text) {
    return text.replace(/["\n\r]/g, (c) => (c === '"' ? "'" : ' '));
}
function axisNumber(x) {
    return Number(x.toPrecision(6)).toString();
}
/** "MM-DD HH:MM" in UTC, short enough for an x axis. */
function shortTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime()))
        return iso.slice(0, 16);
    return d.toISOString().slice(5, 16).replace('T', ' ');
}
/**
 * One Mermaid xychart per statistic over the runs (its value per run, a gap
 * left as the previous value would lie, so runs without it are skipped); a
 * KPI's chart has a second line with its value at deploy when known.
 */
function trendCharts(runs, max = MAX_CHARTS) {
    if (runs.length < 2)
        return '';
    const keys = trendKeys(runs).slice(0, max);
    const charts = [];
    for (const key of keys) {
        const points = runs.filter((r) => r.stats[key]?.value !== null && r.stats[key]?.value !== undefined);
        if (points.length < 2)
            continue;
        const label = points.at(-1).stats[key].label;
        const values = points.map((r) => r.stats[key].value);
        const baselineKey = key.startsWith('kpi:') ? `kpiBaseline:${key.slice(4)}` : undefined;
        const baseline = baselineKey ? points.map((r) => r.stats[baselineKey]?.value ?? null) : [];
        const lines = [`  line [${values.map(axisNumber).join(', ')}]`];
        if (baseline.length && baseline.every((v) => v !== null))
            lines.push(`  line [${baseline.map(axisNumber).join(', ')}]`);
        charts.push([
            '```mermaid',
            'xychart-beta',
            `  title "${mermaidText(label)}"`,
            `  x-axis [${points.map((r) => `"${mermaidText(shortTime(r.at))}"`).join(', ')}]`,
            `  y-axis "${mermaidText(key.startsWith('kpi:') ? 'value (second line: at deploy)' : 'value')}"`,
            ...lines,
            '```',
        ].join('\n'));
    }
    return charts.join('\n\n');
}

;// CONCATENATED MODULE: ./build/shared/monitor/body.js
// The monitor issue's text: what is off now (each failing check with what it
// observed and the level it was held to), since when, the trend of each
// statistic that went wrong, and the run history block holdout reads back.
// Kept under GitHub's 65,536-character body limit by dropping the oldest runs
// of the history first, then rows of the table.

/** GitHub refuses an issue body or comment longer than this. */
const BODY_LIMIT = 65_536;
const BUDGET = BODY_LIMIT - 1_024;
const MAX_ROWS = 50;
const ICON = { pass: '🟢', warn: '🟡', fail: '🔴', error: '⚪' };
/** One Markdown table cell: pipes escaped, line breaks folded, HTML openers escaped. */
function cell(text) {
    return String(text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/<(?=[A-Za-z/!?])/g, '\\<');
}
function observed(check) {
    const o = check.observed;
    if (typeof o === 'number')
        return Number.isFinite(o) ? Number(o.toPrecision(4)).toString() : String(o);
    return o === undefined || o === null ? '' : String(o);
}
/** The checks that are not passing, worst first: data first, then KPIs. */
function problemChecks(data, kpis) {
    const rank = { error: 0, fail: 1, warn: 2, pass: 3 };
    const out = [
        ...(data?.checks ?? []).filter((c) => c.status !== 'pass').map((c) => ({ ...c, source: 'data' })),
        ...(kpis?.checks ?? []).filter((c) => c.status !== 'pass').map((c) => ({ ...c, source: 'kpi' })),
    ];
    return out.sort((a, b) => rank[a.status] - rank[b.status]);
}
function issueTitle(identity) {
    return `holdout monitor: ${identity.model}${identity.key === 'default' ? '' : ` (${identity.key})`} is degraded`;
}
function runLink(run) {
    const when = run.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
    return run.run ? `[${when}](${run.run})` : when;
}
/** What a reader of the issue (or the job summary) needs, with the history block when `withHistory`. */
function monitorMarkdown(input, withHistory) {
    let runs = [...input.runs];
    let rows = MAX_ROWS;
    for (;;) {
        const text = render(input, runs, rows, withHistory);
        if (text.length <= BUDGET || (runs.length <= 1 && rows <= 5))
            return text;
        if (runs.length > 1)
            runs = runs.slice(Math.max(1, Math.floor(runs.length / 4)));
        else
            rows = Math.max(5, Math.floor(rows / 2));
    }
}
function render(input, runs, maxRows, withHistory) {
    const last = runs.at(-1);
    const { model, key } = input.identity;
    const lines = [];
    if (withHistory)
        lines.push(input.marker);
    lines.push(`## ${ICON[last.status]} holdout monitor: \`${cell(model)}\`${key === 'default' ? '' : ` (${cell(key)})`} — ${last.status}`, '');
    const since = failingSince(runs);
    const streak = since ? runs.length - runs.indexOf(since) : 0;
    if (since)
        lines.push(`Failing since ${runLink(since)} (${streak} run${streak === 1 ? '' : 's'} in a row${streak === runs.length && runs.length === input.runs.length ? ', as far back as the history goes' : ''}). Last run: ${runLink(last)}${last.commit ? ` on ${last.commit.slice(0, 12)}` : ''}.`);
    else
        lines.push(`Healthy in the last run: ${runLink(last)}${last.commit ? ` on ${last.commit.slice(0, 12)}` : ''}.`);
    if (input.data) {
        const drift = input.data.data.drift;
        lines.push('', `Production data: ${input.data.data.rows} rows from ${input.data.subject.files.map((f) => `\`${cell(f.path)}\``).join(', ') || 'no file'} against the reference \`${cell(input.data.subject.reference?.path ?? '')}\`${drift ? `; ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted` : ''}.`);
    }
    if (input.kpis) {
        const c = input.kpis.comparison;
        lines.push('', `Live KPIs: \`${cell(c.candidate.source)}\` against ${c.baseline ? `\`${cell(c.baseline.source)}\`${c.baseline.id ? ` (${cell(c.baseline.id)})` : ''}` : `no baseline (${cell(c.baselineProblem ?? 'none given')})`}: ${cell(c.summary)}.`);
    }
    const problems = problemChecks(input.data, input.kpis);
    if (problems.length) {
        lines.push('', '### What is off', '', '| | Check | Observed | Expected | Details |', '| --- | --- | --- | --- | --- |');
        for (const c of problems.slice(0, maxRows))
            lines.push(`| ${ICON[c.status]} | ${cell(c.source === 'kpi' ? `KPI ${c.title}` : c.title)} | ${cell(observed(c))} | ${cell(c.expected ?? '')} | ${cell(c.message)} |`);
        if (problems.length > maxRows)
            lines.push('', `…and ${problems.length - maxRows} more (see the run's results documents).`);
    }
    const charts = trendCharts(runs);
    if (charts)
        lines.push('', `### Trend over the last ${runs.length} runs`, '', charts);
    if (input.dispatch)
        lines.push('', `**Retraining:** ${input.dispatch}`);
    if (withHistory)
        lines.push('', historyBlock(runs));
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./build/shared/monitor/run.js + 1 modules
var run = __webpack_require__(6741);
// EXTERNAL MODULE: ./build/shared/report/comparison.js + 2 modules
var comparison = __webpack_require__(4058);
// EXTERNAL MODULE: ./build/shared/report/validation.js
var validation = __webpack_require__(352);
// EXTERNAL MODULE: ./build/shared/results/io.js
var io = __webpack_require__(3517);
// EXTERNAL MODULE: ./build/shared/steps/common.js
var common = __webpack_require__(779);
// EXTERNAL MODULE: ./build/shared/steps/policy.js + 1 modules
var steps_policy = __webpack_require__(8057);
// EXTERNAL MODULE: ./build/shared/export/files.js + 2 modules
var export_files = __webpack_require__(5918);
// EXTERNAL MODULE: ./build/shared/steps/options.js
var options = __webpack_require__(3846);
// EXTERNAL MODULE: ./build/shared/steps/tasks/compare-metrics.js
var compare_metrics = __webpack_require__(254);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/steps/tasks/validate-data.js
var validate_data = __webpack_require__(7092);
;// CONCATENATED MODULE: ./build/shared/steps/tasks/monitor.js
// The monitor engine (production data against a reference profile) as a task
// the worker runs: loaded on demand, in a chunk of its own, by the bundles
// whose steps monitor. Small inputs (named files, no globs, under
// IN_PROCESS_BYTES together) run in the calling thread.



const GLOB = /[*?[\]{}!]/;
const monitorDataTask = {
    name: 'monitorData',
    load: async () => {
        const { monitorData } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6741));
        // A large CSV file is read in byte ranges, one worker thread each, as validate-data reads it.
        return (input, hooks) => {
            const fork = hooks.fork;
            const tables = fork && (0,validate_data/* tablesBeside */.IK)(fork);
            return monitorData(input, {
                ...hooks,
                ...(fork ? { ranges: { workers: fork.workers, run: async (range) => (await fork.run(validate_data/* validateRangeTask */.Bw.name, range)) } } : {}),
                ...(tables ? { tables } : {}),
            });
        };
    },
    async inputBytes(input) {
        if (input.data.some((p) => GLOB.test(p)))
            return undefined;
        let total = (await (0,promises_.stat)(input.reference.path)).size;
        for (const p of input.data)
            total += await (0,validate_data/* textBytes */.FO)(input.baseDir, p);
        return total;
    },
    forksOf: (input) => (0,validate_data/* rangesLikely */.b_)(input.baseDir, input.data, input.schema),
};

;// CONCATENATED MODULE: ./build/shared/steps/monitor.js
// The monitor step, meant for `on: schedule` after a deploy: its options
// (action inputs, config keys, CLI flags derive from them) and the step —
// production data against the reference profile (schema, drift, missing
// rate, unseen categories, values outside the reference's range) and live
// KPIs against their baseline under the policy language — to results
// documents, the job summary and outputs. Its publish() keeps one issue per
// model and monitor key (opened or updated while something fails, closed
// when healthy again, with the run history in its body) and sends the
// retraining trigger. A read-only token never changes the verdict: a warning.






















const DISPATCH_ON = ['new-failure', 'every-failure'];
const monitorOptions = (0,options/* defineOptions */.GM)({
    data: options/* option */.uK.list({
        description: 'Production data to check: paths or globs of recent serving inputs (files an earlier step downloaded), one per line or comma-separated. CSV, TSV, JSON Lines and Parquet, optionally .gz.',
        flag: 'positional',
    }),
    schema: options/* option */.uK.string({
        description: 'Table schema of the serving inputs (the one the training data is validated with). Required with data.',
    }),
    reference: options/* option */.uK.string({
        description: 'The reference profile (validate-data profile-out of the training data): a path, git:<ref>:<path>, artifact:<name>[:<file>], or deployment:<environment>:<path> (the file at the commit of the newest successful deployment to the environment: what is in production). Required with data.',
    }),
    'out-of-range-warn': options/* option */.uK.number(common/* probability */.E5, {
        description: "Share of a numeric column's values outside the reference's [min, max] above which the column warns.",
        default: run/* DEFAULT_OUT_OF_RANGE */.b.warn,
        config: 'out_of_range.warn',
    }),
    'out-of-range-fail': options/* option */.uK.number(common/* probability */.E5, {
        description: "Share of a numeric column's values outside the reference's [min, max] above which the column fails.",
        default: run/* DEFAULT_OUT_OF_RANGE */.b.fail,
        config: 'out_of_range.fail',
    }),
    'skew-training': options/* option */.uK.list({
        description: 'Training–serving skew by id: the training data (paths or globs). Each serving row whose id is a training row is compared column by column with it, and each column gets the share of matched rows that differ.',
        config: 'skew.training',
    }),
    'skew-id': options/* option */.uK.string({
        description: "The id column serving rows share with training rows (default: the schema's primary key, when it is one field).",
        config: 'skew.id',
    }),
    'skew-tolerance': options/* option */.uK.number(schemas/* number */.aig().nonnegative(), {
        description: 'Numbers differ when |served − trained| exceeds this share of the larger magnitude (of 1 below 1).',
        default: 1e-6,
        config: 'skew.tolerance',
    }),
    'skew-warn': options/* option */.uK.number(common/* probability */.E5, { description: 'Share of matched rows differing in a column above which it warns.', default: 0, config: 'skew.warn' }),
    'skew-fail': options/* option */.uK.number(common/* probability */.E5, { description: 'Share of matched rows differing in a column above which it fails.', default: 0.01, config: 'skew.fail' }),
    kpis: options/* option */.uK.string({
        description: 'Live KPIs: a metrics file of production figures (CTR, conversion, latency, or holdout metrics computed from labelled production predictions), in any format compare-metrics reads.',
        config: 'kpis.file',
    }),
    'kpi-baseline': options/* option */.uK.string({
        description: 'What the KPIs are held to: a path, git:<ref>:<path>, artifact:<name>[:<file>], or deployment:<environment> (the metrics the gate recorded at deploy).',
        config: 'kpis.baseline',
    }),
    'kpi-policy': options/* option */.uK.string({
        description: 'The KPI policy, in the policy language of compare-metrics (a file or inline YAML), such as "metrics: { ctr: { direction: higher, max_relative_regression: 0.02 } }".',
        config: 'kpis.policy',
    }),
    model: options/* option */.uK.string({ description: 'The model being monitored: part of the issue title and of its identity.', default: 'model' }),
    'monitor-key': options/* option */.uK.string({
        description: 'Distinguishes several monitors of one model (one per region, say); each model and key has its own issue.',
        default: 'default',
        config: 'key',
    }),
    issue: options/* option */.uK.boolean({ description: 'Keep the monitor issue: open or update it while something fails, close it when healthy again.', default: true, config: 'issue.enabled', flag: false }),
    'issue-label': options/* option */.uK.string({ description: 'Label of the monitor issues (created with the first issue).', default: 'holdout-monitor', config: 'issue.label', flag: false }),
    history: options/* option */.uK.integer(schemas/* number */.aig().int().min(1).max(200), {
        description: 'How many runs the issue keeps in its history block (for "since when" and the trend charts).',
        default: DEFAULT_HISTORY,
        config: 'issue.history',
        flag: false,
    }),
    'dispatch-event': options/* option */.uK.string({
        description: 'On failure, send a repository_dispatch event of this type (the token needs contents: write); workflows `on: repository_dispatch` with this type run.',
        config: 'dispatch.event',
        flag: false,
    }),
    'dispatch-payload': options/* option */.uK.string({
        description: "Extra client_payload of the repository_dispatch (a YAML or JSON mapping, at most 9 keys); holdout adds its own under `holdout` (model, key, status, failing checks, since, issue, run).",
        config: 'dispatch.payload',
        flag: false,
    }),
    'dispatch-workflow': options/* option */.uK.string({
        description: 'On failure, run this workflow (file name such as retrain.yml, or id) through workflow_dispatch (the token needs actions: write).',
        config: 'dispatch.workflow',
        flag: false,
    }),
    'dispatch-ref': options/* option */.uK.string({ description: 'Branch or tag the dispatched workflow runs on (default: the default branch).', config: 'dispatch.ref', flag: false }),
    'dispatch-inputs': options/* option */.uK.string({
        description: 'Inputs of the dispatched workflow: a YAML or JSON mapping of strings, names the workflow declares.',
        config: 'dispatch.inputs',
        flag: false,
    }),
    'dispatch-on': options/* option */.uK.enum(DISPATCH_ON)({
        description: 'new-failure (default): trigger when a failure begins (the issue opens or reopens); every-failure: on every failing run.',
        default: 'new-failure',
        config: 'dispatch.on',
        flag: false,
    }),
    'results-file': (0,common/* resultsFileOption */.ax)('Where to write the production-data results document (JSON, a validate-data document).', 'holdout-results/monitor-data.json'),
    'kpi-results-file': (0,common/* resultsFileOption */.ax)('Where to write the KPI results document (JSON, a compare-metrics document).', 'holdout-results/monitor-kpis.json'),
    'fail-on': (0,common/* failOnOption */.rZ)('Which status fails the step: fail (default), warn or never. The issue and the retraining trigger follow the verdict, not this.'),
    ...(0,common/* exportOptions */.Vz)(true),
});
/** A step-level mapping option (dispatch payload or inputs), inline YAML or JSON. */
function mapping(text, name) {
    if (text === undefined)
        return undefined;
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j1(`${name}: not YAML or JSON (${error.message.split('\n')[0]})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* ConfigurationError */.j1(`${name}: expected a mapping (key: value), got ${JSON.stringify(text.trim().slice(0, 60))}`);
    return value;
}
/** Checks the options that go together before any work. */
function checkOptions(options) {
    const data = options.data ?? [];
    if (data.length === 0 && options.kpis === undefined)
        throw new errors/* ConfigurationError */.j1('monitor needs production data (data, with schema and reference) or live KPIs (kpis), or both');
    if (data.length > 0 && options.schema === undefined)
        throw new errors/* ConfigurationError */.j1('schema: give the table schema of the production data');
    if (data.length > 0 && options.reference === undefined)
        throw new errors/* ConfigurationError */.j1('reference: give the reference profile the production data is checked against (a path, git:, artifact: or deployment:<environment>:<path>)');
    if (data.length === 0 && (options['skew-training'] ?? []).length > 0)
        throw new errors/* ConfigurationError */.j1('skew-training: skew compares production data with training rows; give the data files too');
    if (options['skew-warn'] > options['skew-fail'])
        throw new errors/* ConfigurationError */.j1(`skew-warn (${options['skew-warn']}) is above skew-fail (${options['skew-fail']})`);
    if (data.length === 0 && (options.schema !== undefined || options.reference !== undefined))
        throw new errors/* ConfigurationError */.j1('data: schema and reference are for production data; give the data files too');
    if (options.kpis === undefined && (options['kpi-baseline'] !== undefined || options['kpi-policy'] !== undefined))
        throw new errors/* ConfigurationError */.j1('kpis: kpi-baseline and kpi-policy need the KPI file (kpis)');
    if (options['out-of-range-warn'] > options['out-of-range-fail'])
        throw new errors/* ConfigurationError */.j1(`out-of-range-warn (${options['out-of-range-warn']}) is above out-of-range-fail (${options['out-of-range-fail']})`);
    if (options['dispatch-event'] !== undefined && options['dispatch-workflow'] !== undefined)
        throw new errors/* ConfigurationError */.j1('dispatch-event and dispatch-workflow: choose one retraining trigger');
    if (options['dispatch-payload'] !== undefined && options['dispatch-event'] === undefined)
        throw new errors/* ConfigurationError */.j1('dispatch-payload goes with dispatch-event (repository_dispatch)');
    if ((options['dispatch-inputs'] !== undefined || options['dispatch-ref'] !== undefined) && options['dispatch-workflow'] === undefined)
        throw new errors/* ConfigurationError */.j1('dispatch-inputs and dispatch-ref go with dispatch-workflow (workflow_dispatch)');
    const payload = mapping(options['dispatch-payload'], 'dispatch-payload');
    if (payload) {
        if ('holdout' in payload)
            throw new errors/* ConfigurationError */.j1('dispatch-payload: the key "holdout" is holdout\'s own (it carries the monitor\'s verdict)');
        if (Object.keys(payload).length > MAX_CLIENT_PAYLOAD_KEYS - 1)
            throw new errors/* ConfigurationError */.j1(`dispatch-payload: GitHub takes at most ${MAX_CLIENT_PAYLOAD_KEYS} top-level keys in client_payload, one of them holdout's; this has ${Object.keys(payload).length}`);
    }
    const rawInputs = mapping(options['dispatch-inputs'], 'dispatch-inputs');
    let inputs;
    if (rawInputs) {
        inputs = {};
        for (const [name, value] of Object.entries(rawInputs)) {
            if (value !== null && typeof value === 'object')
                throw new errors/* ConfigurationError */.j1(`dispatch-inputs: ${name} must be a string, number or boolean (workflow inputs are strings)`);
            inputs[name] = String(value);
        }
    }
    return { payload, inputs };
}
/**
 * The reference profile as a file on disk: deployment:<environment>:<path> is
 * the file at the commit of the newest deployment to the environment whose
 * latest status is success; any other spec is a baseline source (path, git:,
 * artifact:).
 */
async function resolveReference(spec, env) {
    const context = {
        baseDir: env.workspace,
        tempDir: (0,external_node_path_.join)(env.tempDir, 'holdout-monitor-reference'),
        github: env.github,
        localGit: env.localGit,
        noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
    };
    const deployment = /^deployment:([^:]+):(.+)$/.exec(spec.trim());
    if (!deployment) {
        if (/^deployment:[^:]*$/.test(spec.trim()))
            throw new errors/* ConfigurationError */.j1(`reference "${spec}": a deployment records metrics, not a profile; write deployment:<environment>:<path of the profile>, e.g. deployment:production:profiles/train.json`);
        return (0,shared_baseline/* resolveBaseline */.oL)(spec, context);
    }
    const [, environment, path] = deployment;
    if (!env.github)
        return { missing: `${spec}: ${context.noGitHub ?? 'deployment references need GitHub access (a token and the repository)'}` };
    const sha = await deployedCommit(env.github, environment);
    if ('missing' in sha)
        return { missing: `${spec}: ${sha.missing}` };
    // The file as it was at the deployed commit: through the local repository in the CLI, the contents API in an action.
    const resolved = await (0,shared_baseline/* resolveBaseline */.oL)(`git:${sha.commit}:${path}`, context);
    return 'missing' in resolved ? resolved : { ...resolved, display: `${spec} (${sha.commit.slice(0, 12)})`, source: spec, id: `deployment ${sha.id} (${sha.commit.slice(0, 12)})` };
}
/** The commit of the newest deployment to `environment` whose latest status is success. */
async function deployedCommit({ octokit, repo }, environment) {
    try {
        const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment, per_page: 30 });
        for (const deployment of deployments) {
            const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
            if (statuses[0]?.state === 'success')
                return { commit: deployment.sha, id: deployment.id };
        }
        return { missing: `no successful deployment to "${environment}"` };
    }
    catch (error) {
        const status = error.status;
        if (status === 403 || status === 404)
            return { missing: `the deployments of "${environment}" cannot be read (${status}); grant the token deployments: read` };
        throw error;
    }
}
async function runMonitor(options, env, extras = {}) {
    const { payload, inputs } = checkOptions(options);
    const now = env.now?.() ?? new Date();
    const data = options.data ?? [];
    const failures = [];
    let dataDocument;
    if (data.length > 0) {
        const reference = await resolveReference(options.reference, env);
        if ('missing' in reference)
            throw new errors/* ConfigurationError */.j1(`reference: ${reference.missing}`);
        const outcome = await env.tasks.run(monitorDataTask, {
            data,
            baseDir: env.workspace,
            schema: (0,user_file/* userFile */.M)(env.workspace, options.schema),
            reference: { path: reference.path, display: reference.display },
            outOfRange: { warn: options['out-of-range-warn'], fail: options['out-of-range-fail'] },
            ...((options['skew-training'] ?? []).length > 0
                ? { skew: { training: options['skew-training'], id: options['skew-id'], tolerance: options['skew-tolerance'], levels: { warn: options['skew-warn'], fail: options['skew-fail'] } } }
                : {}),
            gitSha: env.commit,
            now,
            options: { maxErrorSamples: 100 },
        });
        dataDocument = outcome.document;
        failures.push(...outcome.problems.map((p) => p.message));
    }
    let kpiDocument;
    if (options.kpis !== undefined) {
        const policy = await (0,steps_policy/* stepPolicy */.L)(extras, options['kpi-policy'], env.workspace);
        const baseline = await (0,shared_baseline/* resolveBaseline */.oL)(options['kpi-baseline'], {
            baseDir: env.workspace,
            tempDir: (0,external_node_path_.join)(env.tempDir, 'holdout-monitor-kpis'),
            github: env.github,
            localGit: env.localGit,
            noGitHub: env.localGit ? 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' : undefined,
        });
        const outcome = await env.tasks.run(compare_metrics/* compareModelsTask */.T, {
            candidate: (0,user_file/* userFile */.M)(env.workspace, options.kpis),
            baseline,
            policy,
            title: 'Live KPIs against the deploy baseline',
            gitSha: env.commit,
            now,
            options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'drop' },
        });
        kpiDocument = outcome.document;
        failures.push(...outcome.problems.map((p) => p.message));
    }
    const model = options.model;
    const key = options['monitor-key'];
    const identity = { model, key };
    const marker = env.github ? monitorMarker({ repository: env.github.repo, model, key }) : '';
    const run = monitorRun({ data: dataDocument, kpis: kpiDocument, at: now.toISOString(), run: env.runUrl, commit: env.commit });
    // The issue's history, read now so the job summary has the trend too (a read-only token can read it).
    let previous = [];
    let author;
    if (options.issue && env.github) {
        try {
            author = await (0,comment/* tokenIdentity */.sX)(env.github.octokit);
            const found = pickIssue(await findMonitorIssues(env.github.octokit, env.github.repo, options['issue-label'], marker, author));
            const history = readHistory(found?.body);
            if (history.damaged)
                env.logger.warning(`holdout monitor: the run history in issue #${found.number} could not be read (edited?); it starts again from this run`);
            previous = history.runs;
        }
        catch (error) {
            if (!isAccessError(error))
                throw error;
            env.logger.warning(`holdout monitor: could not read the monitor issues (${describe(error)}); grant the token issues: read for the history`);
        }
    }
    const runs = appendRun(previous, run, options.history);
    const failing = run.status === 'fail' || run.status === 'error';
    const since = failingSince(runs);
    const newFailure = failing && (previous.length === 0 || !['fail', 'error'].includes(previous.at(-1).status));
    const status = run.status;
    let failure;
    if (failures.length > 0)
        failure = { kind: 'input', message: failures.join('\n') };
    else if ((0,results_status/* statusFailsStep */.Cd)(status, options['fail-on'])) {
        const problems = problemChecks(dataDocument, kpiDocument).filter((c) => c.status === 'fail' || c.status === 'error');
        failure = { kind: 'verdict', message: `Monitor ${status}: ${problems.slice(0, 5).map((c) => c.title).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}` };
    }
    const summaryParts = [monitorMarkdown({ identity, marker, data: dataDocument, kpis: kpiDocument, runs }, false)];
    if (dataDocument)
        summaryParts.push((0,validation/* renderValidationSummary */.mn)(dataDocument));
    if (kpiDocument)
        summaryParts.push((0,comparison/* renderComparisonSummary */.YV)(kpiDocument));
    const files = [];
    if (dataDocument && kpiDocument)
        files.push({ path: (0,user_file/* userFile */.M)(env.workspace, options['kpi-results-file']).path, text: (0,io/* resultsText */.qp)(kpiDocument) });
    const document = dataDocument ?? kpiDocument;
    const resultsPath = dataDocument ? options['results-file'] : options['kpi-results-file'];
    const exported = [...(dataDocument ? [{ document: dataDocument, file: options['results-file'] }] : []), ...(kpiDocument ? [{ document: kpiDocument, file: options['kpi-results-file'] }] : [])];
    files.push(...(0,export_files/* exportFiles */.S)(options, exported, env.workspace, { warnFails: options['fail-on'] === 'warn' }));
    const outputs = {
        status,
        'results-file': dataDocument ? options['results-file'] : undefined,
        'kpi-results-file': kpiDocument ? options['kpi-results-file'] : undefined,
        'failed-checks': problemChecks(dataDocument, kpiDocument).filter((c) => c.status === 'fail' || c.status === 'error').length,
        'drifted-columns': dataDocument?.data.drift?.dataset.drifted,
        'dataset-drift': dataDocument?.data.drift?.dataset.status,
        'kpi-regressions': kpiDocument?.comparison.regressions,
        'failing-since': since?.at,
        problems: JSON.stringify(run.problems.filter((p) => p.status === 'fail' || p.status === 'error').map((p) => p.id)),
    };
    return {
        document,
        resultsPath: (0,user_file/* userFile */.M)(env.workspace, resultsPath).path,
        files,
        annotations: [],
        summary: summaryParts.join('\n'),
        outputs,
        failure,
        data: dataDocument,
        kpis: kpiDocument,
        run,
        publish: () => publishOutcome({
            options, env, identity, marker, author, run, failing, newFailure, payload, inputs,
            inputProblem: failures.length > 0, data: dataDocument, kpis: kpiDocument,
        }),
    };
}
function isAccessError(error) {
    const status = error.status;
    return status === 401 || status === 403 || status === 404;
}
function describe(error) {
    const status = error.status;
    return `${status ?? 'error'}: ${error.message}`;
}
/** The GitHub side: the issue, then the retraining trigger. Access errors warn; the verdict stands. */
async function publishOutcome(p) {
    const { options, env } = p;
    const outputs = { 'issue-action': 'none', dispatched: false };
    if (!env.github) {
        if (options.issue || options['dispatch-event'] || options['dispatch-workflow'])
            env.logger.warning('holdout monitor: no token or repository, so no monitor issue and no retraining trigger (the job summary and outputs are written)');
        return outputs;
    }
    const { octokit, repo } = env.github;
    let issueNumber;
    let issueUrl;
    let newFailure = p.newFailure;
    // Retraining is for a model that degraded, not for a monitor that could not read its input.
    const retrain = p.run.status === 'fail' && !p.inputProblem;
    const trigger = options['dispatch-event'] !== undefined ? `repository_dispatch "${options['dispatch-event']}"` : options['dispatch-workflow'] !== undefined ? `workflow_dispatch of ${options['dispatch-workflow']}` : undefined;
    const willDispatch = () => retrain && trigger !== undefined && (options['dispatch-on'] === 'every-failure' || newFailure);
    if (options.issue) {
        try {
            const author = p.author ?? (await (0,comment/* tokenIdentity */.sX)(octokit));
            const body = (previousBody, dispatchLine) => {
                const runs = appendRun(readHistory(previousBody).runs, p.run, options.history);
                return monitorMarkdown({ identity: p.identity, marker: p.marker, data: p.data, kpis: p.kpis, runs, dispatch: dispatchLine }, true);
            };
            const common = { label: options['issue-label'], marker: p.marker, author };
            if (p.failing) {
                const dispatchLine = trigger === undefined ? undefined : willDispatch() ? `sent ${trigger} (this run).` : retrain ? `${trigger} was sent when this failure began; not again (dispatch-on: new-failure).` : undefined;
                const issue = await upsertMonitorIssue(octokit, repo, { ...common, title: issueTitle(p.identity), body: (prev) => body(prev, dispatchLine) });
                // Whether this failure is new is the issue's to say: it opened or reopened now.
                newFailure = issue.action !== 'updated';
                issueNumber = issue.number;
                issueUrl = issue.url;
                outputs['issue-action'] = issue.action;
                env.logger.info(`holdout monitor: issue #${issue.number} ${issue.action}: ${issue.url}`);
            }
            else {
                const closed = await resolveMonitorIssue(octokit, repo, {
                    ...common,
                    body: (prev) => body(prev),
                    comment: healthyComment(p.run),
                    keepHistory: true,
                });
                if (closed) {
                    issueNumber = closed.number;
                    issueUrl = closed.url;
                    outputs['issue-action'] = closed.closed ? 'closed' : 'none';
                    if (closed.closed)
                        env.logger.info(`holdout monitor: healthy again; issue #${closed.number} closed: ${closed.url}`);
                }
            }
        }
        catch (error) {
            if (!isAccessError(error))
                throw error;
            env.logger.warning(`holdout monitor: could not write the monitor issue (${describe(error)}); grant the token issues: write. The verdict, job summary and outputs stand.`);
        }
    }
    if (issueNumber !== undefined) {
        outputs['issue-number'] = issueNumber;
        outputs['issue-url'] = issueUrl;
    }
    if (willDispatch()) {
        const holdout = {
            model: p.identity.model,
            key: p.identity.key,
            status: p.run.status,
            failing: p.run.problems.filter((x) => x.status === 'fail').slice(0, 10).map((x) => x.id),
            at: p.run.at,
            ...(issueNumber !== undefined ? { issue: issueNumber } : {}),
            ...(env.runUrl ? { run: env.runUrl } : {}),
        };
        try {
            if (options['dispatch-event'] !== undefined) {
                await sendRepositoryDispatch(octokit, repo, options['dispatch-event'], { ...p.payload, holdout });
                env.logger.info(`holdout monitor: sent repository_dispatch "${options['dispatch-event']}"`);
            }
            else {
                const ref = await sendWorkflowDispatch(octokit, repo, options['dispatch-workflow'], options['dispatch-ref'], p.inputs ?? {});
                env.logger.info(`holdout monitor: dispatched ${options['dispatch-workflow']} on ${ref}`);
            }
            outputs.dispatched = true;
        }
        catch (error) {
            if (!isAccessError(error))
                throw error;
            const permission = options['dispatch-event'] !== undefined ? 'contents: write' : 'actions: write';
            env.logger.warning(`holdout monitor: could not send the retraining trigger (${describe(error)}); grant the token ${permission}. The verdict stands.`);
        }
    }
    return outputs;
}
function healthyComment(run) {
    const when = run.run ? `[${run.at}](${run.run})` : run.at;
    const warned = run.problems.filter((p) => p.status === 'warn').length;
    const verdict = warned === 0 ? 'every monitor check passes' : `no monitor check fails (${warned} warn${warned === 1 ? 's' : ''}: ${run.problems.slice(0, 3).map((p) => p.title).join('; ')}${warned > 3 ? '; …' : ''})`;
    return `Healthy again: ${verdict} in the run of ${when}${run.rows !== undefined ? ` (${run.rows} production rows)` : ''}. Closing; holdout reopens this issue if the model degrades again.`;
}


/***/ })

};
