// ±∞ and NaN in results documents (issue 12): JSON has no such numbers, so a
// document writes them as the strings "Infinity", "-Infinity" and "NaN" where a
// statistic is allowed, and the reader gives the numbers back. Every writer
// validates the text it writes (not the object in memory). The DeLong case of
// the issue — a difference with zero variance, for which R's pROC reports
// Z = −Inf, p = 0 — goes through `holdout compare --out` and is held to pROC.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { parseResults, serializeResults, writeResults } from '../../shared/results/io.js';
import type { CompareMetricsResults, ResultsDocument } from '../../shared/results/schema.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

function comparison(z: number, pValue: number, observed: number): CompareMetricsResults {
  return {
    holdout: 1, kind: 'compare-metrics', title: 'Model comparison', status: 'fail', createdAt: '2026-12-03T10:00:00Z', subject: { files: [] },
    checks: [{ id: 'roc_auc:max_regression', title: 'roc_auc: regression ≤ 0.01', status: 'fail', observed, expected: '≤ 0.01 worse', message: 'worse', count: 1, locations: [], metric: 'roc_auc', rule: 'max_regression', threshold: 0.01 }],
    comparison: {
      task: 'binary', paired: true, rows: 8, confidence: 0.95, candidate: { source: 'c.csv', kind: 'predictions' }, baseline: { source: 'b.csv', kind: 'predictions' },
      policy: { source: 'p.yaml' }, regressions: 1, improvements: 0, summary: '1 regression',
      metrics: [{
        name: 'roc_auc', direction: 'higher', gated: true, candidate: 0.5, baseline: 1, difference: -0.5, relativeDifference: -0.5, interval: [-0.5, -0.5], confidence: 0.95,
        pValue, method: 'delong', verdict: 'worse', status: 'fail', thresholds: { max_regression: 0.01 }, details: { z, note: 'Infinity is a word here too' },
      }],
    },
  };
}

describe('non-finite numbers in a results document', () => {
  it('round-trips ∞, −∞ and NaN through the JSON text as strings the schema reads back', () => {
    for (const z of [Infinity, -Infinity, NaN]) {
      const text = serializeResults(comparison(z, NaN, -Infinity));
      expect(text).toContain(`"z": "${String(z)}"`);
      expect(text).not.toContain('null');
      const back = parseResults(text, 'r.json') as CompareMetricsResults;
      expect(back.comparison.metrics[0]!.details!.z).toBe(z);
      expect(back.comparison.metrics[0]!.details!.note).toBe('Infinity is a word here too');
      expect(back.comparison.metrics[0]!.pValue).toBeNaN();
      expect(back.checks[0]!.observed).toBe(-Infinity);
    }
  });

  it('writeResults writes the document with −∞ and refuses, writing nothing, one whose non-finite number sits where no statistic may', async () => {
    const dir = await tempDir();
    await writeResults(join(dir, 'ok.json'), comparison(-Infinity, 0, -0.5));
    expect((parseResults(await readFile(join(dir, 'ok.json'), 'utf8'), 'ok.json') as CompareMetricsResults).comparison.metrics[0]!.details!.z).toBe(-Infinity);
    const broken = comparison(-Infinity, 0, -0.5) as ResultsDocument & { comparison: { rows: number } };
    broken.comparison.rows = Infinity;
    await expect(writeResults(join(dir, 'broken.json'), broken)).rejects.toThrow(/would not read back \(comparison\.rows: /);
    expect((await readdir(dir)).sort()).toEqual(['ok.json']);
  });
});

/** R's pROC on (y, a, b): auc(a), auc(b), var(a), var(b), z, p — with "Inf"/"-Inf" as R prints them. */
function pROC(csvPath: string): number[] {
  const result = spawnSync('Rscript', [join(ROOT, 'test/oracles/proc.R'), csvPath], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pROC oracle failed (is r-cran-proc installed?):\n${result.stderr}`);
  return result.stdout.trim().split('\n').map((s) => (s === 'Inf' ? Infinity : s === '-Inf' ? -Infinity : Number(s)));
}

describe('holdout compare: DeLong with a zero-variance difference, against pROC', () => {
  const y = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
  const perfect = [0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 0.95];
  const cases: Record<string, { candidate: number[]; baseline: number[] }> = {
    'a constant candidate against a perfect baseline': { candidate: y.map(() => 0.5), baseline: perfect },
    'a perfectly reversed candidate against a perfect baseline': { candidate: [...perfect].reverse(), baseline: perfect },
    'a perfect candidate against a reversed baseline': { candidate: perfect, baseline: [...perfect].reverse() },
  };
  it.each(Object.entries(cases))('%s', async (_name, { candidate, baseline }) => {
    const dir = await tempDir();
    const predictions = (scores: number[]) => ['id,label,score', ...y.map((label, i) => `r${i},${label},${scores[i]}`)].join('\n') + '\n';
    await writeFiles(dir, {
      'candidate.csv': predictions(candidate),
      'baseline.csv': predictions(baseline),
      'policy.yaml': 'metrics:\n  roc_auc: { max_regression: 0.01 }\n',
      'oracle.csv': ['y,a,b', ...y.map((label, i) => `${label},${candidate[i]},${baseline[i]}`)].join('\n') + '\n',
    });
    const [aucA, aucB, , , z, p] = pROC(join(dir, 'oracle.csv'));
    expect(Number.isFinite(z!)).toBe(false);
    const run = await cli(['compare', '--candidate', 'candidate.csv', '--baseline', 'baseline.csv', '--policy', 'policy.yaml', '--out', 'r.json'], dir);
    expect(run.stderr).not.toMatch(/ZodError/);
    const text = await readFile(join(dir, 'r.json'), 'utf8');
    expect(text).toContain(`"z": "${String(z)}"`);
    const document = parseResults(text, 'r.json') as CompareMetricsResults;
    const row = document.comparison.metrics.find((m) => m.name === 'roc_auc')!;
    expect(row).toMatchObject({ method: 'delong', candidate: aucA, baseline: aucB, pValue: p, details: { z } });
    expect(row.verdict).toBe(z! < 0 ? 'worse' : 'better');
    expect(run.code).toBe(z! < 0 ? 1 : 0);
    // --format json prints the same document, not z: null.
    const json = await cli(['compare', '--candidate', 'candidate.csv', '--baseline', 'baseline.csv', '--policy', 'policy.yaml', '--format', 'json'], dir);
    expect((parseResults(json.stdout, 'stdout') as CompareMetricsResults).comparison.metrics.find((m) => m.name === 'roc_auc')!.details!.z).toBe(z);
  });
});
