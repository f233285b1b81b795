// One CSV/TSV file validated in byte ranges, one per worker thread, with the
// verdict of a single pass. The ranges start at record boundaries: guessed
// from the bytes at each split point (data/split.ts guessBoundary, nothing
// read before the ranges start) and proved by the range before ending
// outside a quoted field, else found by the exact quote-aware scan from the
// file's start. Each range is tallied on its own (the first in the calling
// thread, the others in worker threads) with rows and lines counted from 1,
// then:
// - rows and lines are offset by the records and physical lines of the
//   ranges before it (errors, locations and the messages that name them);
// - unique and key checks: a value first seen in range k may repeat one of
//   an earlier range. The ranges' hash sets are compared; a range whose set
//   meets the union of the earlier ones is tallied again starting from that
//   union — exactly the state a single pass has there — so its duplicates
//   are found at their own rows. Without such a meeting (distinct keys, the
//   common case) nothing is read twice;
// - the tallies merge as row shards do (mergeTallies), and the file's sha256
//   is computed in this thread while the workers read.
//
// - profiles: each range is profiled on the whole's binning (a reference's
//   frozen edges, or all values kept for edges of its own) and the ranges'
//   states merge in file order to the single pass's (DatasetProfiler.
//   mergeRange); a range that cannot tell the count of a category kept by
//   the earlier ranges is read again counting those from the start.
//
// Not split: compressed files, foreign keys (a pass of their own), row
// shards, dialects the boundary scan does not model, and files under
// MIN_RANGE_BYTES a range.
//
// A .gz file cannot be split by bytes (a gzip stream has no entry points).
// Its inflation runs in libuv's thread pool; with a core to spare, decoding
// and parsing run on a spare worker and the checks in the task's thread
// (data/remote.ts, steps/tasks/validate-data.ts tablesBeside).

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../errors.js';
import { openCsvStream, type CsvDialect, type CsvReport } from '../data/csv.js';
import { guessBoundary, headerEnd, OpenAtRangeEnd, openCsvRange, recordBoundaries, splitDialect } from '../data/split.js';
import { decodeUtf8, detectFormat, openByteStream, type FileDigest } from '../data/source.js';
import type { UserFile } from '../io/user-file.js';
import type { DataError, TableTally } from '../results/schema.js';
import { loadTableSchema, type CompiledSchema } from '../schema/load.js';
import { DatasetProfiler, type ProfilerState, type RangeProfileSpec } from '../profile/profile.js';
import { KeyHashSet, keyStatesMeet, mergeKeyStates, type KeyState } from './keys.js';
import { mergeTallies, tallyTable, type ValidateOptions } from './table.js';
import { MIN_RANGE_BYTES } from './range-size.js';

export { MIN_RANGE_BYTES } from './range-size.js';

export interface RangeInput {
  file: UserFile;
  schema: UserFile;
  start: number;
  end: number;
  delimiter: string;
  dialect?: CsvDialect;
  /** The file's header, for every range but the first. */
  header?: string[];
  /** The end is a guessed boundary (every range but the last, when guessed): a quoted field open there is `openAtEnd`, not an error of the file. */
  cut?: boolean;
  options?: ValidateOptions;
  /** Key sets to start from (the union of the earlier ranges'), by check id. */
  seeds?: Record<string, KeyState>;
  /** Profile the range, binned so (DatasetProfiler.rangeSpec). */
  profile?: RangeProfileSpec;
  /** Also give the whole file's sha256 and size (asked of one range, the second). */
  digest?: boolean;
}

/**
 * What a spare worker prepares while it waits for its range: the schema compiled and, for the one
 * spare that gets the second range (the one asked for the digest), the file's sha256 under way.
 */
export interface RangeWarmUp {
  schema?: UserFile;
  /** The file to hash (one spare only). */
  hash?: UserFile;
}

export interface RangeOutcome {
  tally?: TableTally;
  /** Physical lines of the range. */
  lines?: number;
  /** The whole file's sha256 and size, when asked for. */
  digest?: FileDigest;
  /** The range's key sets, by check id: ordered runs while its keys came in order (no table built). */
  keySets?: Record<string, KeyState>;
  /** The range's profile state, when asked for. */
  profile?: ProfilerState;
  /** What made the range unreadable, its line counted within the range. */
  failure?: { reason: string; line?: number; key?: string };
  /** The range's guessed end fell inside a quoted field: the split is redone at exact boundaries. */
  openAtEnd?: boolean;
  problems: ConfigurationError[];
}

