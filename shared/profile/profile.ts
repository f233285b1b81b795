// Mergeable column profiles: counts, missing and error counts, bounds, exact
// moments (Shewchuk expansions, so shard profiles merge to the bit-identical
// whole, which Chan's floating-point update does not), histograms on bin
// edges frozen from a reference (deciles for PSI, a 100-quantile grid for KS
// and Wasserstein, open tails), small distinct-value tables for numeric
// columns, and top-K category counts with an "other" bucket. Plain,
// versioned JSON with one zod schema.

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { canonicalExpansion, ExactMoments } from '../stats/exact-sum.js';
import { fnv1a, HASH, hashRange } from './hashset.js';

export const PROFILE_VERSION = 1;
/** Categories kept per column in a profile; the rest are counted as "other". */
export const DEFAULT_CATEGORY_CAP = 1000;
/** Distinct values counted while streaming, before the top-K cut (beyond it, new values go to "other"). */
const WORKING_CATEGORY_CAP = 10 * DEFAULT_CATEGORY_CAP;
/**
 * Distinct values a byte range of a file counts (DatasetProfiler.forRange):
 * more than a whole pass keeps, because which values a whole pass keeps (the
 * first WORKING_CATEGORY_CAP in file order) is known only once the ranges
 * before are merged, and the range must have counted each of them.
 */
const RANGE_CAP_FACTOR = 10;
/** Hashes of a range's uncounted ("other") values it keeps, 8 bytes each, to prove a value absent from them. */
const RANGE_OTHER_LOG_CAP = 1 << 20;
/** Numeric columns keep exact counts of up to this many distinct values (Evidently treats ≤ 5 as categorical). */
export const DISTINCT_CAP = 5;
/**
 * Integers below 2²⁰ in size are summed in plain doubles, SMALL_FLUSH at a
 * time: |Σx| < 2¹² · 2²⁰ and Σx² < 2¹² · 2⁴⁰, both below 2⁵³, so every
 * partial sum is an integer a double holds exactly.
 */
const SMALL_INTEGER = 2 ** 20;
const SMALL_FLUSH = 1 << 12;
export const DECILES = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** The 100-quantile grid, with the tails split further (0.1%, 0.5%) so that the open end bins hold little mass. */
export const GRID = [0.001, 0.005, ...Array.from({ length: 99 }, (_, i) => (i + 1) / 100), 0.995, 0.999];
/**
 * Edges the grid adds beyond the reference's range on each side, in steps of
 * its range: ten of 2% (out to 20%), then doubling (40% … 20,480%). Current
 * data that moved past the reference then still lands in narrow bins, so KS
 * and Wasserstein stay tight exactly where drift puts the mass.
 */
export const GRID_EXTENSION = [...Array.from({ length: 10 }, (_, i) => (i + 1) * 0.02), ...Array.from({ length: 10 }, (_, i) => 0.2 * 2 ** (i + 1))];

const count = z.number().int().nonnegative();

const histogramSchema = z
  .object({
    /** Ascending edges e₀ < … < e_k; counts has k + 1 bins: (−∞, e₀), [e₀, e₁), …, [e_k, +∞). */
    edges: z.array(z.number()),
    counts: z.array(count),
    /**
     * The grid's smallest and largest value in each bin (null where empty):
     * where the mass of a bin can lie, which bounds KS and Wasserstein on the
     * grid tightly (to zero where a bin holds one value, as integers often do).
     */
    low: z.array(z.number().nullable()).optional(),
    high: z.array(z.number().nullable()).optional(),
  })
  .superRefine((h, ctx) => {
    // A profile may come from a pull request: the binning code relies on each of these.
    const problem = (message: string, path: Array<string | number>) => ctx.addIssue({ code: 'custom', message, path });
    if (h.counts.length !== h.edges.length + 1) return problem('a histogram has one more count than edges', ['counts']);
    const at = h.edges.findIndex((e, i) => i > 0 && !(e > h.edges[i - 1]!));
    if (at >= 0) return problem('edges must be strictly ascending', ['edges', at]);
    if ((h.low === undefined) !== (h.high === undefined)) return problem('a histogram has a low and a high value per bin, or neither', [h.low ? 'high' : 'low']);
    if (h.low === undefined || h.high === undefined) return;
    if (h.low.length !== h.counts.length || h.high.length !== h.counts.length) return problem('low and high have one value per bin', ['low']);
    for (let i = 0; i < h.counts.length; i++) {
      const lo = h.low[i]!, hi = h.high[i]!;
      if ((lo === null) !== (h.counts[i] === 0) || (hi === null) !== (h.counts[i] === 0)) return problem('low and high are null exactly where a bin is empty', ['low', i]);
      const from = i === 0 ? -Infinity : h.edges[i - 1]!, to = i === h.edges.length ? Infinity : h.edges[i]!;
      if (lo !== null && hi !== null && !(from <= lo && lo <= hi && (hi < to || to === Infinity))) return problem(`bin ${i} holds values outside [${from}, ${to})`, ['low', i]);
    }
  });
