// parseDecimalRange/parseIntegerRange must agree exactly with Number() on
// every literal they accept (Clinger's fast path is exact, not approximate).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_PATTERN } from '../../shared/schema/fields.js';
import { parseDecimalRange, parseIntegerRange } from '../../shared/schema/numbers.js';

const decimal = fc
  .tuple(
    fc.constantFrom('', '+', '-'),
    fc.stringMatching(/^[0-9]{0,20}$/),
    fc.option(fc.stringMatching(/^[0-9]{0,20}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,3}$/))),
  )
  .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`);

describe('parsing numbers in place', () => {
  it('agrees with Number() on generated decimal literals, and rejects what the grammar rejects', () => {
    fc.assert(
      fc.property(decimal, fc.string({ maxLength: 3 }), (literal, padding) => {
        const text = padding + literal + padding;
        const parsed = parseDecimalRange(text, padding.length, padding.length + literal.length);
        if (NUMBER_PATTERN.test(literal)) expect(Object.is(parsed, Number(literal)), literal).toBe(true);
        else expect(parsed).toBeUndefined();
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with Number() on every double printed by JavaScript', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const literal = String(value);
        expect(Object.is(parseDecimalRange(literal, 0, literal.length), Number(literal))).toBe(true);
        const fixed = value.toFixed(6);
        if (NUMBER_PATTERN.test(fixed)) expect(parseDecimalRange(fixed, 0, fixed.length)).toBe(Number(fixed));
      }),
      { numRuns: 5000 },
    );
  });

  it('parses integers, long ones through Number()', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), (value) => {
        const literal = value.toString();
        expect(parseIntegerRange(literal, 0, literal.length)).toBe(Number(literal));
      }),
    );
    expect(parseIntegerRange('12a', 0, 3)).toBeUndefined();
    expect(parseIntegerRange('-', 0, 1)).toBeUndefined();
    expect(parseIntegerRange('+7', 0, 2)).toBe(7);
  });
});
