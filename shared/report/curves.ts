// The comparison's curves and the production metric's trend, as Mermaid
// charts in one collapsed section: ROC, precision–recall and calibration of
// the candidate and the production model (one small chart per kind, the two
// models as lines told apart by colour, named in the title: xychart has no
// legend), the calibration bins with their counts as a small table, and for a
// deployment: baseline each gated metric across the past deployments and the
// candidate.
//
// Mermaid's xychart places a line's values evenly across a numeric x-axis
// (it has no x,y pairs), so each curve is drawn as its values on an even grid
// of x from 0 to 1, interpolated linearly between the curve's kept points.
// The grid's step is a power of two: Mermaid walks the axis by adding the
// step, and with a step like 0.05 the sum overshoots 1 and the last value
// is silently not drawn.

import type { CompareMetricsResults, DeploymentRecord, ModelCurves } from '../results/schema.js';
import { escapeMarkdown, mermaidText } from './escape.js';
import { axisRange, xyChart } from './chart.js';
import { count, plural, value } from './format.js';

/** Values per curve line: x = 0, 1/64, …, 1. */
const GRID = 64;
/** Calibration lines: x = 0, 1/32, …, 1. */
const CALIBRATION_GRID = 32;
/** Gated metrics drawn across past deployments. */
const TREND_METRICS = 3;

const COLOURS = { candidate: 'royalblue', baseline: 'darkorange', reference: 'darkgray' };
const NAMES = { candidate: 'blue', baseline: 'orange', reference: 'gray' };

/** A value in [0, 1] for a Mermaid data list, to three decimals. */
const unitNumber = (x: number) => String(Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000);

/**
 * y at each x of an even grid on [0, 1] along a polyline whose x never
 * decreases: at an x the polyline reaches, its last (highest-threshold-last)
 * y there; between, linear; before the first and after the last x, held at
 * the end value. Non-finite points are ignored; nothing when none is left.
 */
export function onGrid(xs: readonly number[], ys: readonly number[], steps: number): number[] | undefined {
  const points: [number, number][] = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i]!, y = ys[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    // A results file is untrusted: a point that goes back is dropped rather than drawn as a zigzag.
    if (points.length && x < points[points.length - 1]![0]) continue;
    points.push([x, y]);
  }
  if (points.length === 0) return undefined;
  const out: number[] = [];
  let k = 0;
  for (let g = 0; g <= steps; g++) {
    const x = g / steps;
    while (k + 1 < points.length && points[k + 1]![0] <= x) k++;
    const [x0, y0] = points[k]!;
    if (x0 > x || k + 1 >= points.length) out.push(y0);
    else {
      const [x1, y1] = points[k + 1]!;
      out.push(x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0));
    }
  }
  return out;
}

interface Line {
  who: keyof typeof COLOURS;
  values: number[];
}

function chart(kind: string, xTitle: string, yTitle: string, lines: Line[], note = ''): string {
  const shown = lines.map((l) => ({ ...l, data: l.values.map(unitNumber).join(', ') }));
  // Two lines on the same values would be drawn as one: say so instead.
  const distinct = shown.filter((l, i) => !shown.slice(0, i).some((m) => m.data === l.data));
  const same = shown.filter((l) => !distinct.includes(l));
  const label = (who: Line['who']) => (who === 'candidate' ? 'candidate' : who === 'baseline' ? 'production' : 'perfect');
  const legend = distinct.map((l) => `${label(l.who)} (${NAMES[l.who]})`).join(kind === 'Calibration' ? ', ' : ' vs ');
  const title = `${kind} — ${legend}${same.length ? `, ${same.map((l) => label(l.who)).join(', ')} the same` : ''}${note}`;
  return xyChart({
    settings: { width: 600, height: 330, titleFontSize: 14 },
    palette: distinct.map((l) => COLOURS[l.who]),
    title,
    xAxis: `"${xTitle}" 0 --> 1`,
    yAxis: `"${yTitle}" 0 --> 1`,
    series: distinct.map((l) => ({ kind: 'line', values: [l.data] })),
  });
}

type Side = { who: 'candidate' | 'baseline'; curves: ModelCurves };

function rocLines(sides: Side[]): Line[] {
  return sides.flatMap(({ who, curves }) => {
    const values = onGrid(curves.roc.map((p) => p.fpr), curves.roc.map((p) => p.tpr), GRID);
    return values ? [{ who, values }] : [];
  });
}

function prLines(sides: Side[]): Line[] {
  return sides.flatMap(({ who, curves }) => {
    const values = onGrid(curves.pr.map((p) => p.recall), curves.pr.map((p) => p.precision), GRID);
    return values ? [{ who, values }] : [];
  });
}

function calibrationLines(sides: Side[]): Line[] {
  const lines = sides.flatMap(({ who, curves }) => {
    const points = [...(curves.calibration?.points ?? [])].sort((a, b) => a.predicted - b.predicted);
    const values = onGrid(points.map((p) => p.predicted), points.map((p) => p.observed), CALIBRATION_GRID);
    return values ? [{ who, values }] : [];
  });
  return lines.length ? [...lines, { who: 'reference', values: Array.from({ length: CALIBRATION_GRID + 1 }, (_, g) => g / CALIBRATION_GRID) }] : [];
}

