// The commit a command's results are about: the one checked out in its
// working directory when the command runs. runCli asks git while the
// command's code loads (askCheckedOutCommit in cli/common.ts); the answer
// belongs to that run only, so a second run with the same io after a new
// commit names the new commit, and a run outside a repository names none.
import { spawnSync } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../cli/main.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

function git(cwd: string, ...args: string[]): string {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' };
  return spawnSync('git', args, { cwd, encoding: 'utf8', env }).stdout.trim();
}

function quietIo(cwd: string): CliIo {
  return { stdout: () => {}, stderr: () => {}, cwd, isTty: false, examplesDir: join(ROOT, 'examples') };
}

async function validatedCommit(io: CliIo): Promise<string | undefined> {
  const code = await runCli(['validate', 'validate/passing.csv', '--schema', 'validate/schema.yaml', '--out', 'out.json'], io);
  expect(code).toBe(0);
  return JSON.parse(await readFile(join(io.cwd, 'out.json'), 'utf8')).subject.gitSha;
}

describe('the commit of a command-line run', () => {
  it('is the commit checked out when each run starts, also for the same io after a new commit', async () => {
    const dir = await tempDir('holdout-commit-');
    await cp(join(ROOT, 'examples/validate'), join(dir, 'validate'), { recursive: true });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first');
    const first = git(dir, 'rev-parse', 'HEAD');
    const io = quietIo(dir);
    expect(await validatedCommit(io)).toBe(first);

    await writeFile(join(dir, 'notes.txt'), 'more\n');
    git(dir, 'add', 'notes.txt');
    git(dir, 'commit', '-q', '-m', 'second');
    const second = git(dir, 'rev-parse', 'HEAD');
    expect(second).not.toBe(first);
    expect(await validatedCommit(io)).toBe(second);
  });

  it('is none outside a git repository', async () => {
    const dir = await tempDir('holdout-commit-');
    await cp(join(ROOT, 'examples/validate'), join(dir, 'validate'), { recursive: true });
    expect(await validatedCommit(quietIo(dir))).toBeUndefined();
  });
});
