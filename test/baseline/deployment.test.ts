import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBaseline } from '../../shared/baseline/index.js';
import type { FakeGitHub } from '../fake-github/server.js';
import { configurationError, gitHubContext, offlineContext, REPO, startGitHub, TOKEN } from './fake.js';

describe('baseline deployment:<environment>', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHub();
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  const record = (metrics: Record<string, number>) => ({ holdout: { version: 1, decision: 'pass', metrics, commit: 'a'.repeat(40), audit: { sha256: 'b'.repeat(64) } } });
  // Seeded with plain requests (still checked against the OpenAPI description): octokit's throttling spaces writes a second apart.
  async function post(path: string, body: unknown): Promise<{ id: number }> {
    const res = await fetch(`${gh.url}/repos/${REPO}${path}`, { method: 'POST', headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: number };
  }
  async function deploy(environment: string, payload: unknown, state?: 'success' | 'failure' | 'in_progress'): Promise<number> {
    const { id } = await post('/deployments', { ref: 'main', environment, auto_merge: false, required_contexts: [], payload });
    if (state) await post(`/deployments/${id}/statuses`, { state });
    return id;
  }

  it('found: the metrics of the newest deployment whose latest status is success', async () => {
    await deploy('production', record({ auc: 0.8 }), 'success');
    const live = await deploy('production', record({ auc: 0.86 }), 'success');
    await deploy('staging', record({ auc: 0.99 }), 'success');
    await deploy('production', record({ auc: 0.95 }), 'failure');
    await deploy('production', record({ auc: 0.96 }));
    const context = await gitHubContext(gh);
    const found = await resolveBaseline('deployment:production', context);
    expect(found).toMatchObject({ display: 'deployment:production', source: 'deployment:production', id: `deployment ${live} (${'b'.repeat(12)})` });
    if ('missing' in found) throw new Error(found.missing);
    expect(found.path.startsWith(context.tempDir)).toBe(true);
    expect(JSON.parse(await readFile(found.path, 'utf8'))).toEqual({ auc: 0.86 });
  });

  it('not found: no deployment at all, none successful, or not a holdout payload', async () => {
    expect(await resolveBaseline('deployment:staging', await gitHubContext(gh))).toEqual({ missing: 'deployment:staging: no successful deployment to "staging" (none at all: the first deploy?)' });
    const failed = await deploy('staging', record({ auc: 0.9 }), 'failure');
    const pending = await deploy('staging', record({ auc: 0.9 }));
    expect(await resolveBaseline('deployment:staging', await gitHubContext(gh))).toEqual({ missing: `deployment:staging: no successful deployment to "staging" (newest: ${pending}: no status, ${failed}: failure)` });
    const foreign = await deploy('staging', { app: 'web' }, 'success');
    expect(await resolveBaseline('deployment:staging', await gitHubContext(gh))).toEqual({ missing: `deployment:staging: deployment ${foreign} succeeded but its payload is not a holdout record (holdout: Invalid input: expected object, received undefined)` });
  });

  it('not found (404): the repository is not there', async () => {
    gh.injectFault({ operationId: 'repos/list-deployments', status: 404, body: { message: 'Not Found' } });
    expect(await resolveBaseline('deployment:production', await gitHubContext(gh))).toEqual({ missing: 'deployment:production: not found (404)' });
  });

  it('forbidden (403): a missing reason with the permission to grant', async () => {
    gh.injectFault({ operationId: 'repos/list-deployments', status: 403, body: { message: 'Resource not accessible by integration' } });
    const { missing } = (await resolveBaseline('deployment:production', await gitHubContext(gh))) as { missing: string };
    expect(missing).toMatch(/^deployment:production: the token may not read it \(403 Resource not accessible by integration.*\); grant the token deployments: read or use a path$/);
  });

  it('without GitHub access: says what is needed', async () => {
    expect(await resolveBaseline('deployment:production', await offlineContext())).toEqual({ missing: 'deployment:production: deployment baselines need GitHub access (a token and the repository)' });
  });

  it('bad spec: one line naming it and the way to write it', async () => {
    expect(await configurationError(resolveBaseline('deployment:', await offlineContext()))).toBe('baseline "deployment:": write deployment:<environment>, e.g. deployment:production');
  });
});