/** The calibration bins with their rows: what the chart's lines are drawn through, and the empty bins it cannot show. */
function calibrationTable(sides: Side[]): string | undefined {
  const withBins = sides.filter((s) => s.curves.calibration && s.curves.calibration.points.length > 0);
  if (withBins.length === 0) return undefined;
  const bins = Math.max(...withBins.map((s) => s.curves.calibration!.bins));
  // More bins than a table in a comment should hold (a results file is untrusted).
  if (bins > 20) return undefined;
  const edge = (x: number) => String(Number(x.toFixed(3)));
  const header = `| Scores | ${withBins.map((s) => (s.who === 'candidate' ? 'Candidate: share positive' : 'Production: share positive')).join(' | ')} |`;
  const lines = [header, `| --- | ${withBins.map(() => '---:').join(' | ')} |`];
  for (let b = 0; b < bins; b++) {
    const cells = withBins.map((s) => {
      const p = s.curves.calibration!.points.find((q) => q.bin === b);
      return p ? `${value(p.observed, 2)}<br><sub>n=${count(p.count)}, mean score ${value(p.predicted, 2)}</sub>` : '—';
    });
    lines.push(`| ${edge(b / bins)}–${edge((b + 1) / bins)} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** A short label for a past deployment: its commit's first seven characters, else its id; repeats numbered. */
function deploymentLabels(deployments: readonly DeploymentRecord[]): string[] {
  const seen = new Map<string, number>();
  return deployments.map((d) => {
    const base = mermaidText(d.commit ? d.commit.slice(0, 7) : `#${d.id}`, 9);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}·${n}` : base;
  });
}

/**
 * For each gated metric of the whole holdout set that at least two past
 * deployments recorded (at most three): its value in each, oldest first,
 * then the candidate's, as one line; the values in a line underneath.
 */
export function trendCharts(doc: CompareMetricsResults): string[] {
  const history = doc.comparison.history;
  if (!history) return [];
  const out: string[] = [];
  for (const row of doc.comparison.metrics.filter((m) => m.gated && !m.slice)) {
    if (out.length >= TREND_METRICS) break;
    const past = history.deployments.filter((d) => Number.isFinite(d.metrics[row.name]));
    if (past.length < 2 || row.candidate === null || !Number.isFinite(row.candidate)) continue;
    const labels = [...deploymentLabels(past), 'candidate'];
    const values = [...past.map((d) => d.metrics[row.name]!), row.candidate];
    const [lo, hi] = axisRange(values);
    const plot = (x: number) => String(Number(x.toPrecision(4)));
    out.push([
      xyChart({
        settings: { width: 700, height: 400, titleFontSize: 14, xAxis: { labelFontSize: 12 }, yAxis: { labelFontSize: 12 } },
        palette: ['royalblue'],
        title: `${mermaidText(row.name, 24)} — last ${past.length} production deployments, oldest first, then the candidate`,
        xAxis: `[${labels.map((l) => `"${l}"`).join(', ')}]`,
        yAxis: `"${mermaidText(row.name, 30)}" ${plot(lo)} --> ${plot(hi)}`,
        series: [{ kind: 'line', values: values.map(plot) }],
      }),
      '',
      `<sub>${escapeMarkdown(row.name)}: ${past.map((d, i) => `${escapeMarkdown(labels[i]!)} ${value(d.metrics[row.name]!)}`).join(' · ')} · candidate ${value(row.candidate)}</sub>`,
    ].join('\n'));
  }
  return out;
}

/** The collapsed section of curves and trends, or undefined when the comparison has neither. */
export function curvesSection(doc: CompareMetricsResults): string | undefined {
  const c = doc.comparison.curves;
  const sides: Side[] = c ? [{ who: 'candidate', curves: c.candidate }, ...(c.baseline ? [{ who: 'baseline' as const, curves: c.baseline }] : [])] : [];
  const note = c && !c.baseline ? ' (production has no scores)' : '';
  const parts: string[] = [];
  const kinds: string[] = [];
  const roc = rocLines(sides);
  if (roc.length) {
    parts.push(chart('ROC', 'false positive rate', 'true positive rate', roc, note));
    kinds.push('ROC');
  }
  const pr = prLines(sides);
  if (pr.length) {
    parts.push(chart('Precision–recall', 'recall', 'precision', pr, note));
    kinds.push('precision–recall');
  }
  const calibration = calibrationLines(sides);
  if (calibration.length) {
    parts.push(chart('Calibration', 'mean predicted probability', 'share positive', calibration, note));
    const table = calibrationTable(sides);
    if (table) parts.push(table);
    kinds.push('calibration');
  }
  const trends = trendCharts(doc);
  parts.push(...trends);
  if (parts.length === 0) return undefined;
  const curves = kinds.length ? `${kinds.join(', ').replace(/, (?=[^,]*$)/, ' and ')} curves` : '';
  const trend = trends.length && doc.comparison.history ? `${plural(trends.length, 'metric')} across ${plural(doc.comparison.history.deployments.length, 'past deployment')}` : '';
  return `<details><summary>📈 ${[curves, trend].filter(Boolean).join('; ')}</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}
