// Comparing eval suites case by case: joined by id, McNemar on pass/fail
// with the flipped cases named, the bootstrap over cases for scores (cases,
// not samples, when cases repeat), non-inferiority and max_regression as
// for model metrics, tags as slices, and Holm across the family.

import { describe, expect, it } from 'vitest';
import { compareEvalSuites, evalMetrics } from '../../shared/evals/compare.js';
import { CASE_OUTCOME, type EvalCase, type EvalSuite } from '../../shared/evals/suite.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { Random } from '../../shared/stats/random.js';

const OPTIONS = { confidence: 0.95, resamples: 2000, seed: 3, file: 'evals/candidate.json' };

function suite(cases: EvalCase[]): EvalSuite {
  return { file: 'x', sha256: '0', format: 'generic', cases, notes: [] };
}

function evalCase(id: string, pass: boolean, score: number, tags: Record<string, string> = {}): EvalCase {
  return { id, tags, passed: new Map([[CASE_OUTCOME, pass], ['faithful', pass]]), scores: new Map([['relevance', score]]) };
}

/** Two runs over `n` cases: the candidate passes each case with probability pC, the baseline pB, correlated through a shared difficulty. */
function pair(seed: number, n: number, pC: number, pB: number, shift = 0) {
  const r = new Random(seed);
  const u = () => r.nextUint32() / 4294967296;
  const c: EvalCase[] = [];
  const b: EvalCase[] = [];
  for (let i = 0; i < n; i++) {
    const hard = u();
    const topic = i % 2 === 0 ? 'billing' : 'returns';
    c.push(evalCase(`case-${i}`, hard * 0.6 + u() * 0.4 < pC, hard * 0.5 + u() * 0.5 + shift, { topic }));
    b.push(evalCase(`case-${i}`, hard * 0.6 + u() * 0.4 < pB, hard * 0.5 + u() * 0.5, { topic }));
  }
  return { candidate: suite(c), baseline: suite(b) };
}

