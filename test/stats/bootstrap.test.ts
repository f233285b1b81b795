// The paired bootstrap's resampling: each resample draws, within each
// stratum, as many rows as the stratum holds, uniformly with replacement
// (multinomial counts), and both models see the same multiset of rows. The
// bootstrap keeps its weights laid out by stratum and hands metrics with a
// fast path (evaluateAt) the positions of their rows; a metric without one
// gets the weights gathered back to rows. Whatever the path, the result must
// equal the plain algorithm: draw with nextUint32 into each stratum's rows in
// row order, evaluate both metrics on the row weights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_METRICS } from '../../shared/metrics/binary.js';
import { REGRESSION_METRICS } from '../../shared/metrics/regression.js';
import { allDrawn, claimBlock, drawBlock, pairedBootstrap, resampler, RESAMPLE_BLOCK, sharedResamples, type WeightedStatistic, type Weights } from '../../shared/stats/bootstrap.js';
import { Random } from '../../shared/stats/random.js';

/** The resampled differences by the plain algorithm (unsorted, undefined resamples dropped). */
function plainDifferences(candidate: WeightedStatistic, baseline: WeightedStatistic, n: number, strata: ArrayLike<number> | undefined, resamples: number, seed: number): number[] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const s = strata ? strata[i]! : 0;
    if (!groups.has(s)) groups.set(s, []);
    groups.get(s)!.push(i);
  }
  const ordered = [...groups.keys()].sort((a, b) => a - b).map((s) => groups.get(s)!);
  const random = new Random(seed);
  const out: number[] = [];
  for (let b = 0; b < resamples; b++) {
    const weights = new Uint16Array(n);
    for (const rows of ordered) for (let j = 0; j < rows.length; j++) weights[rows[Math.floor((random.nextUint32() * rows.length) / 4294967296)]!]!++;
    const c = candidate.evaluate(weights);
    const s = baseline.evaluate(weights);
    if (c === undefined || s === undefined || Number.isNaN(c - s)) continue;
    out.push(c - s);
  }
  return out;
}

/** A statistic without the fast path: the same metric seen only through evaluate(row weights). */
const rowsOnly = (metric: WeightedStatistic): WeightedStatistic => ({ evaluate: (w) => metric.evaluate(w) });

function binaryData(seed: number, n: number, digits: number) {
  const r = new Random(seed);
  const u = () => r.nextUint32() / 4294967296;
  const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n), pa = new Uint8Array(n), pb = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = u() < 0.3 ? 1 : 0;
    a[i] = Math.round((0.3 * y[i]! + 0.7 * u()) * 10 ** digits) / 10 ** digits;
    b[i] = Math.round((0.2 * y[i]! + 0.8 * u()) * 10 ** digits) / 10 ** digits;
    pa[i] = a[i]! > 0.5 ? 1 : 0;
    pb[i] = b[i]! > 0.5 ? 1 : 0;
  }
  return { y, a, b, pa, pb };
}

