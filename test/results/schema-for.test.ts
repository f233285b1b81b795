// resultsSchemaFor: a document is read with its own kind's schema (so that a
// step builds only the schemas of the kinds it reads and writes), and that
// reading must be exactly the union's — the same data, the same issues —
// for every document, well-formed or not, of a known kind, an unknown kind,
// or no kind at all.
import { describe, expect, it } from 'vitest';
import { resultsSchemaFor, resultsSchemas } from '../../shared/results/schema.js';

const head = { holdout: 1, title: 'T', status: 'pass', createdAt: '2026-12-01T00:00:00Z', subject: { files: [{ path: 'd.csv', bytes: 3 }] } };
const check = { id: 'c', title: 'C', status: 'pass', message: '', observed: 'Infinity', locations: [{ file: 'd.csv', row: 2 }] };

const documents: Record<string, Record<string, unknown>> = {
  'validate-data': {
    ...head,
    kind: 'validate-data',
    checks: [check],
    data: {
      tables: [{ file: 'd.csv', format: 'csv', status: 'pass', rows: 2, errorCount: 0, errorCounts: {}, failedChecks: 0 }],
      rows: 2,
      errorCount: 1,
      errors: [{ type: 'type-error', file: 'd.csv', row: 1, message: 'x' }],
      drift: {
        reference: { path: 'r.csv', rows: 10 },
        columns: [{ column: 'x', kind: 'numeric', method: 'psi', auto: true, statistic: 'NaN', compare: 'distance', threshold: { fail: 0.2 }, nRef: 10, nCur: 2, bins: 'deciles', status: 'pass', message: '', chart: { labels: [], reference: [], current: [] } }],
        skipped: [],
        dataset: { share: 0, drifted: 0, compared: 1, status: 'pass' },
      },
    },
  },
  'compare-metrics': {
    ...head,
    kind: 'compare-metrics',
    checks: [{ ...check, metric: 'roc_auc', rule: 'min', threshold: 0.5 }],
    comparison: {
      task: 'binary', paired: true, rows: 10, confidence: 0.95,
      candidate: { source: 'c.csv', kind: 'predictions' }, baseline: null, policy: { source: 'default' },
      metrics: [{ name: 'roc_auc', direction: 'higher', gated: true, candidate: 0.9, baseline: null, difference: null, relativeDifference: null, interval: null, confidence: 0.95, pValue: null, method: 'none', verdict: 'unknown', status: 'pass' }],
      regressions: 0, improvements: 0, summary: 's',
    },
  },
  gate: { ...head, kind: 'gate', checks: [check], decision: { decision: 'deploy' } },
  'model-card': { ...head, kind: 'model-card', checks: [], card: { path: 'MODEL_CARD.md', sections: [{ name: 'Intended use', state: 'present', words: 3, accepted: ['Intended use'] }] } },
};

/** The documents, and each with one thing wrong: a key removed, a key of the wrong type, another kind's name. */
function variants(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [kind, document] of Object.entries(documents)) {
    out.push([kind, document]);
    for (const key of Object.keys(document)) {
      const { [key]: _, ...without } = document;
      out.push([`${kind} without ${key}`, without]);
      out.push([`${kind} with ${key}: 7`, { ...document, [key]: 7 }]);
    }
    for (const other of [...Object.keys(documents), 'monitor', 'toString', '__proto__', '']) out.push([`${kind} as ${other}`, { ...document, kind: other }]);
  }
  for (const value of [null, undefined, 1, 'validate-data', [], [documents.gate], {}, { kind: 3 }]) out.push([JSON.stringify(value) ?? 'undefined', value]);
  return out;
}

describe('resultsSchemaFor', () => {
  it.each(variants())('reads %s exactly as the union of all kinds does', (_name, value) => {
    const own = resultsSchemaFor(value).safeParse(value);
    const union = resultsSchemas.document.safeParse(value);
    expect(own.success).toBe(union.success);
    expect(own.data).toEqual(union.data);
    expect(own.error?.issues).toEqual(union.error?.issues);
  });

  it('reads every well-formed kind (the documents above are valid)', () => {
    for (const document of Object.values(documents)) expect(resultsSchemaFor(document).safeParse(document).error).toBeUndefined();
  });
});
