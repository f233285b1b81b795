// A numeric column's exact Σx and Σx² (the profile's sum and squares
// expansions) equal the integer sums computed with BigInt, for integers on
// both sides of the small-integer path's bound (2²⁰) and past its flush
// interval, mixed with fractions and -0.
import { describe, expect, it } from 'vitest';
import { ColumnAccumulator } from '../../shared/profile/profile.js';

const exact = (expansion: readonly number[]) => expansion.reduce((a, v) => a + BigInt(v), 0n);

describe('exact moments of integer columns', () => {
  it('sums integers near and beyond 2^20 exactly, over many flushes', () => {
    let state = 12345;
    const rand = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const values: number[] = [];
    for (let i = 0; i < 30_000; i++) {
      const r = rand();
      values.push(r < 0.3 ? 2 ** 20 - 1 - Math.floor(rand() * 3) : r < 0.5 ? -(2 ** 20) + Math.floor(rand() * 3) : r < 0.6 ? 2 ** 20 + Math.floor(rand() * 5) : r < 0.7 ? -0 : Math.floor(rand() * 2 ** 40) - 2 ** 39);
    }
    const acc = new ColumnAccumulator('integer', 'numeric');
    for (const v of values) acc.addNumber(v);
    const profile = acc.toProfile();
    expect(exact(profile.sum)).toBe(values.reduce((a, v) => a + BigInt(v), 0n));
    expect(exact(profile.squares)).toBe(values.reduce((a, v) => a + BigInt(v) * BigInt(v), 0n));
    // With fractions: the same sums as adding every value to the exact accumulator (the order of the halves does not matter).
    const mixed = new ColumnAccumulator('number', 'numeric');
    const reversed = new ColumnAccumulator('number', 'numeric');
    const withFractions = values.map((v, i) => (i % 3 === 0 ? v + 0.25 : v));
    for (const v of withFractions) mixed.addNumber(v);
    for (const v of [...withFractions].reverse()) reversed.addNumber(v);
    expect(mixed.toProfile().sum).toEqual(reversed.toProfile().sum);
    expect(mixed.toProfile().squares).toEqual(reversed.toProfile().squares);
  });
});
