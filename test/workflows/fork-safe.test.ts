// The fork-safe pair keeps untrusted work and privilege apart: the compute
// workflow (the pull request's code may run there) has read-only permissions,
// no secrets and no persisted git credentials; the privileged report workflow
// runs no code at all — no checkout, no run: step — only downloads the
// artifact of the triggering run and hands it to the report as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { permissions?: unknown; steps: Step[] }> }
const read = (name: string) => {
  const text = readFileSync(join(ROOT, 'workflows-examples', name), 'utf8');
  return { text, workflow: parse(text) as Workflow };
};

describe('fork-safe workflow examples', () => {
  it('compute: pull_request, read-only, no secrets, no persisted credentials, results uploaded', () => {
    const { text, workflow } = read('fork-safe-compute.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(Object.values(workflow.permissions).every((p) => p === 'read')).toBe(true);
    expect(text).not.toMatch(/secrets\.|github\.token|pull_request_target/);
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with?.name).toBe('holdout-results');
  });

  it('report: workflow_run of holdout-pr, no checkout and no run: step, only the artifact of that run into the report', () => {
    const { workflow } = read('fork-safe-report.yml');
    expect(Object.keys(workflow.on)).toEqual(['workflow_run']);
    expect((workflow.on.workflow_run as { workflows: string[] }).workflows).toEqual(['holdout-pr']);
    expect(workflow.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    expect(steps.filter((s) => s.run !== undefined || s.uses?.startsWith('actions/checkout@'))).toEqual([]);
    expect(steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/download-artifact', 'holdout/holdout/actions/report']);
    expect(steps[0]!.with?.['run-id']).toBe('${{ github.event.workflow_run.id }}');
    expect(steps[1]!.with?.results).toBe('holdout-results/*.json');
  });
});
