// Profiles split at random into shards merge to the identical profile:
// counts, bounds, exact moments, histograms and (under the cap) categories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnAccumulator, columnMoments, mergeProfiles, profileSchema, type Profile } from '../../shared/profile/profile.js';

const EDGES = { deciles: [-1, -0.5, 0, 0.5, 1], grid: Array.from({ length: 19 }, (_, i) => -2 + i * 0.2) };

function profileOf(rows: Array<[number | null, string | null]>): Profile {
  const x = new ColumnAccumulator('number', 'numeric', { edges: EDGES });
  const c = new ColumnAccumulator('string', 'categorical');
  for (const [value, category] of rows) {
    if (value === null) x.missing++;
    else x.addNumber(value);
    if (category === null) c.missing++;
    else c.addCategory(category);
  }
  return profileSchema.parse({ holdoutProfile: 1, rows: rows.length, columns: { x: x.toProfile(), c: c.toProfile() } });
}

describe('mergeable profiles', () => {
  it('random shard splits merge to the identical profile', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.double({ min: -3, max: 3, noNaN: true }), { nil: null }), fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'é'), { nil: null })), { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (rows, cuts) => {
          const whole = profileOf(rows);
          const points = [...new Set(cuts.map((k) => k % rows.length))].sort((a, b) => a - b);
          const shards: Profile[] = [];
          let start = 0;
          for (const p of [...points, rows.length]) {
            shards.push(profileOf(rows.slice(start, p)));
            start = p;
          }
          const merged = mergeProfiles(shards.reverse());
          expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('moments come out exactly', () => {
    const profile = profileOf([[1, 'a'], [2, 'a'], [4, 'b'], [null, null]]);
    expect(columnMoments(profile.columns.x!)).toEqual({ mean: 7 / 3, variance: 14 / 9 });
    // The file states them too, for a person reading it; a column with no values has none.
    expect(profile.columns.x).toMatchObject({ mean: 7 / 3, variance: 14 / 9 });
    expect(profileOf([[null, 'a']]).columns.x).toMatchObject({ mean: null, variance: null });
    expect(profile.columns.x!.deciles!.counts).toEqual([0, 0, 0, 0, 0, 3]);
    expect(profile.columns.c!.categories).toEqual({ counts: { a: 2, b: 1 }, other: 0, cap: 1000 });
    expect(profile.columns.x!.distinct).toEqual({ values: [1, 2, 4], counts: [1, 1, 1] });
  });

  it('bins its own values on numpy-linear quantile edges when it is a reference', () => {
    const x = new ColumnAccumulator('number', 'numeric', 'own');
    for (let i = 1; i <= 11; i++) x.addNumber(i);
    const p = x.toProfile();
    // numpy.quantile(range(1, 12), [.1, …, .9]) = 2, 3, …, 10; each value lands in the bin its edge opens.
    expect(p.deciles!.edges).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(p.deciles!.counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(p.grid!.counts.reduce((a, b) => a + b, 0)).toBe(11);
    expect(p.distinct).toBeNull();
  });

  it('keeps the top categories by count, and the values it is told to keep', () => {
    const c = new ColumnAccumulator('string', 'categorical', 'none', new Set(['rare']));
    for (let i = 0; i < 1500; i++) c.addCategory(`v${i}`);
    for (let i = 0; i < 1000; i++) c.addCategory(`v${i}`);
    c.addCategory('rare');
    const p = c.toProfile();
    expect(Object.keys(p.categories!.counts)).toHaveLength(1001);
    expect(p.categories!.counts.rare).toBe(1);
    expect(p.categories!.counts.v999).toBe(2);
    expect(p.categories!.counts.v1000).toBeUndefined();
    expect(p.categories!.other).toBe(500);
  });
});