export type Histogram = z.infer<typeof histogramSchema>;

export const columnProfileSchema = z.object({
  /** The schema type the values were cast to. */
  type: z.string(),
  kind: z.enum(['numeric', 'categorical']),
  /** Values that have the field's type (constraint breaches included). */
  count,
  missing: count,
  typeErrors: count,
  constraintErrors: count,
  /** NaN and ±INF among the numeric values: counted, left out of moments and histograms. */
  nonFinite: count.default(0),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Exact Σx and Σx² as canonical non-overlapping expansions (see shared/stats/exact-sum.ts). */
  sum: z.array(z.number()),
  squares: z.array(z.number()),
  /**
   * Mean and population variance of the finite values, derived from sum and
   * squares for people reading the file; holdout recomputes them from the
   * sums (null when there are none, or Σx² overflows).
   */
  mean: z.number().nullable().optional(),
  variance: z.number().nullable().optional(),
  /** Numeric columns: exact counts of each value while there are at most DISTINCT_CAP of them; null beyond. */
  distinct: z.object({ values: z.array(z.number()), counts: z.array(count) }).nullable().optional(),
  deciles: histogramSchema.optional(),
  grid: histogramSchema.optional(),
  categories: z.object({ counts: z.record(z.string(), count), other: count, cap: z.number().int().positive() }).optional(),
}).superRefine((p, ctx) => {
  const finite = p.count - p.nonFinite;
  for (const key of ['deciles', 'grid'] as const) {
    const total = p[key]?.counts.reduce((a, b) => a + b, 0);
    if (total !== undefined && total !== finite) ctx.addIssue({ code: 'custom', message: `the ${key} histogram holds ${total} values, but the column has ${finite} finite ones`, path: [key, 'counts'] });
  }
  if (p.distinct && (p.distinct.values.length !== p.distinct.counts.length || p.distinct.values.length > DISTINCT_CAP)) {
    ctx.addIssue({ code: 'custom', message: `distinct has one count per value, at most ${DISTINCT_CAP}`, path: ['distinct'] });
  }
});
export type ColumnProfile = z.infer<typeof columnProfileSchema>;

export const profileSchema = z.object({
  holdoutProfile: z.literal(PROFILE_VERSION),
  rows: count,
  columns: z.record(z.string(), columnProfileSchema),
});
export type Profile = z.infer<typeof profileSchema>;

/** Frozen bin edges for a numeric column, taken from the reference. */
export interface FrozenEdges {
  deciles: readonly number[];
  grid: readonly number[];
}

/**
 * How a column's histograms are binned: on a reference's frozen edges, on
 * edges computed from this column's own values at the end (a reference in
 * the making; holds the values, 8 bytes each), or not at all.
 */
export type Binning = { edges: FrozenEdges } | 'own' | 'none';

export class ColumnAccumulator {
  private readonly moments = new ExactMoments();
  /** Σx and Σx² of the integers below SMALL_INTEGER in size since the last flushSmall (exact: see addNumber). */
  private smallSum = 0;
  private smallSquares = 0;
  private smallCount = 0;
  count = 0;
  missing = 0;
  typeErrors = 0;
  constraintErrors = 0;
  private nonFinite = 0;
  private min = Infinity;
  private max = -Infinity;
  private distinctValues: number[] | null = [];
  private distinctCounts: number[] = [];
  private readonly edges?: FrozenEdges;
  private readonly deciles?: Float64Array;
  private readonly grid?: Float64Array;
  private readonly gridLow?: Float64Array;
  private readonly gridHigh?: Float64Array;
  /** The grid's edges padded with +∞ to 2^k − 1 entries, for a branch-free search. */
  private readonly gridSearch?: Float64Array;
  private readonly gridHalf: number = 0;
  /** Decile bin of each grid bin, when every decile edge is a grid edge (as for profiles holdout writes). */
  private readonly decileOfGridBin?: Int32Array;
  private values?: Float64Array;
  private valueCount = 0;
  private readonly categories: CategoryCounter;

  /** Counts values without keeping categories (identifiers). */
  readonly countOnly: boolean;

