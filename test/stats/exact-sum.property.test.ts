// Exact sums are exact, and merging in any order gives identical moments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactAccumulator, ExactMoments, expansionValue, growExpansion } from '../../shared/stats/exact-sum.js';

/** x · 2^e without underflow in between (x < 2^53 exactly; the result is a normal double here). */
function scale(x: number, e: number): number {
  const first = Math.max(e, -1000);
  return x * 2 ** first * 2 ** (e - first);
}

/** The exact sum via BigInt on the values' binary expansions, rounded to nearest even by Number(). */
function exactSum(values: number[]): number {
  const SCALE = 1100n; // 2^-1074 is the smallest subnormal; shift everything to integers
  let total = 0n;
  for (const v of values) {
    if (v === 0) continue;
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, v);
    const bits = buf.getBigUint64(0);
    const exp = Number((bits >> 52n) & 0x7ffn);
    let mant = bits & ((1n << 52n) - 1n);
    if (exp !== 0) mant |= 1n << 52n;
    const shift = BigInt(exp === 0 ? 1 : exp) - 1075n + SCALE;
    const scaled = mant << shift;
    total += v < 0 ? -scaled : scaled;
  }
  // Round total · 2^-SCALE to the nearest double, ties to even.
  const negative = total < 0n;
  let t = negative ? -total : total;
  if (t === 0n) return 0;
  const bitsLength = t.toString(2).length;
  const drop = bitsLength - 53;
  let value: number;
  if (drop > 0) {
    const half = 1n << BigInt(drop - 1);
    let top = t >> BigInt(drop);
    const rest = t & ((1n << BigInt(drop)) - 1n);
    if (rest > half || (rest === half && (top & 1n) === 1n)) top += 1n;
    value = scale(Number(top), drop - Number(SCALE));
  } else value = scale(Number(t), -Number(SCALE));
  return negative ? -value : value;
}

describe('exact sums', () => {
  it('sum the catastrophic cases exactly', () => {
    const e: number[] = [];
    for (const v of [1e100, 1, -1e100, 1e-100, 3, -1e-100]) growExpansion(e, v);
    expect(expansionValue(e)).toBe(4);
  });

  it('are the same whatever the order and the split', () => {
    fc.assert(
      // Normal doubles (and zeros): sums of subnormals would need the oracle to round twice.
      fc.property(fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((v) => (Math.abs(v) < 1e-200 ? 0 : v)), { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), (values, cuts) => {
        const whole = new ExactMoments();
        for (const v of values) whole.add(v);
        // Shards cut at random points, merged in reverse order.
        const points = [...new Set(cuts.map((c) => c % values.length))].sort((a, b) => a - b);
        const shards: ExactMoments[] = [];
        let start = 0;
        for (const p of [...points, values.length]) {
          const shard = new ExactMoments();
          for (const v of values.slice(start, p)) shard.add(v);
          shards.push(shard);
          start = p;
        }
        const merged = new ExactMoments();
        for (const shard of shards.reverse()) merged.merge(shard);
        expect(merged.summary(values.length)).toEqual(whole.summary(values.length));
        // The sum is the correctly rounded exact sum, as Python's math.fsum gives it.
        const e: number[] = [];
        for (const v of values) growExpansion(e, v);
        expect(expansionValue(e)).toBe(exactSum(values));
      }),
      { numRuns: 500 },
    );
  });

  it('accumulate in fixed point to the exact sum: any magnitude and sign, subnormals, carries', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), fc.double({ min: -1e-300, max: 1e-300, noNaN: true })), { minLength: 1, maxLength: 80 }), (values) => {
        const acc = new ExactAccumulator();
        for (const v of values) acc.add(v);
        const fromAccumulator = expansionValue(acc.toExpansion());
        const e: number[] = [];
        for (const v of values) growExpansion(e, v);
        expect(fromAccumulator).toBe(expansionValue(e));
      }),
      // A lone −0 once gave −0 one way and +0 the other.
      { numRuns: 1000, examples: [[[-0]], [[-0, -0]], [[0, -0]]] },
    );
    // Two million additions cross the carry interval; the exact sum of ±0.1 pairs and one 0.5 is 0.5.
    const acc = new ExactAccumulator();
    for (let i = 0; i < 1_000_000; i++) {
      acc.add(0.1);
      acc.add(-0.1);
    }
    acc.add(0.5);
    acc.add(-1e-310);
    acc.add(1e-310);
    expect(acc.toExpansion()).toEqual([0.5]);
  });

  it('gives the variance of values whose mean dwarfs their spread', () => {
    const m = new ExactMoments();
    for (const v of [1e9 + 1, 1e9 + 2, 1e9 + 3]) m.add(v);
    expect(m.summary(3)).toEqual({ mean: 1e9 + 2, variance: 2 / 3 });
  });
});
