// Numbers for a reader of the report and the terminal: rounded to what
// matters (three significant digits for a value, two for a change), the
// typographic minus, thousands separators, and ∞ / undefined said as such.

import { formatCount } from '../count.js';

const MINUS = '−';

function plain(value: number, digits: number, zeros = false): string {
  const abs = Math.abs(value);
  if (abs >= 1000) return formatCount(Math.round(abs));
  if (abs !== 0 && abs < 1e-3) {
    const [mantissa, exponent] = abs.toExponential(digits - 1).split('e');
    return `${mantissa}e${exponent!.replace('-', MINUS).replace('+', '')}`;
  }
  return zeros ? abs.toPrecision(digits) : String(Number(abs.toPrecision(digits)));
}

/** A measured value, to `digits` significant digits with its zeros: `0.765`, `0.760`, `2,000`, `4.5e−5`, `∞`; null and NaN are "—". */
export function value(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '∞' : `${MINUS}∞`;
  if (x === 0) return '0';
  return `${x < 0 ? MINUS : ''}${plain(x, digits, true)}`;
}

/** A level someone wrote (a threshold, a margin): as written, up to six digits: `0.75`, `0.005`. */
export function level(x: number): string {
  if (!Number.isFinite(x)) return value(x);
  return `${x < 0 ? MINUS : ''}${x === 0 ? '0' : plain(x, 6)}`;
}

/** A change, always signed: `+0.0045`, `−0.078`, `+25%` (a share times 100 with unit '%'). */
export function signed(x: number | null | undefined, unit = '', digits = 2): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (!Number.isFinite(x)) return x > 0 ? '+∞' : `${MINUS}∞`;
  if (x === 0) return `0${unit}`;
  return `${x < 0 ? MINUS : '+'}${plain(x, digits)}${unit}`;
}

/** A share as a percentage: 0.05 → `5%`, 0.2518 → `25%`. */
export function percent(share: number, digits = 2): string {
  return Number.isFinite(share) && share !== 0 ? `${share < 0 ? MINUS : ''}${plain(share * 100, digits)}%` : `${value(share * 100)}%`;
}

/** A signed relative change: 0.2518 → `+25%`. */
export function signedPercent(share: number | null | undefined, digits = 2): string {
  return share === null || share === undefined ? '—' : signed(share * 100, '%', digits);
}

/** A p-value: two significant digits, and "< 0.001" below that. */
export function pValue(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return '—';
  return p < 0.001 ? '< 0.001' : value(p, 2);
}

export function count(n: number): string {
  return formatCount(n);
}

/** `1 check`, `2 checks`; `irregular` for plurals that are not word + s. */
export function plural(n: number, word: string, irregular?: string): string {
  return `${count(n)} ${n === 1 ? word : (irregular ?? `${word}s`)}`;
}
