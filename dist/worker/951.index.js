export const id = 951;
export const ids = [951];
export const modules = {

/***/ 3951:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dm: () => (/* binding */ normalInterval),
/* harmony export */   Sp: () => (/* binding */ normalBound),
/* harmony export */   drawBootstrapBlocks: () => (/* binding */ drawBootstrapBlocks),
/* harmony export */   zD: () => (/* binding */ comparePairedOnThreads)
/* harmony export */ });
/* unused harmony exports THREADS_FROM_ROW_RESAMPLES, comparePaired, pairedBootstrapOnThreads */
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(560);
/* harmony import */ var _stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7463);
/* harmony import */ var _stats_delong_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3603);
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4255);
/* harmony import */ var _stats_mcnemar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4431);
// Noise-aware comparison of one metric on paired predictions: DeLong for
// ROC AUC, McNemar for accuracy, the paired bootstrap for everything else.
// Each gives the difference (candidate − baseline), a two-sided interval, a
// p-value and one-sided bounds for non-inferiority. A large bootstrap draws
// its resamples on every core (BootstrapThreads): each thread rebuilds the
// metrics from the task data and claims blocks of resamples, which come out
// the same whichever thread draws them.





/** The two-sided normal interval of a difference with standard error `sd`. */
function normalInterval(difference, sd, confidence) {
    const z = -(0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)((1 - confidence) / 2);
    return [difference - z * sd, difference + z * sd];
}
/** One-sided normal bounds of a difference with standard error `sd`, at any α. */
function normalBound(difference, sd) {
    return (alpha, side) => {
        const z = -(0,_stats_distributions_js__WEBPACK_IMPORTED_MODULE_3__/* .normalQuantile */ .Zl)(alpha);
        return side === 'lower' ? difference - z * sd : difference + z * sd;
    };
}
/**
 * Below this many rows × resamples a bootstrap runs in this thread alone: about 0.3 s of work (ROC
 * AUC, both models), where starting a thread and loading the engine there costs about 0.1 s of CPU.
 */
const THREADS_FROM_ROW_RESAMPLES = 50_000_000;
/** The bootstrap's strata: the class, except in regression. */
const strataOf = (data) => (data.task === 'regression' ? undefined : data.data.y);
/**
 * In another thread: rebuilds the metric on both sides' data and draws the blocks it claims until
 * none is left. Returns how many it drew.
 */
function drawBootstrapBlocks(input) {
    let block = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .claimBlock */ .gV)(input.shared);
    if (block === undefined)
        return 0;
    const c = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareMetric */ .ii)(input.candidate, input.name);
    const b = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareMetric */ .ii)(input.baseline, input.name);
    if (!('metric' in c) || !('metric' in b))
        throw new Error(`bootstrap thread: metric ${input.name} is unavailable`);
    const draw = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .resampler */ .ec)({ candidate: c.metric, baseline: b.metric, n: input.candidate.data.y.length, strata: strataOf(input.candidate), seed: input.seed });
    let drawn = 0;
    for (; block !== undefined; block = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .claimBlock */ .gV)(input.shared), drawn++)
        (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .drawBlock */ .w9)(draw, input.shared, block);
    return drawn;
}
/**
 * Starts the other threads when the bootstrap is large enough to be worth them (undefined: it runs
 * in this thread alone). They start before this thread prepares the metric, which each prepares too.
 */
