// The GitLab flags through the CLI's entry (runCli): --gitlab-code-quality on
// run and report gathers every stage's findings into one file; run
// --gitlab-note posts the all-in-one report as the merge request's note (the
// fake GitLab); the note's variables are checked before anything is sent,
// each problem in one line.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../cli/main.js';
import { FakeGitLab } from '../fake-gitlab/server.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const CONFIG = `data:
  - name: holdout
    files: data/*.csv
    schema: data/schema.yaml
model:
  candidate: model/candidate-predictions.csv
  baseline: model/baseline-predictions.csv
  policy: model/policy.yaml
`;

let workspace: string;
beforeEach(async () => {
  workspace = await tempDir('holdout-gitlab-cli-');
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

type Issue = { check_name: string; location: { path: string; lines: { begin: number } } };
const issuesIn = async (file: string) => JSON.parse(await readFile(join(workspace, file), 'utf8')) as Issue[];

describe('--gitlab-code-quality', () => {
  it('run writes one report with the data stage\'s and the comparison\'s findings; report writes the same from the results', async () => {
    const ran = await cli(['run', '--dry-run', '--gitlab-code-quality', 'gl-code-quality-report.json']);
    expect(ran.code, ran.stderr).toBe(1);
    const fromRun = await issuesIn('gl-code-quality-report.json');
    expect(new Set(fromRun.map((i) => i.location.path))).toEqual(new Set(['data/bad.csv', 'model/candidate-predictions.csv']));
    expect(fromRun.some((i) => i.check_name.startsWith('holdout/data/'))).toBe(true);
    expect(fromRun.some((i) => i.check_name.startsWith('holdout/compare-metrics/'))).toBe(true);

    const reported = await cli(['report', '--out', 'report.md', '--gitlab-code-quality', 'from-report.json']);
    expect(reported.code, reported.stderr).toBe(0);
    expect(reported.stderr).toBe(`holdout: GitLab Code Quality report: ${fromRun.length} findings → from-report.json\n`);
    expect((await issuesIn('from-report.json')).map((i) => i.check_name).sort()).toEqual(fromRun.map((i) => i.check_name).sort());
  });

  it('without a file name is a usage mistake', async () => {
    const r = await cli(['validate', 'data/bad.csv', '--schema', 'data/schema.yaml', '--gitlab-code-quality']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(/^holdout: Option '--gitlab-code-quality <value>' argument missing/);
  });
});

describe('run --gitlab-note', () => {
  it('posts the report of the whole pipeline, updates it on the next run, and posts nothing with --dry-run', async () => {
    const gitlab = await FakeGitLab.start();
    try {
      const token = 'glpat-run-0123456789abcdef';
      gitlab.addToken(token, { id: 41, username: 'project_7_bot', name: 'bot' });
      gitlab.addProject(7, 'group/churn-model', [3]);
      const env = { CI_API_V4_URL: gitlab.apiUrl, CI_PROJECT_ID: '7', CI_MERGE_REQUEST_IID: '3', HOLDOUT_GITLAB_TOKEN: token };
      const dry = await cli(['run', '--dry-run', '--gitlab-note'], { env });
      expect(dry.code, dry.stderr).toBe(1);
      expect(gitlab.requests).toEqual([]);
      const first = await cli(['run', '--gitlab-note'], { env });
      // The gate fails the example model (exit 1); the note is posted all the same.
      expect(first.code, first.stderr).toBe(1);
      expect(first.stderr).toMatch(/GitLab note posted: merge request !3, note \d+/);
      const second = await cli(['run', '--gitlab-note'], { env });
      expect(second.stderr).toMatch(/GitLab note updated/);
      const notes = gitlab.notesOf(7, 3);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.body).toContain('holdout:report:default/');
      expect(gitlab.violations).toEqual([]);
    } finally {
      await gitlab.stop();
    }
  });
});

describe('report --gitlab-note: the pipeline\'s variables, checked before anything is sent', () => {
  const mr = { CI_MERGE_REQUEST_IID: '3', CI_API_V4_URL: 'http://127.0.0.1:9/api/v4', CI_PROJECT_ID: '7', HOLDOUT_GITLAB_TOKEN: 'glpat-x-0123456789' };
  it.each([
    ['a merge request IID that is not one', { ...mr, CI_MERGE_REQUEST_IID: 'abc' }, 'holdout: --gitlab-note: CI_MERGE_REQUEST_IID is "abc", not a merge request IID'],
    ['no API URL', { ...mr, CI_API_V4_URL: undefined }, 'holdout: --gitlab-note: neither CI_API_V4_URL nor CI_SERVER_URL is set, so the GitLab API is unknown'],
    ['no project', { ...mr, CI_PROJECT_ID: undefined }, 'holdout: --gitlab-note: neither CI_MERGE_REQUEST_PROJECT_ID nor CI_PROJECT_ID is set'],
    ['no token at all', { ...mr, HOLDOUT_GITLAB_TOKEN: undefined }, 'holdout: --gitlab-note needs HOLDOUT_GITLAB_TOKEN (or GITLAB_TOKEN): a project access token with the api scope'],
  ])('%s', async (_, env, line) => {
    await cli(['run', '--dry-run']);
    const r = await cli(['report', '--gitlab-note', '--out', 'report.md'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${line}\n`);
  });
});
