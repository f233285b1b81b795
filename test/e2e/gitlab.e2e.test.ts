// The built CLI (dist/cli/index.js) run as a GitLab merge request pipeline
// runs it — GitLab's predefined CI_* variables pointing at the fake GitLab, a
// project access token in HOLDOUT_GITLAB_TOKEN, CI_JOB_TOKEN beside it —
// writing the Code Quality report and posting the sticky merge request note:
// the second pipeline updates the note (never a second one), faults are
// retried or end in one line with exit 3, and the token is never printed.
import { spawn } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitLab } from '../fake-gitlab/server.js';
import { tempDir } from '../helpers.js';
import { NODE24, ROOT } from './harness.js';

const BOT = { id: 41, username: 'project_7_bot_1a2b', name: 'holdout bot' };
const DEV = { id: 5, username: 'dev', name: 'Dev' };
const TOKEN = 'glpat-e2e-secret-0123456789abcdef';
const JOB_TOKEN = 'glcbt-64_e2e-job-token-abcdef0123';

let gitlab: FakeGitLab;
let workspace: string;

beforeEach(async () => {
  gitlab = await FakeGitLab.start();
  gitlab.addToken(TOKEN, BOT);
  gitlab.addToken(JOB_TOKEN, DEV, 'job');
  gitlab.addProject(7, 'group/churn-model', [3]);
  workspace = await tempDir('holdout-gitlab-');
  await cp(join(ROOT, 'examples/validate'), workspace, { recursive: true });
});
afterEach(async () => {
  expect(gitlab.violations).toEqual([]);
  await gitlab.stop();
});