  /**
   * `counting.cap`: distinct categories counted before new ones go to
   * "other" (WORKING_CATEGORY_CAP); `counting.range`: the accumulator of one
   * byte range of a file, whose state (toState) merges in file order into
   * the whole's (mergeState), which counts 10 × cap and logs the rest;
   * `seeds` are categories to count from the start (an earlier range's).
   */
  constructor(readonly type: string, readonly kind: 'numeric' | 'categorical', readonly binning: Binning = 'none', private readonly keep: ReadonlySet<string> = new Set(), countOnly = false, counting: { cap?: number; range?: { seeds?: readonly string[] } } = {}) {
    this.countOnly = countOnly;
    const cap = counting.cap ?? WORKING_CATEGORY_CAP;
    this.categories = counting.range ? new CategoryCounter(RANGE_CAP_FACTOR * cap, true) : new CategoryCounter(cap);
    for (const seed of counting.range?.seeds ?? []) this.categories.seed(seed);
    if (kind !== 'numeric') return;
    if (binning === 'own') this.values = new Float64Array(1024);
    else if (binning !== 'none') {
      const { deciles, grid } = binning.edges;
      this.edges = binning.edges;
      this.deciles = new Float64Array(deciles.length + 1);
      this.grid = new Float64Array(grid.length + 1);
      this.gridLow = new Float64Array(grid.length + 1).fill(Infinity);
      this.gridHigh = new Float64Array(grid.length + 1).fill(-Infinity);
      let size = 1;
      while (size - 1 < grid.length) size *= 2;
      this.gridSearch = new Float64Array(size - 1).fill(Infinity);
      this.gridSearch.set(grid);
      this.gridHalf = size / 2;
      const onGrid = new Set(grid);
      if (deciles.every((e) => onGrid.has(e))) {
        // x in grid bin g ≥ 1 lies in [grid[g−1], grid[g]), which no decile edge splits.
        this.decileOfGridBin = Int32Array.from({ length: grid.length + 1 }, (_, g) => (g === 0 ? 0 : binOf(deciles, grid[g - 1]!)));
      }
    }
  }

