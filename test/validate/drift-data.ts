// Generated tabular data for the drift tests: a seeded mix of a normal
// column, a skewed one, categories with given shares, a boolean and a
// small-integer column, written as CSV.
import { Random } from '../../shared/stats/random.js';

export interface DriftData {
  n: number;
  seed: number;
  /** Added to the normal column's mean. */
  shift?: number;
  /** Shares of the categories a, b, c, d. */
  shares?: readonly number[];
  /** Share of cells left empty in the normal column. */
  missing?: number;
  /** Extra category values to sprinkle in (every 97th row). */
  newCategory?: string;
}

export const DRIFT_SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { unique: true } },
    { name: 'x', type: 'number' },
    { name: 'skewed', type: 'number' },
    { name: 'region', type: 'string' },
    { name: 'flag', type: 'boolean' },
    { name: 'level', type: 'integer' },
  ],
  primaryKey: 'id',
};

export function normal(r: Random): number {
  const u = (r.nextUint32() + 1) / 4294967297;
  const v = r.nextUint32() / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function driftCsv(o: DriftData, firstId = 0): string {
  const r = new Random(o.seed);
  const shares = o.shares ?? [0.4, 0.3, 0.2, 0.1];
  const lines = ['id,x,skewed,region,flag,level'];
  for (let i = 0; i < o.n; i++) {
    const x = (10 + (o.shift ?? 0) + 2 * normal(r)).toFixed(4);
    const skewed = Math.exp(1 + 0.5 * normal(r)).toFixed(3);
    let u = r.nextUint32() / 4294967296;
    let k = 0;
    while (k < shares.length - 1 && u >= shares[k]!) u -= shares[k++]!;
    const region = o.newCategory !== undefined && i % 97 === 0 ? o.newCategory : 'abcd'[k]!;
    const flag = r.nextUint32() % 3 === 0 ? 'true' : 'false';
    const level = r.nextIndex(4);
    const empty = o.missing !== undefined && r.nextUint32() / 4294967296 < o.missing;
    lines.push(`${firstId + i},${empty ? '' : x},${skewed},${region},${flag},${level}`);
  }
  return lines.join('\n') + '\n';
}
