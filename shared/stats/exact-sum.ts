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
  return hi;
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

/** A running exact sum of x and of x². */
export class ExactMoments {
  sum: number[] = [];
  squares: number[] = [];

  add(x: number): void {
    growExpansion(this.sum, x);
    const [hi, lo] = twoProduct(x, x);
    growExpansion(this.squares, hi);
    if (lo !== 0) growExpansion(this.squares, lo);
  }

  merge(other: { sum: readonly number[]; squares: readonly number[] }): void {
    for (const v of other.sum) growExpansion(this.sum, v);
    for (const v of other.squares) growExpansion(this.squares, v);
  }

  /** Mean and population variance from the exact sums (each rounded once at the end). */
  summary(n: number): { mean: number; variance: number } {
    if (n === 0) return { mean: NaN, variance: NaN };
    // variance = (n·Σx² − (Σx)²) / n², with n·Σx² and (Σx)² formed exactly.
    const numerator: number[] = [];
    for (const v of this.squares) {
      const [hi, lo] = twoProduct(v, n);
      growExpansion(numerator, hi);
      if (lo !== 0) growExpansion(numerator, lo);
    }
    for (const a of this.sum) {
      for (const b of this.sum) {
        const [hi, lo] = twoProduct(a, b);
        growExpansion(numerator, -hi);
        if (lo !== 0) growExpansion(numerator, -lo);
      }
    }
    const mean = expansionValue(this.sum) / n;
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
