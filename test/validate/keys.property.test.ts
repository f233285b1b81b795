// Unique and primary-key checks with the ordered fast path (validate/keys.ts):
// the same verdicts, counts, error rows, lines and cells as the hash set alone
// (the old behaviour, ValueHashSet through tallyTable's keySet hook) and as a
// naive Map of cast values, on random files whose keys come in order, out of
// order, or in order until they break; and the key state merges as before.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { userFile } from '../../shared/io/user-file.js';
import { ValueHashSet } from '../../shared/profile/hashset.js';
import { loadTableSchema } from '../../shared/schema/load.js';
import { KeyHashSet, keyStatesMeet, mergeKeyStates, type KeyState } from '../../shared/validate/keys.js';
import { tallyTable } from '../../shared/validate/table.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'code', type: 'string', constraints: { unique: true } },
    { name: 'amount', type: 'number', constraints: { unique: true } },
    { name: 'day', type: 'date' },
  ],
  primaryKey: 'id',
  uniqueKeys: [['code', 'day']],
  missingValues: ['', 'NA'],
};

/** Keys in order, out of order, or in order until a break (the fast path's three cases). */
function arrange(values: number[], mode: 'sorted' | 'random' | 'break', at: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (mode === 'sorted') return sorted;
  if (mode === 'random') return values;
  const k = Math.min(at, sorted.length);
  return [...sorted.slice(0, k), ...values.slice(k)];
}

const pad = (n: number) => String(n).padStart(3, '0');
const file = fc.record({
  ids: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 60 }),
  idMode: fc.constantFrom('sorted', 'random', 'break'),
  codeMode: fc.constantFrom('sorted', 'random', 'break'),
  at: fc.integer({ min: 0, max: 60 }),
  amounts: fc.array(fc.constantFrom('1', '1.0', '01', '2', '-0', '0', '2.5', 'NA', 'x', '3e0'), { minLength: 60, maxLength: 60 }),
  days: fc.array(fc.constantFrom('2026-01-02', '2026-01-03', '', 'bad'), { minLength: 60, maxLength: 60 }),
  idCells: fc.array(fc.constantFrom('ok', 'ok', 'ok', 'ok', '', 'x'), { minLength: 60, maxLength: 60 }),
});

function toCsv(f: { ids: number[]; idMode: string; codeMode: string; at: number; amounts: string[]; days: string[]; idCells: string[] }): { csv: string; codes: string[] } {
  const ids = arrange(f.ids, f.idMode as 'sorted', f.at);
  // Codes from the same numbers: C000 < C001 < … as strings, so sorted numbers are sorted strings.
  const codes = arrange(f.ids, f.codeMode as 'sorted', f.at).map((n) => `C${pad(n)}`);
  const lines = ['id,code,amount,day'];
  ids.forEach((id, r) => {
    const idCell = f.idCells[r] === 'ok' ? String(id) : f.idCells[r]!;
    lines.push(`${idCell},${codes[r]},${f.amounts[r % f.amounts.length]},${f.days[r % f.days.length]}`);
  });
  return { csv: lines.join('\n') + '\n', codes };
}

async function tally(dir: string, keySet?: () => ValueHashSet) {
  const schema = await loadTableSchema(userFile(dir, 'schema.json'));
  const table = await openTable(userFile(dir, 'data.csv'));
  return (await tallyTable(table, schema, { maxErrorSamples: 1000, maxLocationsPerCheck: 1000, ...(keySet ? { keySet } : {}) })).tally;
}

