export const id = 15;
export const ids = [15,739];
export const modules = {

/***/ 7015:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareModels: () => (/* binding */ compareModels)
});

// EXTERNAL MODULE: ./build/shared/errors.js
var shared_errors = __webpack_require__(2005);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/data/table.js + 1 modules
var data_table = __webpack_require__(1739);
// EXTERNAL MODULE: ./build/shared/results/status.js
var results_status = __webpack_require__(8563);
// EXTERNAL MODULE: ./build/shared/vocabulary/policy.js
var policy = __webpack_require__(1183);
;// CONCATENATED MODULE: ./build/shared/compare/format.js
// Numbers for people: significant digits rather than 0.00001300000009, and
// small values never rounded to 0.
function formatNumber(value, digits = 4) {
    if (!Number.isFinite(value))
        return String(value);
    if (value === 0)
        return '0';
    const abs = Math.abs(value);
    if (abs >= 1e6 || abs < 1e-4)
        return value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
    return String(Number(value.toPrecision(digits)));
}
function formatSigned(value, unit = '') {
    const text = formatNumber(value, 3);
    return (value > 0 ? '+' : '') + text + unit;
}
function formatPercent(share) {
    return `${formatNumber(share * 100, 3)}%`;
}

// EXTERNAL MODULE: ./build/shared/stats/distributions.js
var distributions = __webpack_require__(4255);
;// CONCATENATED MODULE: ./build/shared/stats/power.js
// What margin a non-inferiority test can show with this sample. With equal
// models the estimate of the difference is centred on 0 with standard error
// SE, and the gate passes when the one-sided lower bound, estimate − z₁₋α·SE,
// clears −margin: the chance it does not is Φ(z₁₋α − margin/SE). A margin is
// "showable" at power 1 − β when that false-failure rate is at most β, i.e.
// margin ≥ (z₁₋α + z₁₋β)·SE. With β = α the gate fails an equal candidate at
// most at its α (3.29·SE at α = 0.05).

/** The chance that a non-inferiority test at `alpha` fails a candidate exactly as good as the baseline. */
function equalCandidateFailureRate(margin, standardError, alpha) {
    if (!(standardError > 0))
        return margin > 0 ? 0 : 1;
    return (0,distributions/* normalCdf */.vr)(-(0,distributions/* normalQuantile */.Zl)(alpha) - margin / standardError);
}
/** The smallest margin a non-inferiority test at `alpha` shows for an equal candidate with probability `power`. */
function smallestShowableMargin(standardError, alpha, power) {
    return (-(0,distributions/* normalQuantile */.Zl)(alpha) + (0,distributions/* normalQuantile */.Zl)(power)) * standardError;
}
/** The standard error a normal two-sided interval at `confidence` implies. */
function standardErrorOfInterval(interval, confidence) {
    return (interval[1] - interval[0]) / (2 * -(0,distributions/* normalQuantile */.Zl)((1 - confidence) / 2));
}

// EXTERNAL MODULE: ./build/shared/count.js
var count = __webpack_require__(5343);
;// CONCATENATED MODULE: ./build/shared/compare/evaluate.js
// evaluatePolicy: one metric's candidate and baseline values (and, when the
// comparison is paired, its test) against the policy rules for it. Every
// rule gives its own check, so every failure is reported, never only the first.





