// The report bundle against the fake GitHub: create, update in place, find
// its comment past 100 others, ignore a forged marker, survive a fork's
// read-only token, ride out faults, and stay one comment under two
// concurrent runs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportMarker } from '../../shared/report/report.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';
import { runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
const PR = 2;
let gh: FakeGitHub;
let workspace: string;

const document: ResultsDocument = {
  holdout: 1, kind: 'validate-data', title: 'Data validation', status: 'fail', createdAt: '2026-12-01T00:00:00Z',
  subject: { files: [{ path: 'data/train.csv', sha256: 'a'.repeat(64) }] },
  checks: [{ id: 'data/train.csv#field:age:minimum', title: 'age: ≥ 18', status: 'fail', message: '1 error', count: 1, locations: [{ file: 'data/train.csv', line: 3 }] }],
  data: {
    tables: [{ file: 'data/train.csv', format: 'csv', status: 'fail', rows: 10, errorCount: 1, errorCounts: { 'constraint-error': 1 }, failedChecks: 1 }],
    rows: 10, errorCount: 1,
    errors: [{ type: 'constraint-error', constraint: 'minimum', file: 'data/train.csv', field: 'age', row: 2, line: 3, cell: '17', message: '"17" is less than the minimum 18', severity: 'fail' }],
  },
};

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addToken('ghs_fork', { user: 'github-actions[bot]', installation: true, permissions: { issues: 'read', pull_requests: 'read' } });
  gh.addPullRequest(REPO, { number: PR, author: 'Codertocat', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
  workspace = await tempDir('holdout-ws-');
  await mkdir(join(workspace, 'holdout-results'));
  await writeFile(join(workspace, 'holdout-results/validate-data.json'), JSON.stringify(document));
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const run = (inputs: Record<string, string> = {}, event = webhookExample('pull_request', 'opened')) =>
  runBundle({ bundle: 'report', workspace, apiUrl: gh.url, event, inputs: { results: 'holdout-results/*.json', token: 'ghs_bot', ...inputs }, timeoutMs: 120_000 });

const ours = () => gh.commentsOn(REPO, PR).filter((c) => c.user.login === 'github-actions[bot]');

describe('report bundle', () => {
  it('creates the sticky comment, then updates it in place', async () => {
    const first = await run();
    expect(first.exitCode, first.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!;
    expect(first.outputs['comment-id']).toBe(String(comment.id));
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);
    expect(comment.body.split('\n')[0]).toBe('❌ **holdout**: Data validation failed&#58; 1 error in data/train.csv');
    expect(comment.body).toContain(reportMarker('default'));
    expect(first.summary).toContain('Data validation failed');
    expect(first.outputs.body).toBe(comment.body);

    await writeFile(join(workspace, 'holdout-results/validate-data.json'), JSON.stringify({ ...document, status: 'pass', checks: [], data: { ...document.data, tables: [{ ...document.data.tables[0]!, status: 'pass', failedChecks: 0, errorCount: 0 }], errorCount: 0, errors: [] } }));
    const second = await run();
    expect(second.exitCode).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(comment.id);
    expect(ours()[0]!.body.split('\n')[0]).toBe('✅ **holdout**: Data valid \\(10 rows, 1 file\\)');
  });

  it('finds its comment past 100 others, and ignores a marker pasted by someone else', async () => {
    for (let i = 0; i < 120; i++) gh.addComment(REPO, PR, 'reviewer', `comment ${i}`);
    const forged = gh.addComment(REPO, PR, 'mallory', `${reportMarker('default')} I am the report now`);
    await run();
    for (let i = 0; i < 30; i++) gh.addComment(REPO, PR, 'reviewer', `later ${i}`);
    await run();
    expect(ours()).toHaveLength(1);
    expect(gh.commentsOn(REPO, PR).find((c) => c.id === forged)!.body).toContain('I am the report now');
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments').some((r) => r.path.includes('page=2'))).toBe(true);
  });

  it('keys separate reports on one pull request', async () => {
    await run({ 'comment-key': 'leg-a' });
    await run({ 'comment-key': 'leg-b' });
    await run({ 'comment-key': 'leg-a' });
    expect(ours()).toHaveLength(2);
  });

  it("a fork's read-only token warns, and the step still succeeds with summary and outputs", async () => {
    const r = await run({ token: 'ghs_fork' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations.find((a) => a.level === 'warning')?.message).toMatch(/could not comment on pull request #2 \(403/);
    expect(r.summary).toContain('Data validation failed');
    expect(r.outputs.body).toContain(reportMarker('default'));
    expect(ours()).toHaveLength(0);
  });

  it('5xx and a secondary rate limit are retried, with no duplicate afterwards', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 502 });
    gh.injectFault({ operationId: 'issues/list-comments', status: 403, retryAfter: 1 });
    const r = await run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([502, 201]);
  });

  it('a comment that keeps failing fails the step, after the summary and outputs are written', async () => {
    gh.injectFault({ operationId: 'issues/create-comment', status: 500, times: 10 });
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('Data validation failed');
    expect(r.outputs.body).toContain(reportMarker('default'));
    expect(r.outputs['comment-id']).toBeUndefined();
  });

  it('two concurrent runs leave exactly one comment', async () => {
    gh.latencyMs = 50;
    const [a, b] = await Promise.all([run(), run()]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(ours()).toHaveLength(1);
  });

  it('on push, comments on the open pull request headed by the pushed commit; comment: never makes no calls', async () => {
    gh.addPullRequest(REPO, { number: 9, author: 'Codertocat', headSha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246' });
    const r = await run({}, webhookExample('push'));
    expect(r.exitCode, r.stdout).toBe(0);
    expect(gh.commentsOn(REPO, 9)).toHaveLength(1);
    const before = gh.requests.length;
    const never = await run({ comment: 'never' });
    expect(never.exitCode).toBe(0);
    expect(gh.requests.length).toBe(before);
  });
});
