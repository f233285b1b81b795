// Mergeable column profiles (issue 3, in progress): counts, missing and
// error counts, bounds, exact moments (so shard profiles merge to the
// bit-identical whole), histograms on bin edges frozen from a reference
// (open tails), and capped category counts. Plain, versioned JSON with one
// zod schema.

import { z } from 'zod';
import { canonicalExpansion, ExactMoments } from '../stats/exact-sum.js';

export const PROFILE_VERSION = 1;
/** Categories kept per column; the rest are counted as "other". */
export const DEFAULT_CATEGORY_CAP = 1000;

const histogramSchema = z.object({
  /** Ascending edges e₀ < … < e_k; counts has k + 2 bins: (−∞, e₀), [e₀, e₁), …, [e_k, +∞). */
  edges: z.array(z.number()),
  counts: z.array(z.number().int().nonnegative()),
});

export const columnProfileSchema = z.object({
  kind: z.enum(['numeric', 'categorical']),
  count: z.number().int().nonnegative(),
  missing: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  /** Exact Σx and Σx² as non-overlapping expansions (see shared/stats/exact-sum.ts). */
  sum: z.array(z.number()),
  squares: z.array(z.number()),
  deciles: histogramSchema.optional(),
  grid: histogramSchema.optional(),
  categories: z.object({ counts: z.record(z.string(), z.number().int().nonnegative()), other: z.number().int().nonnegative(), cap: z.number().int().positive() }).optional(),
});
export type ColumnProfile = z.infer<typeof columnProfileSchema>;

export const profileSchema = z.object({
  holdoutProfile: z.literal(PROFILE_VERSION),
  rows: z.number().int().nonnegative(),
  columns: z.record(z.string(), columnProfileSchema),
});
export type Profile = z.infer<typeof profileSchema>;

/** Frozen bin edges for a numeric column, taken from the reference. */
export interface FrozenEdges {
  deciles: number[];
  grid: number[];
}

export class ColumnAccumulator {
  private readonly moments = new ExactMoments();
  private count = 0;
  private missing = 0;
  private invalid = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly deciles?: number[];
  private readonly grid?: number[];
  private readonly categories = new Map<string, number>();
  private other = 0;

  constructor(readonly kind: 'numeric' | 'categorical', edges?: FrozenEdges, private readonly cap = DEFAULT_CATEGORY_CAP) {
    if (edges) {
      this.deciles = new Array(edges.deciles.length + 1).fill(0);
      this.grid = new Array(edges.grid.length + 1).fill(0);
      this.edges = edges;
    }
  }

  private readonly edges?: FrozenEdges;

  addMissing(): void {
    this.missing++;
  }

  addInvalid(): void {
    this.invalid++;
  }

  addNumber(x: number): void {
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
    this.moments.add(x);
    if (this.edges) {
      this.deciles![binOf(this.edges.deciles, x)]!++;
      this.grid![binOf(this.edges.grid, x)]!++;
    }
  }

  addCategory(value: string): void {
    this.count++;
    const seen = this.categories.get(value);
    if (seen !== undefined) this.categories.set(value, seen + 1);
    else if (this.categories.size < this.cap) this.categories.set(value, 1);
    else this.other++;
  }

  toProfile(): ColumnProfile {
    const profile: ColumnProfile = {
      kind: this.kind,
      count: this.count,
      missing: this.missing,
      invalid: this.invalid,
      min: Number.isFinite(this.min) ? this.min : null,
      max: Number.isFinite(this.max) ? this.max : null,
      sum: canonicalExpansion(this.moments.sum),
      squares: canonicalExpansion(this.moments.squares),
    };
    if (this.edges) {
      profile.deciles = { edges: this.edges.deciles, counts: [...this.deciles!] };
      profile.grid = { edges: this.edges.grid, counts: [...this.grid!] };
    }
    if (this.kind === 'categorical') profile.categories = { counts: Object.fromEntries([...this.categories].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))), other: this.other, cap: this.cap };
    return profile;
  }
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

/** Mean and population variance of a profiled column, from its exact sums. */
export function columnMoments(p: ColumnProfile): { mean: number; variance: number } {
  const m = new ExactMoments();
  m.merge({ sum: p.sum, squares: p.squares });
  return m.summary(p.count);
}

/**
 * Merges shard profiles. Counts, bounds, exact sums and histograms on the
 * same frozen edges add up exactly; category counts too while under the cap
 * (the "other" bucket then depends on which shard saw a value first, which
 * is why capped columns are reported as such).
 */
export function mergeProfiles(profiles: readonly Profile[]): Profile {
  if (profiles.length === 0) throw new Error('nothing to merge');
  const columns: Record<string, ColumnProfile> = {};
  let rows = 0;
  for (const profile of profiles) {
    rows += profile.rows;
    for (const [name, p] of Object.entries(profile.columns)) {
      const into = columns[name];
      columns[name] = into ? mergeColumn(into, p, name) : structuredClone(p);
    }
  }
  return { holdoutProfile: PROFILE_VERSION, rows, columns };
}

function mergeColumn(a: ColumnProfile, b: ColumnProfile, name: string): ColumnProfile {
  if (a.kind !== b.kind) throw new Error(`column ${name} is ${a.kind} in one profile and ${b.kind} in another`);
  const moments = new ExactMoments();
  moments.merge({ sum: a.sum, squares: a.squares });
  moments.merge({ sum: b.sum, squares: b.squares });
  const out: ColumnProfile = {
    kind: a.kind,
    count: a.count + b.count,
    missing: a.missing + b.missing,
    invalid: a.invalid + b.invalid,
    min: a.min === null ? b.min : b.min === null ? a.min : Math.min(a.min, b.min),
    max: a.max === null ? b.max : b.max === null ? a.max : Math.max(a.max, b.max),
    sum: canonicalExpansion(moments.sum),
    squares: canonicalExpansion(moments.squares),
  };
  for (const key of ['deciles', 'grid'] as const) {
    const ha = a[key];
    const hb = b[key];
    if (ha && hb) {
      if (ha.edges.length !== hb.edges.length || ha.edges.some((e, i) => e !== hb.edges[i])) throw new Error(`column ${name}: profiles were binned on different reference edges`);
      out[key] = { edges: ha.edges, counts: ha.counts.map((c, i) => c + hb.counts[i]!) };
    }
  }
  if (a.categories && b.categories) {
    const counts: Record<string, number> = { ...a.categories.counts };
    let other = a.categories.other + b.categories.other;
    const cap = Math.min(a.categories.cap, b.categories.cap);
    for (const [k, v] of Object.entries(b.categories.counts)) {
      if (k in counts) counts[k]! += v;
      else if (Object.keys(counts).length < cap) counts[k] = v;
      else other += v;
    }
    out.categories = { counts: Object.fromEntries(Object.entries(counts).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))), other, cap };
  }
  return out;
}
