// The report's curves and trends: one collapsed section per comparison with
// one chart per curve kind (ROC, precision–recall, calibration), candidate and
// production as lines named by colour in the title, axes 0–1, every value on
// a grid Mermaid draws in full; the calibration bins with their rows; and for
// a deployment: baseline, each gated metric across the past deployments and
// the candidate. Hostile documents stay bounded and inert.
import { describe, expect, it } from 'vitest';
import { curvesSection, onGrid } from '../../shared/report/curves.js';
import { renderReport } from '../../shared/report/report.js';
import type { CompareMetricsResults } from '../../shared/results/schema.js';
import { CTX, EVIL, EXAMPLE_HISTORY, exampleComparison, exampleTrendComparison, hostileDocuments } from './documents.js';

const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
const titleOf = (block: string) => block.match(/title "([^"]*)"/)?.[1] ?? '';
const linesOf = (block: string) => [...block.matchAll(/^\s*line \[([^\]]*)\]/gm)].map((m) => m[1]!.split(', ').map(Number));

/** How many values Mermaid 11.12 places on a numeric x-axis from min to max: its loop adds the step until past max (xychartDb's transformDataWithoutCategory). */
function mermaidPlaces(min: number, max: number, values: number): number {
  const step = (max - min) / (values - 1);
  let n = 0;
  for (let i = min; i <= max; i += step) n++;
  return n;
}