/** Runs ranges after the first, each in a worker thread of its own (or in this thread, for tests). */
export interface RangeRunner {
  /** How many ranges to read at once, the calling thread's (the first range) included: one per core. */
  workers: number;
  run(input: RangeInput): Promise<RangeOutcome>;
  /** Byte offsets to split at instead of equal parts, each moved to the next record boundary by the exact scan (tests). */
  splitAt?: readonly number[];
  /** Byte offsets to split at instead of equal parts, their boundaries guessed and proved as in production (tests). */
  guessAt?: readonly number[];
}

// Filled only by warmRange, in a spare worker, which lives for one task: its files do not change meanwhile
// (tests that run ranges in their own thread, over files rewritten between runs, never warm).
const warmSchemas = new Map<string, Promise<CompiledSchema>>();
const warmDigests = new Map<string, Promise<FileDigest>>();

/** A spare worker's preparation for the ranges it will be asked for (steps/worker.ts EngineTask.warm). */
export async function warmRange(hint: RangeWarmUp): Promise<void> {
  if (hint.hash) {
    const info = detectFormat(hint.hash);
    const digest = hashFile(info.path, info.display);
    digest.catch(() => undefined); // surfaces in the range that asks for it
    warmDigests.set(info.path, digest);
  }
  if (hint.schema) {
    const schema = loadTableSchema(hint.schema);
    warmSchemas.set(hint.schema.path, schema);
    await schema.catch(() => undefined); // a bad schema is the range's to report
  }
}

/** The engine of one range: tallies bytes [start, end) of the file. */
export async function tallyRange(input: RangeInput, compiled?: CompiledSchema): Promise<RangeOutcome> {
  const info = detectFormat(input.file);
  const digest = input.digest ? (warmDigests.get(info.path) ?? hashFile(info.path, info.display)) : undefined;
  digest?.catch(() => undefined); // awaited below, after the tally
  const schema = compiled ?? (await (warmSchemas.get(input.schema.path) ?? loadTableSchema(input.schema)));
  const sets = new Map<string, KeyHashSet>();
  const keySet = (id: string) => {
    const seed = input.seeds?.[id];
    const set = seed ? KeyHashSet.fromKeyState(seed) : new KeyHashSet(1 << 16);
    sets.set(id, set);
    return set;
  };
  try {
    const table = await openCsvRange(info, { start: input.start, end: input.end, delimiter: input.delimiter, dialect: input.dialect, header: input.header, ...(input.cut ? { cut: true } : {}) });
    const profile = input.profile ? DatasetProfiler.forRange(input.profile) : undefined;
    const { tally } = await tallyTable(table, schema, { ...input.options, keySet, profile });
    // Typed arrays that own their buffers: a worker's reply moves them (steps/worker.ts), no copy.
    const keySets: Record<string, KeyState> = {};
    for (const [id, set] of sets) keySets[id] = set.toKeyState();
    const whole = digest && (await digest);
    return { tally, lines: table.lines(), keySets, ...(profile ? { profile: profile.toState() } : {}), ...(whole ? { digest: { sha256: whole.sha256, bytes: whole.bytes } } : {}), problems: [] };
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    if (error instanceof OpenAtRangeEnd) return { openAtEnd: true, problems: [] };
    return { failure: { reason: error.reason, line: error.line, key: error.key }, problems: [] };
  }
}

/**
 * The tally of `file` read in byte ranges by `runner`, or undefined when the
 * file is not split (see the header comment); the caller then reads it whole.
 */
