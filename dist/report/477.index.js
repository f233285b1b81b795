export const id = 477;
export const ids = [477];
export const modules = {

/***/ 8477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareModels: () => (/* binding */ compareModels)
});

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/data/table.js + 3 modules
var data_table = __webpack_require__(1052);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
;// CONCATENATED MODULE: ./build/shared/metrics/files.js
// Metric files: JSON or YAML (nested keys flattened with dots, as DVC and
// MLflow exports write them; MLflow's run JSON read as it is) and CSV/TSV
// (name,value rows — the latest step wins — or one header row of names and
// one row of values). A value that is not a finite number is an error
// naming the file and the key.





async function readMetricsFile(path, displayPath = path) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j((0,load/* describeFsError */.TQ)(error), { file: displayPath });
    }
    const text = bytes.toString('utf8');
    if (text.trim() === '')
        throw new errors/* ConfigurationError */.j('is empty', { file: displayPath });
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
        const format = lower.endsWith('.tsv') ? 'tsv' : 'csv';
        return { metrics: await parseMetricsTable(text, displayPath, format === 'tsv' ? '\t' : ','), sha256, format };
    }
    const parsed = (0,load/* parseConfigText */.Bu)(text, displayPath);
    return { metrics: metricsFromObject(parsed.value, displayPath, (key) => parsed.lineOf(key.split('.'))), sha256, format: lower.endsWith('.json') ? 'json' : 'yaml' };
}
/** Flattens a parsed metrics document; recognises MLflow's run JSON. */
function metricsFromObject(value, file, lineOf = () => undefined) {
    const out = new Map();
    const root = unwrapMlflow(value);
    if (Array.isArray(root)) {
        // MLflow's metric list: [{ key, value, step, timestamp }], latest step (then timestamp) wins.
        const best = new Map();
        root.forEach((entry, i) => {
            const e = entry;
            if (typeof e?.key !== 'string')
                throw new errors/* ConfigurationError */.j('a metric entry needs a "key"', { file, key: `[${i}]` });
            const number = toMetricNumber(e.value, file, e.key);
            const step = Number(e.step ?? 0);
            const timestamp = Number(e.timestamp ?? 0);
            const previous = best.get(e.key);
            if (!previous || step > previous.step || (step === previous.step && timestamp >= previous.timestamp)) {
                best.set(e.key, { step, timestamp });
                out.set(e.key, number);
            }
        });
        return out;
    }
    if (root === null || typeof root !== 'object')
        throw new errors/* ConfigurationError */.j('a metrics file must hold an object of metric names to numbers', { file });
    const walk = (node, prefix) => {
        for (const [key, child] of Object.entries(node)) {
            const name = prefix ? `${prefix}.${key}` : key;
            if (child !== null && typeof child === 'object' && !Array.isArray(child))
                walk(child, name);
            else
                out.set(name, toMetricNumber(child, file, name, lineOf(name)));
        }
    };
    walk(root, '');
    if (out.size === 0)
        throw new errors/* ConfigurationError */.j('holds no metrics', { file });
    return out;
}
function unwrapMlflow(value) {
    const v = value;
    if (v && typeof v === 'object') {
        if (v.run?.data?.metrics !== undefined)
            return v.run.data.metrics;
        if (v.data?.metrics !== undefined && typeof v.data === 'object')
            return v.data.metrics;
    }
    return value;
}
function toMetricNumber(value, file, key, line) {
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) {
        const shown = typeof value === 'number' ? String(value) : JSON.stringify(value);
        throw new errors/* ConfigurationError */.j(`metric value ${shown} is not a finite number`, { file, key, line });
    }
    return number;
}
async function parseMetricsTable(text, file, delimiter) {
    async function* once() {
        yield text;
    }
    const stream = await (0,csv/* openCsvStream */.z)(once(), { displayPath: file, delimiter });
    const header = stream.header.map((h) => h.trim().toLowerCase());
    const rows = [];
    const lines = [];
    for await (const batch of stream.batches) {
        for (let r = 0; r < batch.size; r++) {
            rows.push(batch.columns.map((c) => String(c[r] ?? '')));
            lines.push(batch.lines?.[r] ?? 0);
        }
    }
    const nameAt = header.findIndex((h) => h === 'name' || h === 'metric' || h === 'key');
    const valueAt = header.indexOf('value');
    const out = new Map();
    if (nameAt >= 0 && valueAt >= 0) {
        const stepAt = header.indexOf('step');
        const steps = new Map();
        rows.forEach((row, i) => {
            const name = row[nameAt];
            const value = toMetricNumber(row[valueAt], file, name, lines[i]);
            const step = stepAt >= 0 ? Number(row[stepAt]) : 0;
            if (!steps.has(name) || step >= steps.get(name)) {
                steps.set(name, step);
                out.set(name, value);
            }
        });
        return out;
    }
    if (rows.length !== 1) {
        throw new errors/* ConfigurationError */.j('a CSV metrics file has either name,value columns or one header row and one row of values', { file });
    }
    stream.header.forEach((name, i) => out.set(name, toMetricNumber(rows[0][i], file, name, lines[0])));
    return out;
}

;// CONCATENATED MODULE: ./build/shared/metrics/predictions.js
// Predictions files (CSV, JSON Lines, Parquet through the shared readers):
// id, label, and a score, per-class scores (score_<class> / prob_<class>)
// or a prediction, plus slice columns. Candidate and baseline are joined by
// id — never by row order — and turned into the task's data.