/** The power at which a non-inferiority margin counts as one the sample can show. */
const SHOWABLE_POWER = 0.8;
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
            add({ rule: 'min', threshold: rule.min }, `≥ ${formatNumber(rule.min)}`, severe(candidate >= rule.min), `candidate ${formatNumber(candidate)}, minimum ${formatNumber(rule.min)}`, candidate, `≥ ${rule.min}`);
        if (rule.max !== undefined)
            add({ rule: 'max', threshold: rule.max }, `≤ ${formatNumber(rule.max)}`, severe(candidate <= rule.max), `candidate ${formatNumber(candidate)}, maximum ${formatNumber(rule.max)}`, candidate, `≤ ${rule.max}`);
        const needsBaseline = rule.max_regression !== undefined || rule.max_relative_regression !== undefined || rule.min_improvement !== undefined || rule.non_inferiority !== undefined;
        if (needsBaseline && baseline === undefined) {
            const missing = !ctx.hasBaseline ? 'no baseline was found' : `${name} is missing from the baseline`;
            add({ rule: 'baseline' }, 'has a baseline', ctx.allowMissingBaseline ? 'pass' : severe(false), ctx.allowMissingBaseline ? `${missing}; baseline rules skipped (allow_missing_baseline)` : missing);
        }
        else if (needsBaseline) {
            const regression = Math.max(0, -improvement);
            if (rule.max_regression !== undefined) {
                add({ rule: 'max_regression', threshold: rule.max_regression }, `regression ≤ ${formatNumber(rule.max_regression)}`, severe(regression <= rule.max_regression), `${formatSigned(difference)} vs baseline ${formatNumber(baseline)} (${rule.direction} is better; at most ${formatNumber(rule.max_regression)} worse allowed)`, difference, `≤ ${rule.max_regression} worse`);
            }
            if (rule.max_relative_regression !== undefined) {
                const criterion = { rule: 'max_relative_regression', threshold: rule.max_relative_regression };
                if (baseline === 0) {
                    // A zero baseline is reported, not divided by: a warning whatever the severity.
                    add(criterion, `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, 'warn', `the baseline is 0, so the relative change is not computed (absolute change ${formatSigned(difference)})`, null, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
                }
                else {
                    const relativeRegression = regression / Math.abs(baseline);
                    add(criterion, `relative regression ≤ ${formatPercent(rule.max_relative_regression)}`, severe(relativeRegression <= rule.max_relative_regression), `${formatSigned(relative * 100, '%')} vs baseline ${formatNumber(baseline)} (at most ${formatPercent(rule.max_relative_regression)} worse allowed)`, relative, `≤ ${formatPercent(rule.max_relative_regression)} worse`);
                }
            }
            if (rule.min_improvement !== undefined) {
                add({ rule: 'min_improvement', threshold: rule.min_improvement }, `improves by ≥ ${formatNumber(rule.min_improvement)}`, severe(improvement >= rule.min_improvement), `improvement ${formatSigned(improvement)} (needs ≥ ${formatNumber(rule.min_improvement)})`, improvement, `≥ ${rule.min_improvement}`);
            }
            if (rule.non_inferiority !== undefined) {
                const { margin, alpha } = rule.non_inferiority;
                const criterion = { rule: 'non_inferiority', margin, alpha };
                if (!stats.bound) {
                    add(criterion, `non-inferior (margin ${formatNumber(margin)})`, severe(false), stats.unavailable ? `cannot be tested: ${stats.unavailable}` : 'cannot be tested without predictions of both models on the same rows (metrics files carry no noise estimate)');
                }
                else {
                    // Lower confidence bound of the improvement: of the difference when higher is better, of its negation otherwise.
                    const bound = rule.direction === 'higher' ? stats.bound(alpha, 'lower') : -stats.bound(alpha, 'upper');
                    add(criterion, `non-inferior (margin ${formatNumber(margin)}, α ${alpha})`, severe(bound > -margin), `one-sided ${formatPercent(1 - alpha)} lower bound of the improvement ${formatSigned(bound)} ${bound > -margin ? '>' : '≤'} −${formatNumber(margin)} (${stats.method})`, bound, `> −${margin}`);
                    // Whether this sample can show the margin at all: with equal models the test fails at Φ(z₁₋α − margin/SE).
                    if (stats.interval && stats.interval.every(Number.isFinite)) {
                        const standardError = standardErrorOfInterval(stats.interval, ctx.confidence);
                        const showable = smallestShowableMargin(standardError, alpha, SHOWABLE_POWER);
                        if (standardError > 0 && margin < showable) {
                            const rows = ctx.rows === undefined ? 'this sample' : `${(0,count/* formatCount */.B)(ctx.rows)} ${ctx.rows === 1 ? 'row' : 'rows'}`;
                            add({ rule: 'showable_margin', margin, alpha }, `margin ${formatNumber(margin)} can be shown`, 'warn', `with ${rows}, margins below ${formatNumber(showable, 2)} cannot be shown (${formatPercent(SHOWABLE_POWER)} power at α ${alpha}): the margin ${formatNumber(margin)} fails a candidate as good as the baseline ${formatPercent(equalCandidateFailureRate(margin, standardError, alpha))} of the time`, showable, `≤ ${margin}`);
                        }
                    }
                }
            }
        }
    }
    const alpha = 1 - ctx.confidence;
    let verdict = 'unknown';
    if (improvement !== undefined) {
        // An undefined p-value (NaN) tells nothing: the verdict stays unknown.
        if (stats.pValue !== undefined)
            verdict = Number.isNaN(stats.pValue) ? 'unknown' : stats.pValue < alpha ? (improvement > 0 ? 'better' : 'worse') : 'same';
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

// EXTERNAL MODULE: ./build/shared/compare/paired.js
var paired = __webpack_require__(3951);
// EXTERNAL MODULE: ./build/shared/metrics/registry.js + 5 modules
var registry = __webpack_require__(560);
// EXTERNAL MODULE: ./build/shared/stats/bootstrap.js + 1 modules
var bootstrap = __webpack_require__(7463);
// EXTERNAL MODULE: ./build/shared/stats/mcnemar.js
var mcnemar = __webpack_require__(4431);
;// CONCATENATED MODULE: ./build/shared/stats/multiple.js
// Multiple-comparison control: adjusted p-values for a family of tests (the
// assertions and tags of an eval suite, the metrics and slices of a model
// comparison), as statsmodels' `multipletests` computes them. A suite with
// 40 assertions tested at α = 0.05 fails one by chance more often than not;
// adjusting keeps the family's error rate (Holm: family-wise error,
// Benjamini–Hochberg: false discovery rate) at α.
/** The adjustments, in the words the report and docs use. */
const ADJUSTMENT_NAMES = {
    holm: 'Holm (family-wise error)',
    bh: 'Benjamini–Hochberg (false discovery rate)',
    none: 'none',
};
/**
 * Adjusted p-values in the order given. `undefined` entries (tests not run)
 * stay undefined and do not count towards the family's size.
 */
function adjustPValues(pValues, method) {
    const present = pValues.flatMap((p, i) => (p === undefined || Number.isNaN(p) ? [] : [{ p, i }]));
    const out = pValues.map(() => undefined);
    const m = present.length;
    if (m === 0)
        return out;
    if (method === 'none') {
        for (const { p, i } of present)
            out[i] = p;
        return out;
    }
    // Stable order by p (ties keep their input order, as numpy's mergesort does in statsmodels).
    const sorted = [...present].sort((a, b) => a.p - b.p || a.i - b.i);
    if (method === 'holm') {
        // Step-down: p_(k) · (m − k + 1), made monotone non-decreasing, capped at 1.
        let running = 0;
        sorted.forEach(({ p, i }, k) => {
            running = Math.max(running, Math.min(1, (m - k) * p));
            out[i] = running;
        });
        return out;
    }
    // Benjamini–Hochberg step-up: p_(k) · m / k, made monotone from the largest down, capped at 1.
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
        const { p, i } = sorted[k];
        running = Math.min(running, (m * p) / (k + 1));
        out[i] = Math.min(1, running);
    }
    return out;
}

// EXTERNAL MODULE: ./build/shared/evals/suite.js
var suite = __webpack_require__(7284);
;// CONCATENATED MODULE: ./build/shared/evals/compare.js
// Comparing two eval suites case by case. Cases are joined by id (cases on
// one side only are reported, and fail when the policy asks for the same
// suite); every metric of the suite — pass rate per assertion, mean score
// per scorer, cost, latency percentiles — is compared on the shared cases:
// McNemar for pass/fail outcomes (exact below 10,000 discordant pairs), the
// paired bootstrap (BCa) over cases for scores. Repeated samples of a case
// are averaged first, so the bootstrap resamples cases, not samples. The
// policy's rules apply as for model metrics (evaluateMetric); across the
// family of tests (metrics × tags) p-values are adjusted, Holm by default.









/** Metrics a suite carries, in a stable order: outcomes, scores, cost, latency. */
function evalMetrics(...suites) {
    const passed = new Set();
    const scores = new Set();
    let cost = false;
    let latency = false;
    for (const suite of suites) {
        for (const c of suite.cases) {
            for (const k of c.passed.keys())
                passed.add(k);
            for (const k of c.scores.keys())
                scores.add(k);
            cost ||= c.cost !== undefined;
            latency ||= c.latencyMs !== undefined;
        }
    }
    const out = [];
    const sorted = (s) => [...s].sort((a, b) => (a === suite/* CASE_OUTCOME */.c ? -1 : b === suite/* CASE_OUTCOME */.c ? 1 : a < b ? -1 : a > b ? 1 : 0));
    for (const k of sorted(passed))
        out.push({ name: k === suite/* CASE_OUTCOME */.c ? 'pass_rate' : `${k}.pass_rate`, kind: 'pass', source: k, direction: 'higher' });
    // Scores are higher-is-better unless the name says otherwise (a loss, an error) or the policy sets a direction.
    for (const k of sorted(scores))
        out.push({ name: k, kind: 'score', source: k, direction: (0,registry/* knownDirection */.XP)(k) ?? 'higher' });
    if (cost)
        out.push({ name: 'cost', kind: 'cost', source: 'cost', direction: 'lower' });
    if (latency) {
        out.push({ name: 'latency_ms_p50', kind: 'latency_p50', source: 'latency', direction: 'lower' });
        out.push({ name: 'latency_ms_p95', kind: 'latency_p95', source: 'latency', direction: 'lower' });
    }
    return out;
}
function caseValue(c, metric) {
    switch (metric.kind) {
        case 'pass': {
            const v = c.passed.get(metric.source);
            return v === undefined ? undefined : v ? 1 : 0;
        }
        case 'score':
            return c.scores.get(metric.source);
        case 'cost':
            return c.cost;
        case 'latency_p50':
        case 'latency_p95':
            return c.latencyMs;
    }
}
function byCase(suite, metrics) {
    const order = [];
    const groups = new Map();
    for (const c of suite.cases) {
        let list = groups.get(c.id);
        if (!list) {
            groups.set(c.id, (list = []));
            order.push(c.id);
        }
        list.push(c);
    }
    const values = new Map();
    for (const metric of metrics) {
        const column = new Float64Array(order.length);
        order.forEach((id, i) => {
            let sum = 0;
            let n = 0;
            for (const c of groups.get(id)) {
                const v = caseValue(c, metric);
                if (v !== undefined) {
                    sum += v;
                    n++;
                }
            }
            column[i] = n === 0 ? NaN : sum / n;
        });
        values.set(metric.name, column);
    }
    let samples = 1;
    for (const list of groups.values())
        samples = Math.max(samples, list.length);
    return { ids: order, values, tags: order.map((id) => groups.get(id)[0].tags), samples };
}
/** A statistic of per-case values under case weights: a mean, or a percentile for latency. */
function caseStatistic(values, kind) {
    if (kind === 'latency_p50' || kind === 'latency_p95') {
        const q = kind === 'latency_p50' ? 0.5 : 0.95;
        return {
            evaluate(weights) {
                const drawn = [];
                for (let i = 0; i < values.length; i++)
                    for (let k = weights ? weights[i] : 1; k > 0; k--)
                        if (!Number.isNaN(values[i]))
                            drawn.push(values[i]);
                if (drawn.length === 0)
                    return undefined;
                return (0,bootstrap/* quantile */.YV)(Float64Array.from(drawn).sort(), q);
            },
        };
    }
    let total = 0;
    let count = 0;
    for (const v of values)
        if (!Number.isNaN(v)) {
            total += v;
            count++;
        }
    return {
        evaluate(weights) {
            if (!weights)
                return count === 0 ? undefined : total / count;
            let s = 0;
            let w = 0;
            for (let i = 0; i < values.length; i++) {
                const v = values[i];
                if (Number.isNaN(v))
                    continue;
                s += weights[i] * v;
                w += weights[i];
            }
            return w === 0 ? undefined : s / w;
        },
        jackknife() {
            if (count < 2)
                return undefined;
            const out = new Float64Array(values.length);
            for (let i = 0; i < values.length; i++)
                out[i] = Number.isNaN(values[i]) ? total / count : (total - values[i]) / (count - 1);
            return out;
        },
    };
}
/** The paired statistics of one metric on the shared cases (indices into both sides). */
function pairedStatistics(metric, c, b, ids, repeated, options) {
    const keep = [];
    for (let i = 0; i < c.length; i++)
        if (!Number.isNaN(c[i]) && !Number.isNaN(b[i]))
            keep.push(i);
    const cv = Float64Array.from(keep, (i) => c[i]);
    const bv = Float64Array.from(keep, (i) => b[i]);
    const candidate = caseStatistic(cv, metric.kind);
    const baseline = caseStatistic(bv, metric.kind);
    const cValue = candidate.evaluate();
    const bValue = baseline.evaluate();
    if (keep.length === 0 || cValue === undefined || bValue === undefined)
        return { stats: { candidate: cValue, baseline: bValue, method: 'none', unavailable: 'no case has it on both sides' } };
    const binary = !repeated && (metric.kind === 'pass' || metric.kind === 'score') && cv.every((v) => v === 0 || v === 1) && bv.every((v) => v === 0 || v === 1);
    if (binary) {
        const passToFail = [];
        const failToPass = [];
        keep.forEach((i, k) => {
            if (cv[k] === 1 && bv[k] === 0)
                failToPass.push(ids[i]);
            else if (cv[k] === 0 && bv[k] === 1)
                passToFail.push(ids[i]);
        });
        const test = (0,mcnemar/* mcnemar */.o)(failToPass.length, passToFail.length, keep.length);
        return {
            stats: {
                candidate: cValue, baseline: bValue, method: test.method === 'exact' ? 'mcnemar-exact' : 'mcnemar-asymptotic', pValue: test.pValue,
                interval: (0,paired/* normalInterval */.Dm)(test.interval.center, test.interval.standardError, options.confidence), bound: (0,paired/* normalBound */.Sp)(test.interval.center, test.interval.standardError),
                details: { cases: keep.length, pass_to_fail: passToFail.length, fail_to_pass: failToPass.length, statistic: test.statistic },
            },
            flips: { passToFail, failToPass },
        };
    }
    const boot = (0,bootstrap/* pairedBootstrap */.Wx)({ candidate, baseline, n: keep.length, resamples: options.resamples, seed: options.seed, confidence: options.confidence });
    if (!boot)
        return { stats: { candidate: cValue, baseline: bValue, method: 'none', unavailable: 'the bootstrap had too few defined resamples' } };
    return {
        stats: {
            candidate: cValue, baseline: bValue, method: boot.bca ? 'bootstrap-bca' : 'bootstrap-percentile', pValue: boot.pValue,
            interval: boot.bca ?? boot.percentile, bound: (alpha, side) => (0,bootstrap/* bootstrapBound */.FH)(boot, side === 'lower' ? alpha : 1 - alpha),
            details: { cases: keep.length, resamples: options.resamples, seed: options.seed, resampled: repeated ? 'cases (samples averaged per case)' : 'cases' },
        },
    };
}
/** The smallest α at which the one-sided bound clears −margin: the non-inferiority test's p-value (found by bisection, so it holds for any method's bound). */
function nonInferiorityP(stats, direction, margin) {
    if (!stats.bound)
        return undefined;
    const clears = (alpha) => (direction === 'higher' ? stats.bound(alpha, 'lower') : -stats.bound(alpha, 'upper')) > -margin;
    if (!clears(0.5))
        return 0.5;
    let lo = 1e-12;
    let hi = 0.5;
    if (clears(lo))
        return lo;
    for (let k = 0; k < 60; k++) {
        const mid = Math.sqrt(lo * hi);
        if (clears(mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}
function compareEvalSuites(input) {
    const { candidate, baseline, policy, options } = input;
    const metrics = evalMetrics(candidate, ...(baseline ? [baseline] : []));
    const cand = byCase(candidate, metrics);
    const base = baseline ? byCase(baseline, metrics) : undefined;
    const baseIndex = new Map(base?.ids.map((id, i) => [id, i]) ?? []);
    const shared = cand.ids.flatMap((id, i) => (baseIndex.has(id) ? [[i, baseIndex.get(id)]] : []));
    const candIds = new Set(cand.ids);
    const candidateOnly = base ? cand.ids.filter((id) => !baseIndex.has(id)) : [];
    const baselineOnly = base ? base.ids.filter((id) => !candIds.has(id)) : [];
    const repeated = cand.samples > 1 || (base?.samples ?? 1) > 1;
    const adjustment = policy.multiple_comparisons ?? 'holm';
    const rows = [];
    const checks = [];
    if (base) {
        const sameSuite = candidateOnly.length === 0 && baselineOnly.length === 0;
        const listed = (ids) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
        const message = sameSuite
            ? `the same ${shared.length} cases on both sides`
            : `${shared.length} cases shared; ${candidateOnly.length} only in the candidate${candidateOnly.length ? ` (${listed(candidateOnly)})` : ''}, ${baselineOnly.length} only in the baseline${baselineOnly.length ? ` (${listed(baselineOnly)})` : ''}`;
        const status = sameSuite ? 'pass' : policy.require_same_cases ? 'fail' : 'warn';
        checks.push({ id: 'evals:cases', title: 'Candidate and baseline ran the same cases', status, message, count: status === 'pass' ? 0 : candidateOnly.length + baselineOnly.length, locations: [{ file: options.file }] });
        if (shared.length === 0)
            return { rows, checks, pairedCases: 0, candidateOnly, baselineOnly, samplesPerCase: Math.max(cand.samples, base.samples), adjustment, family: 0 };
    }
    const ruleFor = (metric) => policy.metrics[metric.name];
    const scales = new Map(metrics.flatMap((m) => {
        const scale = scaleOf(m, cand.values.get(m.name), base?.values.get(m.name));
        return scale ? [[m.name, scale]] : [];
    }));
    const evaluated = [];
    const evaluateOn = (candidateRows, baselineRows, slice, gatedOnly = false) => {
        const pick = (values, at) => Float64Array.from(at, (i) => values[i]);
        const ids = candidateRows.map((i) => cand.ids[i]);
        const names = new Set();
        for (const metric of metrics) {
            names.add(metric.name);
            const rule = ruleFor(metric);
            if (gatedOnly && !rule)
                continue;
            const c = pick(cand.values.get(metric.name), candidateRows);
            let stats;
            let flips;
            if (base && baselineRows)
                ({ stats, flips } = pairedStatistics(metric, c, pick(base.values.get(metric.name), baselineRows), ids, repeated, options));
            else {
                const value = caseStatistic(c, metric.kind).evaluate();
                stats = { candidate: value, baseline: undefined, method: 'none' };
            }
            const label = slice ? `${metric.name} [${slice.column}=${slice.value}]` : metric.name;
            const idPrefix = slice ? `metric:${metric.name}@${slice.column}=${slice.value}` : `metric:${metric.name}`;
            const effective = rule ?? { direction: metric.direction, severity: 'fail', required: false };
            const result = evaluateMetric({ name: metric.name, label, idPrefix, policy: effective, stats, hasBaseline: base !== undefined, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, slice, rows: candidateRows.length, file: options.file });
            const row = { ...result.row, gated: rule !== undefined };
            const scale = scales.get(metric.name);
            if (scale)
                row.scale = scale;
            if (flips)
                row.flips = { passToFail: flips.passToFail.length, failToPass: flips.failToPass.length, firstPassToFail: flips.passToFail.slice(0, 5), firstFailToPass: flips.failToPass.slice(0, 5) };
            const notes = [row.note, flipNote(flips), repeated && stats.method.startsWith('bootstrap') ? `${Math.max(cand.samples, base?.samples ?? 1)} samples per case averaged; cases resampled, not samples` : undefined].filter(Boolean);
            if (notes.length > 0)
                row.note = notes.join('; ');
            if (rule) {
                evaluated.push({ row, checks: result.checks, stats, rule });
                checks.push(...result.checks);
            }
            rows.push(row);
        }
        // Policy metrics the suite does not have: evaluateMetric reports them missing.
        if (!slice) {
            for (const [name, rule] of Object.entries(policy.metrics)) {
                if (names.has(name))
                    continue;
                const result = evaluateMetric({ name, label: name, idPrefix: `metric:${name}`, policy: rule, stats: { candidate: undefined, baseline: undefined, method: 'none', unavailable: `not in the eval suite (its metrics: ${[...names].join(', ')})` }, hasBaseline: base !== undefined, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, file: options.file });
                rows.push(result.row);
                checks.push(...result.checks);
            }
        }
    };
    const candidateRows = base ? shared.map(([c]) => c) : cand.ids.map((_, i) => i);
    const baselineRows = base ? shared.map(([, b]) => b) : undefined;
    evaluateOn(candidateRows, baselineRows);
    // Tags are slices: every tag (or the policy's slice columns), every value with enough shared cases, gated metrics only.
    const minSize = policy.slices?.min_slice_size ?? 10;
    const tagKeys = policy.slices?.columns ?? [...new Set(cand.tags.flatMap((t) => Object.keys(t)))].sort();
    if (Object.keys(policy.metrics).length > 0) {
        for (const key of tagKeys) {
            const byValue = new Map();
            candidateRows.forEach((row, k) => {
                const value = cand.tags[row][key];
                if (value === undefined)
                    return;
                let list = byValue.get(value);
                if (!list)
                    byValue.set(value, (list = []));
                list.push(k);
            });
            for (const [value, at] of [...byValue].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
                if (at.length < minSize)
                    continue;
                evaluateOn(at.map((k) => candidateRows[k]), baselineRows ? at.map((k) => baselineRows[k]) : undefined, { column: key, value, rows: at.length }, true);
            }
        }
    }
    const family = adjustFamily(evaluated, adjustment, options.confidence);
    return { rows, checks, pairedCases: base ? shared.length : cand.ids.length, candidateOnly, baselineOnly, samplesPerCase: Math.max(cand.samples, base?.samples ?? 1), adjustment, family };
}
/** Names that say a score is a percentage (0–100). */
const PERCENT_NAME = /(^|[_.\-\s])(pct|percent|percentage)$|%$/i;
/**
 * A metric whose changes read in points: pass rates, scores whose every case
 * value lies in [0, 1] on both sides (a 0–1 rate), and scores named as a
 * percentage whose values lie in [0, 100].
 */
function scaleOf(metric, candidate, baseline) {
    if (metric.kind === 'pass')
        return 'rate';
    if (metric.kind !== 'score')
        return undefined;
    const within = (hi) => [candidate, baseline ?? new Float64Array()].every((values) => values.every((v) => Number.isNaN(v) || (v >= 0 && v <= hi)));
    if (PERCENT_NAME.test(metric.name))
        return within(100) ? 'percent' : undefined;
    return within(1) ? 'rate' : undefined;
}
function flipNote(flips) {
    if (!flips || flips.passToFail.length + flips.failToPass.length === 0)
        return undefined;
    const first = flips.passToFail.slice(0, 5);
    return `${flips.passToFail.length} case${flips.passToFail.length === 1 ? '' : 's'} flipped pass→fail${first.length ? ` (${first.join(', ')}${flips.passToFail.length > 5 ? ', …' : ''})` : ''}, ${flips.failToPass.length} fail→pass`;
}
/**
 * Adjusts the family's p-values: the two-sided tests behind each gated row's
 * verdict, and the non-inferiority tests behind its checks. A check whose
 * adjusted p-value does not clear its α fails, even when its own bound did.
 */
function adjustFamily(evaluated, adjustment, confidence) {
    const tested = evaluated.filter((e) => e.stats.pValue !== undefined);
    const family = tested.length;
    if (adjustment === 'none' || family < 2)
        return family;
    const alpha = 1 - confidence;
    const adjusted = adjustPValues(tested.map((e) => e.stats.pValue), adjustment);
    tested.forEach((e, k) => {
        const p = adjusted[k];
        e.row.details = { ...(e.row.details ?? {}), adjusted_p: p };
        if (e.row.verdict === 'better' || e.row.verdict === 'worse') {
            if (!(p < alpha))
                e.row.verdict = 'same';
        }
    });
    const ni = evaluated.flatMap((e) => e.checks.filter((c) => c.rule === 'non_inferiority' && c.margin !== undefined).map((check) => ({ e, check, p: nonInferiorityP(e.stats, e.rule.direction, check.margin) })));
    const present = ni.filter((x) => x.p !== undefined);
    const niAdjusted = adjustPValues(present.map((x) => x.p), adjustment);
    present.forEach((x, k) => {
        const p = niAdjusted[k];
        const level = x.check.alpha ?? 0.05;
        const shown = p < level;
        const status = shown ? 'pass' : x.e.rule.severity === 'warn' ? 'warn' : 'fail';
        x.check.status = status;
        x.check.count = status === 'pass' ? 0 : 1;
        x.check.message = `${x.check.message}; ${ADJUSTMENT_NAMES[adjustment]} over ${present.length} non-inferiority tests: p = ${formatNumber(p, 3)} ${shown ? '<' : '≥'} ${level}${shown ? '' : ' — not shown'}`;
        x.e.row.status = (0,results_status/* worstStatus */.A4)(x.e.checks.map((c) => c.status));
    });
    return family;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./build/shared/io/fs-error.js
var fs_error = __webpack_require__(3565);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
;// CONCATENATED MODULE: ./build/shared/evals/read.js
// Reading eval suites, one function per format, all to EvalSuite:
//   generic    holdout's JSONL/CSV form: an id column, boolean (pass/fail)
//              and numeric (score) columns, string columns as tags, optional
//              cost and latency_ms
//   promptfoo  `promptfoo eval -o results.json` (results.results[], v3+)
//   deepeval   a DeepEval test run (.deepeval/.latest_test_run.json)
//   gh-models  `gh models eval --json`
//   lm-eval    lm-evaluation-harness `--log_samples` (samples_<task>_<time>.jsonl)
// The format is recognised from the content unless given. A file is read
// whole, up to MAX_EVAL_BYTES: eval suites are thousands of cases, not
// millions, and the JSON formats cannot be streamed by record.







/** Larger eval files are refused (with the way out) rather than read. */
const MAX_EVAL_BYTES = 256 * 1024 * 1024;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Reads an eval suite in any supported format. */
async function readEvalSuite(file, options = {}) {
    const bytes = await readBounded(file);
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const lower = file.path.toLowerCase().replace(/\.(gz|gzip)$/, '');
    const raw = /\.(gz|gzip)$/i.test(file.path) ? gunzip(bytes, file) : bytes;
    const text = raw.toString('utf8');
    if (text.trim() === '')
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file: file.display });
    const at = { file: file.display };
    let read;
    if (/\.(csv|tsv)$/.test(lower)) {
        if (options.format && options.format !== 'generic')
            throw new shared_errors/* ConfigurationError */.j1(`a CSV file is in holdout's generic eval form, not ${options.format}`, at);
        read = { format: 'generic', ...(await readGenericCsv(text, file.display, lower.endsWith('.tsv') ? '\t' : ',', options.idColumn ?? 'id')) };
    }
    else if (/\.(jsonl|ndjson)$/.test(lower)) {
        const records = jsonLines(text, file.display);
        const format = options.format ?? (records[0] && 'doc_id' in records[0].value && ('filtered_resps' in records[0].value || 'metrics' in records[0].value) ? 'lm-eval' : records[0] && 'gradingResult' in records[0].value ? 'promptfoo' : 'generic');
        read = { format, ...fromRecords(format, records, file.display, options) };
    }
    else {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new shared_errors/* ConfigurationError */.j1(`is not valid JSON: ${error.message}`, at);
        }
        const format = options.format ?? recognise(value);
        if (!format)
            throw new shared_errors/* ConfigurationError */.j1(`is not an eval suite holdout reads (${suite/* EVAL_FORMATS */.C.join(', ')}): see docs/evals.md`, at);
        if (format === 'generic' || format === 'lm-eval') {
            if (!Array.isArray(value))
                throw new shared_errors/* ConfigurationError */.j1(`a ${format} eval file in JSON is an array of case records`, at);
            read = { format, ...fromRecords(format, value.map((v, i) => ({ value: asObject(v, `[${i}]`, file.display), at: `[${i}]` })), file.display, options) };
        }
        else
            read = { format, ...readJsonFormat(format, value, file.display, options.variant) };
    }
    if (read.cases.length === 0)
        throw new shared_errors/* ConfigurationError */.j1(`has no cases (read as ${read.format})`, at);
    return { file: file.display, sha256, format: read.format, cases: read.cases, notes: read.notes };
}
/** Which vendor format a parsed JSON document is, from its shape. */
function recognise(value) {
    if (Array.isArray(value))
        return value.length > 0 && isObject(value[0]) && 'doc_id' in value[0] ? 'lm-eval' : 'generic';
    if (!isObject(value))
        return undefined;
    if (isObject(value.results) && Array.isArray(value.results.results))
        return 'promptfoo';
    if (Array.isArray(value.testCases) || Array.isArray(value.conversationalTestCases))
        return 'deepeval';
    if (Array.isArray(value.testResults))
        return 'gh-models';
    return undefined;
}
async function readBounded(file) {
    try {
        const info = await (0,promises_.stat)(file.path);
        if (info.isDirectory())
            throw new shared_errors/* ConfigurationError */.j1('is a directory, not an eval file', { file: file.display });
        if (info.size > MAX_EVAL_BYTES)
            throw new shared_errors/* ConfigurationError */.j1(`is ${(info.size / 2 ** 20).toFixed(0)} MiB; eval files are read whole up to ${MAX_EVAL_BYTES / 2 ** 20} MiB — split the suite or keep only the scores`, { file: file.display });
        return await (0,promises_.readFile)(file.path);
    }
    catch (error) {
        if (error instanceof shared_errors/* ConfigurationError */.j1)
            throw error;
        throw new shared_errors/* ConfigurationError */.j1((0,fs_error/* describeFsError */.T)(error), { file: file.display });
    }
}
function gunzip(bytes, file) {
    try {
        return (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: MAX_EVAL_BYTES });
    }
    catch (error) {
        const code = error.code;
        if (code === 'ERR_BUFFER_TOO_LARGE')
            throw new shared_errors/* ConfigurationError */.j1(`inflates past ${MAX_EVAL_BYTES / 2 ** 20} MiB; eval files are read whole — split the suite`, { file: file.display });
        throw new shared_errors/* ConfigurationError */.j1(`is not readable gzip (${error.message})`, { file: file.display });
    }
}
function asObject(value, at, file) {
    if (!isObject(value))
        throw new shared_errors/* ConfigurationError */.j1(`${at}: a case is an object`, { file });
    return value;
}
function jsonLines(text, file) {
    const out = [];
    const lines = text.split('\n');
    lines.forEach((line, i) => {
        if (line.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (error) {
            throw new shared_errors/* ConfigurationError */.j1(`is not a JSON record: ${error.message}`, { file, line: i + 1 });
        }
        if (!isObject(value))
            throw new shared_errors/* ConfigurationError */.j1('a JSONL record is an object', { file, line: i + 1 });
        out.push({ value, at: `line ${i + 1}`, line: i + 1 });
    });
    return out;
}
function fromRecords(format, records, file, options) {
    switch (format) {
        case 'generic':
            return genericRecords(records, file, options.idColumn ?? 'id');
        case 'lm-eval':
            return lmEvalRecords(records, file);
        case 'promptfoo':
            return promptfooRows(records.map((r) => r.value), file, records.map((r) => r.at), options.variant);
        case 'deepeval':
        case 'gh-models':
            throw new shared_errors/* ConfigurationError */.j1(`${format} writes one JSON document, not JSON lines`, { file });
    }
}
function readJsonFormat(format, value, file, variant) {
    const doc = asObject(value, 'the document', file);
    switch (format) {
        case 'promptfoo': {
            const rows = isObject(doc.results) && Array.isArray(doc.results.results) ? doc.results.results : undefined;
            if (!rows)
                throw new shared_errors/* ConfigurationError */.j1('results.results: a promptfoo output has its rows there', { file, key: 'results.results' });
            return promptfooRows(rows.map((r, i) => asObject(r, `results.results[${i}]`, file)), file, rows.map((_, i) => `results.results[${i}]`), variant);
        }
        case 'deepeval':
            return deepevalCases(doc, file);
        case 'gh-models':
            return ghModelsResults(doc, file);
    }
}
// ── generic ─────────────────────────────────────────────────────────────
const COST_KEYS = new Set(['cost', 'cost_usd']);
const LATENCY_KEYS = new Set(['latency_ms', 'latencyMs']);
const PASS_WORDS = new Map([['true', true], ['false', false], ['pass', true], ['fail', false], ['passed', true], ['failed', false]]);
function genericRecords(records, file, idColumn) {
    const cases = [];
    for (const { value, at, line } of records) {
        const where = { file, line, key: line === undefined ? at : undefined };
        const id = value[idColumn];
        if (typeof id !== 'string' && typeof id !== 'number')
            throw new shared_errors/* ConfigurationError */.j1(`${line === undefined ? `${at}: ` : ''}has no "${idColumn}" (the case id)`, where);
        const tags = {};
        const passed = new Map();
        const scores = new Map();
        let cost;
        let latencyMs;
        const take = (key, v, nested) => {
            if (typeof v === 'boolean')
                passed.set(key, v);
            else if (typeof v === 'number') {
                if (!Number.isFinite(v))
                    return;
                if (!nested && COST_KEYS.has(key))
                    cost = v;
                else if (!nested && LATENCY_KEYS.has(key))
                    latencyMs = v;
                else
                    scores.set(key, v);
            }
            else if (typeof v === 'string') {
                const word = PASS_WORDS.get(v.toLowerCase());
                if (nested && word !== undefined)
                    passed.set(key, word);
                else if (!nested)
                    tags[key] = v;
            }
        };
        for (const [key, v] of Object.entries(value)) {
            if (key === idColumn)
                continue;
            if (key === 'tags' && isObject(v))
                for (const [t, tv] of Object.entries(v))
                    tags[t] = String(tv);
            else if (key === 'tags' && Array.isArray(v))
                for (const t of v)
                    tags[String(t)] = 'tagged';
            else if ((key === 'scores' || key === 'passed' || key === 'assertions') && isObject(v))
                for (const [s, sv] of Object.entries(v))
                    take(s, sv, true);
            else
                take(key, v, false);
        }
        cases.push({ id: String(id), at: line === undefined ? at : `line ${line}`, tags, passed, scores, cost, latencyMs });
    }
    return { cases, notes: [] };
}
async function readGenericCsv(text, file, delimiter, idColumn) {
    async function* once() {
        yield text;
    }
    const stream = await (0,csv/* openCsvStream */.ze)(once(), { displayPath: file, delimiter });
    const idAt = stream.header.indexOf(idColumn);
    if (idAt < 0)
        throw new shared_errors/* ConfigurationError */.j1(`has no "${idColumn}" column (the case id; columns: ${stream.header.join(', ')})`, { file, line: stream.headerLine });
    const rows = [];
    for await (const batch of stream.batches) {
        for (let r = 0; r < batch.size; r++)
            rows.push({ cells: batch.columns.map((c) => (c[r] === null || c[r] === undefined ? '' : String(c[r]))), line: batch.lines?.[r] ?? 0 });
    }
    // A column's kind is decided by all its values: pass/fail words → outcome, numbers → score, anything else → tag.
    const kinds = stream.header.map((name, c) => {
        if (c === idAt)
            return 'id';
        const values = rows.map((r) => r.cells[c].trim()).filter((v) => v !== '');
        if (values.length > 0 && values.every((v) => PASS_WORDS.has(v.toLowerCase())))
            return 'passed';
        if (values.length > 0 && values.every((v) => Number.isFinite(Number(v))))
            return COST_KEYS.has(name) ? 'cost' : LATENCY_KEYS.has(name) ? 'latency' : 'score';
        return 'tag';
    });
    const cases = rows.map(({ cells, line }) => {
        const id = cells[idAt].trim();
        if (id === '')
            throw new shared_errors/* ConfigurationError */.j1('has no case id', { file, line });
        const tags = {};
        const passed = new Map();
        const scores = new Map();
        let cost;
        let latencyMs;
        stream.header.forEach((name, c) => {
            const v = cells[c].trim();
            if (v === '')
                return;
            switch (kinds[c]) {
                case 'passed':
                    passed.set(name, PASS_WORDS.get(v.toLowerCase()));
                    break;
                case 'score':
                    scores.set(name, Number(v));
                    break;
                case 'cost':
                    cost = Number(v);
                    break;
                case 'latency':
                    latencyMs = Number(v);
                    break;
                case 'tag':
                    tags[name] = v;
                    break;
            }
        });
        return { id, at: `line ${line}`, tags, passed, scores, cost, latencyMs };
    });
    return { cases, notes: [] };
}
// ── promptfoo ───────────────────────────────────────────────────────────
/** Stable JSON (sorted keys), so the same vars give the same id in two runs. */
function stableJson(value) {
    if (Array.isArray(value))
        return `[${value.map(stableJson).join(',')}]`;
    if (isObject(value))
        return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson(value[k])}`).join(',')}}`;
    return JSON.stringify(value) ?? 'null';
}
/** How a promptfoo row names its provider and prompt: every spelling a user may pick it by. */
function variantNames(row) {
    const provider = isObject(row.provider) ? row.provider : { id: row.provider ?? '' };
    const ids = [provider.label, provider.id].filter((v) => typeof v === 'string' && v !== '');
    const prompt = isObject(row.prompt) && typeof row.prompt.label === 'string' ? row.prompt.label : undefined;
    const index = row.promptIdx !== undefined && row.promptIdx !== null ? `prompt ${String(row.promptIdx)}` : undefined;
    return { shown: [ids[0], index].filter(Boolean).join(' · '), names: [...ids, ...(prompt ? [prompt] : []), ...(index ? [index] : [])] };
}
function promptfooRows(allRows, file, allWhere, chosen) {
    const notes = [];
    // Several prompts or providers in one file are several candidates: holdout compares one against one, so one is chosen.
    const named = allRows.map(variantNames);
    const variants = [...new Set(named.map((n) => n.shown))];
    let keep = allRows.map((_, i) => i);
    if (chosen !== undefined) {
        keep = keep.filter((i) => named[i].names.includes(chosen));
        if (keep.length === 0)
            throw new shared_errors/* ConfigurationError */.j1(`has no provider or prompt "${chosen}" (it has: ${variants.join('; ')})`, { file });
        const left = new Set(keep.map((i) => named[i].shown));
        if (left.size > 1)
            throw new shared_errors/* ConfigurationError */.j1(`"${chosen}" names ${left.size} provider/prompt combinations (${[...left].join('; ')}): name one (a provider id and prompt together are "prompt <index>" within one provider)`, { file });
    }
    else if (variants.length > 1) {
        throw new shared_errors/* ConfigurationError */.j1(`holds ${variants.length} provider/prompt combinations (${variants.slice(0, 4).join('; ')}${variants.length > 4 ? '; …' : ''}): choose one (the candidate-variant / baseline-variant options), or run each into its own file`, { file });
    }
    const rows = keep.map((i) => allRows[i]);
    const where = keep.map((i) => allWhere[i]);
    const keyOf = (row) => {
        const testCase = isObject(row.testCase) ? row.testCase : {};
        const metadata = isObject(testCase.metadata) ? testCase.metadata : isObject(row.metadata) ? row.metadata : {};
        if (typeof metadata.id === 'string' || typeof metadata.id === 'number')
            return String(metadata.id);
        if (typeof testCase.description === 'string' && testCase.description !== '')
            return testCase.description;
        return stableJson(testCase.vars ?? row.vars ?? {});
    };
    const keys = rows.map(keyOf);
    const counts = new Map();
    rows.forEach((row, i) => {
        const set = counts.get(keys[i]) ?? new Set();
        set.add(String(row.testIdx ?? i));
        counts.set(keys[i], set);
    });
    let errors = 0;
    const cases = rows.map((row, i) => {
        // Cases sharing a description (or vars) but not a test index are told apart by the index; repeats of one test share it.
        const id = counts.get(keys[i]).size > 1 ? `${keys[i]} #${String(row.testIdx ?? i)}` : keys[i];
        const grading = isObject(row.gradingResult) ? row.gradingResult : undefined;
        const passed = new Map();
        const scores = new Map();
        const success = typeof row.success === 'boolean' ? row.success : typeof grading?.pass === 'boolean' ? grading.pass : undefined;
        if (success === undefined)
            throw new shared_errors/* ConfigurationError */.j1(`${where[i]}: a promptfoo row has success or gradingResult.pass`, { file });
        passed.set(suite/* CASE_OUTCOME */.c, success);
        if (row.failureReason === 2 || (typeof row.error === 'string' && row.error !== '' && !grading))
            errors++;
        const score = typeof row.score === 'number' ? row.score : typeof grading?.score === 'number' ? grading.score : undefined;
        if (score !== undefined && Number.isFinite(score))
            scores.set('score', score);
        const named = isObject(row.namedScores) ? row.namedScores : isObject(grading?.namedScores) ? grading.namedScores : {};
        for (const [name, v] of Object.entries(named))
            if (typeof v === 'number' && Number.isFinite(v))
                scores.set(name, v);
        const components = Array.isArray(grading?.componentResults) ? grading.componentResults : [];
        const seen = new Map();
        for (const component of components) {
            if (!isObject(component) || typeof component.pass !== 'boolean')
                continue;
            const assertion = isObject(component.assertion) ? component.assertion : {};
            const base = String(assertion.metric ?? assertion.type ?? 'assertion');
            const n = (seen.get(base) ?? 0) + 1;
            seen.set(base, n);
            passed.set(n === 1 ? base : `${base}#${n}`, component.pass);
        }
        const testCase = isObject(row.testCase) ? row.testCase : {};
        const metadata = isObject(testCase.metadata) ? testCase.metadata : {};
        const tags = {};
        for (const [k, v] of Object.entries(metadata))
            if (k !== 'id' && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'))
                tags[k] = String(v);
        const cost = typeof row.cost === 'number' && Number.isFinite(row.cost) ? row.cost : undefined;
        const latencyMs = typeof row.latencyMs === 'number' && Number.isFinite(row.latencyMs) ? row.latencyMs : undefined;
        return { id, at: where[i], tags, passed, scores, cost, latencyMs };
    });
    if (errors > 0)
        notes.push(`${errors} case${errors === 1 ? '' : 's'} ended in a provider error (counted as failed, as promptfoo counts them)`);
    return { cases, notes };
}
// ── DeepEval ────────────────────────────────────────────────────────────
function deepevalCases(doc, file) {
    const notes = [];
    const all = [...(Array.isArray(doc.testCases) ? doc.testCases.map((c, i) => ({ c, at: `testCases[${i}]` })) : []), ...(Array.isArray(doc.conversationalTestCases) ? doc.conversationalTestCases.map((c, i) => ({ c, at: `conversationalTestCases[${i}]` })) : [])];
    const cases = all.map(({ c, at }) => {
        const tc = asObject(c, at, file);
        const id = typeof tc.name === 'string' && tc.name !== '' ? tc.name : tc.order !== undefined && tc.order !== null ? `order ${String(tc.order)}` : undefined;
        if (id === undefined)
            throw new shared_errors/* ConfigurationError */.j1(`${at}: a DeepEval test case has a name`, { file, key: `${at}.name` });
        const passed = new Map();
        const scores = new Map();
        if (typeof tc.success === 'boolean')
            passed.set(suite/* CASE_OUTCOME */.c, tc.success);
        for (const metric of Array.isArray(tc.metricsData) ? tc.metricsData : []) {
            if (!isObject(metric) || typeof metric.name !== 'string')
                continue;
            if (typeof metric.success === 'boolean')
                passed.set(metric.name, metric.success);
            if (typeof metric.score === 'number' && Number.isFinite(metric.score))
                scores.set(metric.name, metric.score);
        }
        const tags = {};
        for (const t of Array.isArray(tc.tags) ? tc.tags : [])
            tags[String(t)] = 'tagged';
        const cost = typeof tc.tokenCost === 'number' ? tc.tokenCost : undefined;
        // completionTime is the model's time for the case, in seconds.
        const latencyMs = typeof tc.completionTime === 'number' ? tc.completionTime * 1000 : undefined;
        return { id, at, tags, passed, scores, cost, latencyMs };
    });
    return { cases, notes };
}
// ── gh models eval --json ───────────────────────────────────────────────
function ghModelsResults(doc, file) {
    const results = doc.testResults;
    const cases = results.map((r, i) => {
        const at = `testResults[${i}]`;
        const result = asObject(r, at, file);
        const testCase = isObject(result.testCase) ? result.testCase : {};
        const id = typeof testCase.id === 'string' || typeof testCase.id === 'number' ? String(testCase.id) : stableJson(testCase);
        const passed = new Map();
        const scores = new Map();
        let all = true;
        for (const e of Array.isArray(result.evaluationResults) ? result.evaluationResults : []) {
            if (!isObject(e) || typeof e.evaluatorName !== 'string')
                continue;
            if (typeof e.passed === 'boolean') {
                passed.set(e.evaluatorName, e.passed);
                all &&= e.passed;
            }
            if (typeof e.score === 'number' && Number.isFinite(e.score))
                scores.set(`${e.evaluatorName}.score`, e.score);
        }
        // gh models counts a test case passed when every evaluator passed.
        passed.set(suite/* CASE_OUTCOME */.c, all);
        return { id, at, tags: {}, passed, scores };
    });
    return { cases, notes: [] };
}
// ── lm-evaluation-harness --log_samples ─────────────────────────────────
function lmEvalRecords(records, file) {
    const filters = new Set(records.map((r) => String(r.value.filter ?? 'none')));
    // One record per document and filter; with several filters, a metric is named as the harness's results do: "acc,strict-match".
    const byDoc = new Map();
    for (const { value, at, line } of records) {
        const docId = value.doc_id;
        if (typeof docId !== 'number' && typeof docId !== 'string')
            throw new shared_errors/* ConfigurationError */.j1('an lm-eval sample has a doc_id', { file, line, key: line === undefined ? at : undefined });
        const id = String(docId);
        const entry = byDoc.get(id) ?? { at, scores: new Map(), passed: new Map() };
        byDoc.set(id, entry);
        const filter = String(value.filter ?? 'none');
        const names = Array.isArray(value.metrics) ? value.metrics.map(String) : Object.keys(value).filter((k) => typeof value[k] === 'number' && k !== 'doc_id');
        for (const name of names) {
            const v = value[name];
            const key = filters.size > 1 ? `${name},${filter}` : name;
            if (typeof v === 'boolean')
                entry.passed.set(key, v);
            else if (typeof v === 'number' && Number.isFinite(v))
                entry.scores.set(key, v);
        }
    }
    const cases = [...byDoc].map(([id, e]) => ({ id, at: e.at, tags: {}, passed: e.passed, scores: e.scores }));
    return { cases, notes: [] };
}

// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
;// CONCATENATED MODULE: ./build/shared/metrics/formats/collect.js
// What every metrics reader fills: the numbers it keeps, the spread (standard
// deviation or interval) a file gives for them, and what it skipped and why.
// A reader keeps what is a finite number (or a string spelling one) and
// skips anything else with a note naming the key — a tracker's summary holds
// checkpoint names, timestamps, histograms and NaN beside the metrics, and
// none of them should make the whole file unreadable.
const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;
const NON_FINITE_TEXT = /^\s*[+-]?(?:nan|inf|infinity)\s*$/i;
const SKIP = {
    text: ['not a number', 'not numbers'],
    nonFinite: ['not a finite number', 'not finite numbers'],
    underscore: ['underscore-prefixed key (the tracker’s own bookkeeping)', 'underscore-prefixed keys (the tracker’s own bookkeeping)'],
    list: ['list (curve, per-threshold or per-class values)', 'lists (curves, per-threshold or per-class values)'],
    boolean: ['true/false value', 'true/false values'],
    empty: ['empty value', 'empty values'],
    media: ['W&B media object (histogram, table, image)', 'W&B media objects (histograms, tables, images)'],
    matrix: ['confusion matrix or curve (not one number)', 'confusion matrices and curves (not single numbers)'],
    notOneNumber: ['value that is not one number (confusion matrix, array, bytes)', 'values that are not one number (confusion matrices, arrays, bytes)'],
    diff: ['difference against the baseline model (isDiff)', 'differences against the baseline model (isDiff)'],
};
class MetricsCollector {
    file;
    lineOf;
    metrics = new Map();
    spread = new Map();
    /** Each skipped key and why, for "auc is not in the file" messages. */
    skipped = new Map();
    groups = new Map();
    extra = [];
    constructor(
    /** The file as the user wrote it. */
    file, 
    /** The 1-based line of a dotted key path, when the parser knows it. */
    lineOf = () => undefined) {
        this.file = file;
        this.lineOf = lineOf;
    }
    /** Keeps `raw` under `name` when it is a finite number (or spells one); otherwise records why not. */
    value(name, raw, spread, path) {
        const number = metricNumber(raw);
        if (number === undefined) {
            this.skip(name, skipReason(raw), describe(raw), path);
            return false;
        }
        this.metrics.set(name, number);
        this.skipped.delete(name);
        const s = cleanSpread(spread);
        if (s)
            this.spread.set(name, s);
        return true;
    }
    /** Records a skipped key under `reason` (one of SKIP or a reader's own); `shown` is the value as the note shows it. */
    skip(key, reason, shown, path) {
        let keys = this.groups.get(reason);
        if (!keys)
            this.groups.set(reason, (keys = []));
        const line = path ? this.lineOf(path) : undefined;
        const where = [shown, line !== undefined ? `line ${line}` : undefined].filter(Boolean).join(', ');
        keys.push(where ? `${key} (${where})` : key);
        if (!this.metrics.has(key))
            this.skipped.set(key, shown === undefined ? reason[0] : `${shown}, ${reason[0]}`);
    }
    /** A note that is not about one key (which evaluation was read, what was left out). */
    note(text) {
        this.extra.push(text);
    }
    /** One line per reason: `skipped 2 not numbers: best_model ("ckpt-10"), …`. */
    notes() {
        const lines = [...this.extra];
        for (const [reason, keys] of this.groups) {
            const few = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} in all)` : '');
            lines.push(`skipped ${keys.length} ${keys.length === 1 ? reason[0] : reason[1]}: ${few}`);
        }
        return lines;
    }
}
/** A finite number, or a string spelling one; undefined for anything else. */
function metricNumber(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? raw : undefined;
    if (typeof raw === 'string' && NUMBER_TEXT.test(raw)) {
        const n = Number(raw);
        return Number.isFinite(n) ? n : undefined;
    }
    return undefined;
}
function skipReason(raw) {
    if (typeof raw === 'number' || (typeof raw === 'string' && (NON_FINITE_TEXT.test(raw) || NUMBER_TEXT.test(raw))))
        return SKIP.nonFinite;
    if (typeof raw === 'boolean')
        return SKIP.boolean;
    if (raw === null || raw === undefined || raw === '')
        return SKIP.empty;
    if (Array.isArray(raw))
        return SKIP.list;
    return SKIP.text;
}
function describe(raw) {
    if (typeof raw === 'number')
        return String(raw);
    if (typeof raw === 'string')
        return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}…` : raw);
    if (Array.isArray(raw))
        return `${raw.length} item${raw.length === 1 ? '' : 's'}`;
    if (raw === null || raw === undefined)
        return 'null';
    return typeof raw === 'object' ? 'an object' : String(raw);
}
function cleanSpread(spread) {
    if (!spread)
        return undefined;
    const out = {};
    for (const key of ['std', 'lower', 'upper']) {
        const v = spread[key];
        if (v !== undefined && Number.isFinite(v))
            out[key] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Flattens nested objects into dotted names (DVC, hand-written files, W&B
 * summaries): numbers are kept; underscore-prefixed keys, strings,
 * non-finite values, lists and W&B media objects (`{"_type": "histogram", …}`)
 * are skipped with a note.
 */
function walkNumbers(out, node, prefix = []) {
    for (const [key, child] of Object.entries(node)) {
        const path = [...prefix, key];
        const name = path.join('.');
        if (key.startsWith('_'))
            out.skip(name, SKIP.underscore);
        else if (isPlainObject(child)) {
            if (typeof child._type === 'string')
                out.skip(name, SKIP.media, child._type, path);
            else
                walkNumbers(out, child, path);
        }
        else if (Array.isArray(child))
            out.skip(name, SKIP.list, describe(child), path);
        else
            out.value(name, child, undefined, path);
    }
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/clarify.js
// SageMaker Clarify `analysis.json` (a Clarify processing job's output, and
// what a model package's Bias statistics point to): `pre_training_bias_metrics`
// and `post_training_bias_metrics`, each `facets: {facet: [{value_or_threshold,
// metrics: [{name, description, value}]}]}`. A metric is named
// `section.facet=value.NAME` (`post_training_bias_metrics.feature_2=1.DI`);
// bias metrics have no better direction the registry could know (DI is best
// at 1, DCR at 0), so a policy gates them with min/max and a direction. The
// `explanations` section (SHAP values) describes features, not the model's
// quality, and is skipped with a note.


const SECTIONS = ['pre_training_bias_metrics', 'post_training_bias_metrics'];
const clarifyReader = {
    id: 'clarify',
    title: 'SageMaker Clarify analysis',
    detect: (root) => isPlainObject(root) && SECTIONS.some((s) => isPlainObject(root[s]) && isPlainObject(root[s].facets)),
    read(root, out) {
        const doc = root;
        for (const section of SECTIONS) {
            const body = doc[section];
            if (isPlainObject(body) && isPlainObject(body.facets))
                readFacets(section, body.facets, out);
        }
        const other = Object.keys(doc).filter((k) => !SECTIONS.includes(k));
        if (other.length > 0)
            out.note(`not read: ${other.join(', ')} (SHAP values and settings describe features, not the model's quality)`);
    },
};
function readFacets(section, facets, out) {
    for (const [facet, groups] of Object.entries(facets)) {
        if (!Array.isArray(groups))
            throw new shared_errors/* ConfigurationError */.j1('a facet holds a list of {value_or_threshold, metrics}', { file: out.file, key: `${section}.facets.${facet}` });
        for (const group of groups) {
            if (!isPlainObject(group) || !Array.isArray(group.metrics))
                continue;
            const value = group.value_or_threshold;
            const prefix = `${section}.${facet}${value === undefined ? '' : `=${Array.isArray(value) ? value.join(',') : String(value)}`}`;
            for (const metric of group.metrics) {
                if (!isPlainObject(metric) || typeof metric.name !== 'string')
                    continue;
                out.value(`${prefix}.${metric.name}`, metric.value);
            }
        }
    }
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/evidently.js
// Evidently reports saved as JSON. Two shapes, both `{"metrics": [ … ]}`:
// - Evidently ≥ 0.6 (`Snapshot.json()` / `save_json`): each metric
//   `{"id", "metric_name": "Accuracy()", "config", "value"}`; the value is a
//   number, or an object (per label `{"0": …, "1": …}`, `{"mean", "std"}`,
//   `{"count", "share"}`) flattened with dots — `mean` is the metric itself.
// - the legacy Report (`report.json()` before 0.6): each metric
//   `{"metric": "ClassificationQualityMetric", "result": {"current": {…}, "reference": {…}}}`;
//   the `current` values are read (`ClassificationQualityMetric.accuracy`),
//   the reference dataset's are not.
// Test results (`tests`) are not metrics and are skipped.


const isLegacy = (m) => isPlainObject(m) && typeof m.metric === 'string' && 'result' in m;
const isSnapshot = (m) => isPlainObject(m) && (typeof m.metric_name === 'string' || typeof m.metric_id === 'string') && 'value' in m;
const evidentlyReader = {
    id: 'evidently',
    title: 'Evidently report',
    detect: (root) => isPlainObject(root) && Array.isArray(root.metrics) && root.metrics.length > 0 && root.metrics.every((m) => isLegacy(m) || isSnapshot(m) || (isPlainObject(m) && Object.keys(m).length === 0)),
    read(root, out) {
        const doc = root;
        let references = 0;
        for (const metric of doc.metrics) {
            if (isSnapshot(metric))
                readSnapshotMetric(metric, out);
            else if (isLegacy(metric)) {
                const result = metric.result;
                if (!isPlainObject(result))
                    throw new shared_errors/* ConfigurationError */.j1('a metric\'s "result" must be an object', { file: out.file, key: String(metric.metric) });
                if (isPlainObject(result.current)) {
                    walkNumbers(out, result.current, [String(metric.metric)]);
                    if (isPlainObject(result.reference))
                        references++;
                }
                else
                    walkNumbers(out, result, [String(metric.metric)]);
            }
        }
        if (references > 0)
            out.note(`read the current values; the reference dataset's values of ${references} metric${references === 1 ? '' : 's'} are not read`);
        if (Array.isArray(doc.tests) && doc.tests.length > 0)
            out.note(`${doc.tests.length} test result${doc.tests.length === 1 ? '' : 's'} not read (tests are not metrics)`);
    },
};
function readSnapshotMetric(metric, out) {
    const name = String(metric.metric_name ?? metric.metric_id);
    const value = metric.value;
    if (isPlainObject(value)) {
        const { mean, ...rest } = value;
        if (mean !== undefined)
            out.value(name, mean);
        walkNumbers(out, rest, [name]);
    }
    else
        out.value(name, value);
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/generic.js
// A metrics file as DVC writes it (`dvc metrics`, dvclive's metrics.json) and
// as people write one by hand: nested objects of names to numbers, flattened
// with dots (`{"test": {"auc": 0.9}}` is `test.auc`).


const genericReader = {
    id: 'nested',
    title: 'nested metrics (DVC and hand-written files)',
    detect: (root) => isPlainObject(root),
    read(root, out) {
        if (!isPlainObject(root))
            throw new shared_errors/* ConfigurationError */.j1('a metrics file must hold an object of metric names to numbers', { file: out.file });
        walkNumbers(out, root);
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/formats/kubeflow.js
// Kubeflow Pipelines (v1) metrics artifact `mlpipeline-metrics.json`:
// `{"metrics": [{"name": "accuracy-score", "numberValue": 0.9, "format": "PERCENTAGE"}]}`.
// `format` only says how the KFP UI shows the number (RAW or as a
// percentage); the value is read as written.


const kubeflowReader = {
    id: 'kubeflow',
    title: 'Kubeflow pipeline metrics',
    detect: (root) => isPlainObject(root) && Array.isArray(root.metrics) && root.metrics.length > 0 && root.metrics.every((m) => isPlainObject(m) && 'numberValue' in m),
    read(root, out) {
        (root.metrics).forEach((entry, i) => {
            if (typeof entry.name !== 'string' || entry.name === '')
                throw new shared_errors/* ConfigurationError */.j1('a metric needs a "name"', { file: out.file, key: `metrics[${i}]` });
            out.value(entry.name, entry.numberValue);
        });
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/formats/mlflow.js
// MLflow runs: the run JSON of the REST API and `mlflow runs describe`
// (`{"run": {"data": {"metrics": [{key, value, step, timestamp}]}}}`), a run's
// `data` as the Python client prints it (`{"data": {"metrics": {name: value}}}`)
// and a bare metric history list. In a history the latest step (then the
// latest timestamp) wins.


function runMetrics(root) {
    if (!isPlainObject(root))
        return undefined;
    const run = root.run;
    if (isPlainObject(run) && isPlainObject(run.data) && run.data.metrics !== undefined)
        return run.data.metrics;
    if (isPlainObject(root.data) && root.data.metrics !== undefined)
        return root.data.metrics;
    return undefined;
}
const isHistory = (value) => Array.isArray(value) && value.length > 0 && value.every((e) => isPlainObject(e) && 'key' in e && 'value' in e);
const mlflowReader = {
    id: 'mlflow',
    title: 'MLflow run',
    detect: (root) => runMetrics(root) !== undefined || isHistory(root),
    read(root, out) {
        const metrics = runMetrics(root) ?? root;
        if (Array.isArray(metrics))
            readHistory(metrics, out);
        else if (isPlainObject(metrics))
            walkNumbers(out, metrics);
        else
            throw new shared_errors/* ConfigurationError */.j1('the run\'s data.metrics is neither a list nor an object of metrics', { file: out.file });
    },
};
function readHistory(entries, out) {
    const best = new Map();
    entries.forEach((entry, i) => {
        const e = entry;
        if (!isPlainObject(entry) || typeof e.key !== 'string')
            throw new shared_errors/* ConfigurationError */.j1('a metric entry needs a "key"', { file: out.file, key: `[${i}]` });
        const step = Number(e.step ?? 0);
        const timestamp = Number(e.timestamp ?? 0);
        const previous = best.get(e.key);
        if (!previous || step > previous.step || (step === previous.step && timestamp >= previous.timestamp))
            best.set(e.key, { step, timestamp, value: e.value });
    });
    for (const [key, { value }] of best)
        out.value(key, value);
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/sagemaker.js
// Amazon SageMaker Model Monitor model-quality statistics (also what a model
// package's ModelQuality.Statistics points to): sections
// `binary_classification_metrics`, `multiclass_classification_metrics` and
// `regression_metrics`, each metric `{"value": …, "standard_deviation": …}`.
// The standard deviation is Model Monitor's (five 80% subsamples; "NaN" below
// 200 rows) and is kept with the value. Confusion matrices and curves are not
// single numbers and are skipped; so is the file's metadata (version,
// dataset times and counts).

const sagemaker_SECTIONS = ['binary_classification_metrics', 'multiclass_classification_metrics', 'regression_metrics'];
const sagemakerReader = {
    id: 'sagemaker',
    title: 'SageMaker model-quality statistics',
    detect: (root) => isPlainObject(root) && sagemaker_SECTIONS.some((s) => isPlainObject(root[s])),
    read(root, out) {
        const doc = root;
        const metadata = [];
        for (const [key, section] of Object.entries(doc)) {
            if (sagemaker_SECTIONS.includes(key) && isPlainObject(section))
                readSection(key, section, out);
            else
                metadata.push(key);
        }
        if (metadata.length > 0)
            out.note(`not metrics (file metadata): ${metadata.join(', ')}`);
    },
};
function readSection(section, metrics, out) {
    let noStd = 0;
    for (const [name, entry] of Object.entries(metrics)) {
        const key = `${section}.${name}`;
        if (isPlainObject(entry) && 'value' in entry) {
            const std = metricNumber(entry.standard_deviation);
            if (out.value(key, entry.value, { std }) && std === undefined)
                noStd++;
        }
        else if (Array.isArray(entry))
            out.skip(key, SKIP.list);
        else
            out.skip(key, SKIP.matrix);
    }
    if (noStd > 0)
        out.note(`${section}: ${noStd} value${noStd === 1 ? '' : 's'} without a standard deviation (Model Monitor gives one from 200 rows on)`);
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/tfma.js
// TensorFlow Model Analysis metrics: MetricsForSlice (metrics_for_slice.proto)
// in the proto3 JSON mapping — what `json_format.MessageToJson` writes for
// each record of TFMA's `metrics` output (the output itself is TFRecord, a
// binary container; export it to JSON first): one object or a list of them.
// The overall slice (an empty `sliceKey`) is read; other slices are named in
// a note. A metric's name is `key.name`, prefixed by `modelName/` and
// `outputName/` when set and followed by its sub key (`[classId=1]`,
// `[k=3]`, `[topK=3]`). `doubleValue` and `boundedValue` are numbers;
// `confidenceInterval` (lower/upper bound, standard error) is kept as the
// value's spread. Diffs against a baseline model (`isDiff`) and values that
// are not one number (confusion matrices, arrays) are skipped with a note.


const isSliceRecord = (value) => isPlainObject(value) && (Array.isArray(value.metricKeysAndValues) || (isPlainObject(value.metrics) && ('sliceKey' in value || 'crossSliceKey' in value)));
const tfmaReader = {
    id: 'tfma',
    title: 'TFMA metrics for slice',
    detect: (root) => isSliceRecord(root) || (Array.isArray(root) && root.length > 0 && root.every(isSliceRecord)),
    read(root, out) {
        const records = (Array.isArray(root) ? root : [root]);
        const overall = records.filter((r) => !('crossSliceKey' in r) && isOverall(r.sliceKey));
        const others = records.filter((r) => !overall.includes(r));
        if (overall.length === 0)
            throw new shared_errors/* ConfigurationError */.j1(`holds no overall slice (an empty sliceKey), only ${others.length} other slice(s)`, { file: out.file });
        if (others.length > 0)
            out.note(`read the overall slice; ${others.length} other slice${others.length === 1 ? '' : 's'} not read (${others.slice(0, 3).map(sliceName).join('; ')}${others.length > 3 ? '; …' : ''})`);
        for (const record of overall) {
            if (Array.isArray(record.metricKeysAndValues)) {
                for (const item of record.metricKeysAndValues)
                    readKeyAndValue(item, out);
            }
            if (isPlainObject(record.metrics)) {
                for (const [name, value] of Object.entries(record.metrics))
                    readValue(name, value, undefined, out);
            }
        }
    },
};
function isOverall(sliceKey) {
    if (sliceKey === undefined || sliceKey === null)
        return true;
    if (!isPlainObject(sliceKey))
        return false;
    const keys = sliceKey.singleSliceKeys;
    return keys === undefined || (Array.isArray(keys) && keys.length === 0);
}
function sliceName(record) {
    const keys = (isPlainObject(record.sliceKey) && Array.isArray(record.sliceKey.singleSliceKeys) ? record.sliceKey.singleSliceKeys : []);
    if (keys.length === 0)
        return 'a cross slice';
    return keys
        .map((k) => {
        const raw = k.bytesValue !== undefined ? Buffer.from(String(k.bytesValue), 'base64').toString('utf8') : (k.floatValue ?? k.int64Value);
        return `${String(k.column)}:${String(raw)}`;
    })
        .join(', ');
}
function metricName(key) {
    if (typeof key.name !== 'string' || key.name === '')
        return undefined;
    const parts = [key.modelName, key.outputName].filter((p) => typeof p === 'string' && p !== '');
    let name = [...parts, key.name].join('/');
    if (isPlainObject(key.subKey)) {
        for (const field of ['classId', 'k', 'topK']) {
            if (key.subKey[field] !== undefined)
                name += `[${field}=${String(key.subKey[field])}]`;
        }
    }
    return name;
}
function readKeyAndValue(item, out) {
    const key = isPlainObject(item.key) ? item.key : {};
    const name = metricName(key);
    if (name === undefined)
        throw new shared_errors/* ConfigurationError */.j1('a metric key needs a "name"', { file: out.file, key: 'metricKeysAndValues[].key.name' });
    if (key.isDiff === true) {
        out.skip(name, SKIP.diff);
        return;
    }
    readValue(name, item.value, isPlainObject(item.confidenceInterval) ? item.confidenceInterval : undefined, out);
}
function readValue(name, value, interval, out) {
    const spread = {};
    if (interval) {
        spread.lower = doubleOf(interval.lowerBound);
        spread.upper = doubleOf(interval.upperBound);
        spread.std = doubleOf(interval.standardError);
    }
    if (isPlainObject(value) && 'doubleValue' in value)
        out.value(name, value.doubleValue, spread);
    else if (isPlainObject(value) && isPlainObject(value.boundedValue)) {
        const bounded = value.boundedValue;
        out.value(name, bounded.value, { lower: metricNumber(bounded.lowerBound) ?? spread.lower, upper: metricNumber(bounded.upperBound) ?? spread.upper, std: spread.std });
    }
    else {
        const kind = isPlainObject(value) ? Object.keys(value)[0] : undefined;
        out.skip(name, SKIP.notOneNumber, kind);
    }
}
/** A MetricValue's double (`{"doubleValue": 0.8}`), if it holds one. */
function doubleOf(value) {
    return isPlainObject(value) ? metricNumber(value.doubleValue) : undefined;
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/vertex.js
// Vertex AI model evaluations: the ModelEvaluation resource
// (`projects.locations.models.evaluations.get`) or the list response of
// `…/evaluations` (`{"modelEvaluations": [ … ]}`). Its `metrics` follow the
// schema named by `metricsSchemaUri` (classification: auRoc, auPrc, logLoss;
// regression and forecasting: rootMeanSquaredError, meanAbsoluteError,
// meanAbsolutePercentageError, rSquared, rootMeanSquaredLogError). Vertex
// writes undefined values as the strings "NaN" and "Infinity" (MAPE with a
// zero target); they are skipped with a note, as are the per-threshold
// `confidenceMetrics`, the `confusionMatrix` and quantile lists. Of several
// evaluations the newest (by createTime) is read.


const isEvaluation = (value) => isPlainObject(value) && isPlainObject(value.metrics) && (typeof value.metricsSchemaUri === 'string' || (typeof value.name === 'string' && value.name.includes('/evaluations/')));
const vertexReader = {
    id: 'vertex',
    title: 'Vertex AI model evaluation',
    detect: (root) => isEvaluation(root) || (isPlainObject(root) && Array.isArray(root.modelEvaluations)),
    read(root, out) {
        let evaluation;
        if (isEvaluation(root))
            evaluation = root;
        else {
            const list = root.modelEvaluations.filter(isEvaluation);
            if (list.length === 0)
                throw new shared_errors/* ConfigurationError */.j1('modelEvaluations holds no evaluation with metrics', { file: out.file, key: 'modelEvaluations' });
            const newest = [...list].sort((a, b) => String(b.createTime ?? '').localeCompare(String(a.createTime ?? '')))[0];
            if (list.length > 1)
                out.note(`${list.length} evaluations; read the newest: ${String(newest.name ?? '')} (${String(newest.createTime ?? 'no createTime')})`);
            evaluation = newest;
        }
        readMetrics(evaluation.metrics, out);
    },
};
function readMetrics(metrics, out) {
    for (const [name, value] of Object.entries(metrics)) {
        if (Array.isArray(value))
            out.skip(name, SKIP.list);
        else if (isPlainObject(value))
            out.skip(name, SKIP.matrix);
        else
            out.value(name, value);
    }
}

;// CONCATENATED MODULE: ./build/shared/metrics/formats/wandb.js
// Weights & Biases run summary (`files/wandb-summary.json`, or
// `run.summary` exported as JSON): the last logged value of every key, with
// the tracker's own `_runtime`, `_step`, `_timestamp` and `_wandb` beside the
// metrics, strings (a checkpoint name, a URL), and media objects
// (`{"_type": "histogram", …}`). Keys logged with slashes (`eval/auc`) are
// names as they are; nested dicts flatten with dots.

const WANDB_KEYS = ['_wandb', '_runtime', '_step', '_timestamp'];
const wandbReader = {
    id: 'wandb',
    title: 'W&B run summary',
    detect: (root) => isPlainObject(root) && WANDB_KEYS.some((k) => k in root),
    read(root, out) {
        walkNumbers(out, root);
    },
};

;// CONCATENATED MODULE: ./build/shared/metrics/formats/index.js
// The metrics readers, most specific first: the first whose detect() accepts
// a parsed document reads it; a plain object of names to numbers (DVC, hand
// written) is the fallback.












const METRICS_READERS = [
    mlflowReader,
    sagemakerReader,
    clarifyReader,
    vertexReader,
    tfmaReader,
    kubeflowReader,
    evidentlyReader,
    wandbReader,
    genericReader,
];
/** Reads a parsed JSON/YAML metrics document with the reader of its format. */
function readMetricsDocument(root, out) {
    const reader = METRICS_READERS.find((r) => r.detect(root));
    if (!reader)
        throw new shared_errors/* ConfigurationError */.j1('a metrics file must hold an object of metric names to numbers (or a known export: MLflow, W&B, SageMaker model quality or Clarify, Vertex AI, Kubeflow, TFMA, Evidently)', { file: out.file });
    reader.read(root, out);
    return reader;
}

;// CONCATENATED MODULE: ./build/shared/metrics/files.js
// Metric files: JSON or YAML read by the reader of their format (see
// formats/: MLflow runs, W&B summaries, SageMaker model-quality statistics,
// Vertex AI evaluations, Kubeflow pipeline metrics, TFMA metrics, Evidently
// reports, and nested names as DVC and people write them, flattened with
// dots), and CSV/TSV (name,value rows — the latest step wins — or one header
// row of names and one row of values). Numbers are kept; strings,
// underscore-prefixed keys and non-finite values are skipped with a note
// naming them (docs/metrics.md). A file with no number at all is an error
// naming the file and what was skipped.








async function readMetricsFile(file) {
    const { path, display: displayPath } = file;
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (error) {
        throw new shared_errors/* ConfigurationError */.j1((0,fs_error/* describeFsError */.T)(error), { file: displayPath });
    }
    const text = bytes.toString('utf8');
    if (text.trim() === '')
        throw new shared_errors/* ConfigurationError */.j1('is empty', { file: displayPath });
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const lower = path.toLowerCase();
    if (lower.endsWith('.csv') || lower.endsWith('.tsv')) {
        const format = lower.endsWith('.tsv') ? 'tsv' : 'csv';
        const out = new MetricsCollector(displayPath);
        await parseMetricsTable(text, out, format === 'tsv' ? '\t' : ',');
        return finish(out, { id: 'table', title: 'metrics table' }, sha256, format);
    }
    const parsed = (0,load/* parseConfigText */.Bu)(text, displayPath);
    const out = new MetricsCollector(displayPath, (path) => parsed.lineOf(path));
    const reader = readMetricsDocument(parsed.value, out);
    return finish(out, reader, sha256, lower.endsWith('.json') ? 'json' : 'yaml');
}
function finish(out, reader, sha256, format) {
    const notes = out.notes();
    if (out.metrics.size === 0) {
        throw new shared_errors/* ConfigurationError */.j1(`holds no numeric metrics${notes.length ? ` (${notes.join('; ')})` : ''}`, { file: out.file });
    }
    return { metrics: out.metrics, spread: out.spread, notes, skipped: out.skipped, sha256, format, reader: { id: reader.id, title: reader.title } };
}
async function parseMetricsTable(text, out, delimiter) {
    async function* once() {
        yield text;
    }
    const stream = await (0,csv/* openCsvStream */.ze)(once(), { displayPath: out.file, delimiter });
    const header = stream.header.map((h) => h.trim().toLowerCase());
    const rows = [];
    for await (const batch of stream.batches) {
        for (let r = 0; r < batch.size; r++)
            rows.push(batch.columns.map((c) => String(c[r] ?? '')));
    }
    const nameAt = header.findIndex((h) => h === 'name' || h === 'metric' || h === 'key');
    const valueAt = header.indexOf('value');
    if (nameAt >= 0 && valueAt >= 0) {
        const stepAt = header.indexOf('step');
        const latest = new Map();
        for (const row of rows) {
            const name = row[nameAt];
            const step = stepAt >= 0 ? Number(row[stepAt]) : 0;
            const previous = latest.get(name);
            if (!previous || step >= previous.step)
                latest.set(name, { step, value: row[valueAt] });
        }
        for (const [name, { value }] of latest)
            out.value(name, value);
        return;
    }
    if (rows.length !== 1) {
        throw new shared_errors/* ConfigurationError */.j1('a CSV metrics file has either name,value columns or one header row and one row of values', { file: out.file });
    }
    stream.header.forEach((name, i) => out.value(name, rows[0][i]));
}

// EXTERNAL MODULE: ./build/shared/data/batch.js
var data_batch = __webpack_require__(177);
// EXTERNAL MODULE: ./build/shared/schema/numbers.js
var numbers = __webpack_require__(1620);
;// CONCATENATED MODULE: ./build/shared/metrics/predictions.js
// Predictions files (CSV, JSON Lines, Parquet through the shared readers):
// id, label, and a score, per-class scores (score_<class> / prob_<class>)
// or a prediction, plus slice columns. Candidate and baseline are joined by
// id — never by row order — and turned into the task's data.




class IntegerIds {
    length;
    first;
    stored;
    constructor(length, 
    /** Set when the ids are first, first + 1, …: none is stored. */
    first, values) {
        this.length = length;
        this.first = first;
        this.stored = values;
    }
    static of(values) {
        return new IntegerIds(values.length, undefined, values);
    }
    static consecutive(first, length) {
        return new IntegerIds(length, first, undefined);
    }
    get values() {
        if (this.stored === undefined) {
            const values = new Float64Array(this.length);
            for (let i = 0; i < values.length; i++)
                values[i] = this.first + i;
            this.stored = values;
        }
        return this.stored;
    }
    /** The i-th id as written (String of a plain integer is its spelling). */
    at(i) {
        return String(this.stored !== undefined ? this.stored[i] : this.first + i);
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.at(i);
    }
}
/** At most this many distinct labels are coded (a byte each). */
const MAX_CODED_LABELS = 256;
class CodedLabels {
    codes;
    names;
    constructor(
    /** codes[i]: row i's label, as an index into names. */
    codes, 
    /** The distinct labels (canonical, each once). */
    names) {
        this.codes = codes;
        this.names = names;
    }
    get length() {
        return this.codes.length;
    }
    at(i) {
        return this.names[this.codes[i]];
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.codes.length; i++)
            yield this.at(i);
    }
}
/** The labels as strings. */
function labelStrings(labels) {
    return labels instanceof CodedLabels ? Array.from(labels) : labels;
}
/** Lines first, first + 1, …: one record a line, as most files are; none stored. */
class ConsecutiveLines {
    first;
    length;
    constructor(first, length) {
        this.first = first;
        this.length = length;
    }
    at(row) {
        return row >= 0 && row < this.length ? this.first + row : undefined;
    }
    *[Symbol.iterator]() {
        for (let row = 0; row < this.length; row++)
            yield this.first + row;
    }
}
/** The ids as strings. */
function idStrings(ids) {
    return ids instanceof IntegerIds ? Array.from(ids) : ids;
}
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
async function readPredictionsFile(file, columns) {
    const displayPath = file.display;
    const table = await (0,data_table.openTable)(file);
    const header = table.header;
    const at = (name) => header.indexOf(name);
    const need = (name, what) => {
        const i = at(name);
        if (i < 0)
            throw new shared_errors/* ConfigurationError */.j1(`has no ${what} column "${name}" (columns: ${header.join(', ')})`, { file: displayPath, line: table.headerLine });
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
    const rows = new ReadRows();
    const classValues = classColumns.map(() => new GrowingColumn(Float64Array));
    const predictions = [];
    const slices = columns.slices.map(() => []);
    const number = (cell, name, line, row) => {
        const value = typeof cell === 'number' ? cell : typeof cell === 'string' && cell.trim() !== '' ? Number(cell) : NaN;
        if (!Number.isFinite(value)) {
            throw new shared_errors/* ConfigurationError */.j1(`${name} ${JSON.stringify(predictions_text(cell) ?? null)} in row ${row} is not a finite number`, { file: displayPath, line });
        }
        return value;
    };
    // Labels repeat: each distinct spelling is made canonical once.
    const canonical = new Map();
    const label = (written) => {
        let c = canonical.get(written);
        if (c === undefined) {
            c = canonicalLabel(written);
            if (canonical.size < 4096)
                canonical.set(written, c);
        }
        return c;
    };
    // One batch at a time in a plain function: V8 optimizes it (and its loops) as it would not
    // the loop of this async function, which runs once and resumes at every batch.
    let first = true;
    const readBatch = (batch) => {
        if (first) {
            // Room for the rows the file seems to hold, made once: growing by doubling copies, and fresh memory costs a page fault per 4 KiB.
            first = false;
            const expected = table.estimateRows?.(batch);
            if (expected !== undefined && expected < 1e8)
                rows.expect(Math.ceil(expected * 1.05));
        }
        const cells = batch.text;
        // CSV/TSV: the cells are read in place (batch.text), not through batch.columns, which
        // would make a string of every cell; numbers are parsed from the text as Number() would.
        const width = cells ? cells.starts.length : 0;
        const cols = cells ? undefined : batch.columns;
        const cellAt = cells ? (c, r) => (0,data_batch/* textCell */.i)(cells, width, c, r) : (c, r) => cols[c][r];
        const numberAt = cells
            ? (c, r, name, line, row) => {
                if (cells.special === undefined || !cells.special.has(r * width + c)) {
                    const value = (0,numbers/* parseDecimalRange */.Qb)(cells.text, cells.starts[c][r], cells.ends[c][r]);
                    if (value !== undefined && Number.isFinite(value))
                        return value;
                }
                return number(cellAt(c, r), name, line, row);
            }
            : (c, r, name, line, row) => number(cols[c][r], name, line, row);
        if (cells && cells.special === undefined && predictionAt < 0 && classColumns.length === 0 && sliceAt.length === 0) {
            // The common shape (id, label, score), no quoted cell with escapes in this batch: one tight loop.
            readPlainBatch(rows, cells, batch, idAt, labelAt, scoreAt, label, (cell, line, row) => number(cell, columns.score, line, row), displayPath);
            return;
        }
        rows.increasing = false; // not looked at on this path
        const idTexts = rows.idStrings(rows.lines.size);
        rows.writeConsecutiveLines();
        for (let r = 0; r < batch.size; r++) {
            const line = batch.lines?.[r];
            const row = batch.firstRow + r;
            const id = predictions_text(cellAt(idAt, r));
            const written = predictions_text(cellAt(labelAt, r));
            if (id === undefined || id === '')
                throw new shared_errors/* ConfigurationError */.j1(`row ${row} has no id`, { file: displayPath, line });
            if (written === undefined || written === '')
                throw new shared_errors/* ConfigurationError */.j1(`row ${row} (id ${id}) has no label`, { file: displayPath, line });
            idTexts.push(id);
            rows.pushLabel(label(written));
            rows.lines.push(line ?? 0);
            if (scoreAt >= 0)
                rows.scores.push(numberAt(scoreAt, r, columns.score, line, row));
            for (let k = 0; k < classColumns.length; k++)
                classValues[k].push(numberAt(classColumns[k].i, r, classColumns[k].h, line, row));
            if (predictionAt >= 0) {
                const p = predictions_text(cellAt(predictionAt, r));
                if (p === undefined || p === '')
                    throw new shared_errors/* ConfigurationError */.j1(`row ${row} (id ${id}) has no prediction`, { file: displayPath, line });
                predictions.push(label(p));
            }
            for (let k = 0; k < sliceAt.length; k++)
                slices[k].push(predictions_text(cellAt(sliceAt[k], r)) ?? '');
        }
    };
    for await (const batch of table.batches)
        readBatch(batch);
    const ids = rows.allIds();
    return {
        file: displayPath,
        sha256: table.digest().sha256,
        ids,
        ...(rows.increasing && ids.length > 0 ? { distinctIds: true } : {}),
        labels: rows.allLabels(),
        lines: rows.consecutiveLines && rows.lines.size > 0 ? new ConsecutiveLines(rows.firstLine, rows.lines.size) : lineNumbers(rows.lines.values()),
        score: scoreAt >= 0 ? rows.scores.values() : undefined,
        classScores: classColumns.length >= 2 ? { classes: classColumns.map((c) => canonicalLabel(c.m[1])), columns: classValues.map((v) => v.values()) } : undefined,
        prediction: predictionAt >= 0 ? predictions : undefined,
        slices: Object.fromEntries(columns.slices.map((s, k) => [s, slices[k]])),
    };
}
/** The rows read so far, column by column. */
class ReadRows {
    /**
     * The ids' values while every id so far is a plain integer (see Ids), then
     * undefined and the ids are `ids`. While the ids are consecutive (firstId,
     * firstId + 1, …: row numbers) nothing is written to it.
     */
    idValues = new GrowingColumn(Float64Array);
    consecutiveIds = true;
    firstId = 0;
    ids = [];
    /** Whether every id so far is digits only (at most 15) and, as a number, greater than the one before: then no two are equal. */
    increasing = true;
    lastId = -1;
    /** The labels' codes while the file has at most MAX_CODED_LABELS distinct labels (see Labels), then undefined and the labels are `labels`. */
    labelCodes = new GrowingColumn(Uint8Array);
    labelNames = [];
    labelCode = new Map();
    labels = [];
    /**
     * Each row's line, 0 for none; its size is the rows read. While the lines
     * are consecutive (firstLine, firstLine + 1, …) nothing is written to it.
     */
    lines = new GrowingColumn(Int32Array);
    consecutiveLines = true;
    firstLine = 0;
    scores = new GrowingColumn(Float64Array);
    /** Room for `rows` rows in all (a guess: more still fit). */
    expect(rows) {
        this.lines.reserve(rows - this.lines.size);
        this.scores.reserve(rows - this.scores.size);
        this.idValues?.reserve(rows - this.idValues.size);
        this.labelCodes?.reserve(rows - this.labelCodes.size);
    }
    /** The code of a (canonical) label, or -1 when there are too many to code: then the labels are strings from now on. */
    codeOf(label) {
        let code = this.labelCode.get(label);
        if (code === undefined) {
            if (this.labelNames.length === MAX_CODED_LABELS) {
                this.labelStrings();
                return -1;
            }
            code = this.labelNames.length;
            this.labelNames.push(label);
            this.labelCode.set(label, code);
        }
        return code;
    }
    /** The labels as strings from now on. */
    labelStrings() {
        if (this.labelCodes !== undefined) {
            const names = this.labelNames;
            this.labels = Array.from(this.labelCodes.values(), (code) => names[code]);
            this.labelCodes = undefined;
        }
        return this.labels;
    }
    pushLabel(label) {
        const code = this.labelCodes !== undefined ? this.codeOf(label) : -1;
        if (code >= 0)
            this.labelCodes.push(code);
        else
            this.labels.push(label);
    }
    allLabels() {
        return this.labelCodes !== undefined ? new CodedLabels(this.labelCodes.values(), this.labelNames) : this.labels;
    }
    /** Stops keeping consecutive ids unwritten: writes the first `count`. */
    writeConsecutiveIds(count) {
        if (!this.consecutiveIds || this.idValues === undefined)
            return;
        const values = this.idValues.reserve(count - this.idValues.size);
        for (let k = 0; k < count; k++)
            values[k] = this.firstId + k;
        this.idValues.size = count;
        this.consecutiveIds = false;
    }
    /** Stops keeping consecutive lines unwritten: writes those of the rows read. */
    writeConsecutiveLines() {
        if (!this.consecutiveLines)
            return;
        const lines = this.lines.reserve(0);
        for (let k = 0; k < this.lines.size; k++)
            lines[k] = this.firstLine + k;
        this.consecutiveLines = false;
    }
    /** The ids as strings from now on (`read`: how many rows' ids are read). */
    idStrings(read) {
        if (this.idValues !== undefined) {
            this.writeConsecutiveIds(read);
            this.ids = Array.from(this.idValues.values(), String);
            this.idValues = undefined;
        }
        return this.ids;
    }
    /** The ids read. */
    allIds() {
        if (this.idValues === undefined || this.lines.size === 0)
            return this.ids;
        return this.consecutiveIds ? IntegerIds.consecutive(this.firstId, this.lines.size) : IntegerIds.of(this.idValues.values());
    }
}
/**
 * The common shape — id, label and score columns, no other column read, no
 * quoted cell with escapes in the batch — read straight from the text in one
 * loop of local variables (in the reader's closure, every row's update of
 * its state was a context store, a double a heap number each time), the
 * columns' arrays made room for once per batch.
 */
function readPlainBatch(rows, cells, batch, idAt, labelAt, scoreAt, label, badScore, displayPath) {
    const n = batch.size;
    const source = cells.text;
    const idStarts = cells.starts[idAt];
    const idEnds = cells.ends[idAt];
    const labelStarts = cells.starts[labelAt];
    const labelEnds = cells.ends[labelAt];
    const scoreStarts = scoreAt >= 0 ? cells.starts[scoreAt] : undefined;
    const scoreEnds = scoreAt >= 0 ? cells.ends[scoreAt] : undefined;
    const batchLines = batch.lines;
    const base = rows.lines.size;
    const lineData = rows.lines.reserve(n);
    if (rows.consecutiveLines && batchLines !== undefined && n > 0) {
        if (base === 0)
            rows.firstLine = batchLines[0];
        const firstLine = rows.firstLine;
        let r = 0;
        while (r < n && batchLines[r] === firstLine + base + r)
            r++;
        if (r < n)
            rows.writeConsecutiveLines();
    }
    else
        rows.writeConsecutiveLines();
    if (!rows.consecutiveLines && batchLines)
        for (let r = 0; r < n; r++)
            lineData[base + r] = batchLines[r] ?? 0;
    const scoreData = scoreStarts !== undefined ? rows.scores.reserve(n) : undefined;
    let idData = rows.idValues?.reserve(n);
    let consecutive = rows.consecutiveIds;
    const firstId = base === 0 && n > 0 ? plainInteger(source, idStarts[0], idEnds[0]) : rows.firstId;
    if (base === 0)
        rows.firstId = firstId;
    let labelData = rows.labelCodes?.reserve(n);
    let increasing = rows.increasing;
    let lastId = rows.lastId;
    let lastFrom = -1;
    let lastTo = -1;
    let lastLabel = '';
    let lastCode = -1;
    for (let r = 0; r < n; r++) {
        const idFrom = idStarts[r];
        const idTo = idEnds[r];
        const from = labelStarts[r];
        const to = labelEnds[r];
        if (idTo === idFrom || to === from) {
            const line = batchLines?.[r];
            const row = batch.firstRow + r;
            if (idTo === idFrom)
                throw new shared_errors/* ConfigurationError */.j1(`row ${row} has no id`, { file: displayPath, line });
            throw new shared_errors/* ConfigurationError */.j1(`row ${row} (id ${source.slice(idFrom, idTo)}) has no label`, { file: displayPath, line });
        }
        if (idData !== undefined) {
            const value = plainInteger(source, idFrom, idTo);
            if (value >= 0) {
                if (consecutive && value !== firstId + base + r) {
                    rows.writeConsecutiveIds(base + r);
                    consecutive = false;
                }
                if (!consecutive)
                    idData[base + r] = value;
                if (value <= lastId)
                    increasing = false;
                lastId = value;
            }
            else {
                if (!consecutive)
                    rows.idValues.size = base + r;
                rows.idStrings(base + r);
                consecutive = false;
                idData = undefined;
            }
        }
        if (idData === undefined) {
            rows.ids.push(source.slice(idFrom, idTo));
            if (increasing) {
                let value = 0;
                if (idTo - idFrom > 15)
                    increasing = false;
                for (let k = idFrom; increasing && k < idTo; k++) {
                    const d = source.charCodeAt(k) - 48;
                    if (d < 0 || d > 9)
                        increasing = false;
                    value = value * 10 + d;
                }
                if (value <= lastId)
                    increasing = false;
                lastId = value;
            }
        }
        // The same spelling as the row before (labels repeat): no string to make.
        if (to - from !== lastTo - lastFrom || !sameText(source, from, lastFrom, to - from)) {
            lastLabel = label(source.slice(from, to));
            if (labelData !== undefined) {
                rows.labelCodes.size = base + r;
                lastCode = rows.codeOf(lastLabel);
                if (lastCode < 0)
                    labelData = undefined;
            }
        }
        lastFrom = from;
        lastTo = to;
        if (labelData !== undefined)
            labelData[base + r] = lastCode;
        else
            rows.labels.push(lastLabel);
        if (scoreData !== undefined) {
            const from = scoreStarts[r];
            const to = scoreEnds[r];
            if (!plainDecimalInto(source, from, to, scoreData, base + r)) {
                const value = (0,numbers/* parseDecimalRange */.Qb)(source, from, to);
                scoreData[base + r] = value !== undefined && Number.isFinite(value) ? value : badScore(source.slice(from, to), batchLines?.[r], batch.firstRow + r);
            }
        }
    }
    rows.lines.size = base + n;
    if (scoreData !== undefined)
        rows.scores.size = base + n;
    if (idData !== undefined && !consecutive)
        rows.idValues.size = base + n;
    if (labelData !== undefined)
        rows.labelCodes.size = base + n;
    rows.consecutiveIds = consecutive;
    rows.increasing = increasing;
    rows.lastId = lastId;
}
const POW10 = Array.from({ length: 16 }, (_, k) => Number(`1e${k}`));
/**
 * The common spelling of a score, `-?\d*\.?\d*` with at most 15 digits and
 * nothing else (no space, no exponent): the digits are an exact integer and
 * the value one correctly rounded division by an exact power of ten, which is
 * what Number() returns. Writes it to out[at] and says true; anything else:
 * false (the caller parses it fully).
 */
function plainDecimalInto(text, from, to, out, at) {
    if (to - from > 17)
        return false;
    let i = from;
    const negative = text.charCodeAt(i) === 45;
    if (negative)
        i++;
    let mantissa = 0;
    let digits = 0;
    let point = -1;
    for (; i < to; i++) {
        const c = text.charCodeAt(i);
        const d = c - 48;
        if (d >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            digits++;
        }
        else if (c === 46 && point < 0)
            point = i;
        else
            return false;
    }
    if (digits === 0 || digits > 15)
        return false;
    const value = point < 0 || point === to - 1 ? mantissa : mantissa / POW10[to - point - 1];
    out[at] = negative ? -value : value;
    return true;
}
/** The value of text[from, to) when it is a plain integer (digits, no leading zero, at most 15), else -1. */
function plainInteger(text, from, to) {
    const length = to - from;
    if (length > 15 || (length > 1 && text.charCodeAt(from) === 48))
        return -1;
    let value = 0;
    for (let k = from; k < to; k++) {
        const d = text.charCodeAt(k) - 48;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return length === 0 ? -1 : value;
}
/** text[a, a + length) equals text[b, b + length). */
function sameText(text, a, b, length) {
    for (let k = 0; k < length; k++)
        if (text.charCodeAt(a + k) !== text.charCodeAt(b + k))
            return false;
    return true;
}
/** A typed array that grows by doubling: no array of boxed numbers on the way. */
class GrowingColumn {
    type;
    data;
    size = 0;
    constructor(type) {
        this.type = type;
        this.data = new type(1024);
    }
    /** The array to write the next value to, at index `size` (then increment `size`). */
    room() {
        if (this.size === this.data.length) {
            const bigger = new this.type(this.data.length * 2);
            bigger.set(this.data);
            this.data = bigger;
        }
        return this.data;
    }
    push(value) {
        this.room()[this.size++] = value;
    }
    /** The array, with room for `extra` more values from index `size` (the caller writes them, then adds to `size`). */
    reserve(extra) {
        if (this.size + extra > this.data.length) {
            let length = this.data.length * 2;
            while (length < this.size + extra)
                length *= 2;
            const bigger = new this.type(length);
            bigger.set(this.data.subarray(0, this.size));
            this.data = bigger;
        }
        return this.data;
    }
    /** The values: a view, not a copy (copying megabytes costs more in page faults than the unused room costs). */
    values() {
        return this.data.subarray(0, this.size);
    }
}
/** Line numbers with 0 for "none": as they are when every row has one, else with undefined for 0. */
function lineNumbers(lines) {
    return lines.includes(0) ? Array.from(lines, (line) => (line === 0 ? undefined : line)) : lines;
}
/** Joins baseline rows onto the candidate's by id. */
function joinById(candidate, baseline, onMismatch) {
    if (sameIds(candidate.ids, baseline.ids))
        return joinAligned(candidate, baseline);
    const candidateIds = idStrings(candidate.ids);
    const baselineIds = idStrings(baseline.ids);
    const baselineRow = new Map();
    baselineIds.forEach((id, i) => {
        if (baselineRow.has(id))
            throw new shared_errors/* ConfigurationError */.j1(`id ${JSON.stringify(id)} appears twice`, { file: baseline.file, line: baseline.lines.at(i) });
        baselineRow.set(id, i);
    });
    const seen = new Set();
    const keepCandidate = [];
    const keepBaseline = [];
    const candidateOnly = [];
    candidateIds.forEach((id, i) => {
        if (seen.has(id))
            throw new shared_errors/* ConfigurationError */.j1(`id ${JSON.stringify(id)} appears twice`, { file: candidate.file, line: candidate.lines.at(i) });
        seen.add(id);
        const j = baselineRow.get(id);
        if (j === undefined)
            candidateOnly.push(id);
        else {
            keepCandidate.push(i);
            keepBaseline.push(j);
        }
    });
    const baselineOnly = baselineIds.filter((id) => !seen.has(id));
    if ((candidateOnly.length > 0 || baselineOnly.length > 0) && onMismatch === 'error') {
        const few = (ids) => ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') + (ids.length > 5 ? `, … (${ids.length})` : '');
        const parts = [];
        if (candidateOnly.length)
            parts.push(`${candidateOnly.length} id(s) only in the candidate (${candidate.file}): ${few(candidateOnly)}`);
        if (baselineOnly.length)
            parts.push(`${baselineOnly.length} id(s) only in the baseline (${baseline.file}): ${few(baselineOnly)}`);
        throw new shared_errors/* ConfigurationError */.j1(`candidate and baseline predictions are not on the same rows: ${parts.join('; ')}. Set on-mismatch: drop to compare on the common rows.`);
    }
    const candidateLabels = labelStrings(candidate.labels);
    const baselineLabels = labelStrings(baseline.labels);
    const mismatched = keepCandidate.filter((i, k) => candidateLabels[i] !== baselineLabels[keepBaseline[k]]);
    if (mismatched.length > 0) {
        const i = mismatched[0];
        throw new shared_errors/* ConfigurationError */.j1(`${mismatched.length} id(s) have different labels in the candidate and the baseline, e.g. id ${JSON.stringify(candidateIds[i])}: ${JSON.stringify(candidateLabels[i])} vs ${JSON.stringify(baselineLabels[keepBaseline[keepCandidate.indexOf(i)]])}`, { file: candidate.file, line: candidate.lines.at(i) });
    }
    return { candidate: pick(candidate, keepCandidate), baseline: pick(baseline, keepBaseline), dropped: { candidateOnly: candidateOnly.length, baselineOnly: baselineOnly.length } };
}
function sameIds(a, b) {
    if (a.length !== b.length)
        return false;
    if (a instanceof IntegerIds && b instanceof IntegerIds) {
        if (a.first !== undefined && b.first !== undefined)
            return a.first === b.first;
        const x = a.values;
        const y = b.values;
        for (let i = 0; i < x.length; i++)
            if (x[i] !== y[i])
                return false;
        return true;
    }
    const x = idStrings(a);
    const y = idStrings(b);
    for (let i = 0; i < x.length; i++)
        if (x[i] !== y[i])
            return false;
    return true;
}
/**
 * Both files list the same ids in the same order (both written from one
 * evaluation set): the join is the identity. The same errors as the general
 * join, in its order: a duplicate id (reported on the baseline, which the
 * general join indexes first), then labels that differ.
 */
function joinAligned(candidate, baseline) {
    const ids = baseline.ids;
    // Plain integers are equal exactly when their values are.
    const repeat = baseline.distinctIds || candidate.distinctIds ? -1 : firstRepeat(ids instanceof IntegerIds ? ids.values : ids);
    if (repeat >= 0)
        throw new shared_errors/* ConfigurationError */.j1(`id ${JSON.stringify(ids.at(repeat))} appears twice`, { file: baseline.file, line: baseline.lines.at(repeat) });
    const { mismatched, first } = differentLabels(candidate.labels, baseline.labels);
    if (mismatched > 0) {
        throw new shared_errors/* ConfigurationError */.j1(`${mismatched} id(s) have different labels in the candidate and the baseline, e.g. id ${JSON.stringify(candidate.ids.at(first))}: ${JSON.stringify(candidate.labels.at(first))} vs ${JSON.stringify(baseline.labels.at(first))}`, { file: candidate.file, line: candidate.lines.at(first) });
    }
    return { candidate: { ...candidate }, baseline: { ...baseline }, dropped: { candidateOnly: 0, baselineOnly: 0 } };
}
/** How many rows have different labels in two files of the same rows, and the first (-1: none). */
function differentLabels(a, b) {
    let mismatched = 0;
    let first = -1;
    if (a instanceof CodedLabels && b instanceof CodedLabels) {
        // Codes compared through a table: b's code → a's code for the same label (-1: a has none).
        const x = a.codes;
        const y = b.codes;
        const codeInA = b.names.map((name) => a.names.indexOf(name));
        for (let i = 0; i < x.length; i++) {
            if (codeInA[y[i]] !== x[i]) {
                if (first < 0)
                    first = i;
                mismatched++;
            }
        }
        return { mismatched, first };
    }
    const x = labelStrings(a);
    const y = labelStrings(b);
    for (let i = 0; i < x.length; i++) {
        if (x[i] !== y[i]) {
            if (first < 0)
                first = i;
            mismatched++;
        }
    }
    return { mismatched, first };
}
/** The index of the first id equal to an earlier one, or -1. */
function firstRepeat(ids) {
    // A Set: an open-addressing table of row numbers keyed by a hash of the characters
    // took two to four times as long at a million ids (a cache miss per probe).
    const seen = new Set();
    for (let i = 0; i < ids.length; i++) {
        const size = seen.size;
        seen.add(ids[i]);
        if (seen.size === size)
            return i;
    }
    return -1;
}
function pick(file, rows) {
    const take = (a) => rows.map((i) => a[i]);
    const takeF = (a) => Float64Array.from(rows, (i) => a[i]);
    return {
        ...file,
        ids: file.ids instanceof IntegerIds ? IntegerIds.of(takeF(file.ids.values)) : take(file.ids),
        distinctIds: undefined,
        labels: file.labels instanceof CodedLabels ? new CodedLabels(Uint8Array.from(rows, (i) => file.labels.codes[i]), file.labels.names) : take(file.labels),
        lines: lineNumbers(Int32Array.from(rows, (i) => file.lines.at(i) ?? 0)),
        score: file.score && takeF(file.score),
        classScores: file.classScores && { classes: file.classScores.classes, columns: file.classScores.columns.map(takeF) },
        prediction: file.prediction && take(file.prediction),
        slices: Object.fromEntries(Object.entries(file.slices).map(([k, v]) => [k, take(v)])),
    };
}
const isNumeric = (s) => s.trim() !== '' && Number.isFinite(Number(s));
const NUMBER_SPELLING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/**
 * The class a label names, as labels are compared: spellings of one number
 * (`1`, `1.0`, `1.00`, `1e0`, `+1`) are one class, written as the shortest
 * number (`1`; `-0` is `0`); `true`/`True`/`TRUE` (and false) are one class,
 * written in lower case. Any other label is itself. pandas writes a float
 * column's 1 as `1.0`, Parquet hands booleans over as true/false.
 */
function canonicalLabel(label) {
    const t = label.trim();
    if (/^(?:true|false)$/i.test(t))
        return t.toLowerCase();
    // Long digit strings (account numbers, codes) are names, not numbers: a double would merge them.
    if (NUMBER_SPELLING.test(t) && significantDigits(t) <= 15) {
        const n = Number(t);
        if (Number.isFinite(n))
            return String(n);
    }
    return label;
}
function significantDigits(number) {
    let digits = number.replace(/e.*$/i, '').replace(/[^\d.]/g, '');
    if (digits.includes('.'))
        digits = digits.replace(/0+$/, '');
    return digits.replace('.', '').replace(/^0+/, '').length;
}
/** The distinct labels, in order of first appearance. Labels come in runs of one spelling (one string, as read): only a change of label is looked up. */
function distinctLabels(labels) {
    if (labels instanceof CodedLabels) {
        const codes = labels.codes;
        const seen = new Uint8Array(labels.names.length);
        const distinct = [];
        for (let i = 0; i < codes.length && distinct.length < seen.length; i++) {
            if (seen[codes[i]] === 0) {
                seen[codes[i]] = 1;
                distinct.push(labels.names[codes[i]]);
            }
        }
        return distinct;
    }
    const seen = new Set();
    let last;
    for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (label !== last) {
            seen.add(label);
            last = label;
        }
    }
    return [...seen];
}
/**
 * A positive class the user named must be one of the labels: `--pos-label
 * yes` on 0/1 labels would silently count every row as negative. (A file
 * with one label only may lack it: its rows are all of the other class.)
 */
function checkPositiveLabel(file, written, posLabel) {
    const distinct = distinctLabels(file.labels).sort();
    if (distinct.length >= 2 && !distinct.includes(posLabel)) {
        throw new shared_errors/* ConfigurationError */.j1(`pos-label ${JSON.stringify(written)} names no label of this file (labels found: ${distinct.slice(0, 10).map((d) => JSON.stringify(d)).join(', ')}${distinct.length > 10 ? `, … (${distinct.length})` : ''})`, { file: file.file });
    }
}
/** Decides the task when it is unambiguous; otherwise says what to set. */
function inferTask(file, given) {
    if (given)
        return given;
    if (file.classScores)
        return 'multiclass';
    const distinct = distinctLabels(file.labels);
    if (distinct.length <= 2 && (file.score || file.prediction))
        return 'binary';
    const numericLabels = distinct.every(isNumeric);
    if (numericLabels && (file.prediction?.every(isNumeric) || (file.score && !file.prediction)))
        return 'regression';
    if (!numericLabels && file.prediction)
        return 'multiclass';
    throw new shared_errors/* ConfigurationError */.j1(`cannot tell the task from the columns; set task to binary, multiclass or regression`, { file: file.file });
}
function toTaskData(file, task, options, classesHint) {
    const n = file.labels.length;
    if (task === 'binary') {
        const posLabel = options.posLabel !== undefined ? canonicalLabel(options.posLabel) : defaultPositive(file);
        if (options.posLabel !== undefined)
            checkPositiveLabel(file, options.posLabel, posLabel);
        const y = new Uint8Array(n);
        if (file.labels instanceof CodedLabels) {
            const positive = Uint8Array.from(file.labels.names, (name) => (name === posLabel ? 1 : 0));
            const codes = file.labels.codes;
            for (let i = 0; i < n; i++)
                y[i] = positive[codes[i]];
        }
        else
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
            throw new shared_errors/* ConfigurationError */.j1('binary predictions need a score or a prediction column', { file: file.file });
        let probabilities = score !== undefined;
        for (let i = 0; probabilities && i < n; i++)
            probabilities = score[i] >= 0 && score[i] <= 1;
        return { task, posLabel, data: { y, pred, score }, probabilities };
    }
    if (task === 'multiclass') {
        const classes = [...(classesHint ?? file.classScores?.classes ?? [])];
        for (const label of distinctLabels(file.labels))
            if (!classes.includes(label))
                classes.push(label);
        if (file.prediction)
            for (const p of file.prediction)
                if (!classes.includes(p))
                    classes.push(p);
        const index = new Map(classes.map((c, k) => [c, k]));
        const y = file.labels instanceof CodedLabels ? codesAsIndices(file.labels, index) : Int32Array.from(file.labels, (l) => index.get(l));
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
            throw new shared_errors/* ConfigurationError */.j1('multiclass predictions need per-class score columns (score_<class>) or a prediction column', { file: file.file });
        return { task, data: { classes, y, pred, proba } };
    }
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const label = file.labels.at(i);
        if (!isNumeric(label))
            throw new shared_errors/* ConfigurationError */.j1(`label ${JSON.stringify(label)} is not a number (task regression)`, { file: file.file, line: file.lines.at(i) });
        y[i] = Number(label);
    }
    let pred;
    if (file.prediction) {
        pred = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            if (!isNumeric(file.prediction[i]))
                throw new shared_errors/* ConfigurationError */.j1(`prediction ${JSON.stringify(file.prediction[i])} is not a number (task regression)`, { file: file.file, line: file.lines.at(i) });
            pred[i] = Number(file.prediction[i]);
        }
    }
    else if (file.score)
        pred = file.score;
    else
        throw new shared_errors/* ConfigurationError */.j1('regression predictions need a prediction (or score) column', { file: file.file });
    return { task, data: { y, pred } };
}
/** Each row's label as its index in `index`. */
function codesAsIndices(labels, index) {
    const byCode = labels.names.map((name) => index.get(name));
    const codes = labels.codes;
    const out = new Int32Array(codes.length);
    for (let i = 0; i < codes.length; i++)
        out[i] = byCode[codes[i]];
    return out;
}
function defaultPositive(file) {
    const distinct = distinctLabels(file.labels).sort();
    for (const positive of ['1', 'true', 'True', 'TRUE', 'yes', 'positive'])
        if (distinct.includes(positive))
            return positive;
    if (distinct.length === 1 && ['0', 'false', 'False', 'no', 'negative'].includes(distinct[0])) {
        return { '0': '1', false: 'true', False: 'True', no: 'yes', negative: 'positive' }[distinct[0]];
    }
    throw new shared_errors/* ConfigurationError */.j1(`cannot tell the positive class among labels ${distinct.map((d) => JSON.stringify(d)).join(', ')}; set pos-label`, { file: file.file });
}

// EXTERNAL MODULE: ./build/shared/results/head.js
var head = __webpack_require__(6923);
// EXTERNAL MODULE: ./build/shared/results/schema.js + 1 modules
var schema = __webpack_require__(6941);
;// CONCATENATED MODULE: ./build/shared/compare/curves.js
// Curves of a binary classifier from its scores, for the report's charts:
// ROC (false positive rate, true positive rate), precision–recall and
// reliability (calibration). The exact vertices are those of scikit-learn's
// roc_curve(drop_intermediate=False) and precision_recall_curve, one per
// distinct score; they are reduced to a bounded number of them (never moved
// or invented) by the largest-deviation-first form of Douglas–Peucker, so the
// shape stays and every kept point is the curve's exact value at its
// threshold. Calibration is calibration_curve(strategy='uniform') with the
// number of rows in each bin; it needs scores that are probabilities.
/** At most this many points per curve in a results document (the schema accepts a little more: MAX_CURVE_POINTS). */
const CURVE_POINTS = 50;
/** Vertices closer than this to the kept curve (in the unit square) are not kept, even with room left. */
const CURVE_TOLERANCE = 1e-3;
/** calibration_curve's bins, uniform on [0, 1]. */
const CALIBRATION_BINS = 10;
/** The curves of one model's scores; undefined without scores or without both classes (then ROC and recall are undefined). */
function binaryCurves(data, options) {
    const { y, score } = data;
    if (!score)
        return undefined;
    // Rows with a score that is not a number have no place on a curve.
    const rows = [];
    for (let i = 0; i < score.length; i++)
        if (Number.isFinite(score[i]))
            rows.push(i);
    let positives = 0;
    for (const i of rows)
        positives += y[i];
    const negatives = rows.length - positives;
    if (positives === 0 || negatives === 0)
        return undefined;
    // Each class's scores sorted natively (a comparator sort of a million indices takes seconds), then walked
    // from the top together: each distinct score is a threshold (score ≥ threshold is positive), as _binary_clf_curve.
    const pos = new Float64Array(positives), neg = new Float64Array(negatives);
    let p = 0, q = 0;
    for (const i of rows) {
        if (y[i])
            pos[p++] = score[i];
        else
            neg[q++] = score[i];
    }
    pos.sort();
    neg.sort();
    const thresholds = [];
    const tps = [];
    const fps = [];
    let tp = 0, fp = 0;
    p = positives - 1;
    q = negatives - 1;
    while (p >= 0 || q >= 0) {
        const t = p < 0 ? neg[q] : q < 0 ? pos[p] : Math.max(pos[p], neg[q]);
        while (p >= 0 && pos[p] === t)
            (p--, tp++);
        while (q >= 0 && neg[q] === t)
            (q--, fp++);
        thresholds.push(t);
        tps.push(tp);
        fps.push(fp);
    }
    const max = options.points ?? CURVE_POINTS;
    const tolerance = options.tolerance ?? CURVE_TOLERANCE;
    // ROC: from (0, 0) (threshold ∞: nothing is positive) to (1, 1).
    const rocX = [0, ...fps.map((f) => f / negatives)];
    const rocY = [0, ...tps.map((t) => t / positives)];
    const roc = simplify(rocX, rocY, max, tolerance).map((k) => ({ threshold: k === 0 ? Infinity : thresholds[k - 1], fpr: rocX[k], tpr: rocY[k] }));
    // Precision–recall in the same order (recall rising), from (0, 1) (threshold ∞, sklearn's last point).
    const prX = [0, ...tps.map((t) => t / positives)];
    const prY = [1, ...tps.map((t, k) => t / (t + fps[k]))];
    const pr = simplify(prX, prY, max, tolerance).map((k) => ({ threshold: k === 0 ? Infinity : thresholds[k - 1], recall: prX[k], precision: prY[k] }));
    const bins = options.bins ?? CALIBRATION_BINS;
    const calibration = options.probabilities ? calibrationBins(y, score, rows, bins) : undefined;
    return { rows: rows.length, positives, roc, pr, ...(calibration ? { calibration: { bins, strategy: 'uniform', points: calibration } } : {}) };
}
/**
 * calibration_curve(y, score, n_bins=bins, strategy='uniform'): edges
 * linspace(0, 1, bins + 1), a score goes to the bin searchsorted(edges[1:-1],
 * score) names (the number of inner edges below it, so an edge belongs to the
 * bin below), and each non-empty bin gives the mean score, the share of
 * positives and the number of rows. Undefined when a score is outside [0, 1].
 */
function calibrationBins(y, score, rows, bins) {
    // numpy's linspace: i * (1 / bins), the last edge exactly 1.
    const step = 1 / bins;
    const inner = Array.from({ length: bins - 1 }, (_, i) => (i + 1) * step);
    const sums = new Float64Array(bins), trues = new Float64Array(bins), totals = new Float64Array(bins);
    for (const i of rows) {
        const s = score[i];
        if (s < 0 || s > 1)
            return undefined;
        let lo = 0, hi = inner.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (inner[mid] < s)
                lo = mid + 1;
            else
                hi = mid;
        }
        sums[lo] += s;
        trues[lo] += y[i];
        totals[lo] += 1;
    }
    const out = [];
    for (let b = 0; b < bins; b++)
        if (totals[b] > 0)
            out.push({ bin: b, predicted: sums[b] / totals[b], observed: trues[b] / totals[b], count: totals[b] });
    return out;
}
/**
 * Indices of the vertices to keep, in order: the two ends, then repeatedly
 * the vertex farthest from the kept polyline (Douglas–Peucker, largest
 * deviation first), until `max` are kept or none is farther than
 * `tolerance`. Each segment's farthest vertex is found once, when the
 * segment is made, so the cost is about n·log n.
 */
function simplify(xs, ys, max, tolerance) {
    const n = xs.length;
    if (n <= 2 || max <= 2)
        return n <= 1 ? [...Array(n).keys()] : [0, n - 1].slice(0, Math.max(1, Math.min(n, max)));
    const farthest = (from, to) => {
        const x0 = xs[from], y0 = ys[from];
        const dx = xs[to] - x0, dy = ys[to] - y0;
        const length2 = dx * dx + dy * dy;
        let far = -1, distance = -1;
        for (let k = from + 1; k < to; k++) {
            const px = xs[k] - x0, py = ys[k] - y0;
            // Distance to the segment (to its start when the ends coincide).
            let d;
            if (length2 === 0)
                d = px * px + py * py;
            else {
                const t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
                const ex = px - t * dx, ey = py - t * dy;
                d = ex * ex + ey * ey;
            }
            if (d > distance) {
                distance = d;
                far = k;
            }
        }
        return { from, to, far, distance };
    };
    const kept = new Set([0, n - 1]);
    const open = [farthest(0, n - 1)];
    while (kept.size < max) {
        let best = -1;
        for (let s = 0; s < open.length; s++)
            if (open[s].far >= 0 && (best < 0 || open[s].distance > open[best].distance))
                best = s;
        if (best < 0 || open[best].distance <= tolerance * tolerance)
            break;
        const { from, to, far } = open[best];
        kept.add(far);
        open.splice(best, 1, farthest(from, far), farthest(far, to));
    }
    return [...kept].sort((a, b) => a - b);
}

;// CONCATENATED MODULE: ./build/shared/compare/run.js
// compareModels: the compare-metrics step as a function of its inputs —
// candidate and baseline (metrics files or predictions), policy, options —
// to one results document. Paired predictions get noise-aware tests; metric
// files are compared as numbers. Bad input becomes an `error` check and a
// problem, so a complete document is always written.















const PREDICTION_EXTENSIONS = /\.(jsonl|ndjson|parquet|pq)(\.gz)?$/i;
/**
 * What a file holds, from its name and its start: an eval suite (a vendor's
 * document, an lm-eval sample, or records with an id but no label),
 * predictions (id and label), or metrics.
 */
async function kindOf(file, columns, evals) {
    if (evals?.format)
        return 'evals';
    const lower = file.path.toLowerCase();
    if (/\.json$/.test(lower)) {
        const head = await readHead(file.path, 64 * 1024);
        // The vendor formats announce themselves near the start; a metrics JSON never has these keys.
        return /"(testResults|testCases|conversationalTestCases|evalId)"\s*:/.test(head) || /^\s*\[\s*\{/.test(head) ? 'evals' : 'metrics';
    }
    if (/\.(jsonl|ndjson|csv|tsv)(\.gz)?$/.test(lower)) {
        const table = await (0,data_table.openTable)(file);
        const header = table.header;
        for await (const _ of table.batches)
            break;
        if (header.includes(columns.id) && header.includes(columns.label))
            return 'predictions';
        if (header.includes('doc_id') || header.includes(columns.id) || header.includes('gradingResult'))
            return 'evals';
        return /\.(jsonl|ndjson)/.test(lower) ? 'predictions' : 'metrics';
    }
    return PREDICTION_EXTENSIONS.test(lower) ? 'predictions' : 'metrics';
}
async function readHead(path, bytes) {
    const handle = await (0,promises_.open)(path, 'r').catch(() => undefined);
    if (!handle)
        return '';
    try {
        const buffer = Buffer.alloc(bytes);
        const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
        return buffer.subarray(0, bytesRead).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
async function loadModel(file, columns, evals, variant) {
    const kind = await kindOf(file, columns, evals);
    if (kind === 'evals') {
        const suite = await readEvalSuite(file, { format: evals?.format, idColumn: columns.id, variant });
        return { kind: 'evals', file, suite, sha256: suite.sha256 };
    }
    if (kind === 'predictions') {
        const p = await readPredictionsFile(file, columns);
        return { kind: 'predictions', file, predictions: p, sha256: p.sha256 };
    }
    const m = await readMetricsFile(file);
    return { kind: 'metrics', file, metrics: m.metrics, sha256: m.sha256, read: m };
}
/** `threads`: other threads for large bootstraps (the compare task's fork); absent, every bootstrap runs in this thread. */
async function compareModels(input, threads) {
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
    let evals;
    let curves;
    const errorCheck = (id, title, error) => {
        problems.push(error);
        checks.push({ id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] });
    };
    try {
        candidate = await loadModel(input.candidate, options.columns, options.evals, options.evals?.candidateVariant);
    }
    catch (error) {
        if (!(error instanceof shared_errors/* ConfigurationError */.j1))
            throw error;
        errorCheck('candidate', 'Candidate can be read', error);
    }
    if ('missing' in input.baseline)
        baselineProblem = input.baseline.missing;
    else {
        try {
            baseline = await loadModel(input.baseline, options.columns, options.evals, options.evals?.baselineVariant);
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
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
    // What a metrics reader skipped (strings, NaN, `_` keys) is said, never silently dropped.
    for (const [side, loaded] of [['candidate', candidate], ['baseline', baseline]]) {
        if (loaded?.kind !== 'metrics' || loaded.read.notes.length === 0)
            continue;
        checks.push({
            id: `read:${side}`, title: `${side === 'candidate' ? 'Candidate' : 'Baseline'} metrics read (${loaded.read.reader.title})`, status: 'pass',
            message: `${loaded.metrics.size} metric${loaded.metrics.size === 1 ? '' : 's'} read; ${loaded.read.notes.join('; ')}`, count: 0, locations: [{ file: loaded.file.display }],
        });
    }
    if (candidate) {
        try {
            const result = await compareLoaded(candidate, baseline, input, threads);
            rows.push(...result.rows);
            checks.push(...result.checks);
            task = result.task;
            pairedRows = result.rows.length > 0 ? result.pairedRows : null;
            dropped = result.dropped;
            evals = result.evals;
            curves = result.curves;
        }
        catch (error) {
            if (!(error instanceof shared_errors/* ConfigurationError */.j1))
                throw error;
            errorCheck('comparison', 'Candidate and baseline can be compared', error);
        }
    }
    const gated = rows.filter((r) => r.gated && !r.slice);
    const regressions = gated.filter((r) => r.verdict === 'worse').length;
    const improvements = gated.filter((r) => r.verdict === 'better').length;
    const status = (0,results_status/* worstStatus */.A4)(checks.map((c) => c.status));
    const document = {
        ...(0,head/* documentHead */.K)('compare-metrics', input.title ?? 'Model comparison', status, input.now),
        subject: {
            files: [candidate, baseline].filter((m) => m !== undefined).map((m) => ({ path: m.file.display, sha256: m.sha256 })),
            gitSha: input.gitSha,
            baselineId: 'missing' in input.baseline ? undefined : (input.baseline.id ?? input.baseline.source),
        },
        checks,
        comparison: {
            task,
            paired: (candidate?.kind === 'predictions' && baseline?.kind === 'predictions') || (candidate?.kind === 'evals' && baseline?.kind === 'evals'),
            rows: pairedRows,
            confidence: options.confidence,
            candidate: { source: input.candidate.display, kind: candidate?.kind ?? 'metrics', sha256: candidate?.sha256 },
            baseline: 'missing' in input.baseline ? null : { source: input.baseline.source, kind: baseline?.kind ?? 'metrics', sha256: baseline?.sha256, id: input.baseline.id },
            baselineProblem,
            policy: { source: policy.source, sha256: policy.sha256 },
            dropped,
            evals,
            curves,
            history: 'missing' in input.baseline ? undefined : historyOf(input.baseline, Object.keys(policy.metrics)),
            metrics: rows,
            regressions,
            improvements,
            summary: summarize(gated, checks, status),
        },
    };
    return { document, problems };
}
async function compareLoaded(candidate, baseline, input, threads) {
    const { options, policy } = input;
    const rows = [];
    const checks = [];
    const hasBaseline = baseline !== undefined;
    const evaluateAll = async (stats, slice, total) => {
        for (const [name, rule] of Object.entries(policy.metrics)) {
            const label = slice ? `${name} [${slice.column}=${slice.value}]` : name;
            const idPrefix = slice ? `metric:${name}@${slice.column}=${slice.value}` : `metric:${name}`;
            const result = evaluateMetric({ name, label, idPrefix, policy: rule, stats: await stats(name), hasBaseline, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, slice, rows: slice?.rows ?? total, file: input.candidate.display });
            rows.push(result.row);
            checks.push(...result.checks);
        }
    };
    if (candidate.kind === 'evals' || baseline?.kind === 'evals') {
        if (candidate.kind !== 'evals' || (baseline && baseline.kind !== 'evals')) {
            throw new shared_errors/* ConfigurationError */.j1(`one side is an eval suite and the other ${candidate.kind === 'evals' ? baseline.kind : candidate.kind}: compare like with like`, { file: (candidate.kind === 'evals' ? baseline : candidate).file.display });
        }
        const result = compareEvalSuites({ candidate: candidate.suite, baseline: baseline?.kind === 'evals' ? baseline.suite : undefined, policy, options: { confidence: options.confidence, resamples: options.resamples, seed: options.seed, file: input.candidate.display } });
        const notes = [...candidate.suite.notes.map((n) => `candidate: ${n}`), ...(baseline?.kind === 'evals' ? baseline.suite.notes.map((n) => `baseline: ${n}`) : [])];
        return {
            rows: result.rows, checks: result.checks, task: null, pairedRows: result.pairedCases,
            dropped: baseline ? { candidateOnly: result.candidateOnly.length, baselineOnly: result.baselineOnly.length } : undefined,
            evals: { format: candidate.suite.format, cases: result.pairedCases, candidateOnly: result.candidateOnly.length, baselineOnly: result.baselineOnly.length, samplesPerCase: result.samplesPerCase, adjustment: result.adjustment, family: result.family, notes },
        };
    }
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
                throw new shared_errors/* ConfigurationError */.j1('candidate and baseline predictions share no ids');
        }
        const task = inferTask(cand, options.task);
        const classes = task === 'multiclass' ? unionClasses(cand, base) : undefined;
        const taskOptions = { task, posLabel: options.posLabel, threshold: options.threshold };
        const candData = toTaskData(cand, task, taskOptions, classes);
        const posLabel = candData.task === 'binary' ? candData.posLabel : undefined;
        const baseData = base ? toTaskData(base, task, { ...taskOptions, posLabel }, classes) : undefined;
        for (const name of Object.keys(policy.metrics)) {
            if (!registry/* TASK_METRICS */.KF[task].includes(name)) {
                throw new shared_errors/* ConfigurationError */.j1(`metric "${name}" cannot be computed from ${task} predictions (known: ${registry/* TASK_METRICS */.KF[task].join(', ')})`, { file: policy.source, key: `metrics.${name}` });
            }
        }
        const statsOn = (c, b, baselineMetrics) => (name) => {
            if (b)
                return (0,paired/* comparePairedOnThreads */.zD)(name, c, b, options, threads);
            const prepared = (0,registry/* prepareMetric */.ii)(c, name);
            const value = 'metric' in prepared ? prepared.metric.evaluate() : undefined;
            return { candidate: value, baseline: baselineMetrics?.get(name), method: 'none', unavailable: 'unavailable' in prepared ? prepared.unavailable : undefined };
        };
        const baselineMetrics = baseline?.kind === 'metrics' ? baseline.metrics : undefined;
        await evaluateAll(statsOn(candData, baseData, baselineMetrics), undefined, cand.ids.length);
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
                    await evaluateAll(statsOn(c, b), { column, value, rows: indices.length });
                }
            }
        }
        // The curves of the whole holdout set's binary scores, each side's own (the baseline's only from its predictions).
        const curveOf = (d) => (d.task === 'binary' ? binaryCurves(d.data, { probabilities: d.probabilities }) : undefined);
        const candidateCurves = curveOf(candData);
        const baselineCurves = baseData ? curveOf(baseData) : undefined;
        const curves = candidateCurves ? { candidate: candidateCurves, ...(baselineCurves ? { baseline: baselineCurves } : {}) } : undefined;
        return { rows, checks, task, pairedRows: cand.ids.length, dropped, curves };
    }
    // A metrics file for the candidate: numbers against numbers.
    if (policy.slices)
        throw new shared_errors/* ConfigurationError */.j1('slices need predictions files (a metrics file has no rows to slice)', { file: policy.source, key: 'slices' });
    const baselineValue = (name) => {
        if (!baseline)
            return undefined;
        if (baseline.kind === 'metrics')
            return baseline.metrics.get(name);
        throw new shared_errors/* ConfigurationError */.j1('the candidate is a metrics file but the baseline is predictions: compare like with like', { file: baseline.file.display });
    };
    const why = (name) => {
        const skipped = candidate.read.skipped.get(name);
        return skipped ? `skipped in ${candidate.file.display} (${skipped})` : `not in ${candidate.file.display}`;
    };
    await evaluateAll((name) => ({ candidate: candidate.metrics.get(name), baseline: baselineValue(name), method: 'none', unavailable: candidate.metrics.has(name) ? undefined : why(name) }));
    for (const [name, value] of candidate.metrics) {
        if (policy.metrics[name])
            continue;
        const direction = (0,registry/* knownDirection */.XP)(name);
        if (!direction)
            continue;
        rows.push(contextRow(name, value, baselineValue(name), options.confidence, direction));
    }
    showSpread(rows, checks, candidate.read, baseline?.kind === 'metrics' ? baseline.read : undefined);
    return { rows, checks, task: null, pairedRows: 0 };
}
/** A standard deviation or interval the metrics files give is kept on the row (details) and said in its note and checks. */
function showSpread(rows, checks, candidate, baseline) {
    for (const row of rows) {
        const parts = [];
        const details = {};
        for (const [side, file] of [['candidate', candidate], ['baseline', baseline]]) {
            const spread = file?.spread.get(row.name);
            if (!spread)
                continue;
            const said = [];
            if (spread.std !== undefined) {
                details[`${side}Std`] = spread.std;
                said.push(`± ${formatNumber(spread.std)} sd`);
            }
            if (spread.lower !== undefined && spread.upper !== undefined) {
                details[`${side}Lower`] = spread.lower;
                details[`${side}Upper`] = spread.upper;
                said.push(`interval ${formatNumber(spread.lower)} to ${formatNumber(spread.upper)}`);
            }
            if (said.length)
                parts.push(`${side} ${said.join(', ')} (from the file)`);
        }
        if (parts.length === 0)
            continue;
        const text = parts.join('; ');
        row.details = { ...row.details, ...details };
        row.note = row.note ? `${row.note}; ${text}` : text;
        for (const check of checks)
            if (check.metric === row.name && !check.slice)
                check.message += ` [${text}]`;
    }
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
/** The gated metrics the past deployments recorded, oldest first; nothing when none recorded one. */
function historyOf(baseline, gated) {
    if (!baseline.history)
        return undefined;
    const deployments = baseline.history
        .slice(-schema/* MAX_HISTORY */.oe)
        .map((d) => ({ ...d, metrics: Object.fromEntries(gated.slice(0, schema/* MAX_HISTORY */.oe).filter((name) => Number.isFinite(d.metrics[name])).map((name) => [name, d.metrics[name]])) }))
        .filter((d) => Object.keys(d.metrics).length > 0);
    return deployments.length ? { source: baseline.source, deployments } : undefined;
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
        parts.push(`failing: ${failing.slice(0, 3).map((r) => `${r.name} ${r.relativeDifference !== null ? formatSigned(r.relativeDifference * 100, '%') : r.difference !== null ? formatSigned(r.difference) : 'missing'}`).join(', ')}`);
    }
    const baselineCheck = checks.find((c) => c.id === 'baseline' && c.status === 'fail');
    if (baselineCheck)
        parts.push(baselineCheck.message);
    return `${status.toUpperCase()}: ${parts.join('; ')}`;
}


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decompressedSize: () => (/* binding */ decompressedSize),
  openTable: () => (/* binding */ openTable),
  rowEstimator: () => (/* binding */ rowEstimator)
});

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
;// CONCATENATED MODULE: ./build/shared/data/jsonl.js
// JSON Lines reader: one object per line, streamed. The header is the key
// order of the first record; later records are matched by key (a missing key
// is a missing value), and keys the header lacks are reported once each.

const BATCH_ROWS = 8192;
/** Longest JSON Lines record (UTF-16 code units). */
const MAX_LINE_CHARS = 32 * 1024 * 1024;
async function openJsonlStream(chunks, displayPath, maxLineChars = MAX_LINE_CHARS) {
    const records = jsonlRecords(chunks, displayPath, maxLineChars);
    const first = await records.next();
    if (first.done)
        throw new errors/* ConfigurationError */.j1('is empty', { file: displayPath });
    const header = Object.keys(first.value.record);
    if (header.length === 0)
        throw new errors/* ConfigurationError */.j1('the first record is an empty object: no columns', { file: displayPath, line: first.value.line });
    const index = new Map(header.map((name, i) => [name, i]));
    const unexpected = new Map();
    async function* batches() {
        let columns = header.map(() => []);
        let lines = [];
        let rows = 0;
        const add = (record, line) => {
            const row = columns[0].length;
            for (const key in record) {
                const at = index.get(key);
                if (at === undefined) {
                    if (!unexpected.has(key))
                        unexpected.set(key, line);
                    continue;
                }
                columns[at][row] = toCell(record[key]);
            }
            for (const column of columns)
                if (column.length <= row)
                    column[row] = null;
            lines.push(line);
            rows++;
        };
        add(first.value.record, first.value.line);
        for await (const { record, line } of records) {
            add(record, line);
            if (lines.length >= BATCH_ROWS) {
                yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
                columns = header.map(() => []);
                lines = [];
            }
        }
        if (lines.length > 0)
            yield { columns, size: lines.length, firstRow: rows - lines.length + 1, lines };
    }
    return { header, batches: batches(), unexpectedKeys: () => unexpected };
}
function toCell(value) {
    if (value === undefined)
        return null;
    return value;
}
async function* jsonlRecords(chunks, file, maxLine) {
    // A line may span many chunks: its parts wait in `pending` and only each new
    // chunk is searched for the newline, so a long line costs linear time, and
    // one past the limit stops the read at once.
    const pending = [];
    let pendingChars = 0;
    let line = 0;
    let first = true;
    const parse = (text, lineNumber) => {
        const trimmed = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (trimmed.trim() === '')
            return undefined;
        let value;
        try {
            value = JSON.parse(trimmed);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j1(`invalid JSON: ${error.message}`, { file, line: lineNumber });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* ConfigurationError */.j1('each line must be a JSON object', { file, line: lineNumber });
        }
        return value;
    };
    const tooLong = () => new errors/* ConfigurationError */.j1(`line is longer than ${maxLine >= 1024 * 1024 ? `${Math.round(maxLine / (1024 * 1024))} MiB` : `${maxLine} characters`} (the limit for one JSON Lines record)`, { file, line: line + 1 });
    for await (let text of chunks) {
        if (first) {
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
            first = false;
        }
        let start = 0;
        let end = text.indexOf('\n');
        if (end === -1) {
            pending.push(text);
            pendingChars += text.length;
            if (pendingChars > maxLine)
                throw tooLong();
            continue;
        }
        if (pending.length > 0) {
            if (pendingChars + end > maxLine)
                throw tooLong();
            pending.push(text.slice(0, end));
            const joined = pending.join('');
            pending.length = 0;
            pendingChars = 0;
            line++;
            const record = parse(joined, line);
            if (record)
                yield { record, line };
            start = end + 1;
            end = text.indexOf('\n', start);
        }
        while (end !== -1) {
            if (end - start > maxLine)
                throw tooLong();
            line++;
            const record = parse(text.slice(start, end), line);
            if (record)
                yield { record, line };
            start = end + 1;
            end = text.indexOf('\n', start);
        }
        if (start < text.length) {
            pending.push(text.slice(start));
            pendingChars += text.length - start;
            if (pendingChars > maxLine)
                throw tooLong();
        }
    }
    if (pending.length > 0) {
        line++;
        const record = parse(pending.join(''), line);
        if (record)
            yield { record, line };
    }
}

// EXTERNAL MODULE: ./build/shared/data/source.js
var data_source = __webpack_require__(3548);
;// CONCATENATED MODULE: ./build/shared/data/table.js
// openTable: one entry point for every tabular file, dispatching on format.





async function openTable(file, options = {}) {
    const info = (0,data_source.detectFormat)(file, options.format);
    if (info.format === 'parquet') {
        if (info.gzip) {
            // Parquet needs random access (footer first, then row groups): a .gz would have to be inflated whole.
            throw new errors/* ConfigurationError */.j1('is gzip-compressed Parquet, which cannot be read by row group; decompress it (gunzip -k) — Parquet compresses its own pages (snappy, gzip, zstd), so the outer .gz saves little', { file: info.display });
        }
        const size = await (0,data_source.checkReadableFile)(info);
        // Loaded only for Parquet: hyparquet and its compressors take longer to load than a CSV of
        // predictions takes to start reading.
        const { openParquetFile } = await Promise.all(/* import() */[__webpack_require__.e(180), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 3061));
        const stream = await openParquetFile(info.path, size, info.display);
        return { ...stream, info, estimateRows: () => stream.rowCount };
    }
    const source = await (0,data_source.openByteStream)(info);
    const text = (0,data_source.decodeUtf8)(source.chunks, info.display);
    const stream = info.format === 'jsonl'
        ? await openJsonlStream(text, info.display)
        : await (0,csv/* openCsvStream */.ze)(text, { displayPath: info.display, dialect: options.dialect, delimiter: info.format === 'tsv' ? '\t' : undefined });
    const size = await decompressedSize(info);
    return { ...stream, info, digest: source.digest, estimateRows: rowEstimator(size), ...(size !== undefined ? { dataSize: size } : {}) };
}
/** Rows in `size` bytes of text, guessed from a batch's rows per character. */
function rowEstimator(size) {
    return (batch) => {
        const chars = batch.text ? batch.text.text.length : undefined;
        if (!chars || batch.size === 0 || size === undefined)
            return undefined;
        return Math.ceil((size / chars) * batch.size);
    };
}
/** Bytes of (decompressed) data: the file size, or gzip's ISIZE trailer (size mod 2³²). */
async function decompressedSize(info) {
    const { size } = await (0,promises_.stat)(info.path);
    if (!info.gzip)
        return size;
    const handle = await (0,promises_.open)(info.path, 'r');
    try {
        const tail = Buffer.alloc(4);
        await handle.read(tail, 0, 4, size - 4);
        const isize = tail.readUInt32LE(0);
        // ISIZE wraps at 4 GiB; a gzip file rarely compresses less than 2:1, so take the wrap that fits.
        let total = isize;
        while (total < size)
            total += 2 ** 32;
        return total;
    }
    finally {
        await handle.close();
    }
}


/***/ }),

/***/ 6923:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ documentHead)
/* harmony export */ });
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6941);
// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

function documentHead(kind, title, status, createdAt = new Date()) {
    return { holdout: _schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RESULTS_VERSION */ .kI, kind, title, status, createdAt: createdAt.toISOString() };
}


/***/ }),

