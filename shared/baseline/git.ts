// git:<ref>:<path>: the file at a branch, tag or commit. Read from the local
// repository at baseDir with `git show` when the context says so (the CLI;
// arguments passed as a list, never a shell string), else through the
// contents API.

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { httpStatus, throughGitHub } from './github-api.js';
import type { BaselineContext, BaselineResolver, ResolvedBaseline } from './resolver.js';

export interface GitSource {
  kind: 'git';
  ref: string;
  /** Relative to the repository root, without a leading `./` or `/`. */
  path: string;
  spec: string;
}

export const gitResolver: BaselineResolver<GitSource> = {
  scheme: 'git',
  syntax: 'git:<ref>:<path>',
  parse(rest, spec) {
    const split = rest.indexOf(':');
    if (split <= 0 || split === rest.length - 1) throw new ConfigurationError(`baseline "${spec}": write git:<ref>:<path>, e.g. git:main:metrics/holdout.json`);
    return { kind: 'git', ref: rest.slice(0, split), path: rest.slice(split + 1).replace(/^\.?\//, ''), spec };
  },
  async resolve(source, context) {
    if (context.localGit) return fromLocalGit(source, context);
    return throughGitHub(source.spec, 'git', 'contents: read', context, async (octokit, repo, tempDir) => {
      let data: unknown;
      try {
        ({ data } = await octokit.rest.repos.getContent({ ...repo, path: source.path, ref: source.ref }));
      } catch (error) {
        if (httpStatus(error) === 404) return { missing: `${source.spec}: no file ${source.path} at ref ${source.ref} in ${repo.owner}/${repo.repo}` };
        throw error;
      }
      const file = data as { type?: string; content?: string; encoding?: string; sha?: string };
      if (Array.isArray(data) || file.type !== 'file' || typeof file.content !== 'string') {
        return { missing: `${source.spec}: ${source.path} at ${source.ref} is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a file` };
      }
      const path = join(tempDir, `git-${basename(source.path)}`);
      await writeFile(path, Buffer.from(file.content, 'base64'));
      return { path, written: source.spec, display: source.spec, source: source.spec, id: `${source.ref}:${source.path}${file.sha ? `@${file.sha.slice(0, 12)}` : ''}` };
    });
  },
};

function fromLocalGit(source: GitSource, context: BaselineContext): Promise<ResolvedBaseline> {
  return new Promise((resolvePromise, reject) => {
    execFile('git', ['show', `${source.ref}:${source.path}`], { cwd: context.baseDir, encoding: 'buffer', maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      if (error) {
        const reason = stderr.toString('utf8').trim().split('\n')[0] || error.message;
        resolvePromise({ missing: `${source.spec}: ${reason}` });
        return;
      }
      const path = join(context.tempDir, `git-${basename(source.path)}`);
      mkdir(context.tempDir, { recursive: true })
        .then(() => writeFile(path, stdout))
        .then(() => resolvePromise({ path, written: source.spec, display: source.spec, source: source.spec, id: `${source.ref}:${source.path}` }), reject);
    });
  });
}