/** GitLab's predefined variables of a merge request pipeline (doc/ci/variables/predefined_variables.md). */
function pipelineEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: workspace,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_URL: gitlab.url,
    CI_API_V4_URL: gitlab.apiUrl,
    CI_PROJECT_ID: '7',
    CI_PROJECT_PATH: 'group/churn-model',
    CI_PROJECT_URL: `${gitlab.url}/group/churn-model`,
    CI_PROJECT_DIR: workspace,
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_PROJECT_ID: '7',
    CI_MERGE_REQUEST_PROJECT_URL: `${gitlab.url}/group/churn-model`,
    CI_JOB_TOKEN: JOB_TOKEN,
    HOLDOUT_GITLAB_TOKEN: TOKEN,
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bundle as a job's script runs it (asynchronously: the fake answers from this process). */
function holdout(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const validate = (env = pipelineEnv()) => holdout(['validate', 'failing.csv', '--schema', 'schema.yaml', '--gitlab-code-quality', 'gl-code-quality-report.json'], env);
const report = (env = pipelineEnv(), ...more: string[]) => holdout(['report', '--gitlab-note', '--out', 'report.md', ...more], env);

function expectNoToken(run: Run): void {
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
  expect(run.stdout + run.stderr).not.toContain(JOB_TOKEN);
}

describe('holdout in a GitLab merge request pipeline', () => {
  it('writes the Code Quality report, posts the note, and updates the same note in the next pipeline', async () => {
    const validated = await validate();
    expect(validated.code).toBe(1);
    expect(validated.stderr).toMatch(/GitLab Code Quality report: \d+ findings → gl-code-quality-report\.json/);
    const issues = JSON.parse(await readFile(join(workspace, 'gl-code-quality-report.json'), 'utf8')) as Array<{ location: { path: string; lines: { begin: number } } }>;
    expect(issues.length).toBeGreaterThanOrEqual(13);
    expect(issues.every((i) => i.location.path === 'failing.csv')).toBe(true);
    expect(issues.some((i) => i.location.lines.begin === 3)).toBe(true);

    const first = await report();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(new RegExp(`GitLab note posted: ${gitlab.url}/group/churn-model/-/merge_requests/3#note_\\d+`));
    const notes = gitlab.notesOf(7, 3);
    expect(notes).toHaveLength(1);
    const markdown = await readFile(join(workspace, 'report.md'), 'utf8');
    expect(notes[0]!.body).toBe(markdown);
    expect(markdown).toMatch(/<!-- holdout:report:default\/[0-9a-f]{12} -->/);

    // The next pipeline of the merge request: someone commented meanwhile; the note is updated, not repeated.
    gitlab.seedNote(7, 3, DEV, 'Looks like the signup dates are off.');
    await validate();
    const second = await report();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain(`GitLab note updated: ${gitlab.url}/group/churn-model/-/merge_requests/3#note_${notes[0]!.id}`);
    const after = gitlab.notesOf(7, 3);
    expect(after.filter((n) => n.author === BOT.username)).toHaveLength(1);
    expect(after).toHaveLength(2);
    // Tokens: the access token in PRIVATE-TOKEN on every call, the job token never sent, neither printed.
    expect(gitlab.requests.every((r) => r.headers['private-token'] === TOKEN && r.headers['job-token'] === undefined)).toBe(true);
    for (const run of [validated, first, second]) expectNoToken(run);
    // Another key is another note.
    expect((await report(pipelineEnv(), '--note-key', 'nightly')).code).toBe(0);
    expect(gitlab.notesOf(7, 3).filter((n) => n.author === BOT.username)).toHaveLength(2);
  });

  it('retries 5xx and 429 (Retry-After) and posts', async () => {
    await validate();
    gitlab.inject({ route: 'listMergeRequestNotes', status: 503 });
    gitlab.inject({ route: 'createMergeRequestNote', status: 429, retryAfter: 1 });
    const run = await report();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/GitLab note posted/);
    expect(gitlab.notesOf(7, 3)).toHaveLength(1);
    expect(gitlab.requests.filter((r) => r.route === 'createMergeRequestNote').map((r) => r.status)).toEqual([429, 201]);
  });

  it('a failure that persists, or a refused token, is one line and exit 3; the report is still written', async () => {
    await validate();
    gitlab.inject({ route: 'createMergeRequestNote', status: 500, times: 4 });
    const down = await report();
    expect(down.code).toBe(3);
    expect(down.stderr.trim()).toBe('holdout: GitLab note not posted: GitLab POST /projects/7/merge_requests/3/notes failed after 4 attempts: 500 500 Internal Server Error');
    expect(await readFile(join(workspace, 'report.md'), 'utf8')).toContain('holdout');

    const refused = await report(pipelineEnv({ HOLDOUT_GITLAB_TOKEN: 'glpat-revoked-token-000' }));
    expect(refused.code).toBe(3);
    expect(refused.stderr.trim()).toBe('holdout: GitLab note not posted: GitLab GET /user failed: 401 401 Unauthorized; GitLab refused HOLDOUT_GITLAB_TOKEN: check that it is set, unexpired and not revoked');
    expect(refused.stderr).not.toContain('glpat-revoked-token-000');
    for (const run of [down, refused]) expectNoToken(run);
  });

  it('without an access token (only CI_JOB_TOKEN) it says so in one line and exits 2 before calling GitLab', async () => {
    await validate();
    const before = gitlab.requests.length;
    const run = await report(pipelineEnv({ HOLDOUT_GITLAB_TOKEN: undefined }));
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('holdout: --gitlab-note needs HOLDOUT_GITLAB_TOKEN: GitLab lets CI_JOB_TOKEN read merge request notes but not write them; set HOLDOUT_GITLAB_TOKEN to a project access token with the api scope (a masked CI/CD variable)');
    expect(gitlab.requests.length).toBe(before);
    expectNoToken(run);
  });

  it('in a branch pipeline (no merge request) it posts nothing and says so', async () => {
    await validate();
    const run = await report(pipelineEnv({ CI_MERGE_REQUEST_IID: undefined, CI_MERGE_REQUEST_PROJECT_ID: undefined, CI_PIPELINE_SOURCE: 'push' }));
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('not a merge request pipeline (CI_MERGE_REQUEST_IID is not set), so no note is posted');
    expect(gitlab.requests).toEqual([]);
  });
});