/***/ 1620:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qb: () => (/* binding */ parseDecimalRange),
/* harmony export */   lf: () => (/* binding */ parseIntegerRange)
/* harmony export */ });
/* unused harmony export isSpace */
// Parsing plain decimal numbers straight from a text range, without
// allocating a substring. Up to 15 significant digits and |exponent| ≤ 22
// the value is one correctly rounded IEEE operation on exact operands
// (Clinger's fast path), so it equals Number(text); anything longer falls
// back to Number on the substring.
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
/** Whitespace as String.prototype.trim (and Number()) strips it; Frictionless strips it around numbers. */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
/** The first position of text[from, to) that is not whitespace (to when there is none). */
function skipSpace(text, from, to) {
    while (from < to && isSpace(text.charCodeAt(from)))
        from++;
    return from;
}
/** One past the last position of text[from, to) that is not whitespace (from when there is none). */
function skipSpaceBack(text, from, to) {
    while (to > from && isSpace(text.charCodeAt(to - 1)))
        to--;
    return to;
}
/** Past the optional sign at `at`: `at + 1` on '+' or '-', else `at`. */
function signEnd(text, at) {
    const c = text.charCodeAt(at);
    return c === 43 || c === 45 ? at + 1 : at;
}
/**
 * Parses `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?` in text[from, to),
 * surrounding whitespace allowed; undefined when the text is not of that form.
 */
