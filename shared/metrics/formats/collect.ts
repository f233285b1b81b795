// What every metrics reader fills: the numbers it keeps, the spread (standard
// deviation or interval) a file gives for them, and what it skipped and why.
// A reader keeps what is a finite number (or a string spelling one) and
// skips anything else with a note naming the key — a tracker's summary holds
// checkpoint names, timestamps, histograms and NaN beside the metrics, and
// none of them should make the whole file unreadable.

/** How uncertain a value is, as the file states it. */
export interface MetricSpread {
  /** Standard deviation (or standard error) of the value. */
  std?: number;
  /** Interval around the value. */
  lower?: number;
  upper?: number;
}

const NUMBER_TEXT = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*$/i;
const NON_FINITE_TEXT = /^\s*[+-]?(?:nan|inf|infinity)\s*$/i;

/** Why values were skipped, as one key and as several; each reason becomes one line of the note. */
export type SkipReason = readonly [one: string, many: string];

export const SKIP = {
  text: ['not a number', 'not numbers'],
  nonFinite: ['not a finite number', 'not finite numbers'],
  underscore: ['underscore-prefixed key (the tracker’s own bookkeeping)', 'underscore-prefixed keys (the tracker’s own bookkeeping)'],
  list: ['list (curve, per-threshold or per-class values)', 'lists (curves, per-threshold or per-class values)'],
  boolean: ['true/false value', 'true/false values'],
  empty: ['empty value', 'empty values'],
  media: ['W&B media object (histogram, table, image)', 'W&B media objects (histograms, tables, images)'],
  matrix: ['confusion matrix or curve (not one number)', 'confusion matrices and curves (not single numbers)'],
  notOneNumber: ['value that is not one number (confusion matrix, array, bytes)', 'values that are not one number (confusion matrices, arrays, bytes)'],
  diff: ['difference against the baseline model (isDiff)', 'differences against the baseline model (isDiff)'],
} as const satisfies Record<string, SkipReason>;

export class MetricsCollector {
  readonly metrics = new Map<string, number>();
  readonly spread = new Map<string, MetricSpread>();
  /** Each skipped key and why, for "auc is not in the file" messages. */
  readonly skipped = new Map<string, string>();
  private readonly groups = new Map<SkipReason, string[]>();
  private readonly extra: string[] = [];

  constructor(
    /** The file as the user wrote it. */
    readonly file: string,
    /** The 1-based line of a dotted key path, when the parser knows it. */
    readonly lineOf: (path: readonly string[]) => number | undefined = () => undefined,
  ) {}

  /** Keeps `raw` under `name` when it is a finite number (or spells one); otherwise records why not. */
  value(name: string, raw: unknown, spread?: MetricSpread, path?: readonly string[]): boolean {
    const number = metricNumber(raw);
    if (number === undefined) {
      this.skip(name, skipReason(raw), describe(raw), path);
      return false;
    }
    this.metrics.set(name, number);
    this.skipped.delete(name);
    const s = cleanSpread(spread);
    if (s) this.spread.set(name, s);
    return true;
  }

  /** Records a skipped key under `reason` (one of SKIP or a reader's own); `shown` is the value as the note shows it. */
  skip(key: string, reason: SkipReason, shown?: string, path?: readonly string[]): void {
    let keys = this.groups.get(reason);
    if (!keys) this.groups.set(reason, (keys = []));
    const line = path ? this.lineOf(path) : undefined;
    const where = [shown, line !== undefined ? `line ${line}` : undefined].filter(Boolean).join(', ');
    keys.push(where ? `${key} (${where})` : key);
    if (!this.metrics.has(key)) this.skipped.set(key, shown === undefined ? reason[0] : `${shown}, ${reason[0]}`);
  }

  /** A note that is not about one key (which evaluation was read, what was left out). */
  note(text: string): void {
    this.extra.push(text);
  }

  /** One line per reason: `skipped 2 not numbers: best_model ("ckpt-10"), …`. */
  notes(): string[] {
    const lines = [...this.extra];
    for (const [reason, keys] of this.groups) {
      const few = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} in all)` : '');
      lines.push(`skipped ${keys.length} ${keys.length === 1 ? reason[0] : reason[1]}: ${few}`);
    }
    return lines;
  }
}

/** A finite number, or a string spelling one; undefined for anything else. */
export function metricNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string' && NUMBER_TEXT.test(raw)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function skipReason(raw: unknown): SkipReason {
  if (typeof raw === 'number' || (typeof raw === 'string' && (NON_FINITE_TEXT.test(raw) || NUMBER_TEXT.test(raw)))) return SKIP.nonFinite;
  if (typeof raw === 'boolean') return SKIP.boolean;
  if (raw === null || raw === undefined || raw === '') return SKIP.empty;
  if (Array.isArray(raw)) return SKIP.list;
  return SKIP.text;
}

function describe(raw: unknown): string {
  if (typeof raw === 'number') return String(raw);
  if (typeof raw === 'string') return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}…` : raw);
  if (Array.isArray(raw)) return `${raw.length} item${raw.length === 1 ? '' : 's'}`;
  if (raw === null || raw === undefined) return 'null';
  return typeof raw === 'object' ? 'an object' : String(raw);
}

function cleanSpread(spread: MetricSpread | undefined): MetricSpread | undefined {
  if (!spread) return undefined;
  const out: MetricSpread = {};
  for (const key of ['std', 'lower', 'upper'] as const) {
    const v = spread[key];
    if (v !== undefined && Number.isFinite(v)) out[key] = v;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export { isPlainObject };

/**
 * Flattens nested objects into dotted names (DVC, hand-written files, W&B
 * summaries): numbers are kept; underscore-prefixed keys, strings,
 * non-finite values, lists and W&B media objects (`{"_type": "histogram", …}`)
 * are skipped with a note.
 */
export function walkNumbers(out: MetricsCollector, node: Record<string, unknown>, prefix: readonly string[] = []): void {
  for (const [key, child] of Object.entries(node)) {
    const path = [...prefix, key];
    const name = path.join('.');
    if (key.startsWith('_')) out.skip(name, SKIP.underscore);
    else if (isPlainObject(child)) {
      if (typeof child._type === 'string') out.skip(name, SKIP.media, child._type, path);
      else walkNumbers(out, child, path);
    } else if (Array.isArray(child)) out.skip(name, SKIP.list, describe(child), path);
    else out.value(name, child, undefined, path);
  }
}
