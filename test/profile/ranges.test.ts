// A CSV file profiled in byte ranges (validate/parallel.ts with a
// DatasetProfiler) gives exactly the profile one pass gives — the same
// counts, bounds (0 before −0 as first seen), exact sums, distinct tables,
// histograms on the reference's edges or its own, and the same categories
// kept once a column has more than the counter holds — split at many points;
// and validate-data's drift against a saved profile is the same whether the
// file is read in ranges or in one pass.
import { describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { userFile } from '../../shared/io/user-file.js';
import { DatasetProfiler, frozenEdgesOf, type Binning, type Profile } from '../../shared/profile/profile.js';
import { profileText } from '../../shared/profile/io.js';
import { loadTableSchema } from '../../shared/schema/load.js';
import { tallyInRanges, tallyRange, type RangeInput, type RangeOutcome } from '../../shared/validate/parallel.js';
import { validateData } from '../../shared/validate/run.js';
import { tallyTable } from '../../shared/validate/table.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'x', type: 'number', constraints: { maximum: 900 } },
    { name: 'z', type: 'number' },
    { name: 'small', type: 'integer' },
    { name: 'plan', type: 'string' },
    { name: 'word', type: 'string' },
    { name: 'free', type: 'string' },
    { name: 'flag', type: 'boolean' },
    { name: 'day', type: 'date' },
  ],
};
const HEADER = SCHEMA.fields.map((f) => f.name).join(',');

