// Policy semantics through compareModels on metrics files: bounds, absolute
// and relative regressions (zero and negative baselines), improvements,
// non-inferiority, severity, required metrics, missing baselines — and every
// failure listed, not only the first.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { ConfigurationError } from '../../shared/errors.js';
import { tempDir, writeFiles } from '../helpers.js';

const OPTIONS = { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' as const };

async function compare(candidate: Record<string, number>, baseline: Record<string, number> | undefined, policyYaml: string) {
  const dir = await tempDir();
  await writeFiles(dir, { 'c.json': JSON.stringify(candidate), 'b.json': JSON.stringify(baseline ?? {}) });
  const policy = await loadPolicy(policyYaml);
  const { document, problems } = await compareModels({
    candidate: { path: join(dir, 'c.json'), written: 'c.json', display: 'c.json' },
    baseline: baseline ? { path: join(dir, 'b.json'), written: 'b.json', display: 'b.json', source: 'b.json' } : { missing: 'b.json: no such file' },
    policy,
    options: OPTIONS,
  });
  expect(problems).toEqual([]);
  const status = (id: string) => document.checks.find((c) => c.id === id)?.status;
  return { document, status };
}

describe('policy rules', () => {
  it('min and max are inclusive', async () => {
    const { status } = await compare({ roc_auc: 0.8, log_loss: 0.3 }, { roc_auc: 0.8, log_loss: 0.3 }, 'metrics:\n  roc_auc: { min: 0.8 }\n  log_loss: { max: 0.3 }\n');
    expect(status('metric:roc_auc:min')).toBe('pass');
    expect(status('metric:log_loss:max')).toBe('pass');
    const worse = await compare({ roc_auc: 0.7999, log_loss: 0.3001 }, { roc_auc: 0.8, log_loss: 0.3 }, 'metrics:\n  roc_auc: { min: 0.8 }\n  log_loss: { max: 0.3 }\n');
    expect(worse.status('metric:roc_auc:min')).toBe('fail');
    expect(worse.status('metric:log_loss:max')).toBe('fail');
  });

  it('max_regression counts only the bad direction, for both directions', async () => {
    const policy = 'metrics:\n  roc_auc: { max_regression: 0.01 }\n  rmse: { max_regression: 0.5 }\n';
    const ok = await compare({ roc_auc: 0.795, rmse: 10.4 }, { roc_auc: 0.8, rmse: 10 }, policy);
    expect([ok.status('metric:roc_auc:max_regression'), ok.status('metric:rmse:max_regression')]).toEqual(['pass', 'pass']);
    const bad = await compare({ roc_auc: 0.785, rmse: 10.6 }, { roc_auc: 0.8, rmse: 10 }, policy);
    expect([bad.status('metric:roc_auc:max_regression'), bad.status('metric:rmse:max_regression')]).toEqual(['fail', 'fail']);
    const better = await compare({ roc_auc: 0.9, rmse: 1 }, { roc_auc: 0.8, rmse: 10 }, policy);
    expect(better.document.comparison.improvements).toBe(2);
  });

  it('max_relative_regression is relative to |baseline|; a zero baseline is reported, not divided by', async () => {
    const policy = 'metrics:\n  log_loss: { max_relative_regression: 0.05 }\n  profit: { direction: higher, max_relative_regression: 0.1 }\n  max_error: { max_relative_regression: 0.1 }\n';
    const r = await compare({ log_loss: 0.5249, profit: -105, max_error: 0.2 }, { log_loss: 0.5, profit: -100, max_error: 0 }, policy);
    expect(r.status('metric:log_loss:max_relative_regression')).toBe('pass'); // +4.98%
    expect(r.status('metric:profit:max_relative_regression')).toBe('pass'); // 5 worse on |−100|: 5%
    const zero = r.document.checks.find((c) => c.id === 'metric:max_error:max_relative_regression')!;
    expect(zero.status).toBe('warn');
    expect(zero.message).toMatch(/baseline is 0, so the relative change is not computed/);
    expect(r.document.comparison.metrics.find((m) => m.name === 'max_error')!.relativeDifference).toBeNull();
    const bad = await compare({ log_loss: 0.53, profit: -115 }, { log_loss: 0.5, profit: -100 }, 'metrics:\n  log_loss: { max_relative_regression: 0.05 }\n  profit: { direction: higher, max_relative_regression: 0.1 }\n');
    expect([bad.status('metric:log_loss:max_relative_regression'), bad.status('metric:profit:max_relative_regression')]).toEqual(['fail', 'fail']);
  });

  it('min_improvement, severity warn, and every failure listed', async () => {
    const r = await compare({ accuracy: 0.81, f1: 0.5, recall: 0.1 }, { accuracy: 0.8, f1: 0.6, recall: 0.5 }, 'metrics:\n  accuracy: { min_improvement: 0.02 }\n  f1: { max_regression: 0.01, severity: warn }\n  recall: { min: 0.3, max_regression: 0.1 }\n');
    expect(r.status('metric:accuracy:min_improvement')).toBe('fail');
    expect(r.status('metric:f1:max_regression')).toBe('warn');
    expect(r.status('metric:recall:min')).toBe('fail');
    expect(r.status('metric:recall:max_regression')).toBe('fail');
    expect(r.document.status).toBe('fail');
    expect(r.document.checks.filter((c) => c.status === 'fail')).toHaveLength(3);
  });

  it('non_inferiority cannot pass on metrics files alone', async () => {
    const r = await compare({ roc_auc: 0.9 }, { roc_auc: 0.8 }, 'metrics:\n  roc_auc: { non_inferiority: { margin: 0.01 } }\n');
    const check = r.document.checks.find((c) => c.id === 'metric:roc_auc:non_inferiority')!;
    expect(check.status).toBe('fail');
    expect(check.message).toMatch(/needs|without predictions/);
  });

  it('a required metric missing from the candidate fails; an optional one does not', async () => {
    const r = await compare({ accuracy: 0.9 }, { accuracy: 0.8, f1: 0.5 }, 'metrics:\n  f1: { min: 0.1 }\n  recall: { min: 0.1, required: false }\n');
    expect(r.status('metric:f1:present')).toBe('fail');
    expect(r.status('metric:recall:present')).toBe('pass');
  });

  it('no baseline fails unless allow_missing_baseline (first deploy); absolute bounds still apply', async () => {
    const strict = await compare({ roc_auc: 0.9 }, undefined, 'metrics:\n  roc_auc: { min: 0.95, max_regression: 0.01 }\n');
    expect(strict.status('baseline')).toBe('fail');
    expect(strict.status('metric:roc_auc:baseline')).toBe('fail');
    expect(strict.status('metric:roc_auc:min')).toBe('fail');
    const first = await compare({ roc_auc: 0.96 }, undefined, 'metrics:\n  roc_auc: { min: 0.95, max_regression: 0.01 }\nallow_missing_baseline: true\n');
    expect(first.document.status).toBe('pass');
    expect(first.document.comparison.baselineProblem).toBe('b.json: no such file');
  });
});

describe('policy loading', () => {
  it('an unknown metric needs a direction; the error names the key path', async () => {
    await expect(loadPolicy('metrics:\n  latency_p95_ms: { max: 150 }\n')).rejects.toThrow('policy (inline):2: metrics.latency_p95_ms.direction: metric "latency_p95_ms" has no known direction: add direction: higher or direction: lower');
  });
  it('misspelt keys and bad values name the file, line and key', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'p.yaml': 'metrics:\n  roc_auc:\n    max_regresion: 0.01\n' , 'q.yaml': 'metrics:\n  roc_auc:\n    non_inferiority: { margin: 0.01, alpha: 2 }\n' });
    const error = await loadPolicy(join(dir, 'p.yaml')).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`${join(dir, 'p.yaml')}:3: metrics.roc_auc.max_regresion: unknown key (did you mean "max_regression"?)`);
    await expect(loadPolicy(join(dir, 'q.yaml'))).rejects.toThrow(/q\.yaml:3: metrics\.roc_auc\.non_inferiority\.alpha/);
  });
});