const CLASS_COLUMN = /^(?:score|prob)_(.+)$/;
function predictions_text(cell) {
    if (cell === null || cell === undefined)
        return undefined;
    if (typeof cell === 'string')
        return cell;
    if (cell instanceof Date)
        return cell.toISOString();
    if (typeof cell === 'object')
        return JSON.stringify(cell);
    return String(cell);
}
async function readPredictionsFile(path, displayPath, columns) {
    const table = await (0,data_table/* openTable */.R)(path, { displayPath });
    const header = table.header;
    const at = (name) => header.indexOf(name);
    const need = (name, what) => {
        const i = at(name);
        if (i < 0)
            throw new errors/* ConfigurationError */.j(`has no ${what} column "${name}" (columns: ${header.join(', ')})`, { file: displayPath, line: table.headerLine });
        return i;
    };
    const idAt = need(columns.id, 'id');
    const labelAt = need(columns.label, 'label');
    const scoreAt = columns.score ? at(columns.score) : -1;
    if (columns.score && scoreAt < 0 && columns.score !== 'score')
        need(columns.score, 'score');
    const predictionAt = columns.prediction ? at(columns.prediction) : -1;
    const classColumns = header.map((h, i) => ({ h, i, m: CLASS_COLUMN.exec(h) })).filter((c) => c.m && c.i !== scoreAt);
    const sliceAt = columns.slices.map((s) => need(s, 'slice'));
    const ids = [];
    const labels = [];
    const lines = [];
    const scores = [];
    const classValues = classColumns.map(() => []);
    const predictions = [];
    const slices = columns.slices.map(() => []);
    const number = (cell, name, line, row) => {
        const value = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
        if (!Number.isFinite(value)) {
            throw new errors/* ConfigurationError */.j(`${name} ${JSON.stringify(predictions_text(cell) ?? null)} in row ${row} is not a finite number`, { file: displayPath, line });
        }
        return value;
    };
    for await (const batch of table.batches) {
        const cols = batch.columns;
        for (let r = 0; r < batch.size; r++) {
            const line = batch.lines?.[r];
            const row = batch.firstRow + r;
            const id = predictions_text(cols[idAt][r]);
            const label = predictions_text(cols[labelAt][r]);
            if (id === undefined || id === '')
                throw new errors/* ConfigurationError */.j(`row ${row} has no id`, { file: displayPath, line });
            if (label === undefined || label === '')
                throw new errors/* ConfigurationError */.j(`row ${row} (id ${id}) has no label`, { file: displayPath, line });
            ids.push(id);
            labels.push(label);
            lines.push(line);
            if (scoreAt >= 0)
                scores.push(number(cols[scoreAt][r], columns.score, line, row));
            classColumns.forEach((c, k) => classValues[k].push(number(cols[c.i][r], c.h, line, row)));
            if (predictionAt >= 0) {
                const p = predictions_text(cols[predictionAt][r]);
                if (p === undefined || p === '')
                    throw new errors/* ConfigurationError */.j(`row ${row} (id ${id}) has no prediction`, { file: displayPath, line });
                predictions.push(p);
            }
            sliceAt.forEach((i, k) => slices[k].push(predictions_text(cols[i][r]) ?? ''));
        }
    }
    return {
        file: displayPath,
        sha256: table.digest().sha256,
        ids,
        labels,
        lines,
        score: scoreAt >= 0 ? Float64Array.from(scores) : undefined,
        classScores: classColumns.length >= 2 ? { classes: classColumns.map((c) => c.m[1]), columns: classValues.map((v) => Float64Array.from(v)) } : undefined,
        prediction: predictionAt >= 0 ? predictions : undefined,
        slices: Object.fromEntries(columns.slices.map((s, k) => [s, slices[k]])),
    };
}
/** Joins baseline rows onto the candidate's by id. */
function joinById(candidate, baseline, onMismatch) {
    const baselineRow = new Map();
    baseline.ids.forEach((id, i) => {
        if (baselineRow.has(id))
            throw new errors/* ConfigurationError */.j(`id ${JSON.stringify(id)} appears twice`, { file: baseline.file, line: baseline.lines[i] });
        baselineRow.set(id, i);
    });
    const seen = new Set();
    const keepCandidate = [];
    const keepBaseline = [];
    const candidateOnly = [];
    candidate.ids.forEach((id, i) => {
        if (seen.has(id))
            throw new errors/* ConfigurationError */.j(`id ${JSON.stringify(id)} appears twice`, { file: candidate.file, line: candidate.lines[i] });
        seen.add(id);
        const j = baselineRow.get(id);
        if (j === undefined)
            candidateOnly.push(id);
        else {
            keepCandidate.push(i);
            keepBaseline.push(j);
        }
    });
    const baselineOnly = baseline.ids.filter((id) => !seen.has(id));
    if ((candidateOnly.length > 0 || baselineOnly.length > 0) && onMismatch === 'error') {
        const few = (ids) => ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') + (ids.length > 5 ? `, … (${ids.length})` : '');
        const parts = [];
        if (candidateOnly.length)
            parts.push(`${candidateOnly.length} id(s) only in the candidate (${candidate.file}): ${few(candidateOnly)}`);
        if (baselineOnly.length)
            parts.push(`${baselineOnly.length} id(s) only in the baseline (${baseline.file}): ${few(baselineOnly)}`);
        throw new errors/* ConfigurationError */.j(`candidate and baseline predictions are not on the same rows: ${parts.join('; ')}. Set on-mismatch: drop to compare on the common rows.`);
    }
    const mismatched = keepCandidate.filter((i, k) => candidate.labels[i] !== baseline.labels[keepBaseline[k]]);
    if (mismatched.length > 0) {
        const i = mismatched[0];
        throw new errors/* ConfigurationError */.j(`${mismatched.length} id(s) have different labels in the candidate and the baseline, e.g. id ${JSON.stringify(candidate.ids[i])}: ${JSON.stringify(candidate.labels[i])} vs ${JSON.stringify(baseline.labels[keepBaseline[keepCandidate.indexOf(i)]])}`, { file: candidate.file, line: candidate.lines[i] });
    }
    return { candidate: pick(candidate, keepCandidate), baseline: pick(baseline, keepBaseline), dropped: { candidateOnly: candidateOnly.length, baselineOnly: baselineOnly.length } };
}
function pick(file, rows) {
    const take = (a) => rows.map((i) => a[i]);
    const takeF = (a) => Float64Array.from(rows, (i) => a[i]);
    return {
        ...file,
        ids: take(file.ids),
        labels: take(file.labels),
        lines: take(file.lines),
        score: file.score && takeF(file.score),
        classScores: file.classScores && { classes: file.classScores.classes, columns: file.classScores.columns.map(takeF) },
        prediction: file.prediction && take(file.prediction),
        slices: Object.fromEntries(Object.entries(file.slices).map(([k, v]) => [k, take(v)])),
    };
}
const isNumeric = (s) => s.trim() !== '' && Number.isFinite(Number(s));
/** Decides the task when it is unambiguous; otherwise says what to set. */
function inferTask(file, given) {
    if (given)
        return given;
    if (file.classScores)
        return 'multiclass';
    const distinct = new Set(file.labels);
    if (distinct.size <= 2 && (file.score || file.prediction))
        return 'binary';
    const numericLabels = file.labels.every(isNumeric);
    if (numericLabels && (file.prediction?.every(isNumeric) || (file.score && !file.prediction)))
        return 'regression';
    if (!numericLabels && file.prediction)
        return 'multiclass';
    throw new errors/* ConfigurationError */.j(`cannot tell the task from the columns; set task to binary, multiclass or regression`, { file: file.file });
}
function toTaskData(file, task, options, classesHint) {
    const n = file.labels.length;
    if (task === 'binary') {
        const posLabel = options.posLabel ?? defaultPositive(file);
        const y = new Uint8Array(n);
        for (let i = 0; i < n; i++)
            y[i] = file.labels[i] === posLabel ? 1 : 0;
        const score = file.score ?? (file.classScores ? file.classScores.columns[file.classScores.classes.indexOf(posLabel)] : undefined);
        const pred = new Uint8Array(n);
        if (file.prediction)
            for (let i = 0; i < n; i++)
                pred[i] = file.prediction[i] === posLabel ? 1 : 0;
        else if (score)
            for (let i = 0; i < n; i++)
                pred[i] = score[i] >= options.threshold ? 1 : 0;
        else
            throw new errors/* ConfigurationError */.j('binary predictions need a score or a prediction column', { file: file.file });
        const probabilities = score !== undefined && score.every((s) => s >= 0 && s <= 1);
        return { task, posLabel, data: { y, pred, score }, probabilities };
    }
    if (task === 'multiclass') {
        const classes = [...(classesHint ?? file.classScores?.classes ?? [])];
        for (const label of file.labels)
            if (!classes.includes(label))
                classes.push(label);
        if (file.prediction)
            for (const p of file.prediction)
                if (!classes.includes(p))
                    classes.push(p);
        const index = new Map(classes.map((c, k) => [c, k]));
        const y = Int32Array.from(file.labels, (l) => index.get(l));
        let proba;
        if (file.classScores) {
            proba = classes.map((c) => {
                const k = file.classScores.classes.indexOf(c);
                return k >= 0 ? file.classScores.columns[k] : new Float64Array(n);
            });
        }
        let pred;
        if (file.prediction)
            pred = Int32Array.from(file.prediction, (p) => index.get(p));
        else if (proba) {
            pred = new Int32Array(n);
            for (let i = 0; i < n; i++) {
                let best = 0;
                for (let k = 1; k < proba.length; k++)
                    if (proba[k][i] > proba[best][i])
                        best = k;
                pred[i] = best;
            }
        }
        else
            throw new errors/* ConfigurationError */.j('multiclass predictions need per-class score columns (score_<class>) or a prediction column', { file: file.file });
        return { task, data: { classes, y, pred, proba } };
    }
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        if (!isNumeric(file.labels[i]))
            throw new errors/* ConfigurationError */.j(`label ${JSON.stringify(file.labels[i])} is not a number (task regression)`, { file: file.file, line: file.lines[i] });
        y[i] = Number(file.labels[i]);
    }
    let pred;
    if (file.prediction) {
        pred = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            if (!isNumeric(file.prediction[i]))
                throw new errors/* ConfigurationError */.j(`prediction ${JSON.stringify(file.prediction[i])} is not a number (task regression)`, { file: file.file, line: file.lines[i] });
            pred[i] = Number(file.prediction[i]);
        }
    }
    else if (file.score)
        pred = file.score;
    else
        throw new errors/* ConfigurationError */.j('regression predictions need a prediction (or score) column', { file: file.file });
    return { task, data: { y, pred } };
}
function defaultPositive(file) {
    const distinct = [...new Set(file.labels)].sort();
    for (const positive of ['1', 'true', 'True', 'TRUE', 'yes', 'positive'])
        if (distinct.includes(positive))
            return positive;
    if (distinct.length === 1 && ['0', 'false', 'False', 'no', 'negative'].includes(distinct[0])) {
        return { '0': '1', false: 'true', False: 'True', no: 'yes', negative: 'positive' }[distinct[0]];
    }
    throw new errors/* ConfigurationError */.j(`cannot tell the positive class among labels ${distinct.map((d) => JSON.stringify(d)).join(', ')}; set pos-label`, { file: file.file });
}

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

