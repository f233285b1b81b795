// compare-metrics on eval suites, through the step as the action and the CLI
// run it: the format recognised from the file, a promptfoo file holding both
// providers split by variant, and a generic JSONL suite written to disk;
// the results document validates and carries the eval summary.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../shared/log.js';
import { renderComparisonSummary } from '../../shared/report/comparison.js';
import { resultsSchemas } from '../../shared/results/schema.js';
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { optionsFromText } from '../../shared/steps/options.js';
import type { StepEnvironment } from '../../shared/steps/step.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { tempDir, writeFiles } from '../helpers.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'evals');

function environment(workspace: string): StepEnvironment {
  return { workspace, tempDir: workspace, eventName: '', payload: {}, logger: new MemoryLogger(), tasks: taskRunner(undefined) };
}

const flags = (values: Record<string, string>) => optionsFromText(compareMetricsOptions, 'flag', (name) => values[name]);

describe('compare-metrics on eval suites', () => {
  it('promptfoo: one file, two providers, the candidate and the baseline chosen by variant', async () => {
    const step = await runCompareMetrics(flags({
      candidate: 'promptfoo-sample-export.json', 'candidate-variant': 'openai:gpt-5-mini',
      baseline: 'promptfoo-sample-export.json', 'baseline-variant': 'openai:gpt-5',
      policy: 'metrics:\n  pass_rate: { max_regression: 0.5 }\n', 'fail-on': 'never', 'results-file': join(await tempDir(), 'r.json'),
    }), environment(FIXTURES));
    const { comparison } = resultsSchemas.compareMetricsResults.parse(JSON.parse(JSON.stringify(step.document)));
    expect(comparison.candidate.kind).toBe('evals');
    expect(comparison.paired).toBe(true);
    // gpt-5 ran only the first riddle in the export's first rows: one case shared, one only on the candidate side.
    expect(comparison.evals).toMatchObject({ format: 'promptfoo', cases: 1, candidateOnly: 1, baselineOnly: 0, samplesPerCase: 1, adjustment: 'holm' });
    expect(step.document.checks.find((c) => c.id === 'evals:cases')!.status).toBe('warn');
    expect(comparison.metrics.map((r) => r.name)).toEqual(expect.arrayContaining(['pass_rate', 'cost.pass_rate', 'latency.pass_rate', 'score', 'cost', 'latency_ms_p50', 'latency_ms_p95']));
  });

  it('a generic JSONL suite: a regression in pass rate beyond the policy fails, with the flipped cases named', async () => {
    const dir = await tempDir();
    const lines = (passes: (i: number) => boolean) => Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `q${i}`, correct: passes(i), topic: i % 2 ? 'billing' : 'returns' })).join('\n') + '\n';
    await writeFiles(dir, {
      'candidate.jsonl': lines((i) => i % 3 !== 0 && i !== 10),
      'baseline.jsonl': lines((i) => i % 4 !== 0),
    });
    const step = await runCompareMetrics(flags({ candidate: 'candidate.jsonl', baseline: 'baseline.jsonl', policy: 'metrics:\n  correct.pass_rate: { max_regression: 0.02 }\n', 'results-file': join(dir, 'r.json') }), environment(dir));
    expect(step.failure?.kind).toBe('verdict');
    const row = step.document.comparison.metrics.find((r) => r.name === 'correct.pass_rate' && !r.slice)!;
    expect(row.method).toBe('mcnemar-exact');
    expect(row.note).toMatch(/^\d+ cases flipped pass→fail \(q\d+, q\d+, q\d+, q\d+, q\d+, …\), \d+ fail→pass$/);
    expect(step.document.comparison.metrics.filter((r) => r.slice).map((r) => r.slice!.value)).toEqual(['billing', 'returns']);
    // The reader sees which cases flipped, and the family-adjusted p, in the comparison table.
    const summary = renderComparisonSummary(step.document);
    expect(summary).toMatch(/51 cases flipped pass→fail \\\(q3, q6, q9, q10, q15, …\\\), 33 fail→pass/);
    expect(summary).toContain('adjusted p');
  });

  it('an eval suite against a metrics file is refused: compare like with like', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'c.jsonl': '{"id": "a", "ok": true}\n', 'b.json': '{"accuracy": 0.9}' });
    const step = await runCompareMetrics(flags({ candidate: 'c.jsonl', baseline: 'b.json', 'fail-on': 'never', 'results-file': join(dir, 'r.json') }), environment(dir));
    expect(step.document.checks.find((c) => c.id === 'comparison')!.message).toBe('b.json: one side is an eval suite and the other metrics: compare like with like');
  });
});

describe('workflows-examples/llm-eval.yml', () => {
  it('its inline policy is a valid policy, and its metric names are the ones an eval suite carries', async () => {
    const { readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const { loadPolicy } = await import('../../shared/compare/policy.js');
    const workflow = parse(await readFile(join(import.meta.dirname, '..', '..', 'workflows-examples', 'llm-eval.yml'), 'utf8'));
    const step = workflow.jobs.gate.steps.find((s: { uses?: string }) => s.uses?.includes('compare-metrics'));
    const policy = await loadPolicy(step.with.policy);
    expect(Object.keys(policy.metrics)).toEqual(['pass_rate', 'llm-rubric.pass_rate', 'latency_ms_p95']);
    expect(policy.metrics.latency_ms_p95!.direction).toBe('lower');
    expect(policy.require_same_cases).toBe(true);
  });
});
