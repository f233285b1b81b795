// The eval-suite comparison said plainly (issue 16): "faithfulness −0.8
// points, 95 % CI [−1.4, −0.2], on the same 300 cases; 12 cases flipped
// pass→fail (first 5: …), 3 fail→pass (…)" — through the compare-metrics step
// on a generic JSONL suite, in the step's summary and in the pull-request
// report, escaped through the one escaping function.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../shared/log.js';
import { renderComparisonSummary } from '../../shared/report/comparison.js';
import { escapeMarkdown } from '../../shared/report/escape.js';
import { signed } from '../../shared/report/format.js';
import { renderReport } from '../../shared/report/report.js';
import { resultsSchemas } from '../../shared/results/schema.js';
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { optionsFromText } from '../../shared/steps/options.js';
import type { StepEnvironment } from '../../shared/steps/step.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { tempDir, writeFiles } from '../helpers.js';
import { CTX } from './documents.js';

const environment = (workspace: string): StepEnvironment => ({ workspace, tempDir: workspace, eventName: '', payload: {}, logger: new MemoryLogger(), tasks: taskRunner(undefined) });
const flags = (values: Record<string, string>) => optionsFromText(compareMetricsOptions, 'flag', (name) => values[name]);

const N = 300;
const id = (i: number) => (i === 2 ? 'q@team|2' : `q${String(i).padStart(3, '0')}`);
// grounded: the baseline fails every 7th case; the candidate fails 12 more (pass→fail) and passes 3 of those (fail→pass).
const PASS_TO_FAIL = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13];
const FAIL_TO_PASS = [0, 7, 14];
const baselinePasses = (i: number) => i % 7 !== 0;
const candidatePasses = (i: number) => (PASS_TO_FAIL.includes(i) ? false : FAIL_TO_PASS.includes(i) ? true : baselinePasses(i));
// faithfulness in [0, 1]: the candidate 0.04 lower on every 5th case, so the mean is 0.04 × 60 / 300 = 0.008 lower.
const baseFaith = (i: number) => 0.5 + (i % 10) / 20;
const candFaith = (i: number) => baseFaith(i) - (i % 5 === 0 ? 0.04 : 0);

function suite(passes: (i: number) => boolean, faith: (i: number) => number, cost: number): string {
  return Array.from({ length: N }, (_, i) => JSON.stringify({ id: id(i), grounded: passes(i), faithfulness: faith(i), cost })).join('\n') + '\n';
}

async function compare() {
  const dir = await tempDir();
  await writeFiles(dir, { 'candidate.jsonl': suite(candidatePasses, candFaith, 0.0025), 'baseline.jsonl': suite(baselinePasses, baseFaith, 0.002) });
  const policy = 'metrics:\n  faithfulness: { direction: higher, max_regression: 0.05 }\n  grounded.pass_rate: { max_regression: 0.05 }\n  cost: { max: 1 }\n';
  const step = await runCompareMetrics(flags({ candidate: 'candidate.jsonl', baseline: 'baseline.jsonl', policy, 'fail-on': 'never', 'results-file': join(dir, 'r.json') }), environment(dir));
  // What the report reads back: the document survives JSON and its schema.
  return resultsSchemas.compareMetricsResults.parse(JSON.parse(JSON.stringify(step.document)));
}

describe('eval-suite comparisons in a sentence', () => {
  it('a 0–1 score: its change and interval in points, on the same 300 cases', async () => {
    const document = await compare();
    const row = document.comparison.metrics.find((r) => r.name === 'faithfulness' && !r.slice)!;
    expect(row.scale).toBe('rate');
    expect(row.difference).toBeCloseTo(-0.008, 12);
    const [lo, hi] = row.interval!.map(Number) as [number, number];
    const sentence = `faithfulness −0.8 points, 95 % CI [${signed(lo * 100)}, ${signed(hi * 100)}], on the same 300 cases`;
    expect(lo).toBeLessThan(-0.008);
    expect(hi).toBeGreaterThan(-0.008);
    expect(renderComparisonSummary(document)).toContain(escapeMarkdown(sentence));
  });

  it('a pass rate: points, and the cases that flipped each way with the first five ids', async () => {
    const document = await compare();
    const row = document.comparison.metrics.find((r) => r.name === 'grounded.pass_rate' && !r.slice)!;
    expect(row.scale).toBe('rate');
    expect(row.flips).toEqual({ passToFail: 12, failToPass: 3, firstPassToFail: ['q001', 'q@team|2', 'q003', 'q004', 'q005'], firstFailToPass: ['q000', 'q007', 'q014'] });
    // (3 − 12) / 300 = −0.03: −3 points.
    const [lo, hi] = row.interval!.map(Number) as [number, number];
    const sentence = `grounded.pass_rate −3 points, 95 % CI [${signed(lo * 100)}, ${signed(hi * 100)}], on the same 300 cases; 12 cases flipped pass→fail (first 5: q001, q@team|2, q003, q004, q005), 3 fail→pass (q000, q007, q014)`;
    const summary = renderComparisonSummary(document);
    expect(summary).toContain(escapeMarkdown(sentence));
    // The hostile id is inert: no mention, no table cell break.
    expect(summary).toContain('q&#64;\u200bteam&#124;2');
    expect(summary).not.toContain('q@team');
  });

  it('other numbers keep their units, and the report carries the same sentences', async () => {
    const document = await compare();
    const cost = document.comparison.metrics.find((r) => r.name === 'cost' && !r.slice)!;
    expect(cost.scale).toBeUndefined();
    const report = renderReport([document], CTX, 65_536).markdown;
    const line = report.split('\n').find((l) => l.startsWith('- ') && l.includes(' cost '))!;
    expect(line).toMatch(/^- ✅ cost \\\+5\.0e−4, 95 % CI/);
    expect(line).not.toContain('points');
    expect(report).toContain(escapeMarkdown('12 cases flipped pass→fail (first 5: q001, q@team|2, q003, q004, q005), 3 fail→pass (q000, q007, q014)'));
    expect(report).toContain('paired on 300 cases');
  });

  it('cases on one side only: "on the N cases both ran"', async () => {
    const dir = await tempDir();
    const extra = JSON.stringify({ id: 'only-here', grounded: true, faithfulness: 1, cost: 0.0025 }) + '\n';
    await writeFiles(dir, { 'candidate.jsonl': suite(candidatePasses, candFaith, 0.0025) + extra, 'baseline.jsonl': suite(baselinePasses, baseFaith, 0.002) });
    const step = await runCompareMetrics(flags({ candidate: 'candidate.jsonl', baseline: 'baseline.jsonl', policy: 'metrics:\n  faithfulness: { direction: higher, max_regression: 0.05 }\n', 'fail-on': 'never', 'results-file': join(dir, 'r.json') }), environment(dir));
    expect(renderComparisonSummary(step.document)).toMatch(/faithfulness −0\.8 points, 95 % CI \\\[−[0-9.]+, −[0-9.]+\\\], on the 300 cases both ran/);
  });
});
