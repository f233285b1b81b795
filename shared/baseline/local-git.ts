// git:<ref>:<path> for the CLI: the file at a ref of the local repository,
// read with `git show` (arguments passed as a list, never a shell string).

import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ResolvedBaseline } from './resolve.js';

export function gitShow(cwd: string, ref: string, path: string, spec: string): Promise<ResolvedBaseline> {
  return new Promise((resolvePromise) => {
    execFile('git', ['show', `${ref}:${path}`], { cwd, encoding: 'buffer', maxBuffer: 1 << 30 }, async (error, stdout, stderr) => {
      if (error) {
        const reason = stderr.toString('utf8').trim().split('\n')[0] || error.message;
        resolvePromise({ missing: `${spec}: ${reason}` });
        return;
      }
      const dir = await mkdtemp(join(tmpdir(), 'holdout-baseline-'));
      const file = join(dir, basename(path));
      await writeFile(file, stdout);
      resolvePromise({ path: file, displayPath: spec, source: spec, id: `${ref}:${path}` });
    });
  });
}
