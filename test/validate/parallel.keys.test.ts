// Key checks of one CSV file read in byte ranges (validate/parallel.ts) use
// the ordered key sets of validate/keys.ts: ranges of sorted keys hand back
// ordered runs (no hash table built), which follow each other, so no range is
// read again; a key that repeats one of an earlier range is still found at
// its own row, as a single pass finds it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { userFile } from '../../shared/io/user-file.js';
import { KeyHashSet, mergeKeyStates } from '../../shared/validate/keys.js';
import { tallyRange, type RangeInput, type RangeOutcome } from '../../shared/validate/parallel.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'code', type: 'string', constraints: { unique: true } },
    { name: 'n', type: 'number' },
  ],
  primaryKey: 'id',
};
const now = new Date('2026-12-01T00:00:00Z');

async function run(csv: string, splitAt?: number[]) {
  const dir = await tempDir();
  await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'data.csv': csv });
  const calls: Array<{ input: RangeInput; outcome: RangeOutcome }> = [];
  const runner = splitAt && {
    workers: 2,
    splitAt,
    run: async (input: RangeInput): Promise<RangeOutcome> => {
      const outcome = structuredClone(await tallyRange(structuredClone(input)));
      calls.push({ input, outcome: structuredClone(outcome) }); // the caller drops the key sets it merged
      return outcome;
    },
  };
  const { document } = await validateData({ data: ['data.csv'], baseDir: dir, schema: userFile(dir, 'schema.json'), now }, runner ? { ranges: runner } : {});
  return { document, calls };
}

const rows = (n: number, extra: string[] = []) => ['id,code,n', ...Array.from({ length: n }, (_, i) => `${i + 1},C${String(i + 1).padStart(8, '0')},${i % 7}`), ...extra].join('\n') + '\n';

describe('byte ranges with ordered key sets', () => {
  it('hands back ordered runs for sorted keys and reads no range twice', async () => {
    const csv = rows(3000);
    const third = Math.floor(csv.length / 3);
    const whole = await run(csv);
    const { document, calls } = await run(csv, [third, 2 * third]);
    expect(document).toEqual(whole.document);
    expect(document.status).toBe('pass');
    expect(calls).toHaveLength(2); // ranges 2 and 3, once each
    // The second range (not the third) is asked for the whole file's digest, and gives the file's sha256; reads again are not.
    const asked = calls.filter((c) => c.input.digest);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.input.start).toBe(Math.min(...calls.map((c) => c.input.start)));
    expect(asked[0]!.outcome.digest).toEqual({ sha256: createHash('sha256').update(csv).digest('hex'), bytes: Buffer.byteLength(csv) });
    for (const { input, outcome } of calls) {
      expect(input.seeds).toBeUndefined();
      const states = Object.values(outcome.keySets ?? {});
      expect(states).toHaveLength(2); // the primary key and the unique code
      for (const state of states) expect(state.kind).toBe('ordered');
    }
  });

  it('reads the second range again without asking it for the digest again', async () => {
    const csv = rows(3000, ['17,C00000017,1']);
    const whole = await run(csv);
    const { document, calls } = await run(csv, [Math.floor(csv.length / 2)]);
    expect(document).toEqual(whole.document);
    expect(calls.map((c) => [c.input.seeds !== undefined, c.input.digest === true])).toEqual([[false, true], [true, false]]);
  });

  it('reads a range again from the earlier keys when a key repeats across ranges', async () => {
    const csv = rows(3000, ['17,C00000017,1']);
    const whole = await run(csv);
    const { document, calls } = await run(csv, [Math.floor(csv.length / 3), Math.floor((2 * csv.length) / 3)]);
    expect(document).toEqual(whole.document);
    // The last range is read again, seeded with the union of the first two (one ordered run each key).
    const again = calls.filter((c) => c.input.seeds !== undefined);
    expect(again).toHaveLength(1);
    const seeds = Object.values(again[0]!.input.seeds!);
    expect(seeds).toHaveLength(2);
    const before = 3000 - again[0]!.outcome.tally!.rows + 1; // the rows of the first two ranges
    for (const seed of seeds) expect(seed).toMatchObject({ kind: 'ordered', count: before });
    expect(document.data.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'primary-key', row: 3001, message: 'row 3001 repeats the primary key "id" = "17" of an earlier row' }),
      expect.objectContaining({ type: 'unique-error', row: 3001 }),
    ]));
  });

  it("hands over an ordered run's hashes without copying them, and the state stays as it was", () => {
    const set = new KeyHashSet(16);
    set.reserve(100_000);
    for (let i = 0; i < 50_000; i++) set.addNumber(i);
    const state = set.toKeyState();
    if (state.kind !== 'ordered') throw new Error('keys in order make an ordered run');
    // The set's own array (a worker's reply moves its buffer), not a copy of it.
    expect((set.toKeyState() as typeof state).log).toBe(state.log);
    expect(state.log.byteLength).toBe(state.log.buffer.byteLength);
    const before = KeyHashSet.fromKeyState(structuredClone(state));
    for (let i = 50_000; i < 60_000; i++) set.addNumber(i);
    set.addNumber(3); // out of order: the set builds its table from the log
    expect(state).toMatchObject({ kind: 'ordered', count: 50_000, first: 0, last: 49_999 });
    // The state still holds exactly its 50 000 keys, none of the ones the set took afterwards.
    const merged = KeyHashSet.fromKeyState(mergeKeyStates(state, { kind: 'ordered', count: 0, log: new Uint32Array(0) }));
    expect(merged.size).toBe(50_000);
    expect(merged.addNumber(49_999)).toBe(false);
    expect(merged.addNumber(50_000)).toBe(true);
    expect(before.addNumber(50_000)).toBe(true);
  });
});