async function startHelpers(name, candidate, baseline, options, threads) {
    if (!threads || threads.workers < 2 || candidate.data.y.length * options.resamples < THREADS_FROM_ROW_RESAMPLES)
        return undefined;
    const shared = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .sharedResamples */ .Eb)(options.resamples);
    const running = Array.from({ length: threads.workers - 1 }, () => threads.run({ name, candidate, baseline, seed: options.seed, shared }));
    // A helper that fails before claiming a block costs nothing: this thread draws the rest. One that claimed a block is awaited (drawnWith).
    for (const helper of running)
        helper.catch(() => undefined);
    // A turn of the event loop, so that the threads are started before this one prepares the metric.
    await new Promise((resolve) => setImmediate(resolve));
    return { shared, running };
}
/** The helpers are not needed after all (no bootstrap): every block is claimed, so that they draw nothing. */
function callOff(helpers) {
    if (helpers)
        Atomics.store(helpers.shared.blocks, 0, helpers.shared.blocks.length - 1);
}
/** The differences of every resample, drawn in this thread and by the helpers. */
async function drawnWith(helpers, metrics, candidate, options) {
    const { shared } = helpers;
    const draw = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .resampler */ .ec)({ ...metrics, n: candidate.data.y.length, strata: strataOf(candidate), seed: options.seed });
    for (let block = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .claimBlock */ .gV)(shared); block !== undefined; block = (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .claimBlock */ .gV)(shared)) {
        // Between blocks the event loop turns, so that threads still starting get started while this one draws.
        await new Promise((resolve) => setImmediate(resolve));
        (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .drawBlock */ .w9)(draw, shared, block);
    }
    if (!(0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .allDrawn */ .IX)(shared))
        await Promise.all(helpers.running);
    if (!(0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .allDrawn */ .IX)(shared))
        throw new Error('bootstrap threads finished with resamples left undrawn');
    return shared.differences;
}
/** The comparison in this thread alone. */
function comparePaired(name, candidate, baseline, options) {
    const test = pairedTest(name, candidate, baseline, options);
    return 'bootstrap' in test ? test.finish(undefined) : test;
}
/** The comparison with a large bootstrap's resamples drawn on `threads` too: the same numbers as comparePaired. */
async function comparePairedOnThreads(name, candidate, baseline, options, threads) {
    const helpers = testOf(name, candidate, baseline) === 'bootstrap' ? await startHelpers(name, candidate, baseline, options, threads) : undefined;
    const test = pairedTest(name, candidate, baseline, options);
    if (!('bootstrap' in test) || !helpers) {
        callOff(helpers);
        return 'bootstrap' in test ? test.finish(undefined) : test;
    }
    return test.finish(await drawnWith(helpers, test.bootstrap, candidate, options));
}
/**
 * The paired bootstrap of a metric as compare-metrics runs it, large ones on `threads` too (the
 * same numbers with or without them); undefined where the metric is unavailable or undefined.
 */
