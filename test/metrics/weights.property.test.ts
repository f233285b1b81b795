// The bootstrap evaluates metrics under row weights; a weight must mean
// exactly "this row, that many times". Property: evaluate(weights) equals
// the metric on the data with rows replicated.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BINARY_METRICS } from '../../shared/metrics/binary.js';
import { REGRESSION_METRICS } from '../../shared/metrics/regression.js';

const close = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

describe('weighted evaluation equals replication', () => {
  it('binary metrics', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 40 }),
        (rows) => {
          const y = Uint8Array.from(rows, (r) => r[0]);
          const score = Float64Array.from(rows, (r) => r[1] / 20);
          const pred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
          const weights = Uint16Array.from(rows, (r) => r[2]);
          const expand = <T extends Uint8Array | Float64Array>(a: T): T => (a.constructor as any).from(rows.flatMap((r, i) => Array(r[2]).fill(a[i])));
          const replicated = { y: expand(y), score: expand(score), pred: expand(pred) };
          for (const [name, def] of Object.entries(BINARY_METRICS)) {
            const weighted = def.prepare({ y, score, pred }).evaluate(weights);
            const direct = replicated.y.length === 0 ? undefined : def.prepare(replicated).evaluate();
            if (!close(weighted, direct)) throw new Error(`${name}: weighted ${weighted}, replicated ${direct}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the bootstrap fast path: evaluateAt with weights at any positions equals evaluate with row weights, and the expanded multiset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 9 }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 50 }),
        (rows) => {
          const n = rows.length;
          const y = Uint8Array.from(rows, (r) => r[0]);
          const score = Float64Array.from(rows, (r) => r[1] / 12);
          const pred = Uint8Array.from(score, (s) => (s >= 0.5 ? 1 : 0));
          const weights = Uint16Array.from(rows, (r) => r[2]);
          // Row i's weight sits at position positionOf[i] (a permutation drawn from the fourth column).
          const positionOf = Uint32Array.from([...rows.keys()].sort((i, j) => rows[i]![3] - rows[j]![3] || i - j));
          const laidOut = new Uint16Array(n);
          for (let i = 0; i < n; i++) laidOut[positionOf[i]!] = weights[i]!;
          const expanded = (a: Uint8Array | Float64Array) => rows.flatMap((r, i) => Array<number>(r[2]).fill(a[i]!));
          const replicated = { y: Uint8Array.from(expanded(y)), score: Float64Array.from(expanded(score)), pred: Uint8Array.from(expanded(pred)) };
          for (const [name, def] of Object.entries(BINARY_METRICS)) {
            const metric = def.prepare({ y, score, pred });
            if (!metric.evaluateAt) continue;
            const at = metric.order ? Uint32Array.from(metric.order, (row) => positionOf[row]!) : positionOf;
            const fast = metric.evaluateAt(laidOut, at);
            const weighted = metric.evaluate(weights);
            if (!Object.is(fast, weighted)) throw new Error(`${name}: evaluateAt ${fast}, evaluate ${weighted}`);
            const direct = replicated.y.length === 0 ? undefined : def.prepare(replicated).evaluate();
            if (!close(fast, direct)) throw new Error(`${name}: evaluateAt ${fast}, expanded multiset ${direct}`);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('regression metrics, and closed-form leave-one-out equals recomputation', () => {
    fc.assert(
      // Values on a 0.01 grid: leave-one-out by subtracting from sums is exact enough there
      // (adversarial magnitudes, 1e-300 beside 5, would cancel; BCa needs no more than this).
      fc.property(fc.array(fc.tuple(fc.integer({ min: -500, max: 500 }), fc.integer({ min: -500, max: 500 })), { minLength: 3, maxLength: 30 }), (rows) => {
        const y = Float64Array.from(rows, (r) => r[0] / 100);
        const pred = Float64Array.from(rows, (r) => r[1] / 100);
        for (const [name, def] of Object.entries(REGRESSION_METRICS)) {
          const jk = def.prepare({ y, pred }).jackknife?.();
          if (!jk) continue;
          for (let i = 0; i < y.length; i++) {
            const keep = [...y.keys()].filter((k) => k !== i);
            const direct = def.prepare({ y: Float64Array.from(keep, (k) => y[k]!), pred: Float64Array.from(keep, (k) => pred[k]!) }).evaluate();
            if (direct !== undefined && !(Math.abs(jk[i]! - direct) <= 1e-7 * Math.max(1, Math.abs(direct)))) throw new Error(`${name} jackknife[${i}] ${jk[i]} vs ${direct}`);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
