export const id = 870;
export const ids = [870];
export const modules = {

/***/ 870:
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

// EXTERNAL MODULE: ./build/shared/metrics/registry.js + 5 modules
var registry = __webpack_require__(560);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
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

// EXTERNAL MODULE: ./build/shared/stats/distributions.js
var distributions = __webpack_require__(4255);
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

// EXTERNAL MODULE: ./build/shared/stats/delong.js
var delong = __webpack_require__(3603);
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
    const c = (0,registry/* prepareMetric */.ii)(candidate, name);
    const b = (0,registry/* prepareMetric */.ii)(baseline, name);
    if ('unavailable' in c || 'unavailable' in b) {
        const reason = 'unavailable' in c ? c.unavailable : b.unavailable;
        return { candidate: 'metric' in c ? c.metric.evaluate() : undefined, baseline: 'metric' in b ? b.metric.evaluate() : undefined, method: 'none', unavailable: reason };
    }
    const candidateValue = c.metric.evaluate();
    const baselineValue = b.metric.evaluate();
    if (candidateValue === undefined || baselineValue === undefined)
        return { candidate: candidateValue, baseline: baselineValue, method: 'none' };
    if (name === 'roc_auc' && candidate.task === 'binary' && baseline.task === 'binary') {
        const test = (0,delong/* pairedDeLong */.FC)(candidate.data.y, candidate.data.score, baseline.data.score);
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
            if (!registry/* TASK_METRICS */.KF[task].includes(name)) {
                throw new errors/* ConfigurationError */.j(`metric "${name}" cannot be computed from ${task} predictions (known: ${registry/* TASK_METRICS */.KF[task].join(', ')})`, { file: policy.source, key: `metrics.${name}` });
            }
        }
        const statsOn = (c, b, baselineMetrics) => (name) => {
            if (b)
                return comparePaired(name, c, b, options);
            const prepared = (0,registry/* prepareMetric */.ii)(c, name);
            const value = 'metric' in prepared ? prepared.metric.evaluate() : undefined;
            return { candidate: value, baseline: baselineMetrics?.get(name), method: 'none', unavailable: 'unavailable' in prepared ? prepared.unavailable : undefined };
        };
        const baselineMetrics = baseline?.kind === 'metrics' ? baseline.metrics : undefined;
        evaluateAll(statsOn(candData, baseData, baselineMetrics));
        // Context rows: the task's other metrics, point values only.
        for (const name of registry/* TASK_METRICS */.KF[task]) {
            if (policy.metrics[name])
                continue;
            const c = (0,registry/* prepareMetric */.ii)(candData, name);
            const b = baseData ? (0,registry/* prepareMetric */.ii)(baseData, name) : undefined;
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
        const direction = (0,registry/* knownDirection */.XP)(name);
        if (!direction)
            continue;
        rows.push(contextRow(name, value, baselineValue(name), options.confidence, direction));
    }
    return { rows, checks, task: null, pairedRows: 0 };
}
function contextRow(name, candidate, baseline, confidence, direction = (0,registry/* knownDirection */.XP)(name) ?? 'higher') {
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