export async function tallyInRanges(
  file: UserFile,
  schemaFile: UserFile,
  options: { dialect?: CsvDialect; validate?: ValidateOptions; profile?: DatasetProfiler; /** schemaFile compiled, when the caller has it: this thread's range uses it. */ schema?: CompiledSchema },
  runner: RangeRunner,
): Promise<TableTally | undefined> {
  const info = detectFormat(file);
  if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip) return undefined;
  const size = (await stat(info.path)).size;
  const given = runner.splitAt ?? runner.guessAt;
  const parts = given ? given.length + 1 : Math.min(runner.workers, Math.floor(size / MIN_RANGE_BYTES));
  if (parts < 2) return undefined;

  // The header, its line and the delimiter, as a whole read sees them.
  const head = await readHead(info, options.dialect);
  if (!head) return undefined;
  const dialect = splitDialect(options.dialect, head.delimiter);
  if (!dialect) return undefined;
  const targets = given ? [...given].sort((a, b) => a - b) : splitTargets(size, parts);
  const headerNewlines = head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0);
  const schema = options.schema ?? (await loadTableSchema(schemaFile));
  const profileSpec = options.profile?.rangeSpec(schema.fields.map((f) => f.name));
  const rangesFrom = (starts: readonly number[], guessed: boolean) =>
    starts.map((start, k): RangeInput => ({
      file, schema: schemaFile, start, end: starts[k + 1] ?? size, delimiter: head.delimiter,
      ...(options.dialect ? { dialect: options.dialect } : {}),
      ...(k > 0 ? { header: head.header } : {}),
      ...(guessed && k < starts.length - 1 ? { cut: true } : {}),
      ...(options.validate ? { options: options.validate } : {}),
      ...(profileSpec ? { profile: profileSpec } : {}),
      ...(k === 1 ? { digest: true } : {}),
    }));
  // Boundaries guessed from the bytes at each target (no scan of the file before the ranges start), then
  // proved by the ranges themselves: range k starts at a record boundary, so if it ends outside a quoted
  // field its end is one too — the single pass would be at a record start there. A range that ends inside
  // one (a guess on a line feed within a multi-line value; the guess checks 8 records' widths, so rare)
  // sends the split back to the exact quote-aware scan from the file's start. Tests' split points are exact.
  let ranges: RangeInput[] | undefined;
  let outcomes: RangeOutcome[] | undefined;
  if (!runner.splitAt) {
    const afterHeader = await headerEnd(info.path, dialect, headerNewlines);
    if (afterHeader === undefined) return undefined;
    const starts = [0];
    for (const target of targets) {
      const guess = await guessBoundary(info.path, Math.max(target, afterHeader), dialect, head.header.length);
      if (guess !== undefined && guess < size && guess > starts[starts.length - 1]!) starts.push(guess);
    }
    if (starts.length < 2) return undefined;
    ranges = rangesFrom(starts, true);
    outcomes = await runAll(ranges, runner, schema);
    if (outcomes.some((outcome) => outcome.openAtEnd)) outcomes = undefined;
  }
  if (!outcomes) {
    const starts: number[] = [0];
    for (const boundary of await recordBoundaries(info.path, targets, dialect)) {
      // A range after the first starts past the header, and holds bytes.
      if (!boundary || boundary.newlines < headerNewlines || boundary.offset >= size || boundary.offset <= starts[starts.length - 1]!) continue;
      starts.push(boundary.offset);
    }
    if (starts.length < 2) return undefined;
    ranges = rangesFrom(starts, false);
    outcomes = await runAll(ranges, runner, schema);
  }
  const split = ranges!;

  // The first unreadable range (in file order) is what a single pass would have stopped at.
  let lineOffset = 0;
  for (const outcome of outcomes) {
    if (outcome.failure) {
      const { reason, line, key } = outcome.failure;
      throw new ConfigurationError(reason, { file: info.display, ...(line !== undefined ? { line: line + lineOffset } : {}), ...(key !== undefined ? { key } : {}) });
    }
    lineOffset += outcome.lines!;
  }
  const digest = outcomes[1]!.digest;
  if (!digest) throw new Error(`the second range of ${info.display} gave no digest`);
  // A range read again does not hash the file again: the digest is in hand.
  const readAgain = (k: number): RangeInput => {
    const { digest: _inHand, ...range } = split[k]!;
    return range;
  };

  // Keys: a range whose keys may meet the earlier ranges' is tallied again from their union. Ranges of
  // sorted keys follow each other (each starts above the last key before it): decided without a table.
  const ids = Object.keys(outcomes[0]!.keySets!);
  if (ids.length > 0) {
    const union = new Map(ids.map((id) => [id, outcomes[0]!.keySets![id]!]));
    outcomes[0]!.keySets = undefined;
    const again: Array<Promise<void>> = [];
    outcomes.forEach((outcome, k) => {
      if (k === 0) return;
      const states = outcome.keySets!;
      outcome.keySets = undefined;
      if (ids.some((id) => keyStatesMeet(union.get(id)!, states[id]!))) {
        // The re-read fills its seeds: a table is copied, so the union here stays the earlier ranges' (an ordered run is copied by fromKeyState).
        const seeds: Record<string, KeyState> = {};
        for (const id of ids) {
          const state = union.get(id)!;
          seeds[id] = state.kind === 'table' ? { kind: 'table', table: { slots: state.table.slots.slice(), count: state.table.count } } : state;
        }
        again.push(runner.run({ ...readAgain(k), seeds }).then((redone) => {
          if (!redone.tally) throw new Error(`range ${k} of ${info.display} could not be read again`);
          outcomes[k] = { ...redone, lines: outcome.lines, keySets: undefined };
        }));
      }
      if (k < outcomes.length - 1) for (const id of ids) union.set(id, mergeKeyStates(union.get(id)!, states[id]!));
    });
    await Promise.all(again);
  }

  // Profiles, in file order. A range that stopped counting new categories before it met one the earlier
  // ranges kept is read again for those columns, counting the kept ones from the start (rare: see CategoryCounter).
  const profiler = options.profile;
  if (profiler) {
    for (let k = 0; k < outcomes.length; k++) {
      const refused = profiler.mergeRange(outcomes[k]!.profile!);
      if (refused.length === 0) continue;
      const range = readAgain(k);
      const redone = await runner.run({ ...range, profile: { ...range.profile!, seeds: profiler.categorySeeds(refused) } });
      if (!redone.profile || profiler.mergeRange(redone.profile, new Set(refused)).length > 0) throw new Error(`range ${k} of ${info.display} could not be profiled again`);
    }
  }

  const { sha256, bytes } = digest;
  let rows = 0;
  let lines = 0;
  const tallies = outcomes.map((outcome) => {
    const tally = offsetTally(outcome.tally!, rows, lines);
    rows += tally.rows;
    lines += outcome.lines!;
    return { ...tally, sha256, bytes };
  });
  return mergeTallies(tallies, options.validate);
}