;// CONCATENATED MODULE: ./build/shared/stats/ranks.js
// Sorting scores for rank statistics: a radix sort on the IEEE-754 bits,
// O(n) for spread-out scores, returning the permutation and the sorted
// keys (so that ties are found sequentially), as DeLong and the AUC need.
const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);
/** Indices that sort `values` ascending (stable). NaN must not occur. */
function argsort(values) {
    return sortedKeys(values).order;
}
/** The sorting permutation together with the sorted keys, so callers find ties sequentially. */
function sortedKeys(values) {
    // Radix-sort on the high 32 bits of the order-preserving key in three
    // passes of 11, 11 and 10 bits (2,048 buckets keep the scatter in cache;
    // 65,536 did not, and ran three times slower), carrying the key and the
    // row; then gather the low words and insertion-sort the short runs that
    // share their high word.
    const n = values.length;
    let hi = new Uint32Array(n);
    const loByRow = new Uint32Array(n);
    let order = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
        FLOAT[0] = values[i] === 0 ? 0 : values[i]; // -0 sorts with 0
        let h = WORDS[1];
        let l = WORDS[0];
        if (h & 0x80000000) {
            h = ~h >>> 0;
            l = ~l >>> 0;
        }
        else
            h = (h | 0x80000000) >>> 0;
        hi[i] = h;
        loByRow[i] = l;
        order[i] = i;
    }
    let hi2 = new Uint32Array(n);
    let order2 = new Uint32Array(n);
    const counts = new Uint32Array(2048);
    for (const [shift, bits] of [[0, 11], [11, 11], [22, 10]]) {
        const mask = (1 << bits) - 1;
        counts.fill(0);
        for (let i = 0; i < n; i++)
            counts[(hi[i] >>> shift) & mask]++;
        if (counts[(hi[0] >>> shift) & mask] === n)
            continue; // this digit is the same everywhere
        let sum = 0;
        for (let b = 0; b <= mask; b++) {
            const c = counts[b];
            counts[b] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const h = hi[i];
            const at = counts[(h >>> shift) & mask]++;
            hi2[at] = h;
            order2[at] = order[i];
        }
        [hi, hi2] = [hi2, hi];
        [order, order2] = [order2, order];
    }
    const lo = new Uint32Array(n);
    for (let k = 0; k < n; k++)
        lo[k] = loByRow[order[k]];
    // Runs with equal high words: insertion sort by the low word (stable).
    let start = 0;
    while (start < n) {
        let end = start + 1;
        while (end < n && hi[end] === hi[start])
            end++;
        let sorted = true;
        for (let k = start + 1; k < end && sorted; k++)
            sorted = lo[k - 1] <= lo[k];
        if (sorted) {
            // Equal values (ties) or already in order: nothing to do.
        }
        else if (end - start > 64) {
            // A long run (scores packed closer than 2⁻²⁰ of each other): sort it properly.
            const run = Array.from({ length: end - start }, (_, k) => start + k).sort((a, b) => lo[a] - lo[b] || order[a] - order[b]);
            const runLo = run.map((k) => lo[k]);
            const runOrder = run.map((k) => order[k]);
            for (let k = 0; k < run.length; k++) {
                lo[start + k] = runLo[k];
                order[start + k] = runOrder[k];
            }
        }
        else if (end - start > 1) {
            for (let i = start + 1; i < end; i++) {
                const l = lo[i];
                const index = order[i];
                let j = i - 1;
                while (j >= start && lo[j] > l) {
                    lo[j + 1] = lo[j];
                    order[j + 1] = order[j];
                    j--;
                }
                lo[j + 1] = l;
                order[j + 1] = index;
            }
        }
        start = end;
    }
    return { order, hi, lo };
}

// EXTERNAL MODULE: ./build/shared/stats/distributions.js
var distributions = __webpack_require__(4255);
;// CONCATENATED MODULE: ./build/shared/stats/delong.js
// DeLong's test for ROC AUC, by the fast algorithm of Sun & Xu (2014): one
// sort per model gives every positive's and negative's placement value
// (ties count one half), from which the AUCs and their covariance follow in
// O(n log n) — here O(n), the sort being a radix sort. Variances use the
// unbiased (n − 1) covariance, as R's pROC does.


/** Placement values for one or more models scored on the same rows. `labels[i]` is 1 for a positive. */
function placements(labels, scores) {
    const n = labels.length;
    let m = 0;
    for (let i = 0; i < n; i++)
        if (labels[i] === 1)
            m++;
    const negatives = n - m;
    const out = { auc: [], v10: [], v01: [], positives: m, negatives };
    for (const score of scores) {
        const { order, hi, lo } = sortedKeys(score);
        // Sequential passes in score order; one gather of labels and one scatter of
        // placements by row are the only random accesses.
        const sortedLabels = new Uint8Array(n);
        for (let k = 0; k < n; k++)
            sortedLabels[k] = labels[order[k]] === 1 ? 1 : 0;
        const byRow = new Float64Array(n);
        let posBefore = 0;
        let negBefore = 0;
        let sum = 0;
        let i = 0;
        while (i < n) {
            // A run of tied scores: equal sorted keys.
            let j = i + 1;
            const h = hi[i];
            const l = lo[i];
            while (j < n && hi[j] === h && lo[j] === l)
                j++;
            let pos = 0;
            for (let k = i; k < j; k++)
                pos += sortedLabels[k];
            const neg = j - i - pos;
            const positivePlacement = negatives === 0 ? NaN : (negBefore + neg / 2) / negatives;
            const negativePlacement = m === 0 ? NaN : 1 - (posBefore + pos / 2) / m;
            for (let k = i; k < j; k++)
                byRow[order[k]] = sortedLabels[k] === 1 ? positivePlacement : negativePlacement;
            sum += pos * positivePlacement;
            posBefore += pos;
            negBefore += neg;
            i = j;
        }
        const v10 = new Float64Array(m);
        const v01 = new Float64Array(negatives);
        for (let row = 0, a = 0, b = 0; row < n; row++) {
            if (labels[row] === 1)
                v10[a++] = byRow[row];
            else
                v01[b++] = byRow[row];
        }
        out.auc.push(m === 0 || negatives === 0 ? NaN : sum / m);
        out.v10.push(v10);
        out.v01.push(v01);
    }
    return out;
}
function covariance(a, b, meanA, meanB) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += (a[i] - meanA) * (b[i] - meanB);
    return s / (a.length - 1);
}
/** The DeLong covariance matrix of the models' AUCs. */
function delongCovariance(p) {
    const k = p.auc.length;
    const mean01 = p.v01.map((v) => v.reduce((s, x) => s + x, 0) / v.length);
    const S = [];
    for (let r = 0; r < k; r++) {
        S.push([]);
        for (let s = 0; s < k; s++) {
            const s10 = covariance(p.v10[r], p.v10[s], p.auc[r], p.auc[s]);
            const s01 = covariance(p.v01[r], p.v01[s], mean01[r], mean01[s]);
            S[r].push(s10 / p.positives + s01 / p.negatives);
        }
    }
    return S;
}
function pairedDeLong(labels, candidate, baseline) {
    const p = placements(labels, [candidate, baseline]);
    if (p.positives < 2 || p.negatives < 2)
        return undefined;
    const S = delongCovariance(p);
    const difference = p.auc[0] - p.auc[1];
    // The variance of the difference from the differences of placements, not as
    // var₁ + var₂ − 2cov, which cancels badly when the models agree closely.
    const differenceVariance = varianceOfDifference(p.v10[0], p.v10[1]) / p.positives + varianceOfDifference(p.v01[0], p.v01[1]) / p.negatives;
    const z = differenceVariance > 0 ? difference / Math.sqrt(differenceVariance) : difference === 0 ? 0 : Math.sign(difference) * Infinity;
    return { auc: [p.auc[0], p.auc[1]], variance: [S[0][0], S[1][1]], difference, differenceVariance, z, pValue: twoSidedP(z) };
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
    return Math.min(1, 2 * (0,distributions/* normalSf */.nG)(Math.abs(z)));
}

