// Profiles split at random into shards merge to the identical profile:
// counts, bounds, exact moments, histograms and (under the cap) categories.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnAccumulator, columnMoments, mergeProfiles, profileSchema, type Profile } from '../../shared/validate/profile.js';

const EDGES = { deciles: [-1, -0.5, 0, 0.5, 1], grid: Array.from({ length: 19 }, (_, i) => -2 + i * 0.2) };

function profileOf(rows: Array<[number | null, string | null]>): Profile {
  const x = new ColumnAccumulator('numeric', EDGES);
  const c = new ColumnAccumulator('categorical', undefined, 50);
  for (const [value, category] of rows) {
    if (value === null) x.addMissing();
    else x.addNumber(value);
    if (category === null) c.addMissing();
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
    expect(profile.columns.x!.deciles!.counts).toEqual([0, 0, 0, 0, 0, 3]);
    expect(profile.columns.c!.categories).toEqual({ counts: { a: 2, b: 1 }, other: 0, cap: 50 });
  });
});
