// The fake GitLab itself: it answers what GitLab's Notes and Users API
// documentation describes and refuses (as a violation) what it does not, so a
// test that passes against it has made the requests GitLab accepts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitLab } from './server.js';

const BOT = { id: 41, username: 'project_7_bot_1a2b', name: 'holdout bot' };
const TOKEN = 'glpat-fake-0123456789abcdef';
const JOB = 'glcbt-fake-job-token-0123';

let gitlab: FakeGitLab;
beforeEach(async () => {
  gitlab = await FakeGitLab.start();
  gitlab.addToken(TOKEN, BOT);
  gitlab.addToken(JOB, { id: 5, username: 'dev', name: 'Dev' }, 'job');
  gitlab.addProject(7, 'group/churn-model', [3]);
});
afterEach(async () => gitlab.stop());

const call = (path: string, init: RequestInit & { token?: Record<string, string> } = {}) =>
  fetch(`${gitlab.apiUrl}${path}`, { ...init, headers: { ...(init.token ?? { 'PRIVATE-TOKEN': TOKEN }), ...(init.body ? { 'content-type': 'application/json' } : {}) } });

describe('fake GitLab', () => {
  it('creates, lists (newest first by default, 20 a page, Link and x-* headers), modifies and deletes merge request notes', async () => {
    for (let k = 0; k < 25; k++) gitlab.seedNote(7, 3, BOT, `note ${k}`);
    const created = await call('/projects/7/merge_requests/3/notes', { method: 'POST', body: JSON.stringify({ body: 'hello' }) });
    expect(created.status).toBe(201);
    const note = (await created.json()) as { id: number; author: { username: string }; noteable_type: string };
    expect(note).toMatchObject({ author: { username: BOT.username }, noteable_type: 'MergeRequest' });
    const first = await call('/projects/group%2Fchurn-model/merge_requests/3/notes');
    const page = (await first.json()) as Array<{ body: string }>;
    expect(page).toHaveLength(20);
    expect(page[0]!.body).toBe('hello');
    expect(first.headers.get('x-total')).toBe('26');
    expect(first.headers.get('x-next-page')).toBe('2');
    expect(first.headers.get('link')).toMatch(/page=2&per_page=20>; rel="next"/);
    expect((await call(`/projects/7/merge_requests/3/notes/${note.id}`, { method: 'PUT', body: JSON.stringify({ body: 'edited' }) })).status).toBe(200);
    expect((await call(`/projects/7/merge_requests/3/notes/${note.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(gitlab.notesOf(7, 3)).toHaveLength(25);
    expect(gitlab.violations).toEqual([]);
  });

  it('refuses what GitLab refuses: no body, unknown parameters, unknown routes, a bad token; the job token may only read', async () => {
    const noBody = await call('/projects/7/merge_requests/3/notes', { method: 'POST', body: JSON.stringify({ note: 'x' }) });
    expect(noBody.status).toBe(400);
    expect(await noBody.json()).toEqual({ message: '400 (Bad request) "body" not given' });
    expect((await call('/projects/7/merge_requests/3/notes?per_page=500')).status).toBe(400);
    expect((await call('/projects/7/merge_requests/3/comments')).status).toBe(404);
    expect(gitlab.violations).toHaveLength(3);
    gitlab.violations.length = 0;
    expect((await call('/user', { token: { 'PRIVATE-TOKEN': 'wrong' } })).status).toBe(401);
    expect((await call('/projects/7/merge_requests/3/notes', { token: { 'JOB-TOKEN': JOB } })).status).toBe(200);
    expect((await call('/projects/7/merge_requests/3/notes', { method: 'POST', body: JSON.stringify({ body: 'x' }), token: { 'JOB-TOKEN': JOB } })).status).toBe(401);
    expect((await call('/user', { token: { 'JOB-TOKEN': JOB } })).status).toBe(401);
    expect((await call('/projects/8/merge_requests/3/notes')).status).toBe(404);
    expect(gitlab.violations).toEqual([]);
  });

  it('injects faults per route, with Retry-After on 429', async () => {
    gitlab.inject({ route: 'listMergeRequestNotes', status: 429, retryAfter: 2 });
    const limited = await call('/projects/7/merge_requests/3/notes');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await call('/projects/7/merge_requests/3/notes')).status).toBe(200);
  });
});