  addNumber(x: number): void {
    this.count++;
    if (!Number.isFinite(x)) {
      this.nonFinite++;
      return;
    }
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    if (x < SMALL_INTEGER && x > -SMALL_INTEGER && Math.floor(x) === x) {
      // Small integers: Σx and Σx² in plain doubles are exact here (below 2⁵³), moved to the exact sums every so often.
      this.smallSum += x;
      this.smallSquares += x * x;
      if (++this.smallCount === SMALL_FLUSH) this.flushSmall();
    } else this.moments.add(x);
    const distinct = this.distinctValues;
    if (distinct !== null) {
      const at = distinct.indexOf(x);
      if (at >= 0) this.distinctCounts[at]!++;
      else if (distinct.length < DISTINCT_CAP) {
        distinct.push(x);
        this.distinctCounts.push(1);
      } else this.distinctValues = null;
    }
    if (this.gridSearch !== undefined) {
      // Branch-free binary search: the number of grid edges ≤ x.
      const search = this.gridSearch;
      let at = 0;
      for (let half = this.gridHalf; half >= 1; half >>= 1) at += +(x >= search[at + half - 1]!) * half;
      this.grid![at]!++;
      if (x < this.gridLow![at]!) this.gridLow![at] = x;
      if (x > this.gridHigh![at]!) this.gridHigh![at] = x;
      const decile = this.decileOfGridBin;
      this.deciles![decile !== undefined ? decile[at]! : binOf(this.edges!.deciles, x)]!++;
    } else if (this.values !== undefined) {
      if (this.valueCount === this.values.length) {
        const grown = new Float64Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
      this.values[this.valueCount++] = x;
    }
  }

  /** Adds the category text[start, end), making a string only for a value not seen before. */
  addCategoryRange(text: string, start: number, end: number): void {
    this.count++;
    this.categories.addRange(text, start, end);
  }

  addCategory(value: string): void {
    this.count++;
    this.categories.addRange(value, 0, value.length);
  }

  /** Everything counted so far, as structured-clonable data (for the thread that merges the ranges of a file). */
  private flushSmall(): void {
    this.moments.merge({ sum: [this.smallSum], squares: [this.smallSquares] });
    this.smallSum = 0;
    this.smallSquares = 0;
    this.smallCount = 0;
  }

  toState(): AccumulatorState {
    this.flushSmall();
    const state: AccumulatorState = {
      type: this.type, kind: this.kind, countOnly: this.countOnly,
      count: this.count, missing: this.missing, typeErrors: this.typeErrors, constraintErrors: this.constraintErrors, nonFinite: this.nonFinite,
      min: this.min, max: this.max, sum: canonicalExpansion(this.moments.sum), squares: canonicalExpansion(this.moments.squares),
      distinct: this.distinctValues === null ? null : { values: [...this.distinctValues], counts: [...this.distinctCounts] },
    };
    if (this.grid !== undefined) Object.assign(state, { deciles: this.deciles, grid: this.grid, gridLow: this.gridLow, gridHigh: this.gridHigh });
    if (this.values !== undefined) state.values = this.values.slice(0, this.valueCount);
    if (this.kind === 'categorical' && !this.countOnly) state.categories = this.categories.toState();
    return state;
  }

  /**
   * Adds the state of the next byte range of the data (in file order), which
   * gives exactly what reading that range on in this accumulator gives; or
   * returns false, changing nothing, when the range's category counts cannot
   * tell (it stopped counting new values, and one of the values kept here
   * may be among those: read the range again with this accumulator's
   * categories as seeds).
   */
  mergeState(s: AccumulatorState): boolean {
    if (s.type !== this.type || s.kind !== this.kind || s.countOnly !== this.countOnly) throw new Error(`column profiles of different kinds (${s.type} ${s.kind}, ${this.type} ${this.kind}) cannot merge`);
    if (s.categories !== undefined && !this.categories.mergeState(s.categories)) return false;
    this.count += s.count;
    this.missing += s.missing;
    this.typeErrors += s.typeErrors;
    this.constraintErrors += s.constraintErrors;
    this.nonFinite += s.nonFinite;
    // Strictly beyond: of equal extremes (0 and −0) the earlier stays, as in one pass.
    if (s.min < this.min) this.min = s.min;
    if (s.max > this.max) this.max = s.max;
    this.flushSmall();
    this.moments.merge(s);
    if (this.distinctValues !== null) {
      if (s.distinct === null) this.distinctValues = null;
      else {
        // In the range's first-seen order, with indexOf's equality (−0 counts as 0), as addNumber does.
        for (let i = 0; i < s.distinct.values.length && this.distinctValues !== null; i++) {
          const x = s.distinct.values[i]!;
          const at = this.distinctValues.indexOf(x);
          if (at >= 0) this.distinctCounts[at]! += s.distinct.counts[i]!;
          else if (this.distinctValues.length < DISTINCT_CAP) {
            this.distinctValues.push(x);
            this.distinctCounts.push(s.distinct.counts[i]!);
          } else this.distinctValues = null;
        }
      }
    }
    if (this.grid !== undefined) {
      if (s.grid === undefined || s.grid.length !== this.grid.length || s.deciles!.length !== this.deciles!.length) throw new Error('column profiles binned on different edges cannot merge');
      for (let i = 0; i < this.deciles!.length; i++) this.deciles![i]! += s.deciles![i]!;
      for (let i = 0; i < this.grid.length; i++) {
        this.grid[i]! += s.grid[i]!;
        if (s.gridLow![i]! < this.gridLow![i]!) this.gridLow![i] = s.gridLow![i]!;
        if (s.gridHigh![i]! > this.gridHigh![i]!) this.gridHigh![i] = s.gridHigh![i]!;
      }
    }
    if (this.values !== undefined && s.values !== undefined) {
      if (this.valueCount + s.values.length > this.values.length) {
        let size = this.values.length;
        while (size < this.valueCount + s.values.length) size *= 2;
        const grown = new Float64Array(size);
        grown.set(this.values.subarray(0, this.valueCount));
        this.values = grown;
      }
      this.values.set(s.values, this.valueCount);
      this.valueCount += s.values.length;
    }
    return true;
  }

  /** The categories counted so far, in the order first seen (seeds for reading a later range again). */
  categorySeeds(): string[] {
    return this.categories.keyList();
  }

  toProfile(): ColumnProfile {
    this.flushSmall();
    const profile: ColumnProfile = {
      type: this.type,
      kind: this.kind,
      count: this.count,
      missing: this.missing,
      typeErrors: this.typeErrors,
      constraintErrors: this.constraintErrors,
      nonFinite: this.nonFinite,
      min: Number.isFinite(this.min) ? this.min : null,
      max: Number.isFinite(this.max) ? this.max : null,
      sum: canonicalExpansion(this.moments.sum),
      squares: canonicalExpansion(this.moments.squares),
    };
    Object.assign(profile, readableMoments(profile));
    if (this.kind === 'numeric') {
      profile.distinct = this.distinctValues === null ? null : sortDistinct(this.distinctValues, this.distinctCounts);
      if (this.edges !== undefined) {
        profile.deciles = { edges: [...this.edges.deciles], counts: Array.from(this.deciles!) };
        profile.grid = { edges: [...this.edges.grid], counts: Array.from(this.grid!), low: finiteOrNull(this.gridLow!), high: finiteOrNull(this.gridHigh!) };
      } else if (this.values !== undefined) {
        const sorted = this.values.subarray(0, this.valueCount).sort();
        profile.deciles = histogramOfSorted(sorted, quantileEdges(sorted, DECILES));
        profile.grid = histogramOfSorted(sorted, gridEdges(sorted), true);
      }
    } else if (!this.countOnly) {
      profile.categories = topCategories(this.categories.entries(), this.categories.other, DEFAULT_CATEGORY_CAP, this.keep);
    }
    return profile;
  }
}

/**
 * Counts distinct strings given as ranges of a larger text (the chunk of a
 * CSV): an open-addressing table keyed by an FNV-1a hash of the range, the
 * match confirmed in place, so a value already seen costs no allocation.
 * Beyond `cap` distinct values, new ones are counted as `other` — and, with
 * `logOther` (a byte range's counter), their hashes are kept (up to
 * RANGE_OTHER_LOG_CAP) so that a merge can prove a value absent from them.
 */
class CategoryCounter {
  private keys: string[] = [];
  /** Each key's characters, back to back in one array (compared there, not through the key's string). */
  private chars = new Uint16Array(1024);
  private charCount = 0;
  private keyStart = new Int32Array(64);
  private keyLength = new Int32Array(64);
  private counts = new Float64Array(64);
  /** Open addressing, two words a slot: the key's hash and its index + 1 (0: empty). One cache line per probe. */
  private slots = new Int32Array(256);
  other = 0;
  /** 53-bit hashes (hashRange) of the values counted as other; null once more than the log holds. */
  private otherLog: Float64Array | null = null;
  private otherLogged = 0;