/**
 * Hashing a byte (sha256 with the CPU's SHA extensions, read beside the
 * parse) costs about this share of validating it: the second range, whose
 * thread also hashes the whole file, is made that much of the file shorter
 * than the others, so that the threads end together. (Per-thread profiles of
 * the 1M-row benchmark file with equal halves: the hashing thread ended
 * 0.3 s after the other, which then sat idle.)
 */
const HASH_SHARE = 0.08;

/** Where to split a file of `size` bytes into `parts` ranges of equal work, the second range's hash included. */
export function splitTargets(size: number, parts: number): number[] {
  // With many parts the hash may not take more than half of a part.
  const hash = Math.min(HASH_SHARE, 1 / (2 * parts));
  const share = (1 + hash) / parts;
  const targets: number[] = [];
  let at = 0;
  for (let k = 0; k + 1 < parts; k++) {
    at += k === 1 ? share - hash : share;
    targets.push(Math.floor(at * size));
  }
  return targets;
}

/**
 * Runs the ranges, results in range order: the first in this thread (one
 * engine and heap fewer than a worker for it), the others by the runner, at
 * most `workers - 1` at a time beside it.
 */
async function runAll(ranges: readonly RangeInput[], runner: RangeRunner, schema: CompiledSchema): Promise<RangeOutcome[]> {
  const outcomes: RangeOutcome[] = new Array(ranges.length);
  let next = 1;
  const lane = async () => {
    while (next < ranges.length) {
      const k = next++;
      outcomes[k] = await runner.run(ranges[k]!);
    }
  };
  const lanes = Array.from({ length: Math.max(1, Math.min(runner.workers - 1, ranges.length - 1)) }, lane);
  outcomes[0] = await tallyRange(ranges[0]!, schema);
  await Promise.all(lanes);
  return outcomes;
}

async function readHead(info: ReturnType<typeof detectFormat>, dialect: CsvDialect | undefined): Promise<{ header: string[]; headerLine: number; delimiter: string } | undefined> {
  const source = await openByteStream(info);
  const report: CsvReport = {};
  const stream = await openCsvStream(decodeUtf8(source.chunks, info.display), {
    displayPath: info.display, dialect, delimiter: info.format === 'tsv' ? '\t' : undefined, report,
  });
  await stream.close?.();
  if (stream.noHeader || report.delimiter === undefined) return undefined;
  return { header: [...stream.header], headerLine: stream.headerLine ?? 1, delimiter: report.delimiter };
}

/** The file's sha256 and size, and the line feeds before byte `until` (counted while hashing). */
function hashFile(path: string, display: string, until = 0): Promise<FileDigest & { newlines: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    let newlines = 0;
    createReadStream(path, { highWaterMark: 1024 * 1024 })
      .on('data', (data) => {
        const chunk = data as Buffer;
        hash.update(chunk);
        if (bytes < until) {
          const part = chunk.subarray(0, Math.min(chunk.length, until - bytes));
          for (let at = part.indexOf(0x0a); at !== -1; at = part.indexOf(0x0a, at + 1)) newlines++;
        }
        bytes += chunk.length;
      })
      .on('error', (error) => reject(new ConfigurationError(String((error as Error).message), { file: display })))
      .on('end', () => resolve({ sha256: hash.digest('hex'), bytes, newlines }));
  });
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/**
 * A range's tally with its rows and lines counted from the file's start:
 * `rows` records and `lines` physical lines come before the range. Messages
 * that start by naming the row or line ("row 12 has …", "line 40 is a blank
 * row") are renamed with them.
 */
