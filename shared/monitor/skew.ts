// Training–serving skew by id: when serving rows carry the id of a training
// row, the features the model was served should be the ones it was trained
// on. Each serving row whose id is in the training data is compared column
// by column — numbers within a tolerance (relative to the larger magnitude,
// absolute below 1), anything else as text, a value missing on one side
// only counting as a difference — and each column gets the share of matched
// rows that differ, with the first examples. The training rows are held in
// memory (only the compared columns), the serving rows stream.

import { ConfigurationError } from '../errors.js';
import type { Cell } from '../data/batch.js';
import { openTable } from '../data/table.js';
import type { UserFile } from '../io/user-file.js';
import type { Check, Status } from '../results/schema.js';
import { formatCount, formatRate } from '../validate/format.js';

export interface SkewColumn {
  name: string;
  numeric: boolean;
}

export interface SkewInput {
  training: readonly UserFile[];
  serving: readonly UserFile[];
  id: string;
  columns: readonly SkewColumn[];
  /** Numbers differ when |a − b| > tolerance · max(1, |a|, |b|). */
  tolerance: number;
  levels: { warn?: number; fail?: number };
}

type Value = number | string | null;

function valueOf(cell: Cell | undefined, numeric: boolean): Value {
  if (cell === null || cell === undefined) return null;
  const text = typeof cell === 'string' ? cell.trim() : cell instanceof Date ? cell.toISOString() : typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
  if (text === '') return null;
  if (!numeric) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
}

function differs(a: Value, b: Value, tolerance: number): boolean {
  if (a === null || b === null) return a !== b;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) > tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  return String(a) !== String(b);
}

/** Each row of each file: the id's text and the compared columns' values (undefined where a column is absent). */
async function* rowsOf(file: UserFile, id: string, columns: readonly SkewColumn[]): AsyncGenerator<{ id: string; values: Value[] }> {
  const table = await openTable(file);
  const idAt = table.header.indexOf(id);
  if (idAt < 0) throw new ConfigurationError(`has no id column "${id}" (skew-id) to match serving rows with training rows`, { file: file.display });
  const at = columns.map((c) => table.header.indexOf(c.name));
  for await (const batch of table.batches) {
    const ids = batch.columns[idAt]!;
    for (let r = 0; r < batch.size; r++) {
      const key = valueOf(ids[r], false);
      if (key === null) continue;
      yield { id: String(key), values: columns.map((c, k) => (at[k]! < 0 ? null : valueOf(batch.columns[at[k]!]![r], c.numeric))) };
    }
  }
}

export async function skewChecks(input: SkewInput): Promise<Check[]> {
  const training = new Map<string, Value[]>();
  for (const file of input.training) for await (const row of rowsOf(file, input.id, input.columns)) training.set(row.id, row.values);
  const n = input.columns.length;
  const differing = new Array<number>(n).fill(0);
  const examples: Array<Array<{ id: string; training: Value; serving: Value }>> = input.columns.map(() => []);
  let serving = 0;
  let matched = 0;
  for (const file of input.serving) {
    for await (const row of rowsOf(file, input.id, input.columns)) {
      serving++;
      const trained = training.get(row.id);
      if (trained === undefined) continue;
      matched++;
      for (let k = 0; k < n; k++) {
        if (!differs(trained[k]!, row.values[k]!, input.tolerance)) continue;
        differing[k]!++;
        if (examples[k]!.length < 3) examples[k]!.push({ id: row.id, training: trained[k]!, serving: row.values[k]! });
      }
    }
  }
  const levels = input.levels;
  const describe = [levels.warn !== undefined ? `warn > ${formatRate(levels.warn)}` : '', levels.fail !== undefined ? `fail > ${formatRate(levels.fail)}` : ''].filter(Boolean).join(', ');
  const checks: Check[] = [{
    id: 'skewMatched',
    title: `Training–serving skew: serving rows whose ${input.id} is a training row`,
    status: matched === 0 ? 'warn' : 'pass',
    observed: serving === 0 ? 0 : matched / serving,
    message: matched === 0
      ? `none of ${formatCount(serving)} serving rows carries the ${input.id} of one of ${formatCount(training.size)} training rows: skew cannot be checked`
      : `${formatCount(matched)} of ${formatCount(serving)} serving rows (${formatRate(matched / serving)}) carry the ${input.id} of a training row; their features are compared`,
    count: matched,
    locations: [],
  }];
  if (matched === 0) return checks;
  const shown = (v: Value) => (v === null ? 'missing' : JSON.stringify(v));
  input.columns.forEach((column, k) => {
    const share = differing[k]! / matched;
    const status: Status = levels.fail !== undefined && share > levels.fail ? 'fail' : levels.warn !== undefined && share > levels.warn ? 'warn' : 'pass';
    checks.push({
      id: `skew:${column.name}`,
      title: `${column.name}: serving values that differ from training (by ${input.id})`,
      status,
      observed: share,
      expected: `≤ ${formatRate(levels.fail ?? levels.warn ?? 0)}`,
      message: differing[k] === 0
        ? `the same in all ${formatCount(matched)} matched rows${column.numeric ? ` (within ${input.tolerance} relative)` : ''} (${describe})`
        : `${formatCount(differing[k]!)} of ${formatCount(matched)} matched rows (${formatRate(share)}) differ, e.g. ${examples[k]!.map((e) => `${input.id} ${JSON.stringify(e.id)}: ${shown(e.training)} in training, ${shown(e.serving)} served`).join('; ')} (${describe})`,
      count: differing[k]!,
      locations: [],
    });
  });
  return checks;
}