  constructor(private readonly cap: number, logOther = false) {
    if (logOther) this.otherLog = new Float64Array(1024);
  }

  addRange(text: string, start: number, end: number): void {
    const h = fnv1a(text, start, end) | 0;
    const k = this.find(text, start, end, h);
    if (k >= 0) {
      this.counts[k]!++;
      return;
    }
    if (this.keys.length >= this.cap) {
      this.other++;
      if (this.otherLog !== null) this.logOther(text, start, end);
      return;
    }
    this.insert(text, start, end, h, 1);
  }

  /** The key's index, or −1. */
  private find(text: string, start: number, end: number, h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const k = slots[2 * at + 1]! - 1;
      if (k < 0) return -1;
      if (slots[2 * at] === h && this.keyLength[k] === length) {
        const chars = this.chars;
        const from = this.keyStart[k]! - start;
        let i = start;
        while (i < end && chars[from + i] === text.charCodeAt(i)) i++;
        if (i === end) return k;
      }
    }
  }

  private logOther(text: string, start: number, end: number): void {
    if (this.otherLogged === RANGE_OTHER_LOG_CAP) {
      this.otherLog = null;
      return;
    }
    if (this.otherLogged === this.otherLog!.length) {
      const grown = new Float64Array(this.otherLogged * 2);
      grown.set(this.otherLog!);
      this.otherLog = grown;
    }
    this.otherLog![this.otherLogged++] = hash53(text, start, end);
  }

  /** Counts `key` from now on (a value an earlier range kept), from zero. */
  seed(key: string): void {
    const h = fnv1a(key) | 0;
    if (this.find(key, 0, key.length, h) < 0) this.insert(key, 0, key.length, h, 0);
  }

  private insert(text: string, start: number, end: number, h: number, count: number): void {
    const k = this.keys.length;
    if (k === this.counts.length) {
      this.counts = grow(this.counts, k * 2);
      this.keyStart = grow(this.keyStart, k * 2);
      this.keyLength = grow(this.keyLength, k * 2);
    }
    const length = end - start;
    if (this.charCount + length > this.chars.length) this.chars = grow(this.chars, Math.max(this.chars.length * 2, this.charCount + length));
    for (let i = 0; i < length; i++) this.chars[this.charCount + i] = text.charCodeAt(start + i);
    this.keys.push(ownCopy(text, start, end));
    this.keyStart[k] = this.charCount;
    this.keyLength[k] = length;
    this.charCount += length;
    this.counts[k] = count;
    if (this.keys.length * 2 > this.slots.length >> 1) this.rehash();
    else this.place(k, h);
  }

  private place(k: number, h: number): void {
    const mask = (this.slots.length >> 1) - 1;
    let at = h & mask;
    while (this.slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    this.slots[2 * at] = h;
    this.slots[2 * at + 1] = k + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.keys.length; k++) this.place(k, fnv1a(this.keys[k]!) | 0);
  }

  entries(): Map<string, number> {
    return new Map(this.keys.map((key, k) => [key, this.counts[k]!]));
  }

  keyList(): string[] {
    return [...this.keys];
  }

  toState(): CategoryState {
    return {
      keys: [...this.keys],
      counts: this.counts.slice(0, this.keys.length),
      other: this.other,
      otherLog: this.otherLog === null ? null : this.otherLog.slice(0, this.otherLogged),
    };
  }

  /**
   * Adds the counts of the next range (see ColumnAccumulator.mergeState): a
   * value kept here is counted by the range unless the range stopped
   * counting new values before meeting it — safe when the range never
   * stopped (other is 0), when it counted the value, or when the value's
   * hash is not among those of its uncounted values. Then the range's values
   * join in the order it first saw them, as long as this counter has room
   * (beyond, they are other), which is what one pass does.
   */
  mergeState(s: CategoryState): boolean {
    if (s.other > 0) {
      const counted = new Set(s.keys);
      let uncounted: Set<number> | undefined;
      for (const key of this.keys) {
        if (counted.has(key)) continue;
        if (s.otherLog === null) return false;
        uncounted ??= new Set(s.otherLog);
        if (uncounted.has(hash53(key, 0, key.length))) return false;
      }
    }
    for (let i = 0; i < s.keys.length; i++) {
      const key = s.keys[i]!;
      const count = s.counts[i]!;
      const h = fnv1a(key) | 0;
      const k = this.find(key, 0, key.length, h);
      if (k >= 0) this.counts[k]! += count;
      // A seed the range never met was never seen: one pass would not keep it.
      else if (count === 0) continue;
      else if (this.keys.length < this.cap) this.insert(key, 0, key.length, h, count);
      else this.other += count;
    }
    this.other += s.other;
    return true;
  }
}

