// Exact floating-point sums (Shewchuk's expansions): a sum kept as a short
// list of non-overlapping doubles whose exact total is the true sum. Exact
// sums are associative, so profiles built shard by shard and merged in any
// order give bit-identical means and variances.

/** Adds b to the expansion e (in place), keeping it non-overlapping; zeros dropped. */
export function growExpansion(e: number[], b: number): void {
  let q = b;
  let k = 0;
  for (let i = 0; i < e.length; i++) {
    const a = e[i]!;
    const sum = q + a;
    const bv = sum - q;
    const err = q - (sum - bv) + (a - bv);
    if (err !== 0) e[k++] = err;
    q = sum;
  }
  if (q !== 0 || k === 0) e[k++] = q;
  e.length = k;
}

/**
 * The exact sum rounded once to the nearest double (CPython's math.fsum
 * final step, half-way cases included), so equal exact sums give equal values.
 * A zero sum is +0 whatever the signs of the zeros added, as the fixed-point
 * accumulator (which has no signed zero) gives it.
 */
export function expansionValue(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return hi + 0; // −0 + 0 is +0; any other value is unchanged
}

/** Dekker's exact product: a·b = hi + lo. */
export function twoProduct(a: number, b: number): [number, number] {
  const hi = a * b;
  const split = (x: number): [number, number] => {
    const c = 134217729 * x; // 2^27 + 1
    const big = c - (c - x);
    return [big, x - big];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const lo = al * bl - (hi - ah * bh - al * bh - ah * bl);
  return [hi, lo];
}

/**
 * An exact running sum of doubles in fixed point: every double is an integer
 * multiple of 2⁻¹⁰⁷⁴, so its bits are added into 32-bit digits of one wide
 * integer (67 digits held as doubles, carried every 2²⁰ additions). A few
 * flops per value instead of an expansion's loop; converted to an expansion
 * only when read.
 */
export class ExactAccumulator {
  private readonly digits = new Float64Array(DIGITS);
  private pending = 0;

  add(x: number): void {
    if (x === 0) return;
    BITS[0] = x;
    const hi = WORDS[1]!;
    const exponent = (hi >>> 20) & 0x7ff;
    const sign = hi >>> 31 ? -1 : 1;
    // |x| = mantissa × 2^(position − 1074), mantissa = mantHi·2³² + mantLo (53 bits).
    const position = (exponent || 1) - 1;
    const mantHi = (hi & 0xfffff) + (exponent ? 0x100000 : 0);
    const mantLo = WORDS[0]!;
    const k = position >>> 5;
    const scale = POW2[position & 31]!;
    const a = mantLo * scale; // < 2⁶⁴, 32 significant bits: exact
    const aq = Math.floor(a / TWO32);
    const b = mantHi * scale; // < 2⁵³: exact
    const bq = Math.floor(b / TWO32);
    const d = this.digits;
    d[k]! += sign * (a - aq * TWO32);
    d[k + 1]! += sign * (aq + b - bq * TWO32);
    d[k + 2]! += sign * bq;
    if (++this.pending === CARRY_EVERY) this.carry();
  }

  /** Brings every digit but the top one into (−2³², 2³²), carrying toward zero so a negative sum stays in low digits. */
  private carry(): void {
    const d = this.digits;
    for (let k = 0; k < DIGITS - 1; k++) {
      const c = Math.trunc(d[k]! / TWO32);
      d[k]! -= c * TWO32;
      d[k + 1]! += c;
    }
    this.pending = 0;
  }

  /** The sum as a non-overlapping expansion. */
  toExpansion(): number[] {
    this.carry();
    const e: number[] = [];
    for (let k = 0; k < DIGITS; k++) {
      const v = this.digits[k]!;
      // A digit below 2³² in size times a power of two is exact.
      if (v !== 0) growExpansion(e, v * 2 ** (32 * k - 1074));
    }
    return e.length === 1 && e[0] === 0 ? [] : e;
  }
}

const DIGITS = 68;
const TWO32 = 2 ** 32;
const CARRY_EVERY = 1 << 20;
const POW2 = Float64Array.from({ length: 32 }, (_, i) => 2 ** i);
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);

/** A running exact sum of x and of x². */
export class ExactMoments {
  private readonly sums = new ExactAccumulator();
  private readonly squareSums = new ExactAccumulator();

  add(x: number): void {
    this.sums.add(x);
    // x² = hi + lo exactly (Dekker), inlined: this runs once per value.
    const hi = x * x;
    const c = 134217729 * x;
    const big = c - (c - x);
    const small = x - big;
    const lo = small * small - (hi - big * big - 2 * big * small);
    this.squareSums.add(hi);
    this.squareSums.add(lo);
  }

  merge(other: { sum: readonly number[]; squares: readonly number[] }): void {
    for (const v of other.sum) this.sums.add(v);
    for (const v of other.squares) this.squareSums.add(v);
  }

  get sum(): number[] {
    return this.sums.toExpansion();
  }

  get squares(): number[] {
    return this.squareSums.toExpansion();
  }

  /** Mean and population variance from the exact sums (each rounded once at the end). */
  summary(n: number): { mean: number; variance: number } {
    if (n === 0) return { mean: NaN, variance: NaN };
    const sum = this.sum;
    // variance = (n·Σx² − (Σx)²) / n², with n·Σx² and (Σx)² formed exactly.
    const numerator: number[] = [];
    for (const v of this.squares) {
      const [hi, lo] = twoProduct(v, n);
      growExpansion(numerator, hi);
      if (lo !== 0) growExpansion(numerator, lo);
    }
    for (const a of sum) {
      for (const b of sum) {
        const [hi, lo] = twoProduct(a, b);
        growExpansion(numerator, -hi);
        if (lo !== 0) growExpansion(numerator, -lo);
      }
    }
    const mean = expansionValue(sum) / n;
    const variance = Math.max(0, expansionValue(numerator) / n / n);
    return { mean, variance };
  }
}

/**
 * The same exact value in a canonical form — its correctly rounded value,
 * then that of the remainder, and so on — so that equal sums reached by
 * different orders serialize identically.
 */
export function canonicalExpansion(e: readonly number[]): number[] {
  const out: number[] = [];
  let rest = [...e];
  for (let i = 0; i < 40 && rest.length > 0; i++) {
    const v = expansionValue(rest);
    if (v === 0) break;
    out.unshift(v);
    const next: number[] = [];
    for (const x of rest) growExpansion(next, x);
    growExpansion(next, -v);
    rest = next.filter((x) => x !== 0);
  }
  return out;
}
