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
  /**
   * The high 32 bits of the order-preserving keys, in sorted order: values
   * with different high words differ; values with equal ones are equal when
   * the values themselves are (compare values[order[k]]).
   */
  hi: Uint32Array;
  /**
   * With scratch: room for `values.length` doubles that the sort left unused
   * (its other two arrays), free until the scratch's next use — memory already
   * touched, where a fresh array costs a page fault per 4 KiB.
   */
  spare?: Float64Array;
}

/**
 * Room for sorting up to `capacity` values, reused across calls (a caller
 * sorting several columns allocates it once: fewer large allocations, and
 * fewer of the garbage collections that external memory triggers).
 */
export interface SortScratch {
  readonly capacity: number;
  /** Four arrays in one buffer, one after the other: the sort's keys and rows, and their copies. */
  readonly words: Uint32Array[];
}

export function sortScratch(capacity: number): SortScratch {
  const buffer = new ArrayBuffer(16 * capacity);
  return { capacity, words: Array.from({ length: 4 }, (_, k) => new Uint32Array(buffer, 4 * capacity * k, capacity)) };
}

const DIGITS = [
  [0, 11],
  [11, 11],
  [22, 10],
] as const;

/**
 * The sorting permutation together with the sorted high words of the keys,
 * so callers find ties sequentially. With `scratch`, the arrays returned are
 * views into it, valid until its next use.
 */
export function sortedKeys(values: ArrayLike<number>, scratch?: SortScratch): SortedKeys {
  // Radix-sort on the high 32 bits of the order-preserving key in three
  // passes of 11, 11 and 10 bits (2,048 buckets keep the scatter in cache;
  // 65,536 did not, and ran three times slower), carrying the key and the
  // row; then sort the short runs that share their high word by value. The
  // three digits' counts are taken in the pass that makes the keys. The low
  // words are not kept: two arrays fewer (on this machine every fresh 4 KiB
  // page costs a fault), and runs of equal high words are mostly ties.
  const n = values.length;
  const inScratch = scratch !== undefined && scratch.capacity >= n;
  const room = inScratch ? scratch.words.map((w) => w.subarray(0, n)) : Array.from({ length: 4 }, () => new Uint32Array(n));
  let hi = room[0]!;
  let order = room[1]!;
  let hi2 = room[2]!;
  let order2 = room[3]!;
  const counts = [new Uint32Array(2048), new Uint32Array(2048), new Uint32Array(1024)];
  const c0 = counts[0]!;
  const c1 = counts[1]!;
  const c2 = counts[2]!;
  for (let i = 0; i < n; i++) {
    FLOAT[0] = values[i]! === 0 ? 0 : values[i]!; // -0 sorts with 0
    let h = WORDS[1]!;
    if (h & 0x80000000) h = ~h >>> 0;
    else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
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
  // Runs with equal high words: sorted by value (stable; -0 equals 0, as in the keys).
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && hi[end] === hi[start]) end++;
    let sorted = true;
    for (let k = start + 1; k < end && sorted; k++) sorted = values[order[k - 1]!]! <= values[order[k]!]!;
    if (sorted) {
      // Equal values (ties) or already in order: nothing to do.
    } else if (end - start > 64) {
      // A long run (scores packed closer than 2⁻²⁰ of each other): sort it properly.
      const run = Array.from(order.subarray(start, end)).sort((a, b) => values[a]! - values[b]! || a - b);
      order.set(run, start);
    } else {
      for (let i = start + 1; i < end; i++) {
        const index = order[i]!;
        const v = values[index]!;
        let j = i - 1;
        while (j >= start && values[order[j]!]! > v) {
          order[j + 1] = order[j]!;
          j--;
        }
        order[j + 1] = index;
      }
    }
    start = end;
  }
  if (inScratch) {
    // The pair of arrays the passes did not end in: words 2 and 3, or 0 and 1 (adjacent, 8 · capacity bytes).
    const free = hi.byteOffset === scratch.words[0]!.byteOffset ? scratch.words[2]! : scratch.words[0]!;
    return { order, hi, spare: new Float64Array(free.buffer, free.byteOffset, n) };
  }
  return { order, hi };
}