function grow<T extends Float64Array | Int32Array | Uint16Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (n: number) => T)(size);
  grown.set(array);
  return grown;
}

/**
 * text[start, end) as a string of its own. A slice of 13 characters or more
 * is a view that keeps the whole text alive (V8's sliced strings): a key made
 * so would hold its batch's text, ~1 MB, for the life of the profile. The
 * concatenation is flattened by the second slice into a fresh string of
 * the key's length + 1, which that slice then views instead.
 */
function ownCopy(text: string, start: number, end: number): string {
  return end - start < 13 ? text.slice(start, end) : (' ' + text.slice(start, end)).slice(1);
}

/** A 53-bit hash of text[start, end) (hashRange's two words). */
function hash53(text: string, start: number, end: number): number {
  hashRange(text, start, end);
  return HASH[0]! * 2 ** 21 + (HASH[1]! >>> 11);
}

/** A category counter's state: its values in first-seen order, their counts, the rest, and the rest's hashes (null: not all logged). */
export interface CategoryState {
  keys: string[];
  counts: Float64Array;
  other: number;
  otherLog: Float64Array | null;
}

/** A column accumulator's state (ColumnAccumulator.toState): min and max ±∞ while empty. */
export interface AccumulatorState {
  type: string;
  kind: 'numeric' | 'categorical';
  countOnly: boolean;
  count: number;
  missing: number;
  typeErrors: number;
  constraintErrors: number;
  nonFinite: number;
  min: number;
  max: number;
  sum: number[];
  squares: number[];
  distinct: { values: number[]; counts: number[] } | null;
  deciles?: Float64Array;
  grid?: Float64Array;
  gridLow?: Float64Array;
  gridHigh?: Float64Array;
  values?: Float64Array;
  categories?: CategoryState;
}

/** A dataset profiler's state: rows and each column's accumulator, in the order the columns were met. */
export interface ProfilerState {
  rows: number;
  columns: Array<[string, AccumulatorState]>;
}

function sortDistinct(values: readonly number[], counts: readonly number[]): { values: number[]; counts: number[] } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  return { values: order.map((i) => values[i]!), counts: order.map((i) => counts[i]!) };
}

/** The top `cap` values by count (ties by value), plus every value in `keep`; the rest go to "other". */
function topCategories(counts: ReadonlyMap<string, number>, other: number, cap: number, keep: ReadonlySet<string>): NonNullable<ColumnProfile['categories']> {
  const entries = [...counts];
  if (entries.length > cap) {
    entries.sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
    const kept = entries.filter((e, i) => i < cap || keep.has(e[0]));
    for (let i = 0; i < entries.length; i++) if (i >= cap && !keep.has(entries[i]![0])) other += entries[i]![1];
    entries.length = 0;
    entries.push(...kept);
  }
  entries.sort((a, b) => compareText(a[0], b[0]));
  return { counts: Object.fromEntries(entries), other, cap };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** numpy's default (linear) quantiles of sorted values, as strictly ascending edges. */
export function quantileEdges(sorted: ArrayLike<number>, probabilities: readonly number[]): number[] {
  const n = sorted.length;
  const edges: number[] = [];
  if (n === 0) return edges;
  for (const q of probabilities) {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    const value = sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
    if (edges.length === 0 || value > edges[edges.length - 1]!) edges.push(value);
  }
  return edges;
}

/** The reference's grid edges: its quantiles at GRID, and GRID_EXTENSION steps beyond its min and max. */
export function gridEdges(sorted: ArrayLike<number>): number[] {
  const quantiles = quantileEdges(sorted, GRID);
  if (sorted.length === 0) return quantiles;
  const min = sorted[0]!, max = sorted[sorted.length - 1]!;
  const range = max - min;
  if (!(range > 0) || !Number.isFinite(range)) return quantiles;
  const below = GRID_EXTENSION.map((k) => min - k * range).reverse();
  const above = GRID_EXTENSION.map((k) => max + k * range);
  // Strictly ascending whatever the rounding: an edge that does not move past its neighbour is dropped.
  const edges: number[] = [];
  for (const e of [...below, ...quantiles, ...above]) if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]!)) edges.push(e);
  return edges;
}

function histogramOfSorted(sorted: ArrayLike<number>, edges: number[], withSupport = false): Histogram {
  const counts = new Array<number>(edges.length + 1).fill(0);
  const low = new Array<number | null>(edges.length + 1).fill(null);
  const high = new Array<number | null>(edges.length + 1).fill(null);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    const x = sorted[i]!;
    while (bin < edges.length && x >= edges[bin]!) bin++;
    // bin ≤ edges.length: always one of the edges.length + 1 bins.
    const before = counts[bin]!;
    if (before === 0) low[bin] = x;
    counts[bin] = before + 1;
    high[bin] = x;
  }
  return withSupport ? { edges, counts, low, high } : { edges, counts };
}