async function pairedBootstrapOnThreads(name, candidate, baseline, options, threads) {
    const helpers = await startHelpers(name, candidate, baseline, options, threads);
    const c = prepareMetric(candidate, name);
    const b = prepareMetric(baseline, name);
    if (!('metric' in c) || !('metric' in b)) {
        callOff(helpers);
        return undefined;
    }
    const metrics = { candidate: c.metric, baseline: b.metric };
    return bootstrapOf(metrics, candidate, options, helpers && (await drawnWith(helpers, metrics, candidate, options)));
}
function bootstrapOf(metrics, candidate, options, drawn) {
    const input = { ...metrics, n: candidate.data.y.length, strata: strataOf(candidate), resamples: options.resamples, seed: options.seed, confidence: options.confidence };
    return (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .pairedBootstrap */ .Wx)(input, drawn);
}
/** The test a metric gets: DeLong for binary ROC AUC (the bootstrap where it is degenerate), McNemar for classification accuracy, else the paired bootstrap. */
function testOf(name, candidate, baseline) {
    if (name === 'roc_auc' && candidate.task === 'binary' && baseline.task === 'binary')
        return 'delong';
    if (name === 'accuracy' && candidate.task !== 'regression' && baseline.task !== 'regression')
        return 'mcnemar';
    return 'bootstrap';
}
/** The test a metric gets: its statistics at once, or a bootstrap still to draw. */
function pairedTest(name, candidate, baseline, options) {
    const c = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareMetric */ .ii)(candidate, name);
    const b = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareMetric */ .ii)(baseline, name);
    if ('unavailable' in c || 'unavailable' in b) {
        const reason = 'unavailable' in c ? c.unavailable : b.unavailable;
        return { candidate: 'metric' in c ? c.metric.evaluate() : undefined, baseline: 'metric' in b ? b.metric.evaluate() : undefined, method: 'none', unavailable: reason };
    }
    const candidateValue = c.metric.evaluate();
    const baselineValue = b.metric.evaluate();
    if (candidateValue === undefined || baselineValue === undefined)
        return { candidate: candidateValue, baseline: baselineValue, method: 'none' };
    const kind = testOf(name, candidate, baseline);
    if (kind === 'delong' && candidate.task === 'binary' && baseline.task === 'binary') {
        const test = (0,_stats_delong_js__WEBPACK_IMPORTED_MODULE_2__/* .pairedDeLong */ .FC)(candidate.data.y, candidate.data.score, baseline.data.score);
        if (test) {
            const sd = Math.sqrt(test.differenceVariance);
            return {
                candidate: candidateValue, baseline: baselineValue, method: 'delong', pValue: test.pValue,
                interval: normalInterval(test.difference, sd, options.confidence), bound: normalBound(test.difference, sd),
                details: { z: test.z },
            };
        }
    }
    // DeLong's variance needs two positives and two negatives; with fewer, ROC AUC falls back to the bootstrap, and the row says so.
    const fallback = name === 'roc_auc' && candidate.task === 'binary' ? 'DeLong needs at least 2 positives and 2 negatives; the paired bootstrap was used instead' : undefined;
    if (kind === 'mcnemar' && candidate.task !== 'regression' && baseline.task !== 'regression') {
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
        const test = (0,_stats_mcnemar_js__WEBPACK_IMPORTED_MODULE_4__/* .mcnemar */ .o)(candidateOnly, baselineOnly, n);
        return {
            candidate: candidateValue, baseline: baselineValue, method: test.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: test.pValue,
            interval: normalInterval(test.interval.center, test.interval.standardError, options.confidence), bound: normalBound(test.interval.center, test.interval.standardError),
            details: { candidate_only_correct: candidateOnly, baseline_only_correct: baselineOnly, statistic: test.statistic },
        };
    }
    const strata = strataOf(candidate);
    const metrics = { candidate: c.metric, baseline: b.metric };
    const finish = (drawn) => {
        const boot = bootstrapOf(metrics, candidate, options, drawn);
        if (!boot)
            return { candidate: candidateValue, baseline: baselineValue, method: 'none', unavailable: fallback ? `${fallback}, and it had too few defined resamples` : 'the bootstrap had too few defined resamples' };
        return {
            candidate: candidateValue,
            baseline: baselineValue,
            method: boot.bca ? 'bootstrap-bca' : 'bootstrap-percentile',
            pValue: boot.pValue,
            interval: boot.bca ?? boot.percentile,
            bound: (alpha, side) => (0,_stats_bootstrap_js__WEBPACK_IMPORTED_MODULE_1__/* .bootstrapBound */ .FH)(boot, side === 'lower' ? alpha : 1 - alpha),
            details: { resamples: options.resamples, undefined_resamples: boot.undefinedResamples, seed: options.seed, stratified: strata ? 'by class' : 'no', ...(fallback ? { fallback } : {}) },
        };
    };
    return { bootstrap: metrics, finish };
}


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

/***/ 7463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IX: () => (/* binding */ allDrawn),
  FH: () => (/* binding */ bootstrapBound),
  gV: () => (/* binding */ claimBlock),
  w9: () => (/* binding */ drawBlock),
  Wx: () => (/* binding */ pairedBootstrap),
  YV: () => (/* binding */ quantile),
  ec: () => (/* binding */ resampler),
  Eb: () => (/* binding */ sharedResamples)
});

// UNUSED EXPORTS: RESAMPLE_BLOCK, shareBelow

