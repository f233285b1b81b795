// The monitor issue's text: what is off now (each failing check with what it
// observed and the level it was held to), since when, the trend of each
// statistic that went wrong, and the run history block holdout reads back.
// Kept under GitHub's 65,536-character body limit by dropping the oldest runs
// of the history first, then rows of the table.

import type { Check, CompareMetricsResults, Status, ValidateDataResults } from '../results/schema.js';
import { failingSince, historyBlock, trendCharts, type MonitorRun } from './history.js';

/** GitHub refuses an issue body or comment longer than this. */
export const BODY_LIMIT = 65_536;
const BUDGET = BODY_LIMIT - 1_024;
const MAX_ROWS = 50;

const ICON: Record<Status, string> = { pass: '🟢', warn: '🟡', fail: '🔴', error: '⚪' };

export interface MonitorIdentity {
  model: string;
  key: string;
}

export interface BodyInput {
  identity: MonitorIdentity;
  /** The hidden marker the issue is found by. */
  marker: string;
  data?: ValidateDataResults;
  kpis?: CompareMetricsResults;
  /** The history with this run last. */
  runs: readonly MonitorRun[];
  /** One line on the retraining trigger this run sent (or why none). */
  dispatch?: string;
}

/** One Markdown table cell: pipes escaped, line breaks folded, HTML openers escaped. */
export function cell(text: unknown): string {
  return String(text ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

function observed(check: Check): string {
  const o = check.observed;
  if (typeof o === 'number') return Number.isFinite(o) ? Number(o.toPrecision(4)).toString() : String(o);
  return o === undefined || o === null ? '' : String(o);
}

/** The checks that are not passing, worst first: data first, then KPIs. */
export function problemChecks(data?: ValidateDataResults, kpis?: CompareMetricsResults): Array<Check & { source: 'data' | 'kpi' }> {
  const rank: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3 };
  const out = [
    ...(data?.checks ?? []).filter((c) => c.status !== 'pass').map((c) => ({ ...c, source: 'data' as const })),
    ...(kpis?.checks ?? []).filter((c) => c.status !== 'pass').map((c) => ({ ...c, source: 'kpi' as const })),
  ];
  return out.sort((a, b) => rank[a.status] - rank[b.status]);
}

export function issueTitle(identity: MonitorIdentity): string {
  return `holdout monitor: ${identity.model}${identity.key === 'default' ? '' : ` (${identity.key})`} is degraded`;
}

function runLink(run: MonitorRun): string {
  const when = run.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
  return run.run ? `[${when}](${run.run})` : when;
}

/** What a reader of the issue (or the job summary) needs, with the history block when `withHistory`. */
export function monitorMarkdown(input: BodyInput, withHistory: boolean): string {
  let runs = [...input.runs];
  let rows = MAX_ROWS;
  for (;;) {
    const text = render(input, runs, rows, withHistory);
    if (text.length <= BUDGET || (runs.length <= 1 && rows <= 5)) return text;
    if (runs.length > 1) runs = runs.slice(Math.max(1, Math.floor(runs.length / 4)));
    else rows = Math.max(5, Math.floor(rows / 2));
  }
}

function render(input: BodyInput, runs: readonly MonitorRun[], maxRows: number, withHistory: boolean): string {
  const last = runs.at(-1)!;
  const { model, key } = input.identity;
  const lines: string[] = [];
  if (withHistory) lines.push(input.marker);
  lines.push(`## ${ICON[last.status]} holdout monitor: \`${cell(model)}\`${key === 'default' ? '' : ` (${cell(key)})`} — ${last.status}`, '');
  const since = failingSince(runs);
  const streak = since ? runs.length - runs.indexOf(since) : 0;
  if (since) lines.push(`Failing since ${runLink(since)} (${streak} run${streak === 1 ? '' : 's'} in a row${streak === runs.length && runs.length === input.runs.length ? ', as far back as the history goes' : ''}). Last run: ${runLink(last)}${last.commit ? ` on ${last.commit.slice(0, 12)}` : ''}.`);
  else lines.push(`Healthy in the last run: ${runLink(last)}${last.commit ? ` on ${last.commit.slice(0, 12)}` : ''}.`);
  if (input.data) {
    const drift = input.data.data.drift;
    lines.push('', `Production data: ${input.data.data.rows} rows from ${input.data.subject.files.map((f) => `\`${cell(f.path)}\``).join(', ') || 'no file'} against the reference \`${cell((input.data.subject.reference as { path?: string } | undefined)?.path ?? '')}\`${drift ? `; ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted` : ''}.`);
  }
  if (input.kpis) {
    const c = input.kpis.comparison;
    lines.push('', `Live KPIs: \`${cell(c.candidate.source)}\` against ${c.baseline ? `\`${cell(c.baseline.source)}\`${c.baseline.id ? ` (${cell(c.baseline.id)})` : ''}` : `no baseline (${cell(c.baselineProblem ?? 'none given')})`}: ${cell(c.summary)}.`);
  }
  const problems = problemChecks(input.data, input.kpis);
  if (problems.length) {
    lines.push('', '### What is off', '', '| | Check | Observed | Expected | Details |', '| --- | --- | --- | --- | --- |');
    for (const c of problems.slice(0, maxRows)) lines.push(`| ${ICON[c.status]} | ${cell(c.source === 'kpi' ? `KPI ${c.title}` : c.title)} | ${cell(observed(c))} | ${cell(c.expected ?? '')} | ${cell(c.message)} |`);
    if (problems.length > maxRows) lines.push('', `…and ${problems.length - maxRows} more (see the run's results documents).`);
  }
  const charts = trendCharts(runs);
  if (charts) lines.push('', `### Trend over the last ${runs.length} runs`, '', charts);
  if (input.dispatch) lines.push('', `**Retraining:** ${input.dispatch}`);
  if (withHistory) lines.push('', historyBlock(runs));
  return lines.join('\n') + '\n';
}