function finiteOrNull(values: Float64Array): Array<number | null> {
  return Array.from(values, (v) => (Number.isFinite(v) ? v : null));
}

/** Index of the bin of x: 0 for x < e₀, i for eᵢ₋₁ ≤ x < eᵢ, k + 1 for x ≥ e_k. */
export function binOf(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x >= edges[mid]!) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The edges a current column is binned on, from its reference's profile. */
export function frozenEdgesOf(reference: ColumnProfile | undefined): FrozenEdges | undefined {
  if (reference?.kind !== 'numeric' || !reference.deciles || !reference.grid) return undefined;
  return { deciles: reference.deciles.edges, grid: reference.grid.edges };
}

/** Mean and population variance of a profiled column, from its exact sums. */
export function columnMoments(p: ColumnProfile): { mean: number; variance: number } {
  const m = new ExactMoments();
  m.merge({ sum: p.sum, squares: p.squares });
  return m.summary(p.count - p.nonFinite);
}

function readableMoments(p: ColumnProfile): { mean: number | null; variance: number | null } {
  const { mean, variance } = columnMoments(p);
  return { mean: Number.isFinite(mean) ? mean : null, variance: Number.isFinite(variance) ? variance : null };
}

/**
 * Merges shard profiles. Counts, bounds, exact sums, distinct tables and
 * histograms on the same frozen edges add up exactly, in any order and
 * grouping. Category counts are exact too while the union stays under the
 * cap; beyond it the top-K cut (keeping `keep`, the reference's values)
 * depends on what each shard had cut, which is why a capped column says so.
 */
export function mergeProfiles(profiles: readonly Profile[], keep: (column: string) => ReadonlySet<string> = () => new Set()): Profile {
  if (profiles.length === 0) throw new ConfigurationError('there are no profiles to merge');
  const columns: Record<string, ColumnProfile> = {};
  let rows = 0;
  for (const profile of profiles) {
    rows += profile.rows;
    for (const [name, p] of Object.entries(profile.columns)) {
      const into = columns[name];
      columns[name] = into ? mergeColumn(into, p, name, keep(name)) : structuredClone(p);
    }
  }
  return { holdoutProfile: PROFILE_VERSION, rows, columns };
}

function mergeColumn(a: ColumnProfile, b: ColumnProfile, name: string, keep: ReadonlySet<string>): ColumnProfile {
  if (a.kind !== b.kind || a.type !== b.type) throw new ConfigurationError(`column "${name}" is ${a.type} in one profile and ${b.type} in another`);
  const moments = new ExactMoments();
  moments.merge({ sum: a.sum, squares: a.squares });
  moments.merge({ sum: b.sum, squares: b.squares });
  const out: ColumnProfile = {
    type: a.type,
    kind: a.kind,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    typeErrors: a.typeErrors + b.typeErrors,
    constraintErrors: a.constraintErrors + b.constraintErrors,
    nonFinite: a.nonFinite + b.nonFinite,
    min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
    max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
    sum: canonicalExpansion(moments.sum),
    squares: canonicalExpansion(moments.squares),
  };
  Object.assign(out, readableMoments(out));
  if (a.kind === 'numeric') out.distinct = mergeDistinct(a.distinct ?? null, b.distinct ?? null);
  for (const key of ['deciles', 'grid'] as const) {
    const ha = a[key];
    const hb = b[key];
    if (ha && hb) {
      if (ha.edges.length !== hb.edges.length || ha.edges.some((e, i) => e !== hb.edges[i])) {
        throw new ConfigurationError(`column "${name}": the profiles were binned on different reference edges (profile each shard against the same reference)`);
      }
      out[key] = { edges: ha.edges, counts: ha.counts.map((c, i) => c + hb.counts[i]!) };
      if (ha.low && ha.high && hb.low && hb.high) {
        out[key].low = ha.low.map((v, i) => nullableExtreme(Math.min, v, hb.low![i]!));
        out[key].high = ha.high.map((v, i) => nullableExtreme(Math.max, v, hb.high![i]!));
      }
    } else if (ha || hb) throw new ConfigurationError(`column "${name}": one profile has a ${key} histogram and another has none (profile each shard against the same reference)`);
  }
  if (a.categories && b.categories) {
    const counts = new Map(Object.entries(a.categories.counts));
    for (const [k, v] of Object.entries(b.categories.counts)) counts.set(k, (counts.get(k) ?? 0) + v);
    out.categories = topCategories(counts, a.categories.other + b.categories.other, Math.min(a.categories.cap, b.categories.cap), keep);
  }
  return out;
}

function nullableExtreme(pick: (a: number, b: number) => number, a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : pick(a, b);
}

function mergeDistinct(a: ColumnProfile['distinct'], b: ColumnProfile['distinct']): ColumnProfile['distinct'] {
  if (!a || !b) return null;
  const counts = new Map<number, number>();
  for (const t of [a, b]) t.values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + t.counts[i]!));
  if (counts.size > DISTINCT_CAP) return null;
  return sortDistinct([...counts.keys()], [...counts.values()]);
}