describe('curves in the report', () => {
  it('one collapsed section: ROC, precision–recall and calibration, candidate and production as two lines on 0–1 axes, the calibration bins with their rows', async () => {
    const doc = (await exampleComparison()) as CompareMetricsResults;
    const report = renderReport([doc], CTX, 65_536).markdown;
    const section = report.match(/<details><summary>📈 ([^<]*)<\/summary>([\s\S]*?)<\/details>/)!;
    expect(section[1]).toBe('ROC, precision–recall and calibration curves');
    const blocks = mermaidBlocks(section[2]!);
    expect(blocks.map(titleOf)).toEqual([
      'ROC — candidate (blue) vs production (orange)',
      'Precision–recall — candidate (blue) vs production (orange)',
      'Calibration — candidate (blue), production (orange), perfect (gray)',
    ]);
    for (const block of blocks) {
      expect(block).toMatch(/x-axis "[a-z ]+" 0 --> 1\n/);
      expect(block).toMatch(/y-axis "[a-z ]+" 0 --> 1\n/);
      const lines = linesOf(block);
      expect(lines.length).toBe(titleOf(block).startsWith('Calibration') ? 3 : 2);
      for (const values of lines) {
        // Every value is drawn: Mermaid's walk along the axis reaches the last one.
        expect(mermaidPlaces(0, 1, values.length)).toBe(values.length);
        for (const v of values) expect(v >= 0 && v <= 1).toBe(true);
      }
    }
    // The ROC lines run from (0, 0) to (1, 1); at an x where a kept point lies, the line goes through it.
    const [candidateRoc] = linesOf(blocks[0]!);
    expect([candidateRoc![0], candidateRoc!.at(-1)]).toEqual([0, 1]);
    const roc = doc.comparison.curves!.candidate.roc;
    const grid = onGrid(roc.map((p) => p.fpr), roc.map((p) => p.tpr), 64)!;
    expect(candidateRoc).toEqual(grid.map((v) => Math.round(v * 1000) / 1000));
    // The calibration table: one row per bin, each model's share of positives and its rows.
    const table = section[2]!.split('\n').filter((l) => l.startsWith('| '));
    expect(table[0]).toBe('| Scores | Candidate: share positive | Production: share positive |');
    expect(table).toHaveLength(12);
    const first = doc.comparison.curves!.candidate.calibration!.points[0]!;
    expect(table[2]).toContain(`n=${first.count}`);
    // Collapsed: nothing of it before the reader opens it.
    expect(report.replace(/<details>[\s\S]*?<\/details>/g, '')).not.toContain('ROC');
  });

  it('onGrid: exact at the kept points, linear between, the highest value where the curve goes straight up, held flat past the ends', () => {
    expect(onGrid([0, 0, 0.5, 1], [0, 0.5, 0.75, 1], 4)).toEqual([0.5, 0.625, 0.75, 0.875, 1]);
    expect(onGrid([0.25, 0.75], [0.2, 0.6], 4)).toEqual([0.2, 0.2, 0.4, 0.6, 0.6]);
    // A point that goes back (a hostile file) is dropped, not drawn as a zigzag; non-numbers too.
    expect(onGrid([0, 0.5, 0.25, 1, NaN], [0, 0.5, 0.9, 1, 0.3], 2)).toEqual([0, 0.5, 1]);
    expect(onGrid([], [], 4)).toBeUndefined();
  });

  it('one line and a note when the production model has no scores, or when both curves are the same', async () => {
    const doc = (await exampleComparison()) as CompareMetricsResults;
    const alone = curvesSection({ ...doc, comparison: { ...doc.comparison, curves: { candidate: doc.comparison.curves!.candidate } } })!;
    expect(mermaidBlocks(alone).map(titleOf)[0]).toBe('ROC — candidate (blue) (production has no scores)');
    expect(linesOf(mermaidBlocks(alone)[0]!)).toHaveLength(1);
    const same = curvesSection({ ...doc, comparison: { ...doc.comparison, curves: { candidate: doc.comparison.curves!.candidate, baseline: doc.comparison.curves!.candidate } } })!;
    expect(mermaidBlocks(same).map(titleOf)[0]).toBe('ROC — candidate (blue), production the same');
    expect(linesOf(mermaidBlocks(same)[0]!)).toHaveLength(1);
  });

  it('the production metric across past deployments: each gated metric (at most three), oldest first, then the candidate, with the values written out', async () => {
    const doc = (await exampleTrendComparison()) as CompareMetricsResults;
    const report = renderReport([doc], CTX, 65_536).markdown;
    const section = report.match(/<details><summary>📈 ([^<]*)<\/summary>([\s\S]*?)<\/details>/)!;
    const past = EXAMPLE_HISTORY.length + 1;
    expect(section[1]).toBe(`ROC, precision–recall and calibration curves; 3 metrics across ${past} past deployments`);
    const trends = mermaidBlocks(section[2]!).filter((b) => /— last \d+ production deployments/.test(titleOf(b)));
    expect(trends.map(titleOf)).toEqual(['roc_auc', 'log_loss', 'accuracy'].map((m) => `${m} — last ${past} production deployments, oldest first, then the candidate`));
    const roc = trends[0]!;
    // Commits cut to seven characters; a commit deployed twice is told apart.
    expect(roc).toContain('x-axis ["3f1c2a9", "9a8b7c6", "9a8b7c6·2", "c0ffee0", "5b5b5b5", "e1e2e3e", "candidate"]');
    const auc = (m: CompareMetricsResults['comparison']['metrics'][number]) => m.name === 'roc_auc' && !m.slice;
    const row = doc.comparison.metrics.find(auc)!;
    const values = linesOf(roc)[0]!;
    expect(values).toEqual([...EXAMPLE_HISTORY.map((d) => d.metrics.roc_auc), Number(row.baseline!.toPrecision(4)), Number(row.candidate!.toPrecision(4))]);
    const [lo, hi] = roc.match(/y-axis "roc_auc" (\S+) --> (\S+)/)!.slice(1).map(Number);
    for (const v of values) expect(v > lo! && v < hi!).toBe(true);
    expect(section[2]).toContain('<sub>roc\\_auc: 3f1c2a9 0.731 · 9a8b7c6 0.744 · 9a8b7c6·2 0.744 ·');
    // With fewer than two past values there is no trend to draw.
    const short = { ...doc, comparison: { ...doc.comparison, history: { ...doc.comparison.history!, deployments: doc.comparison.history!.deployments.slice(-1) } } };
    expect(curvesSection(short)).not.toContain('production deployments');
  });

  it('hostile names and commits in the history stay inert and short', async () => {
    const [comparison] = await hostileDocuments();
    const section = curvesSection(comparison as CompareMetricsResults)!;
    const trend = mermaidBlocks(section).find((b) => titleOf(b).includes('production deployments'))!;
    const labels = [...trend.match(/x-axis \[(.*)\]/)![1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
    expect(labels).toHaveLength(4);
    expect(new Set(labels).size).toBe(4);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(12);
    expect(trend).not.toContain(EVIL);
    expect(section).not.toMatch(/<img|onerror=|<!-- holdout/);
  });

  it('is cut before the metric table when the comment is short of room', async () => {
    const doc = await exampleTrendComparison();
    const full = renderReport([doc], CTX, 65_536);
    const small = renderReport([doc], CTX, full.markdown.length - 1);
    expect(small.cut).toContain('curves');
    expect(small.markdown).toContain('| Metric |');
  });
});
