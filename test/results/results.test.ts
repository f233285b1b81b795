// The results document: schema round trip, atomic writes, readers that name
// the file, and the status algebra.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { readResultsFile, writeResults } from '../../shared/results/io.js';
import { collectResults } from '../../shared/results/collect.js';
import { userFile } from '../../shared/io/user-file.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { statusFailsStep, worstStatus } from '../../shared/results/status.js';
import { tempDir } from '../helpers.js';

const document: ResultsDocument = {
  holdout: 1,
  kind: 'validate-data',
  title: 'Data validation',
  status: 'fail',
  createdAt: '2026-12-01T00:00:00.000Z',
  subject: { files: [{ path: 'd.csv', sha256: 'a'.repeat(64), bytes: 10 }] },
  checks: [{ id: 'd.csv#header', title: 'Header', status: 'fail', message: '1 error', count: 1, locations: [{ file: 'd.csv', line: 1 }] }],
  data: { tables: [], rows: 0, errorCount: 1, errors: [] },
};

describe('results documents', () => {
  it('round-trip through an atomic write, leaving no temp file', async () => {
    const dir = await tempDir();
    const path = join(dir, 'nested/out.json');
    await writeResults(path, document);
    expect((await readResultsFile(userFile(dir, 'nested/out.json')))?.document).toEqual(document);
    expect(await readdir(join(dir, 'nested'))).toEqual(['out.json']);
  });

  it('refuse to write a document that would not read back', async () => {
    const dir = await tempDir();
    await expect(writeResults(join(dir, 'x.json'), { ...document, status: 'great' } as never)).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('reject unparsable documents naming the file and key', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.json'), '{"holdout": 1, "kind": "validate-data"');
    await writeFile(join(dir, 'wrong.json'), JSON.stringify({ ...document, holdout: 2 }));
    const bad = await readResultsFile(userFile(dir, 'bad.json')).catch((e) => e);
    expect(bad).toBeInstanceOf(ConfigurationError);
    expect(bad.message).toMatch(/^bad\.json: not a holdout results document: invalid JSON/);
    await expect(readResultsFile(userFile(dir, 'wrong.json'))).rejects.toThrow(/^wrong\.json: not a holdout results document: holdout: /);
    await expect(readResultsFile(userFile(dir, 'none.json'))).rejects.toThrow(/^none\.json: cannot read results document: no such file/);
  });

  it('are read by one reader, for one file and for a glob: same document, same sha256, same errors', async () => {
    const dir = await tempDir();
    await writeResults(join(dir, 'r/a.json'), document);
    await writeFile(join(dir, 'r/bad.json'), '{');
    await writeFile(join(dir, 'r/profile.json'), JSON.stringify({ holdoutProfile: 1, rows: 0, columns: {} }));
    const one = await readResultsFile(userFile(dir, 'r/a.json'));
    const sha256 = createHash('sha256').update(await readFile(join(dir, 'r/a.json'))).digest('hex');
    expect(one).toEqual({ file: 'r/a.json', sha256, document });
    const collected = await collectResults(['r/*.json'], dir);
    expect(collected.documents).toEqual([one]);
    expect(collected.problems.map((p) => p.message)).toEqual([(await readResultsFile(userFile(dir, 'r/bad.json')).catch((e) => e)).message]);
    // A profile beside the results is not a results document, for both.
    expect(await readResultsFile(userFile(dir, 'r/profile.json'))).toBeUndefined();
  });

  it('keeps the previous file intact when a write is replaced', async () => {
    const dir = await tempDir();
    const path = join(dir, 'r.json');
    await writeResults(path, document);
    await writeResults(path, { ...document, status: 'pass' });
    expect(JSON.parse(await readFile(path, 'utf8')).status).toBe('pass');
  });
});

describe('status algebra', () => {
  it('combines to the worst status; error outranks fail', () => {
    expect(worstStatus([])).toBe('pass');
    expect(worstStatus(['pass', 'warn'])).toBe('warn');
    expect(worstStatus(['warn', 'fail', 'pass'])).toBe('fail');
    expect(worstStatus(['fail', 'error'])).toBe('error');
  });
  it('fail-on decides which statuses fail the step; error always does', () => {
    expect(statusFailsStep('warn', 'fail')).toBe(false);
    expect(statusFailsStep('warn', 'warn')).toBe(true);
    expect(statusFailsStep('fail', 'never')).toBe(false);
    expect(statusFailsStep('error', 'never')).toBe(true);
  });
});

describe('a results file that starts like a profile', () => {
  it('is read as the results document it is (the report does not skip it); only a genuine profile is left out', async () => {
    const dir = await tempDir();
    const failing = { holdoutProfile: 1, ...document, status: 'fail' };
    await writeFile(join(dir, 'disguised.json'), JSON.stringify(failing));
    await writeFile(join(dir, 'profile.json'), JSON.stringify({ holdoutProfile: 1, rows: 0, columns: {} }));
    const disguised = await readResultsFile(userFile(dir, 'disguised.json'));
    expect(disguised?.document.status).toBe('fail');
    expect(await readResultsFile(userFile(dir, 'profile.json'))).toBeUndefined();
    const { documents } = await collectResults(['*.json'], dir);
    expect(documents.map((d) => d.file)).toEqual(['disguised.json']);
  });
});
