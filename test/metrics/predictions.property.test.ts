// The predictions reader parses CSV scores in place, without a string per
// cell: whatever the spelling, a score reads as Number() reads the cell
// (surrounding whitespace allowed), and a cell Number() does not make a finite
// number of is refused with one line naming the file, the line and the cell.
// A CSV file reads as the same data written as JSON Lines (where every cell is
// a value, not text), whatever its quoting, label spellings and columns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalLabel, joinById, readPredictionsFile, type PredictionsFile } from '../../shared/metrics/predictions.js';
import { userFile } from '../../shared/io/user-file.js';
import { tempDir, writeFiles } from '../helpers.js';

const COLUMNS = { id: 'id', label: 'label', score: 'score', slices: [] };

const digits = (max: number) => fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), { maxLength: max }).map((d) => d.join(''));
const space = fc.constantFrom('', '', '', ' ', '  ', '\t', '\u00a0', '\u2003', '\ufeff', '\u3000');
/** Decimal spellings: signs (a leading '+' too), leading zeros, long mantissas, exponents, points at either end. */
const decimal = fc
  .record({
    before: space,
    sign: fc.constantFrom('', '', '-', '+'),
    int: digits(20),
    point: fc.boolean(),
    frac: digits(20),
    exponent: fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '-', '+'), digits(4)), { nil: undefined }),
    after: space,
  })
  .map(({ before, sign, int, point, frac, exponent, after }) => `${before}${sign}${int}${point ? '.' : ''}${frac}${exponent ? exponent.join('') : ''}${after}`);
/** Scores as programs write them: digits, maybe a point and a minus sign, up to 20 digits (past 15, a double cannot hold every integer). */
const plain = fc
  .record({ sign: fc.constantFrom('', '', '-'), int: digits(8), frac: digits(12), point: fc.boolean() })
  .map(({ sign, int, frac, point }) => `${sign}${int}${point ? '.' : ''}${frac}`);
/** Anything else a score cell may hold. */
const other = fc.constantFrom('nan', 'NaN', 'inf', 'Infinity', '-Infinity', '+inf', '0x1F', '0b101', '0o17', '1e400', '-1e400', '1e-400', '', ' ', '.', '-', '+', 'e5', '1e', '1.2.3', '1,5', '1_000', '0.5x', '٣', '１');
const score = fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: decimal, weight: 4 }, { arbitrary: other, weight: 1 }, { arbitrary: fc.double().map(String), weight: 2 });

/** What the reader promises for a cell: Number() of it when it holds something and that is finite. */
function expected(cell: string): number | undefined {
  const value = cell.trim() === '' ? NaN : Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

const csvCell = (s: string) => (/[",\r\n\t]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

async function read(files: Record<string, string>): Promise<Record<string, PredictionsFile | Error>> {
  const dir = await tempDir();
  await writeFiles(dir, files);
  const out: Record<string, PredictionsFile | Error> = {};
  for (const name of Object.keys(files)) out[name] = await readPredictionsFile(userFile(dir, name), COLUMNS).catch((e: Error) => e);
  return out;
}

describe('predictions reader: scores read as Number() reads them', () => {
  it('every spelling Number() reads as a finite number is that number, exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(score, { minLength: 1, maxLength: 60 }), async (cells) => {
        const good = cells.filter((c) => expected(c) !== undefined);
        fc.pre(good.length > 0);
        const csv = `id,label,score\n${good.map((c, i) => `r${i},${i % 2},${csvCell(c)}`).join('\n')}\n`;
        const { 'p.csv': file } = await read({ 'p.csv': csv });
        if (!file || file instanceof Error) throw file ?? new Error("not read");
        // Object.is: -0 stays -0, as Number('-0') is.
        expect([...file.score!].map((v, i) => Object.is(v, expected(good[i]!)) || `${JSON.stringify(good[i])} read as ${v}`)).toEqual(good.map(() => true));
      }),
      { numRuns: 60 },
    );
  });

  it('a cell Number() does not read as a finite number is refused, naming the file, line and cell', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(score, { minLength: 1, maxLength: 8 }), score, async (before, cell) => {
        fc.pre(expected(cell) === undefined);
        const good = before.filter((c) => expected(c) !== undefined);
        const csv = `id,label,score\n${[...good, cell].map((c, i) => `r${i},1,${csvCell(c)}`).join('\n')}\n`;
        const { 'bad.csv': result } = await read({ 'bad.csv': csv });
        expect(result).toBeInstanceOf(Error);
        expect((result as Error).message).toBe(`bad.csv:${good.length + 2}: score ${JSON.stringify(cell)} in row ${good.length + 1} is not a finite number`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('predictions reader: CSV reads as the same rows in JSON Lines', () => {
  const id = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,6}$/), fc.constantFrom('a,b', 'say "hi"', ' padded ', 'x\ny', 'é✓'));
  const label = fc.constantFrom('1', '0', '1.0', '0.0', '+1', '1e0', 'true', 'True', 'FALSE', 'yes', 'cat', ' 1 ', '01234567890123456789');
  const row = fc.record({ id, label, score: decimal.filter((s) => expected(s) !== undefined), extra: fc.constantFrom('', 'x', '"q""q"') });

  it('ids, labels (as compared), scores and lines agree', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { minLength: 1, maxLength: 30, selector: (r) => r.id }), fc.boolean(), async (rows, quoteAll) => {
        const q = (s: string) => (quoteAll ? `"${s.replaceAll('"', '""')}"` : csvCell(s));
        const csv = `id,note,label,score\n${rows.map((r) => [r.id, r.extra, r.label, r.score].map(q).join(',')).join('\n')}\n`;
        const jsonl = rows.map((r) => JSON.stringify({ id: r.id, note: r.extra, label: r.label, score: Number(r.score) })).join('\n') + '\n';
        const files = await read({ 'p.csv': csv, 'p.jsonl': jsonl });
        const [fromCsv, fromJsonl] = [files['p.csv']!, files['p.jsonl']!];
        if (fromCsv instanceof Error) throw fromCsv;
        if (fromJsonl instanceof Error) throw fromJsonl;
        expect([...fromCsv.ids]).toEqual([...fromJsonl.ids]);
        expect([...fromCsv.labels]).toEqual([...fromJsonl.labels]);
        expect([...fromCsv.score!].map((v) => v + 0)).toEqual([...fromJsonl.score!]); // JSON writes -0 as 0
        // Each record's physical line: ids with a line feed inside quotes push the next record down.
        let line = 2;
        expect(Array.from(fromCsv.lines)).toEqual(rows.map((r) => {
          const at = line;
          line += 1 + (r.id.match(/\n/g)?.length ?? 0);
          return at;
        }));
      }),
      { numRuns: 40 },
    );
  });
});

