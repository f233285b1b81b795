// The pre-registry API, kept as wrappers until the entries call
// resolveBaseline(spec, context) from shared/baseline/index.ts. Delete this
// file with shared/baseline/resolve.ts, shared/baseline/local-git.ts and
// shared/github/baseline.ts.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitShow } from '../../shared/baseline/local-git.js';
import { resolveBaseline, type RemoteFetcher } from '../../shared/baseline/resolve.js';
import { fetchGitHubBaseline, gitHubBaselineFetcher } from '../../shared/github/baseline.js';
import { tempDir } from '../helpers.js';
import { octokitFor, OWNER, NAME, REPO, startGitHub } from './fake.js';

describe('deprecated baseline API', () => {
  it('resolveBaseline(spec, baseDir, remote): paths here, other sources to the fetcher in the old shape', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'b.json'), '{}');
    const seen: unknown[] = [];
    const remote: RemoteFetcher = async (source) => {
      seen.push(source);
      return { missing: 'fetched' };
    };
    expect(await resolveBaseline('b.json', dir, remote)).toEqual({ path: join(dir, 'b.json'), displayPath: 'b.json', source: 'b.json' });
    expect(await resolveBaseline(undefined, dir, remote)).toEqual({ missing: 'no baseline was given' });
    expect(await resolveBaseline('git:main:./m.json', dir, remote)).toEqual({ missing: 'fetched' });
    await resolveBaseline('artifact:a:f.json', dir, remote);
    await resolveBaseline('deployment:production', dir, remote);
    expect(seen).toEqual([
      { kind: 'git', ref: 'main', path: 'm.json', spec: 'git:main:./m.json' },
      { kind: 'artifact', name: 'a', file: 'f.json', spec: 'artifact:a:f.json' },
      { kind: 'deployment', environment: 'production', spec: 'deployment:production' },
    ]);
    expect(await resolveBaseline('artifact:a', dir, undefined)).toEqual({ missing: 'artifact:a: artifact baselines need GitHub access (a token and the repository)' });
    await expect(resolveBaseline('git:main', dir, remote)).rejects.toThrow('baseline "git:main": write git:<ref>:<path>, e.g. git:main:metrics/holdout.json');
  });

  it('gitHubBaselineFetcher and fetchGitHubBaseline read through the API', async () => {
    const gh = await startGitHub();
    try {
      gh.setContent(REPO, 'main', 'm.json', '{"auc": 1}');
      const dir = await tempDir();
      const fetched = await gitHubBaselineFetcher(octokitFor(gh), { owner: OWNER, repo: NAME }, dir)({ kind: 'git', ref: 'main', path: 'm.json', spec: 'git:main:m.json' });
      expect(await readFile((fetched as { path: string }).path, 'utf8')).toBe('{"auc": 1}');
      expect(await fetchGitHubBaseline(octokitFor(gh), { owner: OWNER, repo: NAME }, { kind: 'deployment', environment: 'prod', spec: 'deployment:prod' }, dir)).toEqual({ missing: 'deployment:prod: no successful deployment to "prod" (none at all: the first deploy?)' });
      expect(gh.violations).toEqual([]);
    } finally {
      await gh.stop();
    }
  });

  it('gitShow reads the local repository', async () => {
    const repo = await tempDir('holdout-git-');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe' });
    git('init', '-q');
    await writeFile(join(repo, 'm.json'), '{"auc": 2}');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    const found = await gitShow(repo, 'HEAD', 'm.json', 'git:HEAD:m.json');
    expect(found).toMatchObject({ displayPath: 'git:HEAD:m.json', source: 'git:HEAD:m.json', id: 'HEAD:m.json' });
    expect(await readFile((found as { path: string }).path, 'utf8')).toBe('{"auc": 2}');
    expect(await gitShow(repo, 'HEAD', 'nope.json', 'git:HEAD:nope.json')).toEqual({ missing: "git:HEAD:nope.json: fatal: path 'nope.json' does not exist in 'HEAD'" });
  });
});
