// DeLong's placement values against their definition, counted pair by pair:
// a positive's placement is the share of negatives it outscores (a tie counts
// one half), a negative's the share of positives that outscore it; the AUC is
// the mean positive placement. Scores with ties, negative values and -0,
// values closer together than the radix sort's high word tells apart, and
// both models sharing one sort scratch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedDeLong, placements } from '../../shared/stats/delong.js';
import { argsort } from '../../shared/stats/ranks.js';

function byDefinition(labels: number[], score: number[]) {
  const pos = score.filter((_, i) => labels[i] === 1);
  const neg = score.filter((_, i) => labels[i] !== 1);
  const share = (x: number, others: number[], above: boolean) => others.reduce((s, o) => s + (o === x ? 0.5 : (above ? o > x : o < x) ? 1 : 0), 0) / others.length;
  const v10 = pos.map((s) => share(s, neg, false));
  const v01 = neg.map((s) => share(s, pos, true));
  return { v10, v01, auc: v10.reduce((s, v) => s + v, 0) / v10.length };
}

const base = fc.constantFrom(0, 0.5, -3, 1e6, 1e-300);
/** Scores drawn from few values (ties), from values 2⁻⁴⁰ apart (one high word), or anywhere. */
const scores = (n: number) =>
  fc.oneof(
    fc.array(fc.constantFrom(0, -0, 0.1, 0.2, 0.3, -1, 1e300, -1e-300), { minLength: n, maxLength: n }),
    base.chain((b) => fc.array(fc.integer({ min: 0, max: 200 }).map((k) => b + k * 2 ** -40 * Math.max(1, Math.abs(b))), { minLength: n, maxLength: n })),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: n, maxLength: n }),
  );

const data = fc.integer({ min: 4, max: 300 }).chain((n) =>
  fc.record({
    labels: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }).filter((l) => l.filter((x) => x === 1).length >= 2 && l.filter((x) => x === 0).length >= 2),
    a: scores(n),
    b: scores(n),
  }),
);

describe('DeLong placements', () => {
  it('equal the pair-by-pair definition for both models', () => {
    fc.assert(
      fc.property(data, ({ labels, a, b }) => {
        const p = placements(labels, [a, b]);
        [a, b].forEach((score, model) => {
          const want = byDefinition(labels, score);
          expect([...p.v10[model]!]).toEqual(want.v10);
          expect([...p.v01[model]!].map((v, j) => Math.abs(v - want.v01[j]!) < 1e-12 || `${v} vs ${want.v01[j]}`)).toEqual(want.v01.map(() => true));
          expect(Math.abs(p.auc[model]! - want.auc)).toBeLessThan(1e-12);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('the argsort is a stable ascending order, -0 with 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }).chain(scores), (values) => {
        const order = [...argsort(values)];
        const want = values.map((_, i) => i).sort((i, j) => (values[i]! === values[j]! ? i - j : values[i]! - values[j]!));
        expect(order).toEqual(want);
      }),
      { numRuns: 150 },
    );
  });

  it('a model compared with itself: difference 0, z 0, p 1', () => {
    fc.assert(
      fc.property(data, ({ labels, a }) => {
        const r = pairedDeLong(labels, a, a)!;
        expect([r.difference, r.z, r.pValue]).toEqual([0, 0, 1]);
      }),
      { numRuns: 50 },
    );
  });
});
