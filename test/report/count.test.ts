// formatCount groups thousands as toLocaleString('en-US') does, without
// paying ICU's initialisation on an action's cold start.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../shared/count.js';

describe('formatCount', () => {
  it('matches toLocaleString("en-US") on integers', () => {
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => formatCount(n) === n.toLocaleString('en-US')));
    for (const n of [0, 7, 999, 1000, 1234567, -1000]) expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });

  it('keeps a fraction as written and says non-finite values as they are', () => {
    expect(formatCount(1234.5)).toBe('1,234.5');
    expect(formatCount(Infinity)).toBe('Infinity');
    expect(formatCount(NaN)).toBe('NaN');
  });
});