// EXTERNAL MODULE: ./build/shared/stats/distributions.js
var distributions = __webpack_require__(4255);
;// CONCATENATED MODULE: ./build/shared/stats/random.js
// A seeded PRNG (xoshiro128**, seeded through splitmix32) so that bootstrap
// resamples are reproducible run to run and machine to machine. It can jump
// ahead any number of draws, so that threads each drawing a part of a
// stream draw exactly what one thread would.
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
    /**
     * One bootstrap resample of a stratum: `size` uniform draws from [0, size), each adding one to
     * `counts[from + draw]` (multinomial counts that sum to `size`). The same stream as `size` calls of
     * nextUint32, with the state in locals for the loop. size · u32 < 2⁵³: the arithmetic is exact.
     */
    drawCounts(counts, from, size) {
        let a = this.a;
        let b = this.b;
        let c = this.c;
        let d = this.d;
        const scale = size / 4294967296;
        for (let j = 0; j < size; j++) {
            const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
            const t = b << 9;
            c ^= a;
            d ^= b;
            b ^= c;
            a ^= d;
            c ^= t;
            d = rotl(d, 11);
            counts[from + Math.floor(r * scale)]++;
        }
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }
    /**
     * Advances the stream by `draws` uint32 draws (a non-negative safe integer) in O(log draws): the
     * state after it is the state after `draws` calls of nextUint32. The state update is linear over
     * GF(2), so advancing is a product with powers of its 128 × 128 bit matrix.
     */
    jump(draws) {
        if (!Number.isSafeInteger(draws) || draws < 0)
            throw new RangeError(`cannot jump ${draws} draws`);
        const state = new Uint32Array([this.a, this.b, this.c, this.d]);
        for (let bit = 0; draws > 0; bit++, draws = Math.floor(draws / 2)) {
            if (draws % 2 === 1)
                applyMatrix(stepPower(bit), state, state);
        }
        [this.a, this.b, this.c, this.d] = state;
    }
    /** A uniform integer in [0, n), n ≤ 2³², without modulo bias worth noting (Lemire's multiply). */
    nextIndex(n) {
        return Math.floor((this.nextUint32() / 4294967296) * n);
    }
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** The state update of nextUint32 (without its output), in place. */
function step(s) {
    let [a, b, c, d] = s;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    s[0] = a;
    s[1] = b;
    s[2] = c;
    s[3] = d;
}
/** out = m · v (out may be v). */
function applyMatrix(m, v, out) {
    let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
    for (let j = 0; j < 128; j++) {
        if (((v[j >>> 5] >>> (j & 31)) & 1) === 0)
            continue;
        r0 ^= m[4 * j];
        r1 ^= m[4 * j + 1];
        r2 ^= m[4 * j + 2];
        r3 ^= m[4 * j + 3];
    }
    out[0] = r0;
    out[1] = r1;
    out[2] = r2;
    out[3] = r3;
}
/** stepPowers[k]: the update applied 2^k times. Built on first use, kept for the process. */
const stepPowers = [];
function stepPower(k) {
    if (stepPowers.length === 0) {
        const one = new Uint32Array(512);
        const column = new Uint32Array(4);
        for (let j = 0; j < 128; j++) {
            column.fill(0);
            column[j >>> 5] = (1 << (j & 31)) >>> 0;
            step(column);
            one.set(column, 4 * j);
        }
        stepPowers.push(one);
    }
    while (stepPowers.length <= k) {
        const last = stepPowers[stepPowers.length - 1];
        const squared = new Uint32Array(512);
        for (let j = 0; j < 128; j++)
            applyMatrix(last, last.subarray(4 * j, 4 * j + 4), squared.subarray(4 * j, 4 * j + 4));
        stepPowers.push(squared);
    }
    return stepPowers[k];
}

;// CONCATENATED MODULE: ./build/shared/stats/bootstrap.js
// Paired bootstrap of a metric difference (candidate − baseline): each
// resample draws rows with replacement — within each class when stratified —
// and evaluates both models on the same multiset of rows, as weights. Gives
// percentile and BCa intervals (scipy.stats.bootstrap's definitions) and a
// two-sided bootstrap p-value. Seeded, so a run is reproducible.


/**
 * Draws resamples by index: `draw(from, to, out)` writes the difference (candidate − baseline) of
 * resamples from … to − 1 to out[from … to − 1], NaN where either statistic is undefined. Resample b
 * is the same whatever range it is drawn in, in whichever thread: a resample consumes exactly n
 * draws of the stream, so resample b starts b · n draws into the seed's stream (Random.jump).
 */
