// KS and Wasserstein on the reference's frozen grid, against the raw-sample
// values computed here exactly: the grid's D never exceeds the raw D and
// falls short of it by at most the stated bound; the grid's W is within its
// bound of the raw W. Random continuous and integer data (ties), shifted and
// spread, with and without the per-bin supports older profiles lack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridKs, gridWasserstein } from '../../shared/validate/drift.js';
import { ColumnAccumulator, frozenEdgesOf, type ColumnProfile } from '../../shared/profile/profile.js';

function rawKs(a: number[], b: number[]): number {
  const x = [...a].sort((p, q) => p - q), y = [...b].sort((p, q) => p - q);
  let i = 0, j = 0, d = 0;
  while (i < x.length && j < y.length) {
    const v = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i] === v) i++;
    while (j < y.length && y[j] === v) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

function rawWasserstein(a: number[], b: number[]): number {
  const all = [...new Set([...a, ...b])].sort((p, q) => p - q);
  const x = [...a].sort((p, q) => p - q), y = [...b].sort((p, q) => p - q);
  let i = 0, j = 0, w = 0;
  for (let k = 0; k + 1 < all.length; k++) {
    while (i < x.length && x[i]! <= all[k]!) i++;
    while (j < y.length && y[j]! <= all[k]!) j++;
    w += Math.abs(i / x.length - j / y.length) * (all[k + 1]! - all[k]!);
  }
  return w;
}

function profileOf(values: number[], reference?: ColumnProfile): ColumnProfile {
  const edges = frozenEdgesOf(reference);
  const acc = new ColumnAccumulator('number', 'numeric', edges ? { edges } : 'own');
  for (const v of values) acc.addNumber(v);
  return acc.toProfile();
}

const sample = fc.record({
  integer: fc.boolean(),
  n: fc.integer({ min: 1, max: 400 }),
  m: fc.integer({ min: 1, max: 400 }),
  spread: fc.integer({ min: 1, max: 200 }),
  shift: fc.double({ min: -3, max: 3, noNaN: true }),
  scale: fc.double({ min: 0.3, max: 3, noNaN: true }),
  seed: fc.integer(),
});

function draw(s: { integer: boolean; spread: number; seed: number }, n: number, shift: number, scale: number, salt: number): number[] {
  // A small deterministic generator: the property's inputs fix the data.
  let state = (s.seed ^ salt) >>> 0 || 1;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296);
  return Array.from({ length: n }, () => {
    const u = (next() + next() + next()) / 3; // a hump, not flat
    const v = (u * s.spread * scale) + shift * s.spread;
    return s.integer ? Math.round(v) : v;
  });
}

describe('KS and Wasserstein on the frozen grid', () => {
  it('stay within their stated bounds of the raw-sample values', () => {
    fc.assert(
      fc.property(sample, fc.boolean(), (s, supports) => {
        const a = draw(s, s.n, 0, 1, 1);
        const b = draw(s, s.m, s.shift, s.scale, 2);
        const ref = profileOf(a);
        const cur = profileOf(b, ref);
        const rg = ref.grid!, cg = cur.grid!;
        const support = supports ? { reference: { low: rg.low!, high: rg.high! }, current: { low: cg.low!, high: cg.high! } } : undefined;
        const ks = gridKs(rg.counts, cg.counts, support);
        const d = rawKs(a, b);
        expect(ks.statistic).toBeLessThanOrEqual(d + 1e-12);
        expect(d - ks.statistic).toBeLessThanOrEqual(ks.bound + 1e-12);
        const w = gridWasserstein(rg.edges, { counts: rg.counts, min: ref.min!, max: ref.max!, ...support?.reference }, { counts: cg.counts, min: cur.min!, max: cur.max!, ...support?.current });
        const scaleOf = Math.max(1, ...a.map(Math.abs), ...b.map(Math.abs));
        expect(Math.abs(w.distance - rawWasserstein(a, b))).toBeLessThanOrEqual(w.bound + 1e-9 * scaleOf);
      }),
      { numRuns: 400 },
    );
  });

  it('are exact when every bin holds one value', () => {
    const a = Array.from({ length: 3000 }, (_, i) => 18 + (i * 7919) % 43);
    const b = Array.from({ length: 2000 }, (_, i) => 18 + (i * 104729) % 40);
    const ref = profileOf(a);
    const cur = profileOf(b, ref);
    const support = { reference: { low: ref.grid!.low!, high: ref.grid!.high! }, current: { low: cur.grid!.low!, high: cur.grid!.high! } };
    const ks = gridKs(ref.grid!.counts, cur.grid!.counts, support);
    expect(ks.bound).toBe(0);
    expect(ks.statistic).toBeCloseTo(rawKs(a, b), 12);
    const w = gridWasserstein(ref.grid!.edges, { counts: ref.grid!.counts, min: ref.min!, max: ref.max!, ...support.reference }, { counts: cur.grid!.counts, min: cur.min!, max: cur.max!, ...support.current });
    expect(w.bound).toBe(0);
    expect(w.distance).toBeCloseTo(rawWasserstein(a, b), 12);
    // Without the supports the same data is taken to lie anywhere in each bin.
    expect(gridWasserstein(ref.grid!.edges, { counts: ref.grid!.counts, min: ref.min!, max: ref.max! }, { counts: cur.grid!.counts, min: cur.min!, max: cur.max! }).bound).toBeGreaterThan(0.5);
  });
});