describe('joining files that list the same ids in the same order', () => {
  it('row numbers as ids: a repeat, a leading zero or a sign still counts as a repeat where the strings repeat', async () => {
    // Unordered, increasing, and non-decreasing (repeats next to each other).
    const byValue = (a: string, b: string) => Number(a) - Number(b);
    const ids = fc.array(fc.oneof({ arbitrary: fc.nat({ max: 30 }).map(String), weight: 15 }, { arbitrary: fc.constantFrom('007', '07', '+7', '-7', '7.0', ' 7', '1e1', '10'), weight: 1 }), { minLength: 1, maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(ids, ids.map((l) => [...new Set(l)].sort(byValue)), ids.map((l) => [...l].sort(byValue))), async (ids) => {
        const csv = (score: number) => `id,label,score\n${ids.map((id, i) => `${csvCell(id)},${i % 2},${score}`).join('\n')}\n`;
        const f = (await read({ 'c.csv': csv(0.25), 'b.csv': csv(0.5) })) as Record<string, PredictionsFile>;
        const repeat = ids.findIndex((id, i) => ids.indexOf(id) < i);
        const join = () => joinById(f['c.csv']!, f['b.csv']!, 'error');
        if (repeat >= 0) expect(join).toThrow(`b.csv:${repeat + 2}: id ${JSON.stringify(ids[repeat])} appears twice`);
        else expect([...join().candidate.ids]).toEqual(ids);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses the first id that repeats, at its line, and otherwise joins every row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.stringMatching(/^[a-c0-9]{1,2}$/), { minLength: 1, maxLength: 40 }), async (ids) => {
        const csv = (score: number) => `id,label,score\n${ids.map((id, i) => `${id},${i % 2},${score}`).join('\n')}\n`;
        const f = (await read({ 'c.csv': csv(0.25), 'b.csv': csv(0.5) })) as Record<string, PredictionsFile>;
        const repeat = ids.findIndex((id, i) => ids.indexOf(id) < i);
        const join = () => joinById(f['c.csv']!, f['b.csv']!, 'error');
        if (repeat >= 0) expect(join).toThrow(`b.csv:${repeat + 2}: id ${JSON.stringify(ids[repeat])} appears twice`);
        else expect([...join().candidate.ids]).toEqual(ids);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the errors the general join gives: a duplicate id on the baseline, different labels on the candidate', async () => {
    const f = await read({
      'c.csv': 'id,label,score\na,1,0.9\nb,0,0.2\na,1,0.5\n',
      'b.csv': 'id,label,score\na,1,0.7\nb,0,0.4\na,1,0.1\n',
      'l.csv': 'id,label,score\na,1,0.7\nb,1,0.4\nc,0,0.1\n',
      'm.csv': 'id,label,score\na,1.0,0.6\nb,0,0.3\nc,1,0.2\n',
      // The same rows in another order: the general join.
      'r.csv': 'id,label,score\nc,1,0.2\nb,0,0.3\na,1.0,0.6\n',
    }) as Record<string, PredictionsFile>;
    expect(() => joinById(f['c.csv']!, f['b.csv']!, 'error')).toThrow('b.csv:4: id "a" appears twice');
    const aligned = () => joinById(f['l.csv']!, f['m.csv']!, 'error');
    const shuffled = () => joinById(f['l.csv']!, f['r.csv']!, 'error');
    expect(aligned).toThrow('l.csv:3: 2 id(s) have different labels in the candidate and the baseline, e.g. id "b": "1" vs "0"');
    expect(shuffled).toThrow('l.csv:3: 2 id(s) have different labels in the candidate and the baseline, e.g. id "b": "1" vs "0"');
    const same = joinById(f['m.csv']!, f['m.csv']!, 'error');
    expect([...same.candidate.ids]).toEqual(['a', 'b', 'c']);
    expect([...same.baseline.score!]).toEqual([0.6, 0.3, 0.2]);
    expect(same.dropped).toEqual({ candidateOnly: 0, baselineOnly: 0 });
  });
});

describe('large files: ids read as numbers, labels as codes, read and joined as their strings are', () => {
  // Ids are kept as values while every one is a plain integer (nothing stored while they are
  // row numbers), labels as codes while there are few; a change past the first batch (128 Ki
  // characters) turns either into strings. The reference: the same files read with a slice
  // column, which takes the reader's general path (a string per id and label).
  const ROWS = 20_000;
  const idChange = fc.constantFrom('none', 'gap', 'repeat', 'decrease', 'leading zero', 'text', 'sixteen digits');
  const baselineChange = fc.constantFrom('none', 'swap', 'drop last', 'label');
  const spellId = (i: number, start: number, at: number, change: string): string => {
    if (i < at || change === 'none') return String(start + i);
    if (change === 'gap') return String(start + i + 5);
    if (change === 'repeat') return String(start + (i === at ? i - 1 : i));
    if (change === 'decrease') return String(i === at ? 0 : start + i);
    if (change === 'leading zero') return i === at ? `0${start + i}` : String(start + i);
    if (change === 'text') return i === at ? `x${start + i}` : String(start + i);
    return i === at ? '1234567890123456' : String(start + i);
  };

  it('ids, labels, joins and their errors are those of the general path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(3), fc.nat(ROWS), idChange, fc.nat(ROWS), baselineChange, fc.nat(ROWS - 2), fc.nat(ROWS),
        async (start, idAt, change, manyLabelsAt, baseline, k, blankAt) => {
          const ids = Array.from({ length: ROWS }, (_, i) => spellId(i, start, idAt, change));
          // Past manyLabelsAt, 300 distinct labels: more than are coded.
          const labels = Array.from({ length: ROWS }, (_, i) => (i < manyLabelsAt ? (i % 7 === 0 ? '1' : '0.0') : `c${i % 300}`));
          const rows = ids.map((id, i) => ({ id, label: labels[i]!, score: (i % 997) / 1000 }));
          const other = rows.map((r) => ({ ...r, score: r.score / 2 }));
          if (baseline === 'swap') [other[k], other[k + 1]] = [other[k + 1]!, other[k]!];
          if (baseline === 'drop last') other.pop();
          if (baseline === 'label') other[k] = { ...other[k]!, label: 'other' };
          // A blank line before row blankAt: the lines stop being the row numbers plus two.
          const csv = (rs: typeof rows) => `id,label,score,note\n${rs.map((r, i) => `${i === blankAt ? '\n' : ''}${r.id},${r.label},${r.score},n`).join('\n')}\n`;
          const dir = await tempDir();
          await writeFiles(dir, { 'c.csv': csv(rows), 'b.csv': csv(other) });
          const fast = { c: await readPredictionsFile(userFile(dir, 'c.csv'), COLUMNS), b: await readPredictionsFile(userFile(dir, 'b.csv'), COLUMNS) };
          const general = { c: await readPredictionsFile(userFile(dir, 'c.csv'), { ...COLUMNS, slices: ['note'] }), b: await readPredictionsFile(userFile(dir, 'b.csv'), { ...COLUMNS, slices: ['note'] }) };
          for (const side of ['c', 'b'] as const) {
            expect([...fast[side].ids]).toEqual(side === 'c' ? ids : other.map((r) => r.id));
            expect([...fast[side].ids]).toEqual([...general[side].ids]);
            expect([...fast[side].labels]).toEqual((side === 'c' ? rows : other).map((r) => canonicalLabel(r.label)));
            expect(Array.from(fast[side].lines)).toEqual(Array.from(general[side].lines));
          }
          const outcome = (c: PredictionsFile, b: PredictionsFile, onMismatch: 'error' | 'drop') => {
            try {
              const j = joinById(c, b, onMismatch);
              return { ids: [...j.candidate.ids], labels: [...j.baseline.labels], scores: [...j.baseline.score!], lines: Array.from(j.baseline.lines), dropped: j.dropped };
            } catch (e) {
              return (e as Error).message;
            }
          };
          for (const onMismatch of ['error', 'drop'] as const) expect(outcome(fast.c, fast.b, onMismatch)).toEqual(outcome(general.c, general.b, onMismatch));
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
