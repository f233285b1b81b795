// The pull-request report: a first line that states the verdict and its
// reasons in the reader's words, check titles that read as what they check,
// tables a comment's width holds (status first, few columns, passing rows and
// columns collapsed), charts with one series of a kind and short labels,
// hostile names inert, a budget that cuts whole sections with a note, and a
// committed snapshot of the full comment for the example data.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderReport, reportMarker } from '../../shared/report/report.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { validateData } from '../../shared/validate/run.js';
import { userFile } from '../../shared/io/user-file.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';
import { breastCancerDocuments, CTX, demoDocuments, exampleComparison, exampleDocuments, NOW } from './documents.js';

const html = (md: string) => marked.parse(md, { async: false, gfm: true }) as string;

/** The Markdown outside every <details> block: what a reader sees before opening anything. */
const open = (md: string) => md.replace(/<details>[\s\S]*?<\/details>/g, '');

const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);

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

  it('says the verdict and its failing reasons, with what the policy needs and what the candidate got, on the first line', async () => {
    const report = renderReport(await exampleDocuments(), CTX, 65_536);
    expect(report.verdict).toBe('Fails: region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7; validate/failing.csv: 13 errors');
    const first = report.markdown.split('\n')[0]!;
    expect(first).toMatch(/^❌ \*\*holdout: fails\*\* — region west&#58; log\\_loss \\\+25%/);
    // The candidate's one improvement is not presented as the verdict of a failing report.
    expect(first).not.toMatch(/beats|better/);
    expect(report.markdown.trimEnd().endsWith(reportMarker('default'))).toBe(true);
  });

  it('names the demo pull request\'s failures and its drift on the first line', async () => {
    const report = renderReport(await demoDocuments(), { ...CTX, title: 'holdout demo' }, 65_536);
    expect(report.verdict).toBe('Fails: region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7; drift in 2 of 6 columns (monthly_charges, plan)');
  });

  it('says a pass as a pass, with what was found', async () => {
    const examples = join(ROOT, 'examples');
    const { document } = await validateData({ data: ['validate/passing.csv'], baseDir: examples, schema: userFile(examples, 'validate/schema.yaml'), now: NOW });
    const report = renderReport([document], CTX, 65_536);
    expect(report.markdown.split('\n')[0]).toBe('✅ **holdout: passes** — data valid \\(6 rows in 1 file\\)');
  });

  it('titles a failing drift check as what it checks, not as the expectation it missed', async () => {
    const report = renderReport(await demoDocuments(), CTX, 65_536);
    const failingLines = report.markdown.split('\n').filter((l) => l.includes('❌'));
    expect(failingLines.length).toBeGreaterThan(0);
    for (const line of failingLines) expect(line).not.toMatch(/matches the reference|close to the reference|seen in the reference|fewer than/);
    expect(report.markdown).toContain('❌ plan&#58; drift from the reference');
  });

  it('keeps tables to four columns, the status first, every table intact', async () => {
    for (const docs of [await exampleDocuments(), await demoDocuments(), await breastCancerDocuments()]) {
      const rendered = html(renderReport(docs, CTX, 65_536).markdown);
      for (const table of rendered.match(/<table>[\s\S]*?<\/table>/g)!) {
        const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t([dh])[^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[2]!));
        const widths = rows.map((r) => r.length);
        expect(new Set(widths).size, table.slice(0, 200)).toBe(1);
        expect(widths[0], table.slice(0, 200)).toBeLessThanOrEqual(4);
        // Tables of things with a status (metrics, columns, files) start each row with it.
        if (/^(Metric|Column|File)$/.test(rows[0]![0]!.trim())) for (const row of rows.slice(1)) expect(row[0], table.slice(0, 200)).toMatch(/^(✅|⚠️|❌|⛔|·) /);
      }
    }
  });

  it('opens only what needs a look: passing rows and columns without drift are collapsed, the worst first', async () => {
    const [drift] = await breastCancerDocuments();
    const report = renderReport([drift!], CTX, 65_536);
    const columns = drift!.kind === 'validate-data' ? drift!.data.drift!.columns : [];
    const drifted = columns.filter((c) => c.status !== 'pass');
    expect(columns).toHaveLength(31);
    expect(drifted.length).toBeGreaterThan(0);
    const shown = open(report.markdown).split('\n').filter((l) => /^\| (✅|⚠️|❌|⛔) /.test(l));
    expect(shown).toHaveLength(drifted.length);
    expect(shown.every((l) => l.startsWith('| ❌'))).toBe(true);
    // Worst first: the smallest p-value at the top.
    const ps = shown.map((l) => l.match(/\| p ([^<]+)</)?.[1] ?? '');
    expect(ps[0]).toBe('&lt; 0.001');
    expect(report.markdown).toMatch(/<details><summary>✅ \d+ columns without drift<\/summary>/);
    const demo = renderReport(await demoDocuments(), CTX, 65_536);
    expect(open(demo.markdown).split('\n').filter((l) => l.startsWith('| ✅'))).toEqual([]);
  });

  it('draws no two bar series in a chart, several lines only with their colours named in the title, no chart open when nothing fails, and short bin labels', async () => {
    const report = renderReport(await demoDocuments(), CTX, 65_536);
    const blocks = mermaidBlocks(report.markdown);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      expect(block.match(/^\s*bar \[/gm)?.length ?? 0, block).toBeLessThanOrEqual(1);
      // xychart has no legend: lines (candidate and production curves) are told apart by colour, each named in the title in the palette's order.
      const lines = block.match(/^\s*line \[/gm)?.length ?? 0;
      if (lines > 1) {
        const palette = block.match(/"plotColorPalette": "([^"]+)"/)![1]!.split(', ');
        const named = [...block.match(/title "([^"]*)"/)![1]!.matchAll(/\((\w+)\)/g)].map((m) => m[1]!);
        expect(palette, block).toHaveLength(lines);
        expect(named, block).toHaveLength(lines);
        palette.forEach((colour, i) => expect(colour.endsWith(named[i]!), block).toBe(true));
      }
      const labels = [...(block.match(/x-axis \[(.*)\]/)?.[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      for (const label of labels) expect(label.length, label).toBeLessThanOrEqual(12);
      // Many bins are listed down the side (horizontal), where labels cannot run into each other.
      if (labels.length > 6) expect(block).toContain('xychart-beta horizontal');
    }
    const comparison = await exampleComparison();
    const passing = { ...comparison, status: 'pass', comparison: { ...(comparison as any).comparison, metrics: (comparison as any).comparison.metrics.map((m: any) => ({ ...m, status: 'pass' })) }, checks: comparison.checks.map((c) => ({ ...c, status: 'pass' })) } as ResultsDocument;
    // Only the curves, collapsed: nothing drawn in the open.
    const quiet = renderReport([passing], CTX, 65_536).markdown;
    expect(mermaidBlocks(open(quiet))).toEqual([]);
    expect(mermaidBlocks(quiet).every((b) => /title "(ROC|Precision–recall|Calibration) — /.test(b))).toBe(true);
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
    expect(report.markdown.split('\n')[0]).toBe('⛔ **holdout: could not be evaluated** — no results documents were found, so nothing was evaluated');
  });
});
