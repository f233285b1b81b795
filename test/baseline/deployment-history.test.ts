// deployment:<environment> also reads the earlier deployments that were in
// production — latest status success, or inactive after a success (GitHub
// marks a replaced deployment inactive) — from the page of deployments it
// already lists: their recorded metrics, oldest first, the baseline last.
// compare-metrics carries the gated ones as the comparison's history.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveBaseline } from '../../shared/baseline/index.js';
import type { GitHubClient } from '../../shared/baseline/resolver.js';
import { HISTORY } from '../../shared/baseline/deployment.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { parseResults, serializeResults } from '../../shared/results/io.js';
import type { FakeGitHub } from '../fake-github/server.js';
import { tempDir, writeFiles } from '../helpers.js';
import { gitHubContext, REPO, startGitHub, TOKEN } from './fake.js';

describe('baseline deployment:<environment>: the past deployments', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startGitHub();
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.stop();
  });

  const sha = (n: number) => n.toString(16).padStart(40, 'c');
  const record = (metrics: Record<string, number>, recordedAt?: string) => ({ holdout: { version: 1, decision: 'pass', metrics, commit: 'a'.repeat(40), audit: { sha256: 'b'.repeat(64) }, ...(recordedAt ? { recordedAt } : {}) } });
  async function post(path: string, body: unknown): Promise<{ id: number }> {
    const res = await fetch(`${gh.url}/repos/${REPO}${path}`, { method: 'POST', headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: number };
  }
  async function deploy(n: number, payload: unknown, states: string[], environment = 'production'): Promise<number> {
    const { id } = await post('/deployments', { ref: sha(n), environment, auto_merge: false, required_contexts: [], payload });
    for (const state of states) await post(`/deployments/${id}/statuses`, { state });
    return id;
  }

  it('the metrics of the earlier successful deployments, oldest first, the baseline last; failed, pending and foreign ones left out', async () => {
    const first = await deploy(1, record({ auc: 0.8, log_loss: 0.5 }, '2026-09-01T00:00:00Z'), ['in_progress', 'success', 'inactive']);
    await deploy(2, record({ auc: 0.99 }), ['failure']);
    await deploy(3, { app: 'web' }, ['success']);
    await deploy(4, record({ auc: 0.7 }), ['inactive']); // inactive, never successful: not in production
    const second = await deploy(5, record({ auc: 0.82, log_loss: 0.45 }), ['success']);
    await deploy(6, record({ auc: 0.81 }), ['success'], 'staging');
    const live = await deploy(7, record({ auc: 0.86, log_loss: 0.4 }), ['success']);
    await deploy(8, record({ auc: 0.95 }), ['failure']);
    const found = await resolveBaseline('deployment:production', await gitHubContext(gh));
    if ('missing' in found) throw new Error(found.missing);
    expect(found.id).toBe(`deployment ${live} (${sha(7).slice(0, 12)})`);
    expect(found.history).toEqual([
      { id: String(first), commit: sha(1), recordedAt: '2026-09-01T00:00:00Z', metrics: { auc: 0.8, log_loss: 0.5 } },
      { id: String(second), commit: sha(5), metrics: { auc: 0.82, log_loss: 0.45 } },
      { id: String(live), commit: sha(7), metrics: { auc: 0.86, log_loss: 0.4 } },
    ]);
  });

  it(`goes back at most ${HISTORY} deployments and lists no further page`, async () => {
    for (let n = 1; n <= HISTORY + 5; n++) await deploy(n, record({ auc: 0.7 + n / 100 }), ['success']);
    const before = gh.requests.length;
    const found = await resolveBaseline('deployment:production', await gitHubContext(gh));
    if ('missing' in found) throw new Error(found.missing);
    expect(found.history!.map((d) => d.metrics.auc)).toEqual(Array.from({ length: HISTORY }, (_, i) => 0.7 + (i + 6) / 100));
    const calls = gh.requests.slice(before).map((r) => r.operationId);
    expect(calls.filter((c) => c === 'repos/list-deployments')).toHaveLength(1);
    expect(calls.filter((c) => c === 'repos/list-deployment-statuses')).toHaveLength(HISTORY);
  });

  it('an API error while reading the past keeps the baseline and what was read', async () => {
    await deploy(1, record({ auc: 0.8 }), ['success']);
    await deploy(2, record({ auc: 0.82 }), ['success']);
    await deploy(3, record({ auc: 0.86 }), ['success']);
    // The baseline's own status read succeeds; the next one (deployment 2's) fails as an outage would, after octokit's retries.
    const context = await gitHubContext(gh);
    const real = context.github!.octokit;
    let reads = 0;
    const octokit: GitHubClient = {
      rest: {
        repos: {
          get: (p) => real.rest.repos.get(p),
          getContent: (p) => real.rest.repos.getContent(p),
          listDeployments: (p) => real.rest.repos.listDeployments(p),
          listDeploymentStatuses: async (p) => {
            if (++reads === 2) throw Object.assign(new Error('Bad Gateway'), { status: 502 });
            return real.rest.repos.listDeploymentStatuses(p);
          },
        },
        actions: real.rest.actions,
      },
    };
    const found = await resolveBaseline('deployment:production', { ...context, github: { ...context.github!, octokit } });
    if ('missing' in found) throw new Error(found.missing);
    expect(found.history!.map((d) => d.metrics.auc)).toEqual([0.86]);
    expect(reads).toBe(2);
  });

  it('compare-metrics carries the gated metrics of the past deployments as the comparison\'s history', async () => {
    await deploy(1, record({ roc_auc: 0.61, accuracy: 0.6, latency: 30 }), ['success', 'inactive']);
    await deploy(2, record({ roc_auc: 0.64, accuracy: 0.62, latency: 31 }), ['success']);
    const found = await resolveBaseline('deployment:production', await gitHubContext(gh));
    if ('missing' in found) throw new Error(found.missing);
    const dir = await tempDir();
    const rows = Array.from({ length: 40 }, (_, i) => `${i},${i % 2},${((i % 2 ? 0.6 : 0.4) + ((i * 37) % 10) / 50).toFixed(2)}`);
    await writeFiles(dir, { 'candidate.csv': `id,label,score\n${rows.join('\n')}\n`, 'policy.yaml': 'metrics:\n  roc_auc: { min: 0.5 }\n' });
    const { document } = await compareModels({
      candidate: { path: join(dir, 'candidate.csv'), written: 'candidate.csv', display: 'candidate.csv' },
      baseline: found,
      policy: await loadPolicy(join(dir, 'policy.yaml')),
      options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' },
    });
    expect(document.comparison.history?.source).toBe('deployment:production');
    expect(document.comparison.history?.deployments.map((d) => d.metrics)).toEqual([{ roc_auc: 0.61 }, { roc_auc: 0.64 }]);
    // The document with its history reads back as written.
    expect(parseResults(serializeResults(document), 'compare-metrics.json')).toEqual(document);
  });
});
