// Where a file is split for its byte ranges (validate/parallel.ts splitTargets):
// the second range, whose thread also hashes the whole file, is shorter by the
// hash's share of the work; every range holds bytes, in order, for any count.
import { describe, expect, it } from 'vitest';
import { splitTargets } from '../../shared/validate/parallel.js';

describe('splitTargets', () => {
  it('gives the hashing second range less than the others, the others equal', () => {
    expect(splitTargets(1000, 2)).toEqual([540]);
    const [a, b] = splitTargets(3_000_000, 3);
    expect(a).toBe(1_080_000); // 0.36 of the file
    expect(b! - a!).toBe(840_000); // 0.28: 0.36 less the hash's 0.08
    expect(3_000_000 - b!).toBe(1_080_000);
  });

  it('keeps every range non-empty and in order for any number of parts', () => {
    for (let parts = 2; parts <= 64; parts++) {
      const size = 1 << 30;
      const bounds = [0, ...splitTargets(size, parts), size];
      expect(bounds).toHaveLength(parts + 1);
      const lengths = bounds.slice(1).map((b, k) => b - bounds[k]!);
      for (const length of lengths) expect(length).toBeGreaterThan(0);
      // The second range is the shortest, by at most half of the others'.
      expect(Math.min(...lengths)).toBe(lengths[1]);
      expect(lengths[1]!).toBeGreaterThanOrEqual(Math.floor(lengths[0]! / 2) - 1);
    }
  });
});
