// Sorting scores for rank statistics: a radix sort on the IEEE-754 bits,
// O(n) for spread-out scores, returning the permutation and the sorted
// keys (so that ties are found sequentially), as DeLong and the AUC need.

const FLOAT = new Float64Array(1);
const WORDS = new Uint32Array(FLOAT.buffer);

/** Indices that sort `values` ascending (stable). NaN must not occur. */
export function argsort(values: ArrayLike<number>): Uint32Array {
  return sortedKeys(values).order;
}

export interface SortedKeys {
  order: Uint32Array;
  /** Order-preserving keys in sorted order: equal keys ⇔ equal values. */
  hi: Uint32Array;
  lo: Uint32Array;
}

/**
 * Room for sorting up to `capacity` values, reused across calls (a caller
 * sorting several columns allocates it once: fewer large allocations, and
 * fewer of the garbage collections that external memory triggers).
 */
export interface SortScratch {
  readonly capacity: number;
  readonly words: Uint32Array[];
}

export function sortScratch(capacity: number): SortScratch {
  return { capacity, words: Array.from({ length: 6 }, () => new Uint32Array(capacity)) };
}

const DIGITS = [
  [0, 11],
  [11, 11],
  [22, 10],
] as const;

/**
 * The sorting permutation together with the sorted keys, so callers find ties
 * sequentially. With `scratch`, the arrays returned are views into it, valid
 * until its next use.
 */
export function sortedKeys(values: ArrayLike<number>, scratch?: SortScratch): SortedKeys {
  // Radix-sort on the high 32 bits of the order-preserving key in three
  // passes of 11, 11 and 10 bits (2,048 buckets keep the scatter in cache;
  // 65,536 did not, and ran three times slower), carrying the key and the
  // row; then gather the low words and insertion-sort the short runs that
  // share their high word. The three digits' counts are taken in the pass
  // that makes the keys.
  const n = values.length;
  const room = scratch && scratch.capacity >= n ? scratch.words.map((w) => w.subarray(0, n)) : Array.from({ length: 6 }, () => new Uint32Array(n));
  let hi = room[0]!;
  const loByRow = room[1]!;
  let order = room[2]!;
  let hi2 = room[3]!;
  let order2 = room[4]!;
  const lo = room[5]!;
  const counts = [new Uint32Array(2048), new Uint32Array(2048), new Uint32Array(1024)];
  const c0 = counts[0]!;
  const c1 = counts[1]!;
  const c2 = counts[2]!;
  for (let i = 0; i < n; i++) {
    FLOAT[0] = values[i]! === 0 ? 0 : values[i]!; // -0 sorts with 0
    let h = WORDS[1]!;
    let l = WORDS[0]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    loByRow[i] = l;
    order[i] = i;
    c0[h & 2047]!++;
    c1[(h >>> 11) & 2047]!++;
    c2[h >>> 22]!++;
  }
  for (let d = 0; d < 3; d++) {
    const [shift, bits] = DIGITS[d]!;
    const mask = (1 << bits) - 1;
    const count = counts[d]!;
    if (n === 0 || count[(hi[0]! >>> shift) & mask] === n) continue; // this digit is the same everywhere
    let sum = 0;
    for (let b = 0; b <= mask; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const h = hi[i]!;
      const at = count[(h >>> shift) & mask]!++;
      hi2[at] = h;
      order2[at] = order[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [order, order2] = [order2, order];
  }
  for (let k = 0; k < n; k++) lo[k] = loByRow[order[k]!]!;
  // Runs with equal high words: insertion sort by the low word (stable).
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start]) end++;
    let sorted = true;
    for (let k = start + 1; k < end && sorted; k++) sorted = lo[k - 1]! <= lo[k]!;
    if (sorted) {
      // Equal values (ties) or already in order: nothing to do.
    } else if (end - start > 64) {
      // A long run (scores packed closer than 2⁻²⁰ of each other): sort it properly.
      const run = Array.from({ length: end - start }, (_, k) => start + k).sort((a, b) => lo[a]! - lo[b]! || order[a]! - order[b]!);
      const runLo = run.map((k) => lo[k]!);
      const runOrder = run.map((k) => order[k]!);
      for (let k = 0; k < run.length; k++) {
        lo[start + k] = runLo[k]!;
        order[start + k] = runOrder[k]!;
      }
    } else if (end - start > 1) {
      for (let i = start + 1; i < end; i++) {
        const l = lo[i]!;
        const index = order[i]!;
        let j = i - 1;
        while (j >= start && lo[j]! > l) {
          lo[j + 1] = lo[j]!;
          order[j + 1] = order[j]!;
          j--;
        }
        lo[j + 1] = l;
        order[j + 1] = index;
      }
    }
    start = end;
  }
  return { order, hi, lo };
}
