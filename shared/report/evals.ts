// Eval-suite comparisons said plainly, one sentence per metric (issue 16):
// "faithfulness −0.8 points, 95 % CI [−1.4, −0.2], on the same 300 cases;
// 12 cases flipped pass→fail (first 5: …), 3 fail→pass (…)". Changes of a
// 0–1 rate read in points (× 100), of a percentage in points as they are;
// other numbers (cost, latency, unbounded scores) in their own units. Each
// sentence is plain text put through the one escaping function: case ids and
// metric names come from the suite's files.

import type { CompareMetricsResults, EvalSummary, MetricRow } from '../results/schema.js';
import { statusIcon } from '../results/status.js';
import { escapeMarkdown } from './escape.js';
import { count, plural, signed } from './format.js';

/** Most sentences shown; the rest are in the table. */
export const EVAL_SENTENCES = 8;

/** How many points one unit of a row's values is: 100 for a 0–1 rate, 1 for a percentage; undefined for other numbers. */
function pointsPerUnit(row: MetricRow): number | undefined {
  return row.scale === 'rate' ? 100 : row.scale === 'percent' ? 1 : undefined;
}

function ids(first: readonly string[], total: number): string {
  if (total === 0 || first.length === 0) return '';
  return total > first.length ? ` (first ${first.length}: ${first.join(', ')})` : ` (${first.join(', ')})`;
}

/**
 * One row as a sentence, plain (unescaped) text: the change (in points for a
 * rate or a percentage), its interval, the cases it was measured on, and for
 * pass/fail outcomes the cases that flipped each way with the first ids.
 */
export function evalRowSentence(row: MetricRow, evals: EvalSummary): string {
  const scale = pointsPerUnit(row);
  const unit = scale === undefined ? '' : ' points';
  const inUnits = (x: number) => (scale === undefined ? x : x * scale);
  const name = row.slice ? `${row.name} in ${row.slice.column} ${row.slice.value}` : row.name;
  const change = row.difference === null ? 'no change measured' : `${signed(inUnits(row.difference))}${unit}`;
  const ci = row.interval && row.difference !== null ? `, ${Math.round(row.confidence * 100)} % CI [${signed(inUnits(row.interval[0]))}, ${signed(inUnits(row.interval[1]))}]` : '';
  const cases = typeof row.details?.cases === 'number' ? row.details.cases : row.slice ? row.slice.rows : evals.cases;
  const same = evals.candidateOnly + evals.baselineOnly === 0;
  const on = same ? `on the same ${plural(cases, 'case')}` : `on the ${plural(cases, 'case')} both ran`;
  const f = row.flips;
  const flips = f ? `; ${plural(f.passToFail, 'case')} flipped pass→fail${ids(f.firstPassToFail, f.passToFail)}, ${count(f.failToPass)} fail→pass${ids(f.firstFailToPass, f.failToPass)}` : '';
  return `${name} ${change}${ci}, ${on}${flips}`;
}

/**
 * The sentences for an eval-suite comparison against a baseline, as a
 * Markdown list (worst first): the gated metrics on the whole suite, or every
 * metric when none is gated; undefined for other comparisons. `order` puts
 * rows in reading order (the comparison table's).
 */
export function evalSentences(doc: CompareMetricsResults, order: (rows: readonly MetricRow[]) => MetricRow[] = (rows) => [...rows]): string | undefined {
  const c = doc.comparison;
  if (!c.evals || !c.baseline) return undefined;
  const whole = c.metrics.filter((m) => !m.slice && m.baseline !== null);
  const gated = whole.filter((m) => m.gated);
  const rows = order(gated.length ? gated : whole);
  if (rows.length === 0) return undefined;
  const shown = rows.slice(0, EVAL_SENTENCES);
  const lines = shown.map((r) => `- ${r.gated ? statusIcon(r.status) : '·'} ${escapeMarkdown(evalRowSentence(r, c.evals!))}`);
  if (rows.length > shown.length) lines.push(`- ${plural(rows.length - shown.length, 'more metric')} in the table below`);
  return lines.join('\n');
}