function resampler(source) {
    const layout = weightLayout(source.n, source.strata);
    const evaluateCandidate = evaluator(source.candidate, layout);
    const evaluateBaseline = evaluator(source.baseline, layout);
    // Multiplicities fit 16 bits (a row drawn 65,536 times in one resample does not happen), and a
    // 16-bit array stays in cache where a Float64Array would not.
    const weights = new Uint16Array(source.n);
    const { starts } = layout;
    return (from, to, out) => {
        const random = new Random(source.seed);
        random.jump(from * source.n);
        for (let b = from; b < to; b++) {
            // Each stratum's rows are one contiguous run of `weights`: draw its counts in place.
            weights.fill(0);
            for (let g = 0; g + 1 < starts.length; g++)
                random.drawCounts(weights, starts[g], starts[g + 1] - starts[g]);
            const c = evaluateCandidate(weights);
            const s = evaluateBaseline(weights);
            out[b] = c === undefined || s === undefined ? NaN : c - s;
        }
    };
}
/** Threads share resamples in blocks of this many: the unit one claims (about 20 ms at 100,000 rows). */
const RESAMPLE_BLOCK = 16;
function sharedResamples(resamples) {
    const count = Math.ceil(resamples / RESAMPLE_BLOCK);
    return {
        resamples,
        differences: new Float64Array(new SharedArrayBuffer(resamples * Float64Array.BYTES_PER_ELEMENT)),
        blocks: new Int32Array(new SharedArrayBuffer((1 + count) * Int32Array.BYTES_PER_ELEMENT)),
    };
}
/** Claims the next block for this thread: its index, or undefined when all are claimed. */
function claimBlock(shared) {
    const block = Atomics.add(shared.blocks, 0, 1);
    return block < shared.blocks.length - 1 ? block : undefined;
}
/** Draws a claimed block and marks it done. */
function drawBlock(draw, shared, block) {
    const from = block * RESAMPLE_BLOCK;
    draw(from, Math.min(shared.resamples, from + RESAMPLE_BLOCK), shared.differences);
    Atomics.store(shared.blocks, 1 + block, 1);
}
/** Whether every block is drawn. */
function allDrawn(shared) {
    for (let k = 1; k < shared.blocks.length; k++)
        if (Atomics.load(shared.blocks, k) !== 1)
            return false;
    return true;
}
/**
 * The paired bootstrap. `drawn`: the resamples' differences by index (NaN where undefined), when
 * drawn elsewhere (by threads, SharedResamples); absent, this thread draws them.
 */
