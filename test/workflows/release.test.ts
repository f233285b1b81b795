// The release workflow (docs/releasing.md): it runs .ci/run (which checks
// dist/) before releasing, and its tag script refuses a tag that is not
// semver or not package.json's version and moves the major tag to each
// release — run here on a temporary git repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const SCRIPT = join(ROOT, '.github/release/check-tag.sh');

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { needs?: string | string[]; steps: Array<{ run?: string; uses?: string }> }>;
}

describe('release workflow', () => {
  it('runs on version tags, runs .ci/run (the dist/ check) and the packed CLI before it releases, then moves the major tag', () => {
    const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as Workflow;
    expect(workflow.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+*'] } });
    const runs = (job: string) => workflow.jobs[job]!.steps.map((s) => s.run ?? '').join('\n');
    expect(runs('check')).toContain('.ci/run');
    expect(runs('check')).toMatch(/npx holdout demo/);
    expect(workflow.jobs.release!.needs).toBe('check');
    expect(runs('release')).toContain('.github/release/check-tag.sh "$TAG"');
    expect(readFileSync(join(ROOT, '.ci/run'), 'utf8')).toMatch(/npm run build\nif ! git diff --exit-code --stat -- dist\//);
    const ci = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
    expect(ci.jobs.test!.steps.map((s) => s.run).filter(Boolean)).toContain('.ci/run');
  });

  it('the tag script moves v0 to each release, refuses bad tags and leaves v0 on prereleases', async () => {
    const repo = await tempDir('holdout-release-');
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).trim();
    const release = async (version: string, tag = `v${version}`) => {
      await writeFile(join(repo, 'package.json'), JSON.stringify({ name: 'holdout', version }));
      git('add', 'package.json');
      git('commit', '-q', '-m', version);
      git('tag', tag);
      return spawnSync('bash', [SCRIPT, tag], { cwd: repo, encoding: 'utf8' });
    };
    git('init', '-q');
    const first = await release('0.1.0');
    expect(first.status, first.stderr).toBe(0);
    expect(git('rev-parse', 'v0^{commit}')).toBe(git('rev-parse', 'v0.1.0^{commit}'));
    const second = await release('0.2.0');
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^v0 → v0\.2\.0 \([0-9a-f]{40}\)$/m);
    expect(git('rev-parse', 'v0^{commit}')).toBe(git('rev-parse', 'v0.2.0^{commit}'));

    const pre = await release('0.3.0-rc.1');
    expect(pre.status).toBe(0);
    expect(git('rev-parse', 'v0^{commit}')).toBe(git('rev-parse', 'v0.2.0^{commit}'));
    const mismatch = await release('0.3.0', 'v0.3.1');
    expect(mismatch.status).toBe(1);
    expect(mismatch.stderr).toBe("release tag v0.3.1 does not match package.json's version 0.3.0\n");
    const notSemver = await release('0.4.0', 'v0.4');
    expect(notSemver.status).toBe(1);
    expect(notSemver.stderr).toContain('is not vMAJOR.MINOR.PATCH');
    expect(git('rev-parse', 'v0^{commit}')).toBe(git('rev-parse', 'v0.2.0^{commit}'));
  });
});