function parseDecimalRange(text, from, to) {
    from = skipSpace(text, from, to);
    to = skipSpaceBack(text, from, to);
    const negative = text.charCodeAt(from) === 45;
    let i = signEnd(text, from);
    let mantissa = 0;
    let significant = 0;
    let scale = 0;
    let exact = true;
    // One pass over the digits before and after the point: the first 15
    // significant digits go into the mantissa, a later one only scales it (and
    // makes the fast path inexact); every digit after the point divides by ten.
    const digitsStart = i;
    let point = -1;
    for (; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 46 && point === -1) {
            point = i;
            continue;
        }
        const d = c - 48;
        if (d < 0 || d > 9)
            break;
        if (mantissa !== 0 || d !== 0) {
            if (significant < 15) {
                mantissa = mantissa * 10 + d;
                significant++;
            }
            else {
                exact = false;
                scale++;
            }
        }
    }
    const intDigits = (point === -1 ? i : point) - digitsStart;
    const fracDigits = point === -1 ? 0 : i - point - 1;
    scale -= fracDigits;
    if (intDigits === 0 && fracDigits === 0)
        return undefined;
    let exponent = 0;
    if (i < to) {
        const c = text.charCodeAt(i);
        if (c !== 101 && c !== 69)
            return undefined;
        i++;
        const expNegative = text.charCodeAt(i) === 45;
        i = signEnd(text, i);
        const expStart = i;
        while (i < to) {
            const d = text.charCodeAt(i) - 48;
            if (d < 0 || d > 9)
                return undefined;
            if (exponent < 100000)
                exponent = exponent * 10 + d;
            i++;
        }
        if (i === expStart)
            return undefined;
        if (expNegative)
            exponent = -exponent;
    }
    if (!exact)
        return Number(text.slice(from, to));
    if (mantissa === 0)
        return negative ? -0 : 0;
    const e10 = scale + exponent;
    let value;
    if (e10 === 0)
        value = mantissa;
    else if (e10 > 0 && e10 <= 22)
        value = mantissa * POW10[e10];
    else if (e10 < 0 && e10 >= -22)
        value = mantissa / POW10[-e10];
    else
        return Number(text.slice(from, to));
    return negative ? -value : value;
}
/** `[+-]?\d+` in text[from, to), surrounding whitespace allowed → number; undefined when not an integer literal. */
function parseIntegerRange(text, from, to) {
    from = skipSpace(text, from, to);
    to = skipSpaceBack(text, from, to);
    const negative = text.charCodeAt(from) === 45;
    let i = signEnd(text, from);
    if (i >= to)
        return undefined;
    if (to - i > 15) {
        for (let k = i; k < to; k++) {
            const d = text.charCodeAt(k) - 48;
            if (d < 0 || d > 9)
                return undefined;
        }
        return Number(text.slice(from, to));
    }
    let value = 0;
    for (; i < to; i++) {
        const d = text.charCodeAt(i) - 48;
        if (d < 0 || d > 9)
            return undefined;
        value = value * 10 + d;
    }
    return negative ? -value : value;
}


/***/ })

};