export function offsetTally(tally: TableTally, rows: number, lines: number): TableTally {
  if (rows === 0 && lines === 0) return tally;
  const move = <T extends { row?: number; line?: number }>(item: T): T =>
    item.row === undefined ? item : { ...item, row: item.row + rows, ...(item.line !== undefined ? { line: item.line + lines } : {}) };
  const errors = tally.errors.map((error): DataError => {
    if (error.row === undefined) return error;
    const moved = move(error);
    return { ...moved, message: renumber(error.message, error, moved) };
  });
  const checks = tally.checks.map((check) => (check.scope === 'file' ? check : { ...check, locations: check.locations.map(move) }));
  return { ...tally, errors, checks };
}

function renumber(message: string, before: { row?: number; line?: number }, after: { row?: number; line?: number }): string {
  const row = `row ${before.row}`;
  if (message.startsWith(row) && !/^\d/.test(message.slice(row.length))) return `row ${after.row}${message.slice(row.length)}`;
  const line = `line ${before.line}`;
  if (before.line !== undefined && message.startsWith(line) && !/^\d/.test(message.slice(line.length))) return `line ${after.line}${message.slice(line.length)}`;
  return message;
}

/** A byte-range shard's part of a file: where it starts and ends, and the physical lines it held (for the merge to number rows and lines). */
export interface ShardRange {
  file: string;
  start: number;
  end: number;
  lines: number;
  /** Line feeds before `start`: the shard's own lines are the file's (its rows are numbered from the range). */
  linesBefore: number;
}

/**
 * Shard `index` of `count` of one CSV/TSV file as a byte range: the table
 * over its bytes only (besides the header, which every shard reads), rows
 * numbered from the range's start, and the file's digest with the line
 * feeds before the range (the caller makes the lines the file's). The
 * boundaries are guessed from the bytes there (data/split.ts guessBoundary),
 * the same in neighbouring shards; with no line feed after a target the
 * boundary is the file's end (that range runs to it, the later ones are
 * empty). Undefined only when the file cannot be split so (compressed,
 * another format, a dialect the scan does not model): a property of the file,
 * so every shard of it then keeps every count-th row.
 */
export async function openShardRange(file: UserFile, index: number, count: number): Promise<{ table: Awaited<ReturnType<typeof openCsvRange>>; range: () => ShardRange; digest: Promise<FileDigest & { newlines: number }> } | undefined> {
  const info = detectFormat(file);
  if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip) return undefined;
  const size = (await stat(info.path)).size;
  const head = await readHead(info, undefined);
  if (!head) return undefined;
  const dialect = splitDialect(undefined, head.delimiter);
  if (!dialect) return undefined;
  const afterHeader = await headerEnd(info.path, dialect, head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0));
  if (afterHeader === undefined) return undefined;
  // Boundary k: the guess at target k, or the file's end when no line feed follows it (a long last line,
  // a line over the guess's window). A later boundary that lands before it wins, so boundaries never cross.
  // Each depends on the file and the shard count only: every shard computes the same ones.
  const targetOf = (k: number) => Math.floor((k * size) / count);
  const guess = async (k: number): Promise<number> => {
    const target = targetOf(k);
    if (target < afterHeader) return afterHeader;
    return (await guessBoundary(info.path, target, dialect, head.header.length)) ?? size;
  };
  const at = async (k: number): Promise<number> => {
    if (k === 0) return 0;
    if (k >= count) return size;
    let boundary = await guess(k);
    for (let j = k + 1; j < count && targetOf(j) < boundary; j++) boundary = Math.min(boundary, await guess(j));
    return boundary;
  };
  const start = await at(index);
  const end = await at(index + 1);
  const from = Math.min(start, end);
  // sha256 needs every byte: the file is hashed (at disk speed, beside the parse), and its line feeds before the range counted.
  const digest = hashFile(info.path, info.display, from);
  digest.catch(() => undefined);
  const table = await openCsvRange(info, {
    start: from, end, delimiter: head.delimiter, ...(index > 0 ? { header: head.header } : {}), ...(end < size ? { cut: true } : {}),
  });
  let linesBefore = 0;
  void digest.then((d) => (linesBefore = d.newlines), () => undefined);
  return { table, digest, range: () => ({ file: info.display, start: from, end, lines: table.lines(), linesBefore }) };
}
