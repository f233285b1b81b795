// Random.jump: advancing xoshiro128** by a number of draws at once must leave
// it where that many nextUint32 calls would, for any count and seed, so that
// threads drawing parts of one stream draw exactly what one thread would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../shared/stats/random.js';

const nextFour = (r: Random) => [r.nextUint32(), r.nextUint32(), r.nextUint32(), r.nextUint32()];

describe('Random.jump', () => {
  it('jump(k) leaves the generator where k calls of nextUint32 do', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 3000 }), (seed, draws) => {
        const stepped = new Random(seed);
        for (let k = 0; k < draws; k++) stepped.nextUint32();
        const jumped = new Random(seed);
        jumped.jump(draws);
        expect(nextFour(jumped)).toEqual(nextFour(stepped));
      }),
      { numRuns: 200 },
    );
  });

  it('jumps add up, far into the stream (up to 2⁴⁵ draws)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 44 }), fc.integer({ min: 0, max: 2 ** 44 }), (seed, first, second) => {
        const twice = new Random(seed);
        twice.jump(first);
        twice.jump(second);
        const once = new Random(seed);
        once.jump(first + second);
        expect(nextFour(twice)).toEqual(nextFour(once));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a count that is not a non-negative safe integer', () => {
    for (const draws of [-1, 0.5, NaN, 2 ** 53]) expect(() => new Random(1).jump(draws)).toThrow(RangeError);
  });
});
