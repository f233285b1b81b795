// The monitor reads a large CSV file in byte ranges as validate-data does
// (validate/parallel.ts, with the monitor's profiler: the reference's grid
// plus its min and next-up max as edges): its document — drift, out-of-range
// shares, missing rates, unseen categories — is the one-pass document at
// every split point tried.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userFile } from '../../shared/io/user-file.js';
import { monitorData } from '../../shared/monitor/run.js';
import { profileText } from '../../shared/profile/io.js';
import type { Profile } from '../../shared/profile/profile.js';
import { tallyRange, type RangeInput, type RangeOutcome } from '../../shared/validate/parallel.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'amount', type: 'number' },
    { name: 'count', type: 'integer' },
    { name: 'plan', type: 'string' },
    { name: 'day', type: 'date' },
  ],
};

function csv(rows: number, seed: number, shift: number): string {
  let state = seed >>> 0;
  const rand = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const lines = ['id,amount,count,plan,day'];
  for (let i = 0; i < rows; i++) {
    const amount = rand() < 0.02 ? '' : (shift + rand() * 100).toFixed(2);
    const plan = ['basic', 'pro', 'team', shift > 0 ? 'new' : 'basic'][Math.floor(rand() * 4)];
    lines.push([i, amount, Math.floor(rand() * (20 + shift)), plan, `2026-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`].join(','));
  }
  return lines.join('\n') + '\n';
}

describe('monitor in byte ranges', () => {
  it('gives the one-pass document at every split point', async () => {
    const dir = await tempDir();
    const data = csv(3000, 5, 10);
    await writeFiles(dir, { 'schema.json': JSON.stringify(SCHEMA), 'ref.csv': csv(3000, 3, 0), 'data.csv': data });
    const schema = userFile(dir, 'schema.json');
    const now = new Date('2026-12-01T00:00:00Z');
    const reference = await validateData({ data: ['ref.csv'], baseDir: dir, schema, profile: true, now });
    await writeFiles(dir, { 'ref.profile.json': profileText(reference.profile as Profile) });
    const input = { data: ['data.csv'], baseDir: dir, schema, reference: { path: join(dir, 'ref.profile.json'), display: 'ref.profile.json' }, now };
    const whole = await monitorData(input);
    expect(whole.document.checks.some((c) => c.id.startsWith('outOfRange:') && c.count! > 0)).toBe(true);
    expect(whole.document.data.drift?.columns.length).toBeGreaterThan(2);
    for (let p = 50; p < data.length; p += Math.floor(data.length / 17)) {
      let calls = 0;
      const ranges = {
        workers: 2,
        splitAt: [p, Math.min(data.length - 1, p + 1500)],
        run: async (range: RangeInput): Promise<RangeOutcome> => (calls++, structuredClone(await tallyRange(structuredClone(range)))),
      };
      const split = await monitorData(input, { ranges });
      expect(calls, `split at ${p}`).toBeGreaterThan(0);
      expect(split.document, `split at ${p}`).toEqual(whole.document);
    }
  });
});
