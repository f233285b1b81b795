import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBaseline, type BaselineContext } from '../../shared/baseline/index.js';
import type { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { configurationError, gitHubContext, offlineContext, REPO, startGitHub } from './fake.js';

describe('baseline git:<ref>:<path> through the contents API', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHub();
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it('found: the file at the ref, written to tempDir, with the blob sha in its id', async () => {
    gh.setContent(REPO, 'v1', 'metrics/prod.json', '{"auc": 0.91}');
    const context = await gitHubContext(gh);
    const found = await resolveBaseline('git:v1:./metrics/prod.json', context);
    expect(found).toMatchObject({ display: 'git:v1:./metrics/prod.json', source: 'git:v1:./metrics/prod.json', id: expect.stringMatching(/^v1:metrics\/prod\.json@[0-9a-f]{12}$/) });
    if ('missing' in found) throw new Error(found.missing);
    expect(found.path.startsWith(context.tempDir)).toBe(true);
    expect(await readFile(found.path, 'utf8')).toBe('{"auc": 0.91}');
    expect(gh.requests.filter((q) => q.operationId === 'repos/get-content').map((q) => decodeURIComponent(q.path))).toEqual([`/repos/${REPO}/contents/metrics/prod.json?ref=v1`]);
  });

  it('not found (404): names the file, the ref and the repository', async () => {
    gh.setContent(REPO, 'main', 'metrics/prod.json', '{}');
    expect(await resolveBaseline('git:v2:metrics/prod.json', await gitHubContext(gh))).toEqual({ missing: `git:v2:metrics/prod.json: no file metrics/prod.json at ref v2 in ${REPO}` });
  });

  it('forbidden (403): a missing reason with the permission to grant', async () => {
    gh.injectFault({ operationId: 'repos/get-content', status: 403, body: { message: 'Resource not accessible by integration' } });
    const { missing } = (await resolveBaseline('git:main:metrics/prod.json', await gitHubContext(gh))) as { missing: string };
    expect(missing).toMatch(/^git:main:metrics\/prod\.json: the token may not read it \(403 Resource not accessible by integration.*\); grant the token contents: read or use a path$/);
  });

  it('without GitHub access: says what is needed', async () => {
    expect(await resolveBaseline('git:main:m.json', await offlineContext())).toEqual({ missing: 'git:main:m.json: git baselines need GitHub access (a token and the repository)' });
    const cli = { ...(await offlineContext()), noGitHub: 'set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' };
    expect(await resolveBaseline('git:main:m.json', cli)).toEqual({ missing: 'git:main:m.json: set GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name) to read git baselines' });
  });
});

describe('baseline git:<ref>:<path> from the local repository (localGit)', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });
  let repo: string;
  let context: BaselineContext;

  beforeEach(async () => {
    repo = await tempDir('holdout-git-');
    git(repo, 'init', '-q');
    await mkdir(join(repo, 'metrics'));
    await writeFile(join(repo, 'metrics/prod.json'), '{"auc": 0.8}');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'one');
    git(repo, 'tag', 'v1');
    await writeFile(join(repo, 'metrics/prod.json'), '{"auc": 0.9}');
    git(repo, 'commit', '-q', '-am', 'two');
    context = { baseDir: repo, tempDir: join(await tempDir('holdout-fetched-'), 'nested'), localGit: true };
  });

  it('found: the file at the ref, not the working tree', async () => {
    const found = await resolveBaseline('git:v1:metrics/prod.json', context);
    expect(found).toMatchObject({ display: 'git:v1:metrics/prod.json', source: 'git:v1:metrics/prod.json', id: 'v1:metrics/prod.json' });
    if ('missing' in found) throw new Error(found.missing);
    expect(await readFile(found.path, 'utf8')).toBe('{"auc": 0.8}');
    expect(await readFile(((await resolveBaseline('git:main:/metrics/prod.json', context)) as { path: string }).path, 'utf8')).toBe('{"auc": 0.9}');
  });

  it('is preferred to the API when both are there', async () => {
    const withApi = { ...context, github: { octokit: undefined as never, repo: { owner: 'o', repo: 'r' } } };
    expect(await resolveBaseline('git:v1:metrics/prod.json', withApi)).toMatchObject({ id: 'v1:metrics/prod.json' });
  });

  it("not found: git's own reason, naming the spec", async () => {
    expect(await resolveBaseline('git:v1:metrics/nope.json', context)).toEqual({ missing: "git:v1:metrics/nope.json: fatal: path 'metrics/nope.json' does not exist in 'v1'" });
    expect((await resolveBaseline('git:v9:metrics/prod.json', context) as { missing: string }).missing).toMatch(/^git:v9:metrics\/prod\.json: fatal: invalid object name 'v9'/);
    const notARepo = { ...context, baseDir: await tempDir('holdout-not-git-') };
    expect((await resolveBaseline('git:main:m.json', notARepo) as { missing: string }).missing).toMatch(/^git:main:m\.json: fatal: not a git repository/);
  });

  it('passes the ref and path as arguments, never through a shell', async () => {
    const marker = join(repo, 'pwned');
    const result = await resolveBaseline(`git:$(touch ${marker}):x;touch ${marker}`, context);
    expect('missing' in result).toBe(true);
    expect(existsSync(marker)).toBe(false);
  });
});

describe('baseline git: spec syntax', () => {
  it('bad spec: one line naming it and the way to write it', async () => {
    for (const spec of ['git:main', 'git::m.json', 'git:main:', 'git:']) {
      expect(await configurationError(resolveBaseline(spec, await offlineContext()))).toBe(`baseline "${spec}": write git:<ref>:<path>, e.g. git:main:metrics/holdout.json`);
    }
  });
});
