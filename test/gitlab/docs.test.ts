// docs/gitlab.md's .gitlab-ci.yml: it parses, every file a job declares under
// artifacts:reports is named in that job's script by the flag that writes it,
// and running the jobs' scripts stage by stage (through the CLI's entry, with
// a merge request pipeline's variables pointing at the fake GitLab) writes
// every one of them and posts the note.
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../cli/main.js';
import { FakeGitLab } from '../fake-gitlab/server.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const TOKEN = 'glpat-docs-0123456789abcdef';
const BOT = { id: 41, username: 'project_7_bot_1a2b', name: 'holdout bot' };
const KEYWORDS = new Set(['workflow', 'stages', 'default', 'variables', 'include']);
/** Which flag writes which artifacts:reports entry. */
const FLAG_OF: Record<string, string> = { codequality: '--gitlab-code-quality', junit: '--junit' };

interface Job {
  stage: string;
  script: string[];
  rules?: Array<{ if?: string }>;
  allow_failure?: { exit_codes: number[] };
  artifacts?: { reports?: Record<string, string> };
}

async function documentedPipeline(): Promise<Record<string, unknown>> {
  const markdown = await readFile(join(ROOT, 'docs/gitlab.md'), 'utf8');
  const block = /```yaml\n([\s\S]*?)```/.exec(markdown);
  expect(block, 'docs/gitlab.md has a yaml block').not.toBeNull();
  return parse(block![1]!) as Record<string, unknown>;
}

let gitlab: FakeGitLab;
beforeEach(async () => {
  gitlab = await FakeGitLab.start();
  gitlab.addToken(TOKEN, BOT);
  gitlab.addProject(7, 'group/churn-model', [3]);
});
afterEach(async () => {
  expect(gitlab.violations).toEqual([]);
  await gitlab.stop();
});

describe('docs/gitlab.md', () => {
  it('the .gitlab-ci.yml parses, and each report a job declares is written by its script', async () => {
    const pipeline = await documentedPipeline();
    const stages = pipeline.stages as string[];
    const jobs = Object.entries(pipeline).filter(([name]) => !KEYWORDS.has(name)) as Array<[string, Job]>;
    expect(jobs.length).toBeGreaterThanOrEqual(3);
    const declared: Array<{ job: string; type: string; file: string }> = [];
    for (const [name, job] of jobs) {
      expect(stages, `${name}'s stage`).toContain(job.stage);
      for (const [type, file] of Object.entries(job.artifacts?.reports ?? {})) {
        expect(FLAG_OF[type], `${name}: artifacts:reports:${type}`).toBeDefined();
        expect(job.script.join('\n'), `${name} writes ${file}`).toContain(`${FLAG_OF[type]} ${file}`);
        declared.push({ job: name, type, file });
      }
    }
    expect(declared.map((d) => d.type).sort()).toEqual(['codequality', 'codequality', 'junit', 'junit']);

    // The example project the scripts name: the example churn data and model.
    const project = await tempDir('holdout-gitlab-docs-');
    await cp(join(ROOT, 'examples/validate/schema.yaml'), join(project, 'data/schema.yaml'));
    await cp(join(ROOT, 'examples/validate/failing.csv'), join(project, 'data/train.csv'));
    await cp(join(ROOT, 'examples/compare'), join(project, 'model'), { recursive: true });
    const env = {
      GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_API_V4_URL: gitlab.apiUrl, CI_SERVER_URL: gitlab.url,
      CI_PROJECT_ID: '7', CI_PROJECT_DIR: project, CI_PROJECT_URL: `${gitlab.url}/group/churn-model`, CI_MERGE_REQUEST_IID: '3', HOLDOUT_GITLAB_TOKEN: TOKEN,
    };
    let stderr = '';
    for (const stage of stages) {
      for (const [name, job] of jobs.filter(([, j]) => j.stage === stage)) {
        for (const line of job.script) {
          const prefix = 'npx --yes holdout ';
          expect(line.startsWith(prefix), line).toBe(true);
          const code = await runCli(line.slice(prefix.length).split(/\s+/), { stdout: () => {}, stderr: (t) => (stderr += t), cwd: project, isTty: false, examplesDir: join(ROOT, 'examples'), env });
          // The example data and model fail their checks (exit 1): the reports are written all the same.
          expect([0, 1], `${name}: ${line}\n${stderr}`).toContain(code);
        }
      }
    }
    for (const { file, type } of declared) {
      const text = await readFile(join(project, file), 'utf8');
      if (type === 'codequality') {
        const issues = JSON.parse(text) as Array<{ location: { path: string } }>;
        expect(issues.length, file).toBeGreaterThan(0);
        expect(issues.every((i) => !i.location.path.startsWith('/')), file).toBe(true);
      } else {
        expect(text, file).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
      }
    }
    expect(stderr).toMatch(/GitLab note posted/);
    expect(gitlab.notesOf(7, 3)).toHaveLength(1);
    const codequality = JSON.parse(await readFile(join(project, 'gl-code-quality-validate.json'), 'utf8')) as Array<{ location: { path: string } }>;
    expect(new Set(codequality.map((i) => i.location.path))).toEqual(new Set(['data/train.csv']));
  });
});
