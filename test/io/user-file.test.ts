// Every reader takes a UserFile and names the file as the user wrote it
// (relative to the workspace), never by its absolute path on the runner —
// whether the file is missing or its content is wrong.

import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigText } from '../../shared/config/load.js';
import { openTable } from '../../shared/data/table.js';
import { expandPaths } from '../../shared/data/paths.js';
import { foundFile, userFile, type UserFile } from '../../shared/io/user-file.js';
import { readMetricsFile } from '../../shared/metrics/files.js';
import { readPredictionsFile } from '../../shared/metrics/predictions.js';
import { readProfile } from '../../shared/profile/io.js';
import { loadTableSchema } from '../../shared/schema/load.js';

const COLUMNS = { id: 'id', label: 'label', score: 'score', prediction: undefined, slices: [] };

const READERS: Record<string, { bad: string; name: string; read: (file: UserFile) => Promise<unknown> }> = {
  openTable: { name: 'data/x.csv', bad: '', read: async (f) => { const t = await openTable(f); for await (const _ of t.batches); } },
  readMetricsFile: { name: 'metrics/m.json', bad: '{"auc": "high"}', read: (f) => readMetricsFile(f) },
  readPredictionsFile: { name: 'preds/p.csv', bad: 'id,label,score\n1,0,high\n', read: (f) => readPredictionsFile(f, COLUMNS) },
  loadTableSchema: { name: 'schema/s.yaml', bad: 'fields: 3\n', read: (f) => loadTableSchema(f) },
  readProfile: { name: 'ref/p.json', bad: '{"holdoutProfile": 99}', read: (f) => readProfile(f) },
  readConfigText: { name: '.github/holdout.yml', bad: '  \n', read: (f) => readConfigText(f) },
};

async function workspace(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'holdout-userfile-'));
}

describe('readers name the file the user wrote', () => {
  for (const [reader, { name, bad, read }] of Object.entries(READERS)) {
    it(`${reader}: a missing file is named relative to the workspace`, async () => {
      const dir = await workspace();
      const error = (await read(userFile(dir, `./${name}`)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(error.message.startsWith(`${name}: `)).toBe(true);
      expect(error.message).not.toContain(dir);
    });

    it(`${reader}: a file with bad content is named relative to the workspace`, async () => {
      const dir = await workspace();
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), bad);
      const error = (await read(userFile(dir, name)).catch((e: unknown) => e)) as Error;
      expect(error).toBeInstanceOf(Error);
      expect(error.message.startsWith(name)).toBe(true);
      expect(error.message).not.toContain(dir);
    });
  }
});

describe('UserFile', () => {
  it('keeps the written path, shows it relative with forward slashes, and opens it absolutely', () => {
    const file = userFile('/ws', './data/../data/train.csv');
    expect(file).toEqual({ written: './data/../data/train.csv', display: 'data/train.csv', path: '/ws/data/train.csv' });
    expect(userFile('/ws', '/elsewhere/x.csv').display).toBe('/elsewhere/x.csv');
    expect(foundFile('/ws', '/ws/a/b.csv').display).toBe('a/b.csv');
  });

  it('glob matches are UserFiles named relative to the base directory', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'd'));
    await writeFile(join(dir, 'd', 'b.csv'), 'a\n1\n');
    await writeFile(join(dir, 'd', 'a.csv'), 'a\n1\n');
    const files = await expandPaths(['d/*.csv', 'd/a.csv'], dir);
    expect(files.map((f) => f.display)).toEqual(['d/a.csv', 'd/b.csv']);
    expect(files[0]!.path).toBe(join(dir, 'd', 'a.csv'));
  });
});
