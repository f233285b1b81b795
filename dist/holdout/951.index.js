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


/***/ })

};
