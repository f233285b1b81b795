// writeFileAtomic: a path that cannot be written is one ConfigurationError
// naming the path (exit 2 in the CLI), never Node's EEXIST/ENOTDIR stack, and
// nothing is left behind — neither a temp file nor a half-written target.

import { readdir, readFile, writeFile, mkdir, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { writeFileAtomic } from '../../shared/io/atomic.js';
import { tempDir } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file', async () => {
    const dir = await tempDir();
    await writeFileAtomic(join(dir, 'out', 'a.json'), '{"a":1}\n');
    expect(await readFile(join(dir, 'out', 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(join(dir, 'out'))).toEqual(['a.json']);
  });

  it('a file where a folder should be: one line naming the path as the user wrote it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'data.csv'), 'a\n1\n');
    const error = await writeFileAtomic(join(dir, 'data.csv', 'x.xml'), '<x/>', 'data.csv/x.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe('data.csv/x.xml: cannot write: a part of the path is a file, not a directory');
    expect((error as Error).message).not.toContain('\n');
    expect(await readFile(join(dir, 'data.csv'), 'utf8')).toBe('a\n1\n');
  });

  it('a target that is a directory: refused, the directory and its contents untouched, no temp file left', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'report.md'));
    await writeFile(join(dir, 'report.md', 'keep'), 'k');
    const error = await writeFileAtomic(join(dir, 'report.md'), 'text', 'report.md').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/^report\.md: cannot write: /);
    expect((await readdir(dir)).sort()).toEqual(['report.md']);
    expect(await readdir(join(dir, 'report.md'))).toEqual(['keep']);
  });

  it.skipIf(process.getuid?.() === 0)('a folder without write permission: "permission denied", the old file kept', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'ro'));
    await writeFile(join(dir, 'ro', 'a.json'), 'old');
    await chmod(join(dir, 'ro'), 0o555);
    try {
      const error = await writeFileAtomic(join(dir, 'ro', 'a.json'), 'new', 'ro/a.json').catch((e: unknown) => e);
      expect((error as Error).message).toBe('ro/a.json: cannot write: permission denied');
      expect(await readFile(join(dir, 'ro', 'a.json'), 'utf8')).toBe('old');
    } finally {
      await chmod(join(dir, 'ro'), 0o755);
    }
  });
});
