export const id = 741;
export const ids = [741];
export const modules = {

/***/ 6741:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitorData: () => (/* binding */ monitorData)
});

// UNUSED EXPORTS: DEFAULT_OUT_OF_RANGE, nextUp

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
var schema = __webpack_require__(2334);
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


/***/ })

};