/** A seeded table: numbers with 0 before −0, NaN/INF, type and constraint errors; categories few, some, and all distinct (one quoted, over lines). */
function csv(rows: number, seed: number, infinite = true): string {
  let state = seed >>> 0;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const r = rand();
    const x = r < 0.01 ? 'NaN' : r < 0.015 && infinite ? 'INF' : r < 0.02 ? 'abc' : r < 0.03 ? '' : r < 0.04 ? '950' : (rand() * 1000 - 100).toFixed(2);
    // z ≥ 0: its least value is 0, met first, and −0 later.
    const z = i === 3 ? '0' : i === 500 || i === 2500 ? '-0' : (0.5 + rand() * 9).toFixed(3);
    const small = String(Math.floor(rand() * (i < rows / 2 ? 4 : 6)));
    const plan = ['basic', 'pro', 'team', ''][Math.floor(rand() * 4)]!;
    // "word": 20 values, then 300 (new categories after the counter is full; a later range's counter fills too).
    const word = `w${Math.floor(rand() * (i < rows / 3 ? 20 : 300))}`;
    const free = i % 97 === 5 ? `"note ${i}, with ""quotes""\nand a line"` : `f${i}`;
    const flag = rand() < 0.3 ? 'true' : 'false';
    const day = `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    lines.push([i, x, z, small, plan, word, free, flag, day].join(','));
  }
  return lines.join('\n') + '\n';
}

async function setUp(rows = 3000, infinite = true) {
  const dir = await tempDir();
  await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'ref.csv': csv(rows, 7, infinite), 'data.csv': csv(rows, 11, infinite) });
  const schemaFile = userFile(dir, 'schema.json');
  const schema = await loadTableSchema(schemaFile);
  return { dir, schemaFile, schema, file: userFile(dir, 'data.csv'), ref: userFile(dir, 'ref.csv') };
}

type Setup = Awaited<ReturnType<typeof setUp>>;

/** Runs ranges after the first through structured clone, as a worker's message does, noting which were read again for their categories. */
function runner(splitAt: number[], seeded: string[][]) {
  return {
    workers: 2,
    splitAt,
    run: async (input: RangeInput): Promise<RangeOutcome> => {
      if (input.profile?.seeds) seeded.push(Object.keys(input.profile.seeds));
      return structuredClone(await tallyRange(structuredClone(input)));
    },
  };
}

async function onePass(s: Setup, make: () => DatasetProfiler) {
  const profiler = make();
  await tallyTable(await openTable(s.file), s.schema, { profile: profiler });
  return profiler;
}

async function inRanges(s: Setup, make: () => DatasetProfiler, splitAt: number[], seeded: string[][]) {
  const profiler = make();
  const tally = await tallyInRanges(s.file, s.schemaFile, { profile: profiler }, runner(splitAt, seeded));
  expect(tally).toBeDefined();
  return profiler;
}

async function referenceEdges(s: Setup): Promise<(column: string) => Binning> {
  const profiler = new DatasetProfiler(() => 'own');
  await tallyTable(await openTable(s.ref), s.schema, { profile: profiler });
  const reference = profiler.toProfile();
  return (column) => {
    const edges = frozenEdgesOf(reference.columns[column]);
    return edges ? { edges } : 'none';
  };
}

describe('profiling in byte ranges', () => {
  it('merges to the one-pass profile and state at every split point, on frozen edges and on its own, over the category cap', async () => {
    const s = await setUp();
    const size = csv(3000, 11).length;
    const frozen = await referenceEdges(s);
    const splits = (singles: number): number[][] => {
      const out: number[][] = [];
      for (let p = 40; p < size; p += Math.floor(size / singles)) out.push([p]);
      for (let k = 1; k < 5; k++) out.push([Math.floor((k * size) / 6), Math.floor(((k + 0.3) * size) / 6), Math.floor(((k + 1.5) * size) / 6)].filter((p) => p < size));
      return out;
    };
    const makers: Array<[() => DatasetProfiler, number[][]]> = [
      // A counter of 8: "word" and "free" overflow it; a range counts 80 and logs the rest.
      [() => new DatasetProfiler(frozen, () => new Set(), { categoryCap: 8 }), splits(31)],
      [() => new DatasetProfiler(() => 'own', () => new Set(), { categoryCap: 8 }), splits(11)],
      [() => new DatasetProfiler(frozen), splits(7)],
    ];
    const seeded: string[][] = [];
    for (const [make, splits] of makers) {
      const whole = await onePass(s, make);
      const expected = { profile: whole.toProfile(), state: whole.toState() };
      for (const splitAt of splits) {
        const ranged = await inRanges(s, make, splitAt, seeded);
        expect({ profile: ranged.toProfile(), state: ranged.toState() }, `split at ${splitAt.join(', ')}`).toEqual(expected);
      }
    }
    // The extremes keep the first seen of 0 and −0, as one pass does (Math.min would give −0).
    const whole = (await onePass(s, makers[2]![0])).toProfile();
    expect(Object.is(whole.columns.z!.min, 0)).toBe(true);
    expect(whole.columns.z!.grid!.low!.filter((v) => v === 0).map((v) => Object.is(v, 0))).toEqual([true]);
    // Some ranges could not tell a kept category's count ("word" is new late in the file) and were read again for it;
    // "free" (all distinct) never needed it: its log proves the kept values absent.
    expect(seeded.length).toBeGreaterThan(0);
    expect(seeded.flat().every((column) => column === 'word')).toBe(true);
  });

  it('gives validate-data the same drift against a saved profile, read in ranges or in one pass', async () => {
    // No INF here: a number column's maximum check reports it differently read in ranges (validate/table.ts, not the profile's).
    const s = await setUp(4000, false);
    const base = { data: ['data.csv'], baseDir: s.dir, schema: s.schemaFile, now: new Date('2026-12-01T00:00:00Z') };
    const reference = await validateData({ ...base, data: ['ref.csv'], profile: true });
    await writeFiles(s.dir, { 'ref.profile.json': profileText(reference.profile as Profile) });
    const whole = await validateData({ ...base, reference: 'ref.profile.json' });
    expect(whole.document.data.drift?.columns.length).toBeGreaterThan(4);
    const size = csv(4000, 11, false).length;
    for (let p = 100; p < size; p += Math.floor(size / 23)) {
      const seeded: string[][] = [];
      let calls = 0;
      const ranges = runner([p, Math.min(size - 1, p + 777)], seeded);
      const counted = { ...ranges, run: (input: RangeInput) => (calls++, ranges.run(input)) };
      const split = await validateData({ ...base, reference: 'ref.profile.json' }, { ranges: counted });
      expect(calls, `split at ${p}`).toBeGreaterThan(0);
      expect(split.document, `split at ${p}`).toEqual(whole.document);
      expect(split.profile, `split at ${p}`).toEqual(whole.profile);
    }
  });
});
