// Domain vocabulary owned once: the results schema takes the drift methods,
// the comparison rules, the tasks, directions and test methods from
// shared/vocabulary/; a compare-metrics check carries its rule and the
// rule's numbers, typed; and no other module re-lists a vocabulary.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultsSchemas, ruleNumbers } from '../../shared/results/schema.js';
import { driftSettingsSchema } from '../../shared/schema/model.js';
import { DIRECTIONS, TASKS, TEST_METHODS } from '../../shared/vocabulary/comparison.js';
import { DRIFT_METHOD_CHOICES, DRIFT_METHODS } from '../../shared/vocabulary/drift.js';
import { COMPARISON_RULES, POLICY_RULES } from '../../shared/vocabulary/policy.js';
import { ROOT } from '../e2e/harness.js';

const check = { id: 'opaque-7', title: 'roc_auc: non-inferior', status: 'fail', message: 'bound −0.01 ≤ −0.005', locations: [] };

describe('a compare-metrics check carries its rule and numbers, typed', () => {
  it('parses a non-inferiority check with its margin and α', () => {
    const parsed = resultsSchemas.check.parse({ ...check, metric: 'roc_auc', rule: 'non_inferiority', margin: 0.005, alpha: 0.05 });
    expect(parsed).toMatchObject({ metric: 'roc_auc', rule: 'non_inferiority', margin: 0.005, alpha: 0.05 });
    expect(resultsSchemas.check.parse({ ...check, metric: 'log_loss', slice: { column: 'region', value: 'west' }, rule: 'max_relative_regression', threshold: 0.05 }).slice).toEqual({ column: 'region', value: 'west' });
  });

  it('still parses a check without them (documents written before)', () => {
    expect(resultsSchemas.check.parse(check)).toEqual({ ...check, locations: [] });
  });

  it('rejects an unknown rule, a rule without its numbers, and a rule without its metric', () => {
    expect(resultsSchemas.check.safeParse({ ...check, metric: 'x', rule: 'max_regresion', threshold: 1 }).success).toBe(false);
    const noMargin = resultsSchemas.check.safeParse({ ...check, metric: 'x', rule: 'non_inferiority', alpha: 0.05 });
    expect(noMargin.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['margin', 'rule non_inferiority needs margin']]);
    expect(resultsSchemas.check.safeParse({ ...check, metric: 'x', rule: 'min' }).error?.issues[0]?.path).toEqual(['threshold']);
    expect(resultsSchemas.check.safeParse({ ...check, rule: 'present' }).error?.issues[0]?.path).toEqual(['metric']);
  });

  it('knows the numbers of every rule, and every policy rule is a comparison rule', () => {
    for (const rule of COMPARISON_RULES) expect(Array.isArray(ruleNumbers(rule)), rule).toBe(true);
    expect(COMPARISON_RULES.filter((r) => ruleNumbers(r).length > 0)).toEqual([...POLICY_RULES, 'showable_margin']);
    expect(POLICY_RULES.every((r) => (COMPARISON_RULES as readonly string[]).includes(r))).toBe(true);
  });
});

describe('the results schema takes its enums from the vocabulary', () => {
  const column = { column: 'x', kind: 'numeric', auto: false, statistic: 0.1, compare: 'distance', threshold: { fail: 0.1 }, nRef: 10, nCur: 10, bins: 'deciles', status: 'pass', message: '', chart: { labels: [], reference: [], current: [] } };
  const documentWith = (method: string) => ({
    holdout: 1, kind: 'validate-data', title: 'Data', status: 'pass', createdAt: '2026-12-01T00:00:00Z', subject: { files: [] }, checks: [],
    data: { tables: [], rows: 0, errorCount: 0, errors: [], drift: { reference: { path: 'r.csv', rows: 10 }, columns: [{ ...column, method }], skipped: [], dataset: { share: 0.5, drifted: 0, compared: 1, status: 'pass' } } },
  });

  it('drift methods: every method is a result, `auto` only a setting', () => {
    for (const method of DRIFT_METHODS) expect(resultsSchemas.document.safeParse(documentWith(method)).success, method).toBe(true);
    expect(resultsSchemas.document.safeParse(documentWith('auto')).success).toBe(false);
    for (const method of DRIFT_METHOD_CHOICES) expect(driftSettingsSchema.safeParse({ method }).success, method).toBe(true);
    expect(DRIFT_METHOD_CHOICES).toEqual(['auto', ...DRIFT_METHODS]);
  });

  it('tasks, directions and test methods of a comparison', () => {
    const shape = resultsSchemas.document.options[1].shape.comparison.shape;
    expect(shape.task.unwrap().options).toEqual([...TASKS]);
    expect(shape.metrics.element.shape.direction.options).toEqual([...DIRECTIONS]);
    expect(shape.metrics.element.shape.method.options).toEqual([...TEST_METHODS]);
  });
});

describe('no module re-lists a vocabulary', () => {
  const VOCABULARIES: Record<string, readonly string[]> = { DRIFT_METHODS, POLICY_RULES, TASKS, DIRECTIONS, TEST_METHODS };
  // Re-listings in modules other engineers own, to be replaced by an import of the vocabulary; none may be added.
  const KNOWN = new Set<string>([]);

  function* sources(path: string): Generator<string> {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) yield* sources(join(path, name));
    else if (path.endsWith('.ts')) yield path;
  }

  it('outside shared/vocabulary/: no array or union of string literals with three (or all) of a vocabulary\'s words', () => {
    const found: string[] = [];
    for (const root of ['shared', 'actions', 'cli', 'worker', 'action.ts']) {
      let files: string[];
      try { files = [...sources(join(ROOT, root))]; } catch { continue; }
      for (const file of files) {
        const name = relative(ROOT, file);
        if (name.startsWith('shared/vocabulary/')) continue;
        const text = readFileSync(file, 'utf8');
        const lists = [...text.matchAll(/\[\s*'[^'\]]*'(?:\s*,\s*'[^'\]]*')+\s*,?\s*\]/g), ...text.matchAll(/'[^'\n]*'(?:\s*\|\s*'[^'\n]*')+/g)];
        for (const [list] of lists) {
          const words = [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
          for (const [vocabulary, members] of Object.entries(VOCABULARIES)) {
            if (words.filter((w) => members.includes(w)).length >= Math.min(3, members.length)) found.push(`${name} ${vocabulary}`);
          }
        }
      }
    }
    expect(found.filter((f) => !KNOWN.has(f))).toEqual([]);
  });
});
