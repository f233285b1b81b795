// `holdout run`: the all-in-one config run locally by the composition the
// root action runs. --dry-run prints the check run and the comment it would
// post and posts nothing; without it, with a token and a repository, it posts
// them to GitHub (the fake) as the root action does on a push of the commit.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../cli/main.js';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { FakeGitHub } from '../fake-github/server.js';
import { FakeGitLab } from '../fake-gitlab/server.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const REPO = 'Codertocat/Hello-World';
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
// The config of test/e2e/holdout.e2e.test.ts, where the root action runs it.
const CONFIG = `# holdout pipeline for the example churn model
data:
  - name: holdout
    files: data/*.csv
    schema: data/schema.yaml
model:
  candidate: model/candidate-predictions.csv
  baseline: model/baseline-predictions.csv
  policy: model/policy.yaml
report:
  title: churn model
`;

let workspace: string;
beforeEach(async () => {
  workspace = await tempDir('holdout-run-');
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  await cp(join(ROOT, 'examples/compare'), join(workspace, 'model'), { recursive: true });
  await mkdir(join(workspace, '.github'), { recursive: true });
  await writeFile(join(workspace, '.github/holdout.yml'), CONFIG);
});

async function cli(args: string[], extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: workspace, isTty: false, examplesDir: join(ROOT, 'examples'), ...extra });
  return { code, stdout, stderr };
}