describe('paired predictions with slices', () => {
  it('a single-class slice reports AUC as undefined there (warn), and still tests accuracy', async () => {
    const dir = await tempDir();
    const rows = (scoreShift: number) => {
      let text = 'id,label,score,segment\n';
      for (let i = 0; i < 200; i++) {
        const segment = i < 60 ? 'all-negative' : 'mixed';
        const label = segment === 'all-negative' ? 0 : i % 2;
        const score = Math.min(1, Math.max(0, (label ? 0.65 : 0.35) + (((i * 37) % 23) - 11) / 40 + scoreShift));
        text += `r${i},${label},${score.toFixed(4)},${segment}\n`;
      }
      return text;
    };
    await writeFiles(dir, { 'c.csv': rows(0.01), 'b.csv': rows(0) });
    const policy = await loadPolicy('metrics:\n  roc_auc: { min: 0.5 }\n  accuracy: { min: 0.5 }\nslices:\n  columns: [segment]\n  min_slice_size: 50\n');
    const { document, problems } = await compareModels({
      candidate: { path: join(dir, 'c.csv'), written: 'c.csv', display: 'c.csv' },
      baseline: { path: join(dir, 'b.csv'), written: 'b.csv', display: 'b.csv', source: 'b.csv' },
      policy,
      options: { ...OPTIONS, columns: { ...OPTIONS.columns, slices: ['segment'] } },
    });
    expect(problems).toEqual([]);
    const aucSlice = document.comparison.metrics.find((m) => m.name === 'roc_auc' && m.slice?.value === 'all-negative')!;
    expect(aucSlice).toMatchObject({ candidate: null, status: 'warn' });
    expect(document.checks.find((c) => c.id === 'metric:roc_auc@segment=all-negative:present')!.message).toBe('roc_auc is undefined or missing on the candidate in this slice');
    const accuracySlice = document.comparison.metrics.find((m) => m.name === 'accuracy' && m.slice?.value === 'all-negative')!;
    expect(accuracySlice.method).toBe('mcnemar-exact');
    expect(document.comparison.metrics.find((m) => m.name === 'roc_auc' && !m.slice)!.method).toBe('delong');
  });
});