describe('unique and primary keys: ordered fast path', () => {
  it('gives the tally of the hash set alone (old behaviour), error rows and lines included', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        await writeFiles(dir, { 'data.csv': toCsv(f).csv });
        const now = await tally(dir);
        const old = await tally(dir, () => new ValueHashSet(1 << 16));
        expect(now).toEqual(old);
      }),
      { numRuns: 150 },
    );
  });

  it('flags exactly the rows whose key repeats an earlier row (naive Map oracle), at their lines', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA) });
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const { csv, codes } = toCsv(f);
        await writeFiles(dir, { 'data.csv': csv });
        const t = await tally(dir);
        const expected: number[] = [];
        const seen = new Map<string, number>();
        codes.forEach((code, r) => {
          if (seen.has(code)) expected.push(r + 1);
          else seen.set(code, r + 1);
        });
        const check = t.checks.find((c) => c.id.endsWith('#field:code:unique'))!;
        expect(check.count).toBe(expected.length);
        const errors = t.errors.filter((e) => e.type === 'unique-error' && e.field === 'code');
        expect(errors.map((e) => e.row)).toEqual(expected);
        // Row r is on physical line r + 1 (the header is line 1, no quoted line breaks).
        expect(errors.map((e) => e.line)).toEqual(expected.map((r) => r + 1));
        expect(errors.map((e) => e.cell)).toEqual(expected.map((r) => codes[r - 1]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('KeyHashSet', () => {
  const key = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(-0, 0.5, 1e300, -Infinity));
  it('answers add() as ValueHashSet does and ends with the same set, ordered or not', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 80 }), fc.integer({ min: 0, max: 80 }), fc.boolean(), (values, at, asStrings) => {
        const sorted = [...values].sort((a, b) => a - b);
        const sequence = [...sorted.slice(0, at), ...values.slice(at)];
        const fast = new KeyHashSet(16);
        const slow = new ValueHashSet(16);
        for (const v of sequence) {
          const s = `k${v < 0 ? '-' : '+'}${String(Math.abs(v)).padStart(4, '0')}`;
          expect(asStrings ? fast.addRange(`xx${s}yy`, 2, 2 + s.length) : fast.addNumber(v)).toBe(asStrings ? slow.add(s) : slow.addNumber(v));
        }
        expect(fast.size).toBe(slow.size);
        const table = fast.toTable();
        expect(table.intersects(slow) || slow.size === 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes the fast path only while keys strictly increase', () => {
    const set = new KeyHashSet();
    expect(set.add('a1')).toBe(true);
    expect(set.add('a2')).toBe(true);
    expect(set.ordered).toBe(true);
    expect(set.add('a2')).toBe(false);
    expect(set.ordered).toBe(false);
    expect(set.add('a1')).toBe(false);
    expect(set.add('a0')).toBe(true);
  });

  it('merges key states as a pure function: the inputs are unchanged', () => {
    const a = new KeyHashSet();
    const b = new KeyHashSet();
    for (const s of ['p', 'q', 'r']) a.add(s);
    for (const s of ['s', 'r']) b.add(s); // out of order: a table
    const [sa, sb] = [a.toKeyState(), b.toKeyState()];
    const copies = [structuredClone(sa), structuredClone(sb)];
    expect(sa.kind).toBe('ordered');
    expect(sb.kind).toBe('table');
    const merged = KeyHashSet.fromKeyState(mergeKeyStates(sa, sb));
    expect(merged.size).toBe(4);
    expect(['p', 'q', 'r', 's'].every((s) => merged.has(s))).toBe(true);
    expect([sa, sb]).toEqual(copies);
  });

  it('ordered runs that follow each other meet nothing and merge without a table', () => {
    const a = new KeyHashSet();
    const b = new KeyHashSet();
    for (const n of [1, 2, 3]) a.addNumber(n);
    for (const n of [4, 9]) b.addNumber(n);
    expect(keyStatesMeet(a.toKeyState(), b.toKeyState())).toBe(false);
    const merged = mergeKeyStates(a.toKeyState(), b.toKeyState());
    expect(merged).toMatchObject({ kind: 'ordered', count: 5, first: 1, last: 9 });
    // Continuing from the merged run: a key above 9 is new, 3 is not.
    const next = KeyHashSet.fromKeyState(merged);
    expect(next.addNumber(10)).toBe(true);
    expect(next.addNumber(3)).toBe(false);
  });

  it('byte ranges merged and re-read from the union give the single pass\'s answers (naive Set oracle)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }),
        fc.constantFrom('sorted', 'random', 'break'),
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        (values, cuts, mode, at, asStrings) => {
          const keys = arrange(values, mode as 'sorted', at);
          const add = (set: KeyHashSet, v: number) => (asStrings ? set.add(`K${pad(v)}`) : set.addNumber(v));
          const seen = new Set<number>();
          const expected = keys.map((v) => !seen.has(v) && seen.add(v) !== undefined);
          // Ranges: each tallied alone; one that meets the union of the earlier ones is tallied again from it.
          const bounds = [0, ...[...cuts].sort((x, y) => x - y).map((c) => Math.min(c, keys.length)), keys.length];
          let union: KeyState | undefined;
          const answers: boolean[] = [];
          for (let k = 0; k + 1 < bounds.length; k++) {
            const part = keys.slice(bounds[k], bounds[k + 1]);
            let set = new KeyHashSet(16);
            let got = part.map((v) => add(set, v));
            if (union !== undefined && keyStatesMeet(union, set.toKeyState())) {
              set = KeyHashSet.fromKeyState(union);
              got = part.map((v) => add(set, v));
              union = set.toKeyState();
            } else union = union === undefined ? set.toKeyState() : mergeKeyStates(union, set.toKeyState());
            answers.push(...got);
          }
          expect(answers).toEqual(expected);
          expect(KeyHashSet.fromKeyState(union ?? new KeyHashSet().toKeyState()).size).toBe(seen.size);
        },
      ),
      { numRuns: 400 },
    );
  });
});