function pairedBootstrap(input, drawn) {
    const candidate = input.candidate.evaluate();
    const baseline = input.baseline.evaluate();
    if (candidate === undefined || baseline === undefined)
        return undefined;
    const estimate = candidate - baseline;
    let all = drawn;
    if (!all) {
        all = new Float64Array(input.resamples);
        resampler(input)(0, input.resamples, all);
    }
    const draws = new Float64Array(input.resamples);
    let defined = 0;
    for (let b = 0; b < input.resamples; b++)
        if (!Number.isNaN(all[b]))
            draws[defined++] = all[b];
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
    const acceleration = accelerationOf(input);
    let bca;
    let z0;
    if (acceleration !== undefined) {
        z0 = (0,distributions/* normalQuantile */.Zl)(shareBelow(differences, estimate));
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
function weightLayout(n, strata) {
    const positionOf = new Uint32Array(n);
    if (!strata) {
        for (let i = 0; i < n; i++)
            positionOf[i] = i;
        return { positionOf, starts: [0, n], identity: true };
    }
    const indexOf = new Map();
    const stratumOf = new Uint32Array(n);
    const sizes = [];
    for (let i = 0; i < n; i++) {
        let g = indexOf.get(strata[i]);
        if (g === undefined) {
            indexOf.set(strata[i], (g = sizes.length));
            sizes.push(0);
        }
        stratumOf[i] = g;
        sizes[g]++;
    }
    const starts = [0];
    const next = new Uint32Array(sizes.length);
    for (const key of [...indexOf.keys()].sort((a, b) => a - b)) {
        const g = indexOf.get(key);
        next[g] = starts[starts.length - 1];
        starts.push(next[g] + sizes[g]);
    }
    for (let i = 0; i < n; i++)
        positionOf[i] = next[stratumOf[i]]++;
    return { positionOf, starts, identity: false };
}
/** A statistic's value under the layout's weights: through its fast path, else on weights gathered back to rows. */
function evaluator(statistic, layout) {
    const { positionOf } = layout;
    if (statistic.evaluateAt) {
        const order = statistic.order;
        let at = positionOf;
        if (order) {
            at = new Uint32Array(order.length);
            for (let k = 0; k < order.length; k++)
                at[k] = positionOf[order[k]];
        }
        return (weights) => statistic.evaluateAt(weights, at);
    }
    if (layout.identity)
        return (weights) => statistic.evaluate(weights);
    const byRow = new Uint16Array(positionOf.length);
    return (weights) => {
        for (let i = 0; i < byRow.length; i++)
            byRow[i] = weights[positionOf[i]];
        return statistic.evaluate(byRow);
    };
}
/**
 * The share of resamples below the estimate, ties counted as half: BCa's bias
 * correction as scipy.stats.bootstrap defines it since 1.9
 * (`_percentile_of_score`: (#{θ* < θ̂} + #{θ* ≤ θ̂}) / 2B). Counting ties as
 * "not below" (the older rule) throws a statistic with many tied resamples —
 * max_error, a median — far to one side.
 */
function shareBelow(sorted, estimate) {
    let below = 0;
    let atOrBelow = 0;
    for (const d of sorted) {
        if (d < estimate)
            below++;
        if (d <= estimate)
            atOrBelow++;
        else
            break;
    }
    return (below + atOrBelow) / (2 * sorted.length);
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
function accelerationOf(input) {
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

/***/ 4431:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ mcnemar)
/* harmony export */ });
/* unused harmony export MCNEMAR_EXACT_LIMIT */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4255);
// McNemar's test for paired accuracy: exact (two-sided binomial, as
// statsmodels' mcnemar(exact=True)) up to EXACT_LIMIT discordant pairs, the
// χ² statistic with continuity correction beyond it (statsmodels'
// exact=False, correction=True). The interval of the paired difference is
// Agresti & Min's (2005): the Wald interval after adding ½ to each cell of
// the 2×2 table, which holds its level at small n and with few discordant
// pairs, where the plain Wald interval under-covers (0.85 at n = 30 with 5 %
// and 2 % discordant cells) or collapses to a point (no discordant pair).

/** Past this many discordant pairs the asymptotic test is used. */
const MCNEMAR_EXACT_LIMIT = 10_000;
function mcnemar(candidateOnly, baselineOnly, n) {
    const discordant = candidateOnly + baselineOnly;
    const difference = (candidateOnly - baselineOnly) / n;
    const standardError = Math.sqrt(Math.max(0, discordant - ((candidateOnly - baselineOnly) ** 2) / n)) / n;
    const b = candidateOnly + 0.5;
    const c = baselineOnly + 0.5;
    const m = n + 2;
    const interval = { center: (b - c) / m, standardError: Math.sqrt(b + c - (b - c) ** 2 / m) / m };
    if (discordant <= MCNEMAR_EXACT_LIMIT) {
        const statistic = Math.min(candidateOnly, baselineOnly);
        const pValue = discordant === 0 ? 1 : Math.min(1, 2 * (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .binomialHalfCdf */ .ey)(statistic, discordant));
        return { candidateOnly, baselineOnly, n, difference, standardError, interval, pValue, method: 'exact', statistic };
    }
    const statistic = (Math.abs(candidateOnly - baselineOnly) - 1) ** 2 / discordant;
    return { candidateOnly, baselineOnly, n, difference, standardError, interval, pValue: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquare1Sf */ .cd)(statistic), method: 'asymptotic', statistic };
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


/***/ })

};