describe('holdout run --dry-run', () => {
  it('runs the config as the root action does and prints what it would post', async () => {
    const r = await cli(['run', '--dry-run', '--commit', HEAD]);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('holdout run: .github/holdout.yml (dry run: nothing is posted)');
    expect(lines[1]).toMatch(/^FAIL {2}validate-data-holdout → holdout-results\/validate-data-holdout\.json: Data validation fail: /);
    expect(lines[2]).toMatch(/^FAIL {2}compare-metrics → holdout-results\/compare-metrics\.json: Model comparison fail: /);
    expect(lines[3]).toMatch(/^FAIL {2}gate → holdout-results\/gate\.json \(audit record holdout-audit\/gate-audit\.json\): /);
    expect(r.stdout).toContain(`Would publish the check run "holdout / gate" on ${HEAD.slice(0, 12)}: conclusion failure, title "Fail: `);
    expect(r.stdout).toMatch(/Would post or update the sticky comment "default" on the pull request whose head is ec26c3e57ca3 \(report\.comment: auto\), [\d,]+ characters:\n\n❌ \*\*churn model/);
    expect(r.stdout).toContain('### ❌ Gate');
    // The same files as the root action writes (test/e2e/holdout.e2e.test.ts).
    expect((await readdir(join(workspace, 'holdout-results'))).sort()).toEqual(['compare-metrics.json', 'gate.json', 'validate-data-holdout.json']);
    const audit = JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit).toMatchObject({ kind: 'gate-audit', decision: 'fail' });
    expect(audit.inputs).toHaveLength(2);
  });

  it('--format json gives the check run and the comment body, and a passing pipeline exits 0', async () => {
    await writeFile(join(workspace, '.github/holdout.yml'), 'data:\n  - files: data/train.csv\n    schema: data/schema.yaml\nreport:\n  key: nightly\n');
    const r = await cli(['run', '--dry-run', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({
      config: '.github/holdout.yml',
      dryRun: true,
      resultsDir: 'holdout-results',
      stages: [{ name: 'validate-data', resultsFile: 'holdout-results/validate-data.json', status: 'pass' }],
      gate: { decision: 'pass' },
      checkRun: { name: 'holdout / gate', conclusion: 'success' },
      comment: { key: 'nightly', mode: 'auto' },
      exitCode: 0,
    });
    expect(report.checkRun.title).toMatch(/^Pass: /);
    expect(report.comment.body.split('\n')[0]).toMatch(/^✅ \*\*holdout/);
  });

  it('reads another config with --config; bad input is exit 2 with one line naming file, line and key', async () => {
    await writeFile(join(workspace, 'ci.yml'), 'data:\n  - files: data/train.csv\n    schema: data/schema.yaml\ngate:\n  enabled: false\nreport:\n  comment: never\n');
    const other = await cli(['run', '--config', 'ci.yml', '--dry-run']);
    expect(other.code).toBe(0);
    expect(other.stdout).toContain('Would publish no check run (gate.enabled: false)');
    expect(other.stdout).toContain('Would post no comment (report.comment: never)');
    expect(await readdir(join(workspace, 'holdout-results'))).toEqual(['validate-data.json']);

    await writeFile(join(workspace, 'typo.yml'), 'data:\n  - files: data/train.csv\n    schema: data/schema.yaml\nmodel:\n  candidate: x.csv\n  polcy: p.yaml\n');
    const typo = await cli(['run', '--config', 'typo.yml', '--dry-run']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^holdout: typo\.yml:6: model\.polcy: .*\n$/);
    const none = await cli(['run', '--config', 'nope.yml']);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(none.stderr).toContain('nope.yml');
    expect((await cli(['run', 'extra'])).code).toBe(2);
    expect((await cli(['run', '--format', 'xml'])).code).toBe(2);
  });

  it('a data file that cannot be read is bad input: exit 2, even though the gate runs', async () => {
    await writeFile(join(workspace, '.github/holdout.yml'), 'data:\n  - files: data/missing.csv\n    schema: data/schema.yaml\n');
    const r = await cli(['run', '--dry-run']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^holdout: data\/missing\.csv: no such file\n$/);
  });
});

describe('holdout run (posting)', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await FakeGitHub.start();
    gh.addToken('ghs_user', { user: 'github-actions[bot]', installation: true });
    gh.addPullRequest(REPO, { number: 2, author: 'Codertocat', headSha: HEAD });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });
  const gitHub = async () => ({ octokit: createOctokit({ token: 'ghs_user', apiUrl: gh.url, retries: 0 }), repo: { owner: 'Codertocat', repo: 'Hello-World' } });

  it('posts nothing with --dry-run, even with a token', async () => {
    const r = await cli(['run', '--dry-run', '--commit', HEAD], { gitHub });
    expect(r.code).toBe(1);
    expect(gh.checkRunsFor(REPO)).toEqual([]);
    expect(gh.commentsOn(REPO, 2)).toEqual([]);
  });

  it('publishes the check run on the commit and the comment the dry run showed, on the pull request it heads', async () => {
    const dry = JSON.parse((await cli(['run', '--dry-run', '--commit', HEAD, '--format', 'json'], { gitHub })).stdout);
    const r = await cli(['run', '--commit', HEAD], { gitHub });
    expect(r.code, r.stderr).toBe(1);
    const [check] = gh.checkRunsFor(REPO);
    expect(check).toMatchObject({ name: dry.checkRun.name, conclusion: dry.checkRun.conclusion, head_sha: HEAD });
    expect(check!.output.title).toBe(dry.checkRun.title);
    const [comment] = gh.commentsOn(REPO, 2);
    expect(comment!.body).toBe(dry.comment.body);
    expect(r.stdout.toLowerCase()).toContain(`comment: https://github.com/${REPO}/pull/2#issuecomment-${comment!.id}`.toLowerCase());
  });

  it('--gitlab-note beside GitHub posting keeps the GitHub comment\'s marker: the next run updates the same comment', async () => {
    const gitlab = await FakeGitLab.start();
    try {
      gitlab.addToken('glpat-both-0123456789ab', { id: 41, username: 'project_7_bot', name: 'bot' });
      gitlab.addProject(7, 'group/churn-model', [3]);
      const env = { CI_API_V4_URL: gitlab.apiUrl, CI_PROJECT_ID: '7', CI_MERGE_REQUEST_IID: '3', HOLDOUT_GITLAB_TOKEN: 'glpat-both-0123456789ab' };
      const first = await cli(['run', '--commit', HEAD], { gitHub });
      expect(first.code, first.stderr).toBe(1);
      const second = await cli(['run', '--commit', HEAD, '--gitlab-note'], { gitHub, env });
      expect(second.code, second.stderr).toBe(1);
      const comments = gh.commentsOn(REPO, 2);
      expect(comments).toHaveLength(1);
      expect(gitlab.notesOf(7, 3)).toHaveLength(1);
      expect(gitlab.notesOf(7, 3)[0]!.body).toBe(comments[0]!.body);
      expect(gitlab.violations).toEqual([]);
    } finally {
      await gitlab.stop();
    }
  });
});