;// CONCATENATED MODULE: ./build/shared/metrics/rank.js
// Rank metrics under row weights: ROC AUC (Mann–Whitney, ties count one
// half) and average precision (scikit-learn's step-wise definition), each a
// single pass over the rows sorted once by score.


function sortScores(isPositive, score) {
    const { order, hi, lo } = sortedKeys(score);
    const groupStart = new Uint8Array(order.length);
    const positiveSorted = new Uint8Array(order.length);
    for (let k = 0; k < order.length; k++) {
        groupStart[k] = k === 0 || hi[k] !== hi[k - 1] || lo[k] !== lo[k - 1] ? 1 : 0;
        positiveSorted[k] = isPositive[order[k]] === 1 ? 1 : 0;
    }
    return { order, groupStart, positiveSorted };
}
/** ROC AUC of `score` for the rows where `positive(i)`; undefined with one class. */
function rocAucMetric(isPositive, score) {
    const { order, groupStart, positiveSorted } = sortScores(isPositive, score);
    const n = order.length;
    const ones = new Uint16Array(n).fill(1);
    return {
        evaluate(given) {
            // Branch-free over the class (a mispredicted branch per row costs more than the
            // arithmetic); the only branch is at tie-group starts, which is predictable.
            const weights = given ?? ones;
            let negBefore = 0;
            let totalPos = 0;
            let sum = 0;
            let gp = 0;
            let gn = 0;
            for (let k = 0; k < n; k++) {
                if (groupStart[k] === 1) {
                    sum += gp * (negBefore + gn * 0.5);
                    negBefore += gn;
                    totalPos += gp;
                    gp = 0;
                    gn = 0;
                }
                const w = weights[order[k]];
                const wp = w * positiveSorted[k];
                gp += wp;
                gn += w - wp;
            }
            sum += gp * (negBefore + gn * 0.5);
            negBefore += gn;
            totalPos += gp;
            return totalPos === 0 || negBefore === 0 ? undefined : sum / (totalPos * negBefore);
        },
        jackknife() {
            // Leaving out positive i: (m·AUC − V10ᵢ)/(m − 1); negative j: (n·AUC − V01ⱼ)/(n − 1).
            const p = placements(isPositive, [score]);
            const m = p.positives;
            const q = p.negatives;
            if (m < 2 || q < 2)
                return undefined;
            const auc = p.auc[0];
            const out = new Float64Array(n);
            for (let i = 0, a = 0, b = 0; i < n; i++) {
                out[i] = isPositive[i] === 1 ? (m * auc - p.v10[0][a++]) / (m - 1) : (q * auc - p.v01[0][b++]) / (q - 1);
            }
            return out;
        },
    };
}
/** Average precision, Σₙ (Rₙ − Rₙ₋₁) Pₙ over distinct thresholds, as scikit-learn computes it. */
function averagePrecisionMetric(isPositive, score) {
    const { order, groupStart, positiveSorted } = sortScores(isPositive, score);
    const n = order.length;
    const ones = new Uint16Array(n).fill(1);
    return {
        evaluate(given) {
            const weights = given ?? ones;
            let totalPos = 0;
            for (let i = 0; i < n; i++)
                if (isPositive[i] === 1)
                    totalPos += weights[i];
            if (totalPos === 0)
                return undefined;
            let tp = 0;
            let fp = 0;
            let previousRecall = 0;
            let ap = 0;
            // Descending score: walk the ascending order from the end; a threshold closes where a tie group starts.
            for (let k = n - 1; k >= 0; k--) {
                const w = weights[order[k]];
                const wp = w * positiveSorted[k];
                tp += wp;
                fp += w - wp;
                if (groupStart[k] === 1 && tp + fp > 0) {
                    const recall = tp / totalPos;
                    ap += (recall - previousRecall) * (tp / (tp + fp));
                    previousRecall = recall;
                }
            }
            return ap;
        },
    };
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
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'auc', 'average_precision', 'pr_auc',
    'macro_f1', 'weighted_f1', 'micro_f1', 'roc_auc_ovr', 'r2', 'specificity', 'sensitivity', 'top_k_accuracy', 'ndcg', 'map',
]);
const LOWER = new Set(['log_loss', 'logloss', 'brier', 'mae', 'mse', 'rmse', 'mape', 'wape', 'max_error', 'loss', 'error', 'error_rate', 'cross_entropy']);
/** The known direction of a metric name (the last dotted part, ignoring case), if any. */
function knownDirection(name) {
    const base = name.split('.').pop().toLowerCase().replace(/^(val|valid|validation|test|holdout|eval)_/, '');
    if (HIGHER.has(base))
        return 'higher';
    if (LOWER.has(base))
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
    return new errors/* ConfigurationError */.j(`metric "${name}" cannot be computed from ${task} predictions (known: ${TASK_METRICS[task].join(', ')})`);
}

// EXTERNAL MODULE: ./build/shared/results/schema.js + 2 modules
var schema = __webpack_require__(694);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/vocabulary/policy.js
var policy = __webpack_require__(1183);
// EXTERNAL MODULE: ./build/shared/compare/format.js
var format = __webpack_require__(3533);
;// CONCATENATED MODULE: ./build/shared/compare/evaluate.js
// evaluatePolicy: one metric's candidate and baseline values (and, when the
// comparison is paired, its test) against the policy rules for it. Every
// rule gives its own check, so every failure is reported, never only the first.