describe('eval suite comparison', () => {
  it('names its metrics: pass rates per assertion, scores per scorer', () => {
    const { candidate } = pair(1, 10, 0.5, 0.5);
    expect(evalMetrics(candidate).map((m) => `${m.name}:${m.kind}`)).toEqual(['pass_rate:pass', 'faithful.pass_rate:pass', 'relevance:score']);
  });

  it('pass/fail by McNemar on the shared cases, naming the cases that flipped pass→fail', async () => {
    const { candidate, baseline } = pair(2, 300, 0.5, 0.6);
    const policy = await loadPolicy('metrics:\n  pass_rate: { non_inferiority: { margin: 0.02 } }\n');
    const result = compareEvalSuites({ candidate, baseline, policy, options: OPTIONS });
    const row = result.rows.find((r) => r.name === 'pass_rate' && !r.slice)!;
    expect(row.method).toBe('mcnemar-exact');
    const passToFail = Number(row.details!.pass_to_fail);
    const failToPass = Number(row.details!.fail_to_pass);
    expect(row.difference).toBeCloseTo((failToPass - passToFail) / 300, 12);
    expect(row.note).toMatch(new RegExp(`^${passToFail} cases flipped pass→fail \\(case-\\d+, case-\\d+, case-\\d+, case-\\d+, case-\\d+, …\\), ${failToPass} fail→pass$`));
    expect(result.checks.find((c) => c.id === 'metric:pass_rate:non_inferiority')!.status).toBe('fail');
    expect(result.pairedCases).toBe(300);
  });

  it('scores by the paired bootstrap over cases; repeated samples are averaged per case and the note says cases were resampled', async () => {
    const { candidate, baseline } = pair(3, 120, 0.5, 0.5, 0.05);
    // Three samples per case on the candidate side.
    const repeated = suite(candidate.cases.flatMap((c) => [c, c, { ...c, scores: new Map([['relevance', c.scores.get('relevance')! + 0.03]]) }]));
    const policy = await loadPolicy('metrics:\n  relevance: { direction: higher, max_regression: 0.01 }\n');
    const result = compareEvalSuites({ candidate: repeated, baseline, policy, options: OPTIONS });
    const row = result.rows.find((r) => r.name === 'relevance' && !r.slice)!;
    expect(row.method).toBe('bootstrap-bca');
    expect(result.samplesPerCase).toBe(3);
    expect(row.note).toContain('3 samples per case averaged; cases resampled, not samples');
    expect(row.details!.cases).toBe(120);
    expect(row.interval![0]).toBeLessThan(Number(row.difference));
    expect(row.interval![1]).toBeGreaterThan(Number(row.difference));
  });

  it('cases on one side only warn, and fail when the policy requires the same suite', async () => {
    const { candidate, baseline } = pair(4, 40, 0.5, 0.5);
    const shorter = suite(baseline.cases.slice(0, 35));
    const loose = compareEvalSuites({ candidate, baseline: shorter, policy: await loadPolicy(undefined), options: OPTIONS });
    expect(loose.checks.find((c) => c.id === 'evals:cases')).toMatchObject({ status: 'warn', message: '35 cases shared; 5 only in the candidate (case-35, case-36, case-37, case-38, case-39), 0 only in the baseline' });
    const strict = compareEvalSuites({ candidate, baseline: shorter, policy: await loadPolicy('require_same_cases: true\n'), options: OPTIONS });
    expect(strict.checks.find((c) => c.id === 'evals:cases')!.status).toBe('fail');
  });

  it('tags are slices, gated metrics only', async () => {
    const { candidate, baseline } = pair(5, 200, 0.6, 0.6);
    const result = compareEvalSuites({ candidate, baseline, policy: await loadPolicy('metrics:\n  pass_rate: { min: 0.1 }\n'), options: OPTIONS });
    expect(result.rows.filter((r) => r.slice).map((r) => `${r.name}@${r.slice!.column}=${r.slice!.value}:${r.slice!.rows}`)).toEqual(['pass_rate@topic=billing:100', 'pass_rate@topic=returns:100']);
  });

  it('a policy metric the suite does not have is reported missing, with the suite\'s metrics', async () => {
    const { candidate, baseline } = pair(6, 20, 0.6, 0.6);
    const result = compareEvalSuites({ candidate, baseline, policy: await loadPolicy('metrics:\n  toxicity: { direction: lower, max: 0.1 }\n'), options: OPTIONS });
    expect(result.checks.find((c) => c.id === 'metric:toxicity:present')).toMatchObject({ status: 'fail', message: 'toxicity is not in the eval suite (its metrics: pass_rate, faithful.pass_rate, relevance)' });
  });

  it('Holm across the family: a non-inferiority check its own bound passes can fail once 40 tests share α', async () => {
    // 40 assertions, each a coin flip equal on both sides, and one that is marginal on its own.
    const r = new Random(7);
    const cases = (side: number) => Array.from({ length: 400 }, (_, i) => {
      const passed = new Map<string, boolean>();
      for (let a = 0; a < 40; a++) passed.set(`a${a}`, r.nextUint32() % 2 === 0);
      return { id: `c${i}`, tags: {}, passed, scores: new Map<string, number>() } satisfies EvalCase;
    });
    const candidate = suite(cases(0));
    const baseline = suite(cases(1));
    const rules = Array.from({ length: 40 }, (_, a) => `  a${a}.pass_rate: { non_inferiority: { margin: 0.12 } }`).join('\n');
    const unadjusted = compareEvalSuites({ candidate, baseline, policy: await loadPolicy(`multiple_comparisons: none\nmetrics:\n${rules}\n`), options: OPTIONS });
    const holm = compareEvalSuites({ candidate, baseline, policy: await loadPolicy(`metrics:\n${rules}\n`), options: OPTIONS });
    const passing = (checks: typeof holm.checks) => checks.filter((c) => c.rule === 'non_inferiority' && c.status === 'pass').length;
    expect(holm.adjustment).toBe('holm');
    expect(holm.family).toBe(40);
    expect(passing(holm.checks)).toBeLessThan(passing(unadjusted.checks));
    expect(holm.checks.find((c) => c.rule === 'non_inferiority')!.message).toMatch(/Holm \(family-wise error\) over 40 non-inferiority tests: p = [\d.e-]+ [<≥] 0\.05/);
  });
});