/** Reads a profile document, with the file named in any complaint. */
export function parseProfile(text: string, file: string): Profile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`not valid JSON: ${(error as Error).message}`, { file });
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigurationError(`not a holdout profile: ${issue.message}`, { file, key: issue.path.join('.') || undefined });
  }
  return parsed.data;
}

/** Whether a file's text looks like a profile (rather than a dataset), by its first key. */
export function looksLikeProfile(head: string): boolean {
  return /^\s*\{\s*"holdoutProfile"\s*:/.test(head);
}

/**
 * One accumulator per column for a whole dataset (all its files), so a
 * profile binned on its own edges sees every value before the edges are cut.
 *
 * A file read in byte ranges (validate/parallel.ts) is profiled by one
 * profiler per range (forRange, on the binning of rangeSpec), whose states
 * merge in file order (mergeRange) to exactly this profiler's state after
 * reading the ranges itself.
 */
export class DatasetProfiler {
  private readonly columns = new Map<string, ColumnAccumulator>();
  rows = 0;

  /** `settings.categoryCap`: distinct categories a column counts before the rest are "other" (WORKING_CATEGORY_CAP). */
  constructor(
    private readonly binning: (column: string) => Binning,
    private readonly keep: (column: string) => ReadonlySet<string> = () => new Set(),
    private readonly settings: { categoryCap?: number; range?: RangeProfileSpec } = {},
  ) {}

  /** A byte range's profiler, as `spec` says (the whole's rangeSpec). */
  static forRange(spec: RangeProfileSpec): DatasetProfiler {
    return new DatasetProfiler((column) => spec.binning[column] ?? 'none', () => new Set(), { categoryCap: spec.categoryCap, range: spec });
  }

  /** How a range of data with these columns is profiled here: the columns' binning and the category cap, structured-clonable. */
  rangeSpec(columns: readonly string[]): RangeProfileSpec {
    const binning: Record<string, Binning> = {};
    for (const column of columns) binning[column] = this.columns.get(column)?.binning ?? this.binning(column);
    return { binning, ...(this.settings.categoryCap !== undefined ? { categoryCap: this.settings.categoryCap } : {}) };
  }

  /** The accumulator's name; an `identifier` is a categorical column profiled without its categories. */
  accumulator(column: string, type: string, kind: 'numeric' | 'categorical' | 'identifier'): ColumnAccumulator {
    let acc = this.columns.get(column);
    if (acc === undefined) {
      const range = this.settings.range;
      const counting = { cap: this.settings.categoryCap, ...(range ? { range: { seeds: range.seeds?.[column] } } : {}) };
      acc = kind === 'numeric'
        ? new ColumnAccumulator(type, kind, this.binning(column), new Set(), false, counting)
        : new ColumnAccumulator(type, 'categorical', 'none', this.keep(column), kind === 'identifier', counting);
      this.columns.set(column, acc);
    } else if (acc.type !== type) throw new ConfigurationError(`column "${column}" is ${acc.type} in one file and ${type} in another`);
    return acc;
  }

  toState(): ProfilerState {
    return { rows: this.rows, columns: [...this.columns].map(([name, acc]) => [name, acc.toState()]) };
  }

  /**
   * Merges the state of the next byte range (in file order): `only` limits it
   * to some columns (a range read again for them; its rows are counted
   * already). Returns the columns that could not merge (ColumnAccumulator.
   * mergeState), unchanged: read the range again with seeds (categorySeeds)
   * and merge those columns of it.
   */
  mergeRange(state: ProfilerState, only?: ReadonlySet<string>): string[] {
    if (only === undefined) this.rows += state.rows;
    const refused: string[] = [];
    for (const [name, s] of state.columns) {
      if (only !== undefined && !only.has(name)) continue;
      const acc = this.accumulator(name, s.type, s.kind === 'numeric' ? 'numeric' : s.countOnly ? 'identifier' : 'categorical');
      if (!acc.mergeState(s)) refused.push(name);
    }
    return refused;
  }

  /** Each column's categories so far, for a range read again (RangeProfileSpec.seeds). */
  categorySeeds(columns: Iterable<string>): Record<string, string[]> {
    const seeds: Record<string, string[]> = {};
    for (const column of columns) seeds[column] = this.columns.get(column)?.categorySeeds() ?? [];
    return seeds;
  }

  toProfile(): Profile {
    const columns: Profile['columns'] = {};
    for (const [name, acc] of this.columns) columns[name] = acc.toProfile();
    return { holdoutProfile: PROFILE_VERSION, rows: this.rows, columns };
  }
}

/** How a byte range is profiled: each column's binning (columns not named are not binned), and categories to count from the start. */
export interface RangeProfileSpec {
  binning: Record<string, Binning>;
  categoryCap?: number;
  seeds?: Record<string, string[]>;
}
