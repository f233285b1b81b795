// Parsing plain decimal numbers straight from a text range, without
// allocating a substring. Up to 15 significant digits and |exponent| ≤ 22
// the value is one correctly rounded IEEE operation on exact operands
// (Clinger's fast path), so it equals Number(text); anything longer falls
// back to Number on the substring.

const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/** Whitespace as String.prototype.trim (and Number()) strips it; Frictionless strips it around numbers. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** The first position of text[from, to) that is not whitespace (to when there is none). */
function skipSpace(text: string, from: number, to: number): number {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  return from;
}

/** One past the last position of text[from, to) that is not whitespace (from when there is none). */
function skipSpaceBack(text: string, from: number, to: number): number {
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return to;
}

/** Past the optional sign at `at`: `at + 1` on '+' or '-', else `at`. */
function signEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 43 || c === 45 ? at + 1 : at;
}

/**
 * Parses `[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?` in text[from, to),
 * surrounding whitespace allowed; undefined when the text is not of that form.
 */
export function parseDecimalRange(text: string, from: number, to: number): number | undefined {
  from = skipSpace(text, from, to);
  to = skipSpaceBack(text, from, to);
  const negative = text.charCodeAt(from) === 45;
  let i = signEnd(text, from);
  let mantissa = 0;
  let significant = 0;
  let scale = 0;
  let exact = true;
  // One pass over the digits before and after the point: the first 15
  // significant digits go into the mantissa, a later one only scales it (and
  // makes the fast path inexact); every digit after the point divides by ten.
  const digitsStart = i;
  let point = -1;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point === -1) {
      point = i;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) break;
    if (mantissa !== 0 || d !== 0) {
      if (significant < 15) {
        mantissa = mantissa * 10 + d;
        significant++;
      } else {
        exact = false;
        scale++;
      }
    }
  }
  const intDigits = (point === -1 ? i : point) - digitsStart;
  const fracDigits = point === -1 ? 0 : i - point - 1;
  scale -= fracDigits;
  if (intDigits === 0 && fracDigits === 0) return undefined;
  let exponent = 0;
  if (i < to) {
    const c = text.charCodeAt(i);
    if (c !== 101 && c !== 69) return undefined;
    i++;
    const expNegative = text.charCodeAt(i) === 45;
    i = signEnd(text, i);
    const expStart = i;
    while (i < to) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return undefined;
      if (exponent < 100000) exponent = exponent * 10 + d;
      i++;
    }
    if (i === expStart) return undefined;
    if (expNegative) exponent = -exponent;
  }
  if (!exact) return Number(text.slice(from, to));
  if (mantissa === 0) return negative ? -0 : 0;
  const e10 = scale + exponent;
  let value: number;
  if (e10 === 0) value = mantissa;
  else if (e10 > 0 && e10 <= 22) value = mantissa * POW10[e10]!;
  else if (e10 < 0 && e10 >= -22) value = mantissa / POW10[-e10]!;
  else return Number(text.slice(from, to));
  return negative ? -value : value;
}

/** `[+-]?\d+` in text[from, to), surrounding whitespace allowed → number; undefined when not an integer literal. */
export function parseIntegerRange(text: string, from: number, to: number): number | undefined {
  from = skipSpace(text, from, to);
  to = skipSpaceBack(text, from, to);
  const negative = text.charCodeAt(from) === 45;
  let i = signEnd(text, from);
  if (i >= to) return undefined;
  if (to - i > 15) {
    for (let k = i; k < to; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) return undefined;
    }
    return Number(text.slice(from, to));
  }
  let value = 0;
  for (; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    value = value * 10 + d;
  }
  return negative ? -value : value;
}
