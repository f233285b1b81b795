import { readFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBaseline } from '../../shared/baseline/index.js';
import type { FakeGitHub } from '../fake-github/server.js';
import { configurationError, gitHubContext, offlineContext, REPO, startGitHub } from './fake.js';

const zip = (files: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, new TextEncoder().encode(text)]))));

describe('baseline artifact:<name>[:<file>]', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHub();
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  it('found: the newest successful run on the default branch', async () => {
    gh.addWorkflowRun(REPO, { branch: 'main', artifacts: [{ name: 'metrics', zip: zip({ 'm.json': '{"auc": 0.5}' }) }] });
    gh.addWorkflowRun(REPO, { branch: 'feature', artifacts: [{ name: 'metrics', zip: zip({ 'm.json': '{"auc": 0.99}' }) }] });
    gh.addWorkflowRun(REPO, { branch: 'main', conclusion: 'failure', artifacts: [{ name: 'metrics', zip: zip({ 'm.json': '{"auc": 0.98}' }) }] });
    gh.addWorkflowRun(REPO, { branch: 'main', artifacts: [{ name: 'metrics', zip: zip({ 'm.json': '{"auc": 0.97}' }), expired: true }] });
    const newest = gh.addWorkflowRun(REPO, { branch: 'main', sha: 'f'.repeat(40), artifacts: [{ name: 'metrics', zip: zip({ 'm.json': '{"auc": 0.9}' }) }] });
    const context = await gitHubContext(gh);
    const found = await resolveBaseline('artifact:metrics', context);
    expect(found).toMatchObject({ display: 'artifact:metrics (m.json)', source: 'artifact:metrics', id: expect.stringMatching(new RegExp(`^run ${newest} \\(${'f'.repeat(12)}\\) artifact \\d+$`)) });
    if ('missing' in found) throw new Error(found.missing);
    expect(found.path.startsWith(context.tempDir)).toBe(true);
    expect(await readFile(found.path, 'utf8')).toBe('{"auc": 0.9}');
  });

  it('picks the named file, or the one metrics or predictions file', async () => {
    gh.addWorkflowRun(REPO, { artifacts: [{ name: 'eval', zip: zip({ 'README.txt': 'hi', 'out/metrics.json': '{"a": 1}', 'out/preds.csv': 'id,label,score\n' }) }] });
    expect(await resolveBaseline('artifact:eval:preds.csv', await gitHubContext(gh))).toMatchObject({ display: 'artifact:eval:preds.csv (out/preds.csv)' });
    expect(await resolveBaseline('artifact:eval', await gitHubContext(gh))).toMatchObject({ display: 'artifact:eval (out/metrics.json)' });
    expect(await resolveBaseline('artifact:eval:nope.json', await gitHubContext(gh))).toEqual({ missing: expect.stringMatching(/^artifact:eval:nope\.json: artifact "eval" of run \d+ holds README\.txt, out\/metrics\.json, out\/preds\.csv; name the file as artifact:eval:<file>$/) });
  });

  it('not found: no run has the artifact', async () => {
    gh.addWorkflowRun(REPO, { artifacts: [{ name: 'other', zip: zip({ 'm.json': '{}' }) }] });
    expect(await resolveBaseline('artifact:metrics', await gitHubContext(gh))).toEqual({ missing: 'artifact:metrics: none of the 1 newest successful runs on main has an unexpired artifact named "metrics"' });
  });

  it('not found (404): the repository or run is not there', async () => {
    gh.injectFault({ operationId: 'repos/get', status: 404, body: { message: 'Not Found' } });
    expect(await resolveBaseline('artifact:metrics', await gitHubContext(gh))).toEqual({ missing: 'artifact:metrics: not found (404)' });
  });

  it('forbidden (403): a missing reason with the permission to grant', async () => {
    gh.injectFault({ operationId: 'actions/list-workflow-runs-for-repo', status: 403, body: { message: 'Resource not accessible by integration' } });
    const { missing } = (await resolveBaseline('artifact:metrics', await gitHubContext(gh))) as { missing: string };
    expect(missing).toMatch(/^artifact:metrics: the token may not read it \(403 Resource not accessible by integration.*\); grant the token actions: read or use a path$/);
  });

  it('without GitHub access: says what is needed', async () => {
    expect(await resolveBaseline('artifact:metrics', await offlineContext())).toEqual({ missing: 'artifact:metrics: artifact baselines need GitHub access (a token and the repository)' });
  });

  it('bad spec: one line naming it and the way to write it', async () => {
    expect(await configurationError(resolveBaseline('artifact:', await offlineContext()))).toBe('baseline "artifact:": write artifact:<name> or artifact:<name>:<file in the artifact>');
  });
});