function evaluateMetric(ctx) {
    const { policy: rule, stats, name, label } = ctx;
    const sign = rule.direction === 'higher' ? 1 : -1;
    const candidate = finiteOrUndefined(stats.candidate);
    const baseline = ctx.hasBaseline ? finiteOrUndefined(stats.baseline) : undefined;
    const difference = candidate !== undefined && baseline !== undefined ? candidate - baseline : undefined;
    const improvement = difference === undefined ? undefined : sign * difference;
    const relative = difference !== undefined && baseline !== undefined && baseline !== 0 ? difference / Math.abs(baseline) : undefined;
    const checks = [];
    const severe = (ok) => (ok ? 'pass' : rule.severity === 'warn' ? 'warn' : 'fail');
    const slice = ctx.slice ? { slice: { column: ctx.slice.column, value: ctx.slice.value } } : {};
    const add = (criterion, title, status, message, observed, expected) => {
        checks.push({
            id: `${ctx.idPrefix}:${criterion.rule}`, title: `${label}: ${title}`, status, message, observed: observed ?? null, expected, count: status === 'pass' ? 0 : 1, locations: [{ file: ctx.file }],
            metric: name, ...slice, ...criterion,
        });
    };
    if (candidate === undefined) {
        const why = stats.unavailable ?? (stats.candidate === undefined ? 'undefined or missing on the candidate' : 'not a finite number');
        // In a slice, an undefined metric (one class, say) is reported, not failed: the slice cannot tell.
        const status = !rule.required ? 'pass' : ctx.slice && stats.candidate === undefined ? 'warn' : severe(false);
        add({ rule: 'present' }, 'present on the candidate', status, rule.required ? `${name} is ${why}${ctx.slice && status === 'warn' ? ' in this slice' : ''}` : `${name} is ${why} (not required)`);
    }
    else {
        if (rule.min !== undefined)
            add({ rule: 'min', threshold: rule.min }, `≥ ${(0,format/* formatNumber */.ZV)(rule.min)}`, severe(candidate >= rule.min), `candidate ${(0,format/* formatNumber */.ZV)(candidate)}, minimum ${(0,format/* formatNumber */.ZV)(rule.min)}`, candidate, `≥ ${rule.min}`);
        if (rule.max !== undefined)
            add({ rule: 'max', threshold: rule.max }, `≤ ${(0,format/* formatNumber */.ZV)(rule.max)}`, severe(candidate <= rule.max), `candidate ${(0,format/* formatNumber */.ZV)(candidate)}, maximum ${(0,format/* formatNumber */.ZV)(rule.max)}`, candidate, `≤ ${rule.max}`);
        const needsBaseline = rule.max_regression !== undefined || rule.max_relative_regression !== undefined || rule.min_improvement !== undefined || rule.non_inferiority !== undefined;
        if (needsBaseline && baseline === undefined) {
            const missing = !ctx.hasBaseline ? 'no baseline was found' : `${name} is missing from the baseline`;
            add({ rule: 'baseline' }, 'has a baseline', ctx.allowMissingBaseline ? 'pass' : severe(false), ctx.allowMissingBaseline ? `${missing}; baseline rules skipped (allow_missing_baseline)` : missing);
        }
        else if (needsBaseline) {
            const regression = Math.max(0, -improvement);
            if (rule.max_regression !== undefined) {
                add({ rule: 'max_regression', threshold: rule.max_regression }, `regression ≤ ${(0,format/* formatNumber */.ZV)(rule.max_regression)}`, severe(regression <= rule.max_regression), `${(0,format/* formatSigned */.Gp)(difference)} vs baseline ${(0,format/* formatNumber */.ZV)(baseline)} (${rule.direction} is better; at most ${(0,format/* formatNumber */.ZV)(rule.max_regression)} worse allowed)`, difference, `≤ ${rule.max_regression} worse`);
            }
            if (rule.max_relative_regression !== undefined) {
                const criterion = { rule: 'max_relative_regression', threshold: rule.max_relative_regression };
                if (baseline === 0) {
                    // A zero baseline is reported, not divided by: a warning whatever the severity.
                    add(criterion, `relative regression ≤ ${(0,format/* formatPercent */.l9)(rule.max_relative_regression)}`, 'warn', `the baseline is 0, so the relative change is not computed (absolute change ${(0,format/* formatSigned */.Gp)(difference)})`, null, `≤ ${(0,format/* formatPercent */.l9)(rule.max_relative_regression)} worse`);
                }
                else {
                    const relativeRegression = regression / Math.abs(baseline);
                    add(criterion, `relative regression ≤ ${(0,format/* formatPercent */.l9)(rule.max_relative_regression)}`, severe(relativeRegression <= rule.max_relative_regression), `${(0,format/* formatSigned */.Gp)(relative * 100, '%')} vs baseline ${(0,format/* formatNumber */.ZV)(baseline)} (at most ${(0,format/* formatPercent */.l9)(rule.max_relative_regression)} worse allowed)`, relative, `≤ ${(0,format/* formatPercent */.l9)(rule.max_relative_regression)} worse`);
                }
            }
            if (rule.min_improvement !== undefined) {
                add({ rule: 'min_improvement', threshold: rule.min_improvement }, `improves by ≥ ${(0,format/* formatNumber */.ZV)(rule.min_improvement)}`, severe(improvement >= rule.min_improvement), `improvement ${(0,format/* formatSigned */.Gp)(improvement)} (needs ≥ ${(0,format/* formatNumber */.ZV)(rule.min_improvement)})`, improvement, `≥ ${rule.min_improvement}`);
            }
            if (rule.non_inferiority !== undefined) {
                const { margin, alpha } = rule.non_inferiority;
                const criterion = { rule: 'non_inferiority', margin, alpha };
                if (!stats.bound) {
                    add(criterion, `non-inferior (margin ${(0,format/* formatNumber */.ZV)(margin)})`, severe(false), stats.unavailable ? `cannot be tested: ${stats.unavailable}` : 'cannot be tested without predictions of both models on the same rows (metrics files carry no noise estimate)');
                }
                else {
                    // Lower confidence bound of the improvement: of the difference when higher is better, of its negation otherwise.
                    const bound = rule.direction === 'higher' ? stats.bound(alpha, 'lower') : -stats.bound(alpha, 'upper');
                    add(criterion, `non-inferior (margin ${(0,format/* formatNumber */.ZV)(margin)}, α ${alpha})`, severe(bound > -margin), `one-sided ${(0,format/* formatPercent */.l9)(1 - alpha)} lower bound of the improvement ${(0,format/* formatSigned */.Gp)(bound)} ${bound > -margin ? '>' : '≤'} −${(0,format/* formatNumber */.ZV)(margin)} (${stats.method})`, bound, `> −${margin}`);
                }
            }
        }
    }
    const alpha = 1 - ctx.confidence;
    let verdict = 'unknown';
    if (improvement !== undefined) {
        if (stats.pValue !== undefined)
            verdict = stats.pValue < alpha ? (improvement > 0 ? 'better' : 'worse') : 'same';
        else
            verdict = improvement > 0 ? 'better' : improvement < 0 ? 'worse' : 'same';
    }
    const row = {
        name,
        direction: rule.direction,
        gated: true,
        slice: ctx.slice,
        candidate: candidate ?? null,
        baseline: baseline ?? null,
        difference: difference ?? null,
        relativeDifference: relative ?? null,
        interval: stats.interval && stats.interval.every(Number.isFinite) ? stats.interval : null,
        confidence: ctx.confidence,
        pValue: stats.pValue ?? null,
        method: stats.method,
        verdict,
        status: (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status)),
        thresholds: thresholdsOf(rule),
        note: stats.unavailable,
        details: stats.details,
    };
    return { row, checks };
}
/** The row's policy: its rules in the vocabulary's order (each rule is a key of the policy, so this does not compile when the lists part), and a warn-only severity. */
function thresholdsOf(rule) {
    const out = {};
    for (const key of policy/* POLICY_RULES */.b) {
        if (rule[key] !== undefined)
            out[key] = rule[key];
    }
    if (rule.severity === 'warn')
        out.severity = 'warn';
    return out;
}
function finiteOrUndefined(value) {
    return value !== undefined && Number.isFinite(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./build/shared/stats/random.js
// A seeded PRNG (xoshiro128**, seeded through splitmix32) so that bootstrap
// resamples are reproducible run to run and machine to machine.
class Random {
    a;
    b;
    c;
    d;
    constructor(seed) {
        let s = seed >>> 0;
        const next = () => {
            s = (s + 0x9e3779b9) >>> 0;
            let z = s;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.a = next();
        this.b = next();
        this.c = next();
        this.d = next();
    }
    /** A uniform 32-bit unsigned integer. */
    nextUint32() {
        const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
        const t = this.b << 9;
        this.c ^= this.a;
        this.d ^= this.b;
        this.b ^= this.c;
        this.a ^= this.d;
        this.c ^= t;
        this.d = rotl(this.d, 11);
        return result;
    }
    /** A uniform integer in [0, n), n ≤ 2³², without modulo bias worth noting (Lemire's multiply). */
    nextIndex(n) {
        return Math.floor((this.nextUint32() / 4294967296) * n);
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

;// CONCATENATED MODULE: ./build/shared/stats/bootstrap.js
// Paired bootstrap of a metric difference (candidate − baseline): each
// resample draws rows with replacement — within each class when stratified —
// and evaluates both models on the same multiset of rows, as weights. Gives
// percentile and BCa intervals (scipy.stats.bootstrap's definitions) and a
// two-sided bootstrap p-value. Seeded, so a run is reproducible.


function pairedBootstrap(input) {
    const candidate = input.candidate.evaluate();
    const baseline = input.baseline.evaluate();
    if (candidate === undefined || baseline === undefined)
        return undefined;
    const estimate = candidate - baseline;
    const groups = strataRows(input.n, input.strata);
    const random = new Random(input.seed);
    // Multiplicities fit 16 bits (a row drawn 65,536 times in one resample does not happen), and a
    // 16-bit array stays in cache where a Float64Array would not.
    const weights = new Uint16Array(input.n);
    const draws = new Float64Array(input.resamples);
    const localCounts = groups.map((rows) => new Uint16Array(rows.length));
    let defined = 0;
    for (let b = 0; b < input.resamples; b++) {
        for (let g = 0; g < groups.length; g++) {
            const rows = groups[g];
            const local = localCounts[g];
            const size = rows.length;
            // Draw into the stratum's own count array (one random increment per draw),
            // then scatter in ascending row order. size · u32 < 2⁵³: the arithmetic is exact.
            local.fill(0);
            for (let j = 0; j < size; j++)
                local[Math.floor((random.nextUint32() * size) / 4294967296)]++;
            if (groups.length === 1)
                weights.set(local);
            else
                for (let j = 0; j < size; j++)
                    weights[rows[j]] = local[j];
        }
        const c = input.candidate.evaluate(weights);
        const s = input.baseline.evaluate(weights);
        if (c === undefined || s === undefined || Number.isNaN(c - s))
            continue;
        draws[defined++] = c - s;
    }
    if (defined < 2)
        return undefined;
    const differences = draws.slice(0, defined).sort();
    const alpha = (1 - input.confidence) / 2;
    let mean = 0;
    for (const d of differences)
        mean += d;
    mean /= defined;
    let ss = 0;
    for (const d of differences)
        ss += (d - mean) ** 2;
    const standardError = Math.sqrt(ss / (defined - 1));
    const percentile = [quantile(differences, alpha), quantile(differences, 1 - alpha)];
    const acceleration = accelerationOf(input, groups.length > 1);
    let bca;
    let z0;
    if (acceleration !== undefined) {
        let below = 0;
        for (const d of differences)
            if (d < estimate)
                below++;
        z0 = (0,distributions/* normalQuantile */.Zl)(below / defined);
        if (Number.isFinite(z0)) {
            const adjusted = (z) => (0,distributions/* normalCdf */.vr)(z0 + (z0 + z) / (1 - acceleration * (z0 + z)));
            const za = (0,distributions/* normalQuantile */.Zl)(alpha);
            bca = [quantile(differences, adjusted(za)), quantile(differences, adjusted(-za))];
        }
    }
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (const d of differences) {
        if (d <= 0)
            atOrBelow++;
        if (d >= 0)
            atOrAbove++;
    }
    // Add-one estimate: a bootstrap never gives p = 0 from finitely many resamples.
    const pValue = Math.min(1, (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (defined + 1));
    return { estimate, candidate, baseline, differences, undefinedResamples: input.resamples - defined, standardError, percentile, bca, z0, acceleration, pValue };
}
/**
 * The bootstrap quantile at q, BCa-adjusted where available: q = α gives the
 * one-sided lower bound at level 1 − α, q = 1 − α the upper one.
 */
function bootstrapBound(result, q) {
    if (result.bca && result.z0 !== undefined && result.acceleration !== undefined && Number.isFinite(result.z0)) {
        const z = (0,distributions/* normalQuantile */.Zl)(q);
        const a = result.acceleration;
        return quantile(result.differences, (0,distributions/* normalCdf */.vr)(result.z0 + (result.z0 + z) / (1 - a * (result.z0 + z))));
    }
    return quantile(result.differences, q);
}
function strataRows(n, strata) {
    if (!strata)
        return [Uint32Array.from({ length: n }, (_, i) => i)];
    const byStratum = new Map();
    for (let i = 0; i < n; i++) {
        const s = strata[i];
        let rows = byStratum.get(s);
        if (!rows)
            byStratum.set(s, (rows = []));
        rows.push(i);
    }
    return [...byStratum.keys()].sort((a, b) => a - b).map((s) => Uint32Array.from(byStratum.get(s)));
}
/** numpy's default (linear) percentile of a sorted array. */
function quantile(sorted, q) {
    if (Number.isNaN(q))
        return NaN;
    const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    const lo = Math.floor(h);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** BCa acceleration from leave-one-out values: closed form where the metric has one, else a grouped jackknife. */
function accelerationOf(input, _stratified) {
    let values;
    const c = input.candidate.jackknife?.();
    const b = c ? input.baseline.jackknife?.() : undefined;
    if (c && b) {
        values = new Float64Array(input.n);
        for (let i = 0; i < input.n; i++)
            values[i] = c[i] - b[i];
    }
    else {
        // Delete-a-group jackknife over up to 200 contiguous groups of rows.
        const groups = Math.min(input.n, 200);
        values = new Float64Array(groups);
        const weights = new Uint16Array(input.n);
        for (let g = 0; g < groups; g++) {
            weights.fill(1);
            const from = Math.floor((g * input.n) / groups);
            const to = Math.floor(((g + 1) * input.n) / groups);
            for (let i = from; i < to; i++)
                weights[i] = 0;
            const cv = input.candidate.evaluate(weights);
            const bv = input.baseline.evaluate(weights);
            if (cv === undefined || bv === undefined)
                return undefined;
            values[g] = cv - bv;
        }
    }
    let mean = 0;
    let count = 0;
    for (const v of values) {
        if (Number.isNaN(v))
            return undefined;
        mean += v;
        count++;
    }
    mean /= count;
    let num = 0;
    let den = 0;
    for (const v of values) {
        const d = mean - v;
        num += d * d * d;
        den += d * d;
    }
    if (den === 0)
        return 0;
    return num / (6 * den ** 1.5);
}

;// CONCATENATED MODULE: ./build/shared/stats/mcnemar.js
// McNemar's test for paired accuracy: exact (two-sided binomial, as
// statsmodels' mcnemar(exact=True)) up to EXACT_LIMIT discordant pairs, the
// χ² statistic with continuity correction beyond it (statsmodels'
// exact=False, correction=True). The interval is the Wald interval of the
// paired difference in accuracy.

/** Past this many discordant pairs the asymptotic test is used. */
const MCNEMAR_EXACT_LIMIT = 10_000;
function mcnemar(candidateOnly, baselineOnly, n) {
    const discordant = candidateOnly + baselineOnly;
    const difference = (candidateOnly - baselineOnly) / n;
    const standardError = Math.sqrt(Math.max(0, discordant - ((candidateOnly - baselineOnly) ** 2) / n)) / n;
    if (discordant <= MCNEMAR_EXACT_LIMIT) {
        const statistic = Math.min(candidateOnly, baselineOnly);
        const pValue = discordant === 0 ? 1 : Math.min(1, 2 * (0,distributions/* binomialHalfCdf */.ey)(statistic, discordant));
        return { candidateOnly, baselineOnly, n, difference, standardError, pValue, method: 'exact', statistic };
    }
    const statistic = (Math.abs(candidateOnly - baselineOnly) - 1) ** 2 / discordant;
    return { candidateOnly, baselineOnly, n, difference, standardError, pValue: (0,distributions/* chiSquare1Sf */.cd)(statistic), method: 'asymptotic', statistic };
}

;// CONCATENATED MODULE: ./build/shared/compare/paired.js
// Noise-aware comparison of one metric on paired predictions: DeLong for
// ROC AUC, McNemar for accuracy, the paired bootstrap for everything else.
// Each gives the difference (candidate − baseline), a two-sided interval, a
// p-value and one-sided bounds for non-inferiority.





function normalInterval(difference, sd, confidence) {
    const z = -(0,distributions/* normalQuantile */.Zl)((1 - confidence) / 2);
    return [difference - z * sd, difference + z * sd];
}
function normalBound(difference, sd) {
    return (alpha, side) => {
        const z = -(0,distributions/* normalQuantile */.Zl)(alpha);
        return side === 'lower' ? difference - z * sd : difference + z * sd;
    };
}
function comparePaired(name, candidate, baseline, options) {
    const c = prepareMetric(candidate, name);
    const b = prepareMetric(baseline, name);
    if ('unavailable' in c || 'unavailable' in b) {
        const reason = 'unavailable' in c ? c.unavailable : b.unavailable;
        return { candidate: 'metric' in c ? c.metric.evaluate() : undefined, baseline: 'metric' in b ? b.metric.evaluate() : undefined, method: 'none', unavailable: reason };
    }
    const candidateValue = c.metric.evaluate();
    const baselineValue = b.metric.evaluate();
    if (candidateValue === undefined || baselineValue === undefined)
        return { candidate: candidateValue, baseline: baselineValue, method: 'none' };
    if (name === 'roc_auc' && candidate.task === 'binary' && baseline.task === 'binary') {
        const test = pairedDeLong(candidate.data.y, candidate.data.score, baseline.data.score);
        if (test) {
            const sd = Math.sqrt(test.differenceVariance);
            return {
                candidate: candidateValue, baseline: baselineValue, method: 'delong', pValue: test.pValue,
                interval: normalInterval(test.difference, sd, options.confidence), bound: normalBound(test.difference, sd),
                details: { z: test.z },
            };
        }
    }
    if (name === 'accuracy' && candidate.task !== 'regression' && baseline.task !== 'regression') {
        const n = candidate.data.y.length;
        let candidateOnly = 0;
        let baselineOnly = 0;
        for (let i = 0; i < n; i++) {
            const cRight = candidate.data.pred[i] === candidate.data.y[i];
            const bRight = baseline.data.pred[i] === baseline.data.y[i];
            if (cRight && !bRight)
                candidateOnly++;
            else if (bRight && !cRight)
                baselineOnly++;
        }
        const test = mcnemar(candidateOnly, baselineOnly, n);
        return {
            candidate: candidateValue, baseline: baselineValue, method: test.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: test.pValue,
            interval: normalInterval(test.difference, test.standardError, options.confidence), bound: normalBound(test.difference, test.standardError),
            details: { candidate_only_correct: candidateOnly, baseline_only_correct: baselineOnly, statistic: test.statistic },
        };
    }
    const strata = candidate.task === 'regression' ? undefined : candidate.data.y;
    const boot = pairedBootstrap({ candidate: c.metric, baseline: b.metric, n: candidate.data.y.length, strata, resamples: options.resamples, seed: options.seed, confidence: options.confidence });
    if (!boot)
        return { candidate: candidateValue, baseline: baselineValue, method: 'none', unavailable: 'the bootstrap had too few defined resamples' };
    return {
        candidate: candidateValue,
        baseline: baselineValue,
        method: boot.bca ? 'bootstrap-bca' : 'bootstrap-percentile',
        pValue: boot.pValue,
        interval: boot.bca ?? boot.percentile,
        bound: (alpha, side) => bootstrapBound(boot, side === 'lower' ? alpha : 1 - alpha),
        details: { resamples: options.resamples, undefined_resamples: boot.undefinedResamples, seed: options.seed, stratified: strata ? 'by class' : 'no' },
    };
}

;// CONCATENATED MODULE: ./build/shared/compare/run.js
// compareModels: the compare-metrics step as a function of its inputs —
// candidate and baseline (metrics files or predictions), policy, options —
// to one results document. Paired predictions get noise-aware tests; metric
// files are compared as numbers. Bad input becomes an `error` check and a
// problem, so a complete document is always written.










const PREDICTION_EXTENSIONS = /\.(jsonl|ndjson|parquet|pq)(\.gz)?$/i;
async function loadModel(file, columns) {
    const lower = file.path.toLowerCase();
    let predictions = PREDICTION_EXTENSIONS.test(lower);
    if (!predictions && /\.(csv|tsv)(\.gz)?$/.test(lower)) {
        // A CSV is predictions when it has the id and label columns; otherwise a metrics table.
        const table = await (0,data_table/* openTable */.R)(file.path, { displayPath: file.displayPath });
        predictions = table.header.includes(columns.id) && table.header.includes(columns.label);
        for await (const _ of table.batches)
            break;
    }
    if (predictions) {
        const p = await readPredictionsFile(file.path, file.displayPath, columns);
        return { kind: 'predictions', file, predictions: p, sha256: p.sha256 };
    }
    const m = await readMetricsFile(file.path, file.displayPath);
    return { kind: 'metrics', file, metrics: m.metrics, sha256: m.sha256 };
}
async function compareModels(input) {
    const problems = [];
    const checks = [];
    const rows = [];
    const { policy } = input;
    // The policy's slice columns are read along with any the caller asked for.
    const slices = [...new Set([...input.options.columns.slices, ...(policy.slices?.columns ?? [])])];
    const options = { ...input.options, columns: { ...input.options.columns, slices } };
    input = { ...input, options };
    let candidate;
    let baseline;
    let baselineProblem;
    let task = null;
    let pairedRows = null;
    let dropped;
    const errorCheck = (id, title, error) => {
        problems.push(error);
        checks.push({ id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] });
    };
    try {
        candidate = await loadModel(input.candidate, options.columns);
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j))
            throw error;
        errorCheck('candidate', 'Candidate can be read', error);
    }
    if ('missing' in input.baseline)
        baselineProblem = input.baseline.missing;
    else {
        try {
            baseline = await loadModel(input.baseline, options.columns);
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j))
                throw error;
            errorCheck('baseline', 'Baseline can be read', error);
        }
    }
    if (baselineProblem !== undefined) {
        checks.push({
            id: 'baseline', title: 'A production baseline exists',
            status: policy.allow_missing_baseline ? 'pass' : 'fail',
            message: policy.allow_missing_baseline ? `no baseline: ${baselineProblem} (allowed: allow_missing_baseline)` : `no baseline: ${baselineProblem}`,
            count: policy.allow_missing_baseline ? 0 : 1, locations: [],
        });
    }
    if (candidate) {
        try {
            const result = compareLoaded(candidate, baseline, input);
            rows.push(...result.rows);
            checks.push(...result.checks);
            task = result.task;
            pairedRows = result.rows.length > 0 ? result.pairedRows : null;
            dropped = result.dropped;
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j))
                throw error;
            errorCheck('comparison', 'Candidate and baseline can be compared', error);
        }
    }
    const gated = rows.filter((r) => r.gated && !r.slice);
    const regressions = gated.filter((r) => r.verdict === 'worse').length;
    const improvements = gated.filter((r) => r.verdict === 'better').length;
    const status = (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status));
    const document = {
        holdout: schema/* RESULTS_VERSION */.kI,
        kind: 'compare-metrics',
        title: input.title ?? 'Model comparison',
        status,
        createdAt: (input.now ?? new Date()).toISOString(),
        subject: {
            files: [candidate, baseline].filter((m) => m !== undefined).map((m) => ({ path: m.file.displayPath, sha256: m.sha256 })),
            gitSha: input.gitSha,
            baselineId: 'missing' in input.baseline ? undefined : (input.baseline.id ?? input.baseline.source),
        },
        checks,
        comparison: {
            task,
            paired: candidate?.kind === 'predictions' && baseline?.kind === 'predictions',
            rows: pairedRows,
            confidence: options.confidence,
            candidate: { source: input.candidate.displayPath, kind: candidate?.kind ?? 'metrics', sha256: candidate?.sha256 },
            baseline: 'missing' in input.baseline ? null : { source: input.baseline.source, kind: baseline?.kind ?? 'metrics', sha256: baseline?.sha256, id: input.baseline.id },
            baselineProblem,
            policy: { source: policy.source, sha256: policy.sha256 },
            dropped,
            metrics: rows,
            regressions,
            improvements,
            summary: summarize(gated, checks, status),
        },
    };
    return { document, problems };
}
function compareLoaded(candidate, baseline, input) {
    const { options, policy } = input;
    const rows = [];
    const checks = [];
    const hasBaseline = baseline !== undefined;
    const evaluateAll = (stats, slice) => {
        for (const [name, rule] of Object.entries(policy.metrics)) {
            const label = slice ? `${name} [${slice.column}=${slice.value}]` : name;
            const idPrefix = slice ? `metric:${name}@${slice.column}=${slice.value}` : `metric:${name}`;
            const result = evaluateMetric({ name, label, idPrefix, policy: rule, stats: stats(name), hasBaseline, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, slice, file: input.candidate.displayPath });
            rows.push(result.row);
            checks.push(...result.checks);
        }
    };
    if (candidate.kind === 'predictions') {
        let cand = candidate.predictions;
        let base = baseline?.kind === 'predictions' ? baseline.predictions : undefined;
        let dropped;
        if (base) {
            const joined = joinById(cand, base, options.onMismatch);
            cand = joined.candidate;
            base = joined.baseline;
            dropped = joined.dropped;
            if (cand.ids.length === 0)
                throw new errors/* ConfigurationError */.j('candidate and baseline predictions share no ids');
        }
        const task = inferTask(cand, options.task);
        const classes = task === 'multiclass' ? unionClasses(cand, base) : undefined;
        const taskOptions = { task, posLabel: options.posLabel, threshold: options.threshold };
        const candData = toTaskData(cand, task, taskOptions, classes);
        const posLabel = candData.task === 'binary' ? candData.posLabel : undefined;
        const baseData = base ? toTaskData(base, task, { ...taskOptions, posLabel }, classes) : undefined;
        for (const name of Object.keys(policy.metrics)) {
            if (!TASK_METRICS[task].includes(name)) {
                throw new errors/* ConfigurationError */.j(`metric "${name}" cannot be computed from ${task} predictions (known: ${TASK_METRICS[task].join(', ')})`, { file: policy.source, key: `metrics.${name}` });
            }
        }
        const statsOn = (c, b, baselineMetrics) => (name) => {
            if (b)
                return comparePaired(name, c, b, options);
            const prepared = prepareMetric(c, name);
            const value = 'metric' in prepared ? prepared.metric.evaluate() : undefined;
            return { candidate: value, baseline: baselineMetrics?.get(name), method: 'none', unavailable: 'unavailable' in prepared ? prepared.unavailable : undefined };
        };
        const baselineMetrics = baseline?.kind === 'metrics' ? baseline.metrics : undefined;
        evaluateAll(statsOn(candData, baseData, baselineMetrics));
        // Context rows: the task's other metrics, point values only.
        for (const name of TASK_METRICS[task]) {
            if (policy.metrics[name])
                continue;
            const c = prepareMetric(candData, name);
            const b = baseData ? prepareMetric(baseData, name) : undefined;
            const cv = 'metric' in c ? c.metric.evaluate() : undefined;
            const bv = b && 'metric' in b ? b.metric.evaluate() : baselineMetrics?.get(name);
            if (cv === undefined && bv === undefined)
                continue;
            rows.push(contextRow(name, cv, bv, options.confidence));
        }
        if (policy.slices) {
            for (const column of policy.slices.columns) {
                const values = cand.slices[column];
                const groups = new Map();
                values.forEach((v, i) => {
                    let list = groups.get(v);
                    if (!list)
                        groups.set(v, (list = []));
                    list.push(i);
                });
                for (const [value, indices] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
                    if (indices.length < policy.slices.min_slice_size)
                        continue;
                    const c = toTaskData(pick(cand, indices), task, { ...taskOptions, posLabel }, classes);
                    const b = base ? toTaskData(pick(base, indices), task, { ...taskOptions, posLabel }, classes) : undefined;
                    evaluateAll(statsOn(c, b), { column, value, rows: indices.length });
                }
            }
        }
        return { rows, checks, task, pairedRows: cand.ids.length, dropped };
    }
    // A metrics file for the candidate: numbers against numbers.
    if (policy.slices)
        throw new errors/* ConfigurationError */.j('slices need predictions files (a metrics file has no rows to slice)', { file: policy.source, key: 'slices' });
    const baselineValue = (name) => {
        if (!baseline)
            return undefined;
        if (baseline.kind === 'metrics')
            return baseline.metrics.get(name);
        throw new errors/* ConfigurationError */.j('the candidate is a metrics file but the baseline is predictions: compare like with like', { file: baseline.file.displayPath });
    };
    evaluateAll((name) => ({ candidate: candidate.metrics.get(name), baseline: baselineValue(name), method: 'none', unavailable: candidate.metrics.has(name) ? undefined : `not in ${candidate.file.displayPath}` }));
    for (const [name, value] of candidate.metrics) {
        if (policy.metrics[name])
            continue;
        const direction = knownDirection(name);
        if (!direction)
            continue;
        rows.push(contextRow(name, value, baselineValue(name), options.confidence, direction));
    }
    return { rows, checks, task: null, pairedRows: 0 };
}
function contextRow(name, candidate, baseline, confidence, direction = knownDirection(name) ?? 'higher') {
    const difference = candidate !== undefined && baseline !== undefined ? candidate - baseline : undefined;
    return {
        name, direction, gated: false, candidate: candidate ?? null, baseline: baseline ?? null,
        difference: difference ?? null,
        relativeDifference: difference !== undefined && baseline ? difference / Math.abs(baseline) : null,
        interval: null, confidence, pValue: null, method: 'none',
        verdict: difference === undefined ? 'unknown' : difference * (direction === 'higher' ? 1 : -1) > 0 ? 'better' : difference === 0 ? 'same' : 'worse',
        status: 'pass', thresholds: {},
    };
}
function unionClasses(a, b) {
    const classes = [...(a.classScores?.classes ?? [])];
    for (const c of b?.classScores?.classes ?? [])
        if (!classes.includes(c))
            classes.push(c);
    for (const l of [...a.labels, ...(b?.labels ?? [])])
        if (!classes.includes(l))
            classes.push(l);
    return classes;
}
function summarize(gated, checks, status) {
    if (checks.some((c) => c.status === 'error'))
        return `Could not compare: ${checks.find((c) => c.status === 'error').message}`;
    const better = gated.filter((r) => r.verdict === 'better').length;
    const worse = gated.filter((r) => r.verdict === 'worse').length;
    const same = gated.filter((r) => r.verdict === 'same').length;
    const failing = gated.filter((r) => r.status === 'fail');
    const parts = [`${better} better, ${worse} worse, ${same} indistinguishable of ${gated.length} gated metric${gated.length === 1 ? '' : 's'}`];
    if (failing.length > 0) {
        parts.push(`failing: ${failing.slice(0, 3).map((r) => `${r.name} ${r.relativeDifference !== null ? (0,format/* formatSigned */.Gp)(r.relativeDifference * 100, '%') : r.difference !== null ? (0,format/* formatSigned */.Gp)(r.difference) : 'missing'}`).join(', ')}`);
    }
    const baselineCheck = checks.find((c) => c.id === 'baseline' && c.status === 'fail');
    if (baselineCheck)
        parts.push(baselineCheck.message);
    return `${status.toUpperCase()}: ${parts.join('; ')}`;
}


/***/ })

};