describe('paired bootstrap resampling', () => {
  it.each(['roc_auc', 'average_precision', 'f1', 'log_loss'])('%s: the same resampled differences as the plain algorithm, stratified or not, fast path or not', (name) => {
    const d = binaryData(name.length, 700, 2);
    const def = BINARY_METRICS[name]!;
    const candidate = def.prepare({ y: d.y, pred: d.pa, score: d.a });
    const baseline = def.prepare({ y: d.y, pred: d.pb, score: d.b });
    for (const strata of [d.y, undefined]) {
      const expected = Float64Array.from(plainDifferences(candidate, baseline, d.y.length, strata, 300, 5)).sort();
      for (const [c, b] of [[candidate, baseline], [rowsOnly(candidate), baseline], [candidate, rowsOnly(baseline)]] as const) {
        const result = pairedBootstrap({ candidate: c, baseline: b, n: d.y.length, strata, resamples: 300, seed: 5, confidence: 0.95 })!;
        expect([...result.differences]).toEqual([...expected]);
      }
    }
  });

  it('a statistic without the fast path (max_error) gives the plain algorithm’s differences with three strata', () => {
    const r = new Random(3);
    const n = 240;
    const y = Float64Array.from({ length: n }, () => r.nextUint32() % 10);
    const a = Float64Array.from(y, (v) => v + (r.nextUint32() % 7) - 3);
    const b = Float64Array.from(y, (v) => v + (r.nextUint32() % 5) - 2);
    const strata = Uint8Array.from({ length: n }, (_, i) => (i * 7) % 3);
    const def = REGRESSION_METRICS.max_error!;
    const candidate = def.prepare({ y, pred: a });
    const baseline = def.prepare({ y, pred: b });
    const result = pairedBootstrap({ candidate, baseline, n, strata, resamples: 400, seed: 9, confidence: 0.95 })!;
    expect([...result.differences]).toEqual([...Float64Array.from(plainDifferences(candidate, baseline, n, strata, 400, 9)).sort()]);
  });

  it('every resample is multinomial within each stratum, and both statistics see the same row weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 60 }), fc.integer({ min: 0, max: 2 ** 31 }), (strataList, seed) => {
        const n = strataList.length;
        const strata = Uint8Array.from(strataList);
        const sizes = new Map<number, number>();
        for (const s of strata) sizes.set(s, (sizes.get(s) ?? 0) + 1);
        const seenByRows: Uint16Array[] = [];
        const seenByPositions: Uint16Array[] = [];
        // Reads rows in reverse, through the fast path: rebuilds the row weights from `at`.
        const order = Uint32Array.from({ length: n }, (_, k) => n - 1 - k);
        const fast: WeightedStatistic = {
          evaluate: () => 0,
          order,
          evaluateAt(weights: Weights, at: Uint32Array) {
            const rows = new Uint16Array(n);
            for (let k = 0; k < n; k++) rows[order[k]!] = weights[at[k]!]!;
            seenByPositions.push(rows);
            return 0;
          },
        };
        const plain: WeightedStatistic = {
          evaluate(weights?: Weights) {
            if (weights) seenByRows.push(Uint16Array.from(weights));
            return 0;
          },
        };
        pairedBootstrap({ candidate: fast, baseline: plain, n, strata, resamples: 20, seed, confidence: 0.9 });
        // The resamples come first; the grouped jackknife (for BCa) evaluates with 0/1 weights after them.
        expect(seenByPositions).toHaveLength(20);
        for (let b = 0; b < 20; b++) {
          expect([...seenByPositions[b]!]).toEqual([...seenByRows[b]!]);
          const totals = new Map<number, number>();
          for (let i = 0; i < n; i++) totals.set(strata[i]!, (totals.get(strata[i]!) ?? 0) + seenByRows[b]![i]!);
          expect(totals).toEqual(sizes);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('resamples drawn in any ranges, or in claimed blocks, are the ones drawn in one pass: the same bootstrap', () => {
    const d = binaryData(4, 300, 2);
    const def = BINARY_METRICS.average_precision!;
    const input = { candidate: def.prepare({ y: d.y, pred: d.pa, score: d.a }), baseline: def.prepare({ y: d.y, pred: d.pb, score: d.b }), n: d.y.length, strata: d.y, resamples: 90, seed: 12, confidence: 0.95 };
    const whole = pairedBootstrap(input)!;
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 89 }), { maxLength: 8 }), (cuts) => {
        // Ranges drawn in reverse order by a fresh resampler each: a range depends on nothing drawn before it.
        const bounds = [0, ...cuts.sort((x, y) => x - y), 90];
        const drawn = new Float64Array(90);
        for (let k = bounds.length - 2; k >= 0; k--) resampler(input)(bounds[k]!, bounds[k + 1]!, drawn);
        const result = pairedBootstrap(input, drawn)!;
        expect([...result.differences]).toEqual([...whole.differences]);
        expect([result.bca, result.pValue, result.undefinedResamples]).toEqual([whole.bca, whole.pValue, whole.undefinedResamples]);
      }),
      { numRuns: 30 },
    );
    // Blocks claimed in turn by two drawers (as two threads would): every block once, the same differences.
    const shared = sharedResamples(90);
    const drawers = [resampler(input), resampler(input)];
    let claims = 0;
    for (let block = claimBlock(shared); block !== undefined; block = claimBlock(shared), claims++) drawBlock(drawers[claims % 2]!, shared, block);
    expect(claims).toBe(Math.ceil(90 / RESAMPLE_BLOCK));
    expect(allDrawn(shared)).toBe(true);
    expect([...pairedBootstrap(input, shared.differences)!.differences]).toEqual([...whole.differences]);
  });

  it('drawCounts is the stream of nextUint32 calls, multinomial counts within its range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 20 }), (seed, size, from) => {
        const counts = new Uint16Array(from + size + 5);
        const fast = new Random(seed);
        fast.drawCounts(counts, from, size);
        const plain = new Random(seed);
        const expected = new Uint16Array(counts.length);
        for (let j = 0; j < size; j++) expected[from + Math.floor((plain.nextUint32() * size) / 4294967296)]!++;
        expect([...counts]).toEqual([...expected]);
        expect(counts.reduce((s, c) => s + c, 0)).toBe(size);
        // The generators are left in the same state.
        expect(fast.nextUint32()).toBe(plain.nextUint32());
      }),
      { numRuns: 200 },
    );
  });

  it('draws are uniform over the stratum: every row’s mean count is near 1 (multinomial, 1/size each)', () => {
    const size = 50;
    const counts = new Uint16Array(size);
    const random = new Random(17);
    const resamples = 4000;
    const sum = new Float64Array(size);
    for (let b = 0; b < resamples; b++) {
      counts.fill(0);
      random.drawCounts(counts, 0, size);
      for (let i = 0; i < size; i++) sum[i]! += counts[i]!;
    }
    // A row's count is Binomial(50, 1/50): variance 0.98, so its mean over 4000 resamples has s.d. 0.0157; allow 5 s.d.
    for (let i = 0; i < size; i++) expect(Math.abs(sum[i]! / resamples - 1)).toBeLessThan(5 * 0.0157);
  });
});
