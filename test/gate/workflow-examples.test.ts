// The gating workflow examples keep untrusted work and privilege apart: a job
// that runs the pull request's code (any run: step after a checkout of it)
// holds only read permissions and persists no git credentials; the job that
// holds checks: write / pull-requests: write runs no run: step and receives
// the untrusted job's output as an artifact, which holdout reads as data.
// They run on merge_group too (a required check must run in a merge queue),
// and the deploy example decides and reports before the environment's
// approval, with the first deploy's missing baseline documented.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Job { needs?: string | string[]; permissions?: Record<string, string>; environment?: unknown; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const read = (name: string) => {
  const text = readFileSync(join(ROOT, 'workflows-examples', name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};
const permissionsOf = (w: Workflow, job: Job) => job.permissions ?? w.permissions;
const writes = (w: Workflow, job: Job) => Object.values(permissionsOf(w, job)).some((p) => p === 'write');
const checkouts = (job: Job) => job.steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
const holdout = (job: Job, action: string) => job.steps.filter((s) => s.uses?.startsWith(`holdout/holdout/actions/${action}@`));

describe.each(['pr-check.yml', 'dvc-metrics.yml', 'sharded-validation.yml'])('%s', (name) => {
  const { workflow } = read(name);
  const jobs = Object.values(workflow.jobs);

  it('runs on pull_request and merge_group, with no paths filter that would leave a required check waiting', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['merge_group', 'pull_request']);
    expect(JSON.stringify(workflow.on)).not.toMatch(/paths/);
  });

  it('persists no git credentials in any checkout', () => {
    for (const job of jobs) for (const checkout of checkouts(job)) expect(checkout.with?.['persist-credentials'], name).toBe(false);
  });

  it('a job that runs code holds no write permission; the job that gates runs no code and reads artifacts as data', () => {
    for (const job of jobs) if (job.steps.some((s) => s.run !== undefined)) expect(writes(workflow, job), name).toBe(false);
    const gating = jobs.filter((job) => holdout(job, 'gate').length > 0);
    expect(gating).toHaveLength(1);
    const [gate] = gating as [Job];
    expect(gate.steps.filter((s) => s.run !== undefined)).toEqual([]);
    expect(permissionsOf(workflow, gate)).toMatchObject({ checks: 'write', 'pull-requests': 'write', contents: 'read' });
    expect(permissionsOf(workflow, gate)).not.toHaveProperty('actions');
    expect(gate.steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(true);
    expect(gate.needs).toBeDefined();
  });
});

describe('deploy-gate.yml', () => {
  const { text, workflow } = read('deploy-gate.yml');
  const entries = Object.entries(workflow.jobs);

  it('decides and reports before the environment approval: the gating job has no environment, the approved job needs it', () => {
    const [gateName, gate] = entries.find(([, job]) => holdout(job, 'gate').some((s) => s.with?.record === undefined))!;
    expect(gate.environment).toBeUndefined();
    expect(holdout(gate, 'report')).toHaveLength(1);
    expect(holdout(gate, 'gate')[0]!.with).toMatchObject({ environment: 'production' });
    const [, deploy] = entries.find(([, job]) => job.environment !== undefined)!;
    expect([deploy.needs].flat()).toContain(gateName);
    expect(deploy.environment).toMatchObject({ name: 'production', url: expect.stringContaining('/actions/runs/${{ github.run_id }}') });
    expect(holdout(deploy, 'gate').map((s) => s.with?.record)).toEqual(['success', 'failure']);
  });

  it('documents the first deploy: a policy that allows a missing baseline, on a manual run', () => {
    expect(text).toMatch(/allow_missing_baseline: true/);
    expect(workflow.on).toHaveProperty('workflow_dispatch.inputs.first-deploy');
  });
});
