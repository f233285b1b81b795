// The GitLab client and the sticky merge-request note (shared/gitlab/) against
// the fake GitLab: one note per marker and author across pages, updated in
// place, duplicates folded; faults retried (5xx, 429 with Retry-After) or
// reported in one line without the token.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitLabClient, GitLabApiError, type GitLabSettings } from '../../shared/gitlab/client.js';
import { upsertStickyNote } from '../../shared/gitlab/note.js';
import { FakeGitLab } from '../fake-gitlab/server.js';

const BOT = { id: 41, username: 'project_7_bot_1a2b', name: 'holdout bot' };
const DEV = { id: 5, username: 'dev', name: 'Dev' };
const TOKEN = 'glpat-secret-0123456789abcdef';
const MARKER = '<!-- holdout:report:default/0123456789ab -->';
const MR = { project: '7', iid: 3 };

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

const client = (settings: Partial<GitLabSettings> = {}, attempts = 3) =>
  createGitLabClient({ apiUrl: gitlab.apiUrl, token: TOKEN, tokenKind: 'private', tokenName: 'HOLDOUT_GITLAB_TOKEN', ...settings }, { backoffUnitMs: 1, attempts });
const body = (text: string) => `## holdout\n\n${text}\n\n${MARKER}\n`;

describe('sticky merge-request note', () => {
  it('is created once, then updated in place, found on a later page among others\' notes', async () => {
    for (let k = 0; k < 120; k++) gitlab.seedNote(7, 3, DEV, `review comment ${k}`);
    gitlab.seedNote(7, 3, DEV, `quoting the report: ${MARKER}`); // someone else's note with the marker
    gitlab.seedNote(7, 3, BOT, `changed the description ${MARKER}`, true); // a system note
    const first = await upsertStickyNote(client(), MR, MARKER, body('first run'));
    expect(first.created).toBe(true);
    for (let k = 0; k < 30; k++) gitlab.seedNote(7, 3, DEV, `more review ${k}`);
    const second = await upsertStickyNote(client(), MR, MARKER, body('second run'));
    expect(second).toEqual({ id: first.id, created: false });
    const ours = gitlab.notesOf(7, 3).filter((n) => n.author === BOT.username && !n.system);
    expect(ours).toEqual([{ id: first.id, body: body('second run'), author: BOT.username, system: false }]);
    // 153 notes at 100 a page: two pages each time, the second one followed by its Link.
    const lists = gitlab.requests.filter((r) => r.route === 'listMergeRequestNotes');
    expect(lists.some((r) => /[?&]page=2\b/.test(r.url))).toBe(true);
    // The token travels in PRIVATE-TOKEN only.
    expect(gitlab.requests.every((r) => r.headers['private-token'] === TOKEN && !r.url.includes(TOKEN))).toBe(true);
  });

  it('follows x-next-page when there is no Link header', async () => {
    gitlab.linkHeader = false;
    for (let k = 0; k < 100; k++) gitlab.seedNote(7, 3, DEV, `comment ${k}`);
    const id = gitlab.seedNote(7, 3, BOT, body('old'));
    expect(await upsertStickyNote(client(), MR, MARKER, body('new'))).toEqual({ id, created: false });
  });

  it('folds duplicates left by a retried POST into the oldest', async () => {
    const oldest = gitlab.seedNote(7, 3, BOT, body('a'));
    gitlab.seedNote(7, 3, BOT, body('b'));
    gitlab.seedNote(7, 3, BOT, body('c'));
    expect(await upsertStickyNote(client(), MR, MARKER, body('d'))).toEqual({ id: oldest, created: false });
    expect(gitlab.notesOf(7, 3).map((n) => n.id)).toEqual([oldest]);
  });

  it('retries 5xx and 429 (waiting Retry-After) and succeeds', async () => {
    gitlab.inject({ route: 'createMergeRequestNote', status: 503 });
    gitlab.inject({ route: 'listMergeRequestNotes', status: 502 });
    gitlab.inject({ route: 'getCurrentUser', status: 429, retryAfter: 1 });
    const started = Date.now();
    const note = await upsertStickyNote(client(), MR, MARKER, body('x'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(note.created).toBe(true);
    expect(gitlab.notesOf(7, 3)).toHaveLength(1);
  });

  it('a fault that persists, or a refusal, is one line naming the call and what to do — never the token', async () => {
    gitlab.inject({ route: 'listMergeRequestNotes', status: 500, times: 3 });
    const persisting = await upsertStickyNote(client(), MR, MARKER, body('x')).catch((e: unknown) => e);
    expect(persisting).toBeInstanceOf(GitLabApiError);
    expect((persisting as GitLabApiError).message).toBe('GitLab GET /projects/7/merge_requests/3/notes failed after 3 attempts: 500 500 Internal Server Error');

    const refused = async (status: number) => {
      gitlab.inject({ status, body: { message: `${status} echo ${TOKEN}` } });
      const error = (await upsertStickyNote(client(), MR, MARKER, body('x')).catch((e: unknown) => e)) as GitLabApiError;
      expect(error.status).toBe(status);
      expect(error.message).not.toContain(TOKEN);
      expect(error.message).not.toContain('\n');
      return error.message;
    };
    expect(await refused(401)).toBe('GitLab GET /user failed: 401 401 echo ***; GitLab refused HOLDOUT_GITLAB_TOKEN: check that it is set, unexpired and not revoked');
    expect(await refused(403)).toMatch(/403 .*HOLDOUT_GITLAB_TOKEN may not do this: it needs the api scope and at least the Reporter role/);
    expect(await refused(404)).toMatch(/404 .*check CI_PROJECT_ID and CI_MERGE_REQUEST_IID/);
  });

  it('a merge request that does not exist is a 404 with advice', async () => {
    const error = (await upsertStickyNote(client(), { project: '7', iid: 99 }, MARKER, body('x')).catch((e: unknown) => e)) as GitLabApiError;
    expect(error.message).toBe("GitLab GET /projects/7/merge_requests/99/notes failed: 404 404 Merge Request Not Found; no such project or merge request, or the token cannot see it (check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, and the token's project)");
  });

  it('a CI/CD job token reads the notes but cannot write one', async () => {
    const JOB = 'glcbt-64_job-token-abcdef';
    gitlab.addToken(JOB, DEV, 'job');
    const job = client({ token: JOB, tokenKind: 'job', tokenName: 'CI_JOB_TOKEN' });
    expect(await job.listMergeRequestNotes('7', 3)).toEqual([]);
    const error = (await job.createMergeRequestNote('7', 3, body('x')).catch((e: unknown) => e)) as GitLabApiError;
    expect(error.status).toBe(401);
    expect(gitlab.requests.at(-1)!.headers['job-token']).toBe(JOB);
  });
});
