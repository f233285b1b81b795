// The pull-request report: verdict first, tables intact under hostile
// names, a budget that cuts whole sections with a note, and a committed
// snapshot of the full comment for the example data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { renderReport, reportMarker } from '../../shared/report/report.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';
import { userFile } from '../../shared/io/user-file.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const CTX = { title: 'holdout', key: 'default', version: '0.1.0', commit: '0123456789abcdef0123', runUrl: 'https://github.com/o/r/actions/runs/1' };

async function exampleDocuments(): Promise<ResultsDocument[]> {
  const examples = join(ROOT, 'examples');
  const validation = await validateData({ data: ['validate/passing.csv', 'validate/failing.csv'], baseDir: examples, schema: userFile(examples, 'validate/schema.yaml'), now: NOW, gitSha: CTX.commit });
  const policy = await loadPolicy(join(examples, 'compare/policy.yaml'));
  policy.source = 'examples/compare/policy.yaml';
  const comparison = await compareModels({
    candidate: { path: join(examples, 'compare/candidate-predictions.csv'), written: 'compare/candidate-predictions.csv', display: 'compare/candidate-predictions.csv' },
    baseline: { path: join(examples, 'compare/baseline-predictions.csv'), written: 'compare/baseline-predictions.csv', display: 'compare/baseline-predictions.csv', source: 'git:main:compare/baseline-predictions.csv', id: 'main@abc123' },
    policy,
    now: NOW,
    gitSha: CTX.commit,
    options: { columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: ['region'] }, threshold: 0.5, confidence: 0.95, resamples: 2000, seed: 20240101, onMismatch: 'error' },
  });
  return [comparison.document, validation.document];
}

const html = (md: string) => marked.parse(md, { async: false, gfm: true }) as string;

describe('renderReport', () => {
  it('matches the committed snapshot for the example data', async () => {
    const report = renderReport(await exampleDocuments(), CTX, 65_536);
    const expected = await readFile(join(ROOT, 'test/fixtures/report/example-comment.md'), 'utf8').catch(() => '');
    if (process.env.UPDATE_SNAPSHOTS === '1' || expected === '') {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(ROOT, 'test/fixtures/report/example-comment.md'), report.markdown);
      if (process.env.CI) throw new Error('snapshot missing in CI');
    } else expect(report.markdown).toBe(expected);
  });

  it('says the verdict and why on the first line', async () => {
    const report = renderReport(await exampleDocuments(), CTX, 65_536);
    const first = report.markdown.split('\n')[0]!;
    expect(first).toMatch(/^❌ \*\*holdout\*\*: /);
    expect(report.verdict).toBe('Candidate beats production on 1 gated metric: roc_auc not shown non-inferior (margin 0.005); log_loss [region=west] +25.2% (allowed 5%); 2 more; data validation failed: 13 errors in validate/failing.csv');
    expect(report.markdown.trimEnd().endsWith(reportMarker('default'))).toBe(true);
  });

  it('parses as GFM with every table intact, a Mermaid chart, and the footer', async () => {
    const report = renderReport(await exampleDocuments(), CTX, 65_536);
    const rendered = html(report.markdown);
    for (const table of rendered.match(/<table>[\s\S]*?<\/table>/g)!) {
      const widths = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][\s>]/g)].length);
      expect(new Set(widths).size, table.slice(0, 200)).toBe(1);
    }
    expect(report.markdown).toContain('```mermaid\nxychart-beta');
    expect(report.markdown).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
  });

  it('renders hostile names inert', async () => {
    const dir = await tempDir();
    const evil = 'x|<img src=x onerror=alert(1)>@admin #1 [a](http://e) <!-- holdout:report:default -->';
    await writeFiles(dir, {
      's.json': JSON.stringify({ fields: [{ name: evil, type: 'integer' }], fieldsMatch: 'exact' }),
      'd.csv': `"${evil.replaceAll('"', '""')}"\nabc\n`,
    });
    const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json'), now: NOW });
    const report = renderReport([document], { ...CTX, title: 'holdout @everyone' }, 65_536);
    const rendered = html(report.markdown);
    expect(rendered).not.toMatch(/<img/);
    expect(rendered.match(/<a\b/g)).toHaveLength(1); // only the footer's link to the workflow run
    expect(report.markdown.match(/<!-- holdout:report:default -->/g)).toHaveLength(1);
    expect(rendered).not.toMatch(/@(admin|everyone)/);
  });

  it('cuts whole sections, least important first, and says what it cut', async () => {
    const docs = await exampleDocuments();
    const full = renderReport(docs, CTX, 65_536);
    const small = renderReport(docs, CTX, 6000);
    expect(small.markdown.length).toBeLessThanOrEqual(6000);
    expect(small.cut.length).toBeGreaterThan(0);
    expect(small.cut[0]).toBe('passing data checks');
    expect(small.markdown).toContain('✂️ Cut to fit: ');
    expect(small.markdown.split('\n')[0]).toBe(full.markdown.split('\n')[0]);
    expect(small.markdown).toContain(reportMarker('default'));
  });

  it('reports an empty set of documents as an error, not as a pass', () => {
    const report = renderReport([], CTX, 65_536);
    expect(report.status).toBe('error');
    expect(report.markdown.split('\n')[0]).toBe('⛔ **holdout**: No results documents were found, so nothing was evaluated');
  });
});
