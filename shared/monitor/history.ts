// A monitor run in a few numbers, and the runs before it: each run's summary
// (status, what failed, the statistics of the checks that drift and the live
// KPIs) is kept as a small JSON block in the monitor issue's body, the last N
// runs of it, so the issue and the job summary can show when a problem began
// and a Mermaid trend of each statistic that went wrong. Pure: documents and
// text in, records and Markdown out.

import { z } from 'zod';
import type { CompareMetricsResults, Status, ValidateDataResults } from '../results/schema.js';
import { statusSchema } from '../results/schema.js';
import { worstStatus } from '../results/status.js';

export const DEFAULT_HISTORY = 30;
/** Trend charts shown at most (one per statistic). */
export const MAX_CHARTS = 8;

const statSchema = z.object({ value: z.number().nullable(), status: statusSchema, label: z.string() });

export const monitorRunSchema = z.object({
  at: z.string(),
  status: statusSchema,
  run: z.string().optional(),
  commit: z.string().optional(),
  /** Data rows read. */
  rows: z.number().int().nonnegative().optional(),
  /** Statistics by id (`drift:age`, `outOfRange:age`, `kpi:ctr`, …): value, status, and what it is. */
  stats: z.record(z.string(), statSchema),
  /** The checks that failed or warned, worst first (at most 20): what the trend charts and "since when" are about. */
  problems: z.array(z.object({ id: z.string(), status: statusSchema, title: z.string() })),
});
export type MonitorRun = z.infer<typeof monitorRunSchema>;

const historySchema = z.object({ holdoutMonitorHistory: z.literal(1), runs: z.array(monitorRunSchema) });

const BLOCK_START = '<!-- holdout-monitor-history -->';
const MAX_PROBLEMS = 20;

/** This run's record from its documents (data, KPIs, or both). */
export function monitorRun(input: { data?: ValidateDataResults; kpis?: CompareMetricsResults; at: string; run?: string; commit?: string }): MonitorRun {
  const stats: MonitorRun['stats'] = {};
  const statuses: Status[] = [];
  const problems: MonitorRun['problems'] = [];
  const { data, kpis } = input;
  if (data) {
    statuses.push(data.status);
    for (const column of data.data.drift?.columns ?? []) {
      const pValue = column.compare === 'p-value';
      const value = pValue ? (column.pValue ?? null) : column.statistic;
      stats[`drift:${column.column}`] = { value: finite(value), status: column.status, label: `${column.column}: ${pValue ? `drift p-value (${column.method})` : `drift (${column.method})`}` };
    }
    for (const check of data.checks) {
      const [kind, column] = splitId(check.id);
      if ((kind === 'outOfRange' || kind === 'missingRateChange' || kind === 'unseenCategories' || kind === 'skew') && typeof check.observed === 'number') {
        const what = kind === 'outOfRange' ? 'share outside the reference range' : kind === 'missingRateChange' ? 'missing-rate change' : kind === 'skew' ? 'share differing from training' : 'share of unseen values';
        stats[check.id] = { value: finite(check.observed), status: check.status, label: `${column}: ${what}` };
      }
      if (check.id === 'datasetDrift' && typeof check.observed === 'number') stats.datasetDrift = { value: finite(check.observed), status: check.status, label: 'share of drifted columns' };
    }
    for (const check of data.checks) if (check.status !== 'pass') problems.push({ id: check.id, status: check.status, title: check.title });
  }
  if (kpis) {
    statuses.push(kpis.status);
    for (const row of kpis.comparison.metrics) {
      if (row.slice) continue;
      const rowStatus = row.gated ? row.status : 'pass';
      stats[`kpi:${row.name}`] = { value: finite(row.candidate), status: rowStatus, label: `KPI ${row.name}` };
      if (row.baseline !== null && Number.isFinite(row.baseline)) stats[`kpiBaseline:${row.name}`] = { value: row.baseline, status: 'pass', label: `KPI ${row.name} at deploy` };
    }
    for (const check of kpis.checks) if (check.status !== 'pass') problems.push({ id: `kpi:${check.id}`, status: check.status, title: check.title });
  }
  const order: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3 };
  problems.sort((a, b) => order[a.status] - order[b.status]);
  return {
    at: input.at,
    status: statuses.length ? worstStatus(statuses) : 'pass',
    ...(input.run ? { run: input.run } : {}),
    ...(input.commit ? { commit: input.commit } : {}),
    ...(data ? { rows: data.data.rows } : {}),
    stats,
    problems: problems.slice(0, MAX_PROBLEMS),
  };
}

function finite(x: number | null | undefined): number | null {
  return x === null || x === undefined || !Number.isFinite(x) ? null : x;
}

function splitId(id: string): [string, string] {
  const at = id.indexOf(':');
  return at < 0 ? [id, ''] : [id.slice(0, at), id.slice(at + 1)];
}

/** The runs a body's history block holds, oldest first; none when there is no block or it was edited into something else. */
export function readHistory(body: string | null | undefined): { runs: MonitorRun[]; damaged: boolean } {
  if (!body) return { runs: [], damaged: false };
  const at = body.indexOf(BLOCK_START);
  if (at < 0) return { runs: [], damaged: false };
  const fence = /```json\n([\s\S]*?)\n```/.exec(body.slice(at));
  if (!fence) return { runs: [], damaged: true };
  try {
    const parsed = historySchema.safeParse(JSON.parse(fence[1]!));
    return parsed.success ? { runs: parsed.data.runs, damaged: false } : { runs: [], damaged: true };
  } catch {
    return { runs: [], damaged: true };
  }
}

/** The history with this run appended, keeping the last `keep`. */
export function appendRun(runs: readonly MonitorRun[], run: MonitorRun, keep: number): MonitorRun[] {
  return [...runs, run].slice(-Math.max(1, keep));
}

/**
 * The history block: a marker and a fenced JSON block (in a <details>). The
 * characters that could end the fence or open HTML are written as \u escapes,
 * which JSON reads back as themselves.
 */
export function historyBlock(runs: readonly MonitorRun[]): string {
  const json = JSON.stringify({ holdoutMonitorHistory: 1, runs }).replace(/[`<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [BLOCK_START, '<details><summary>Run history (read by holdout; keep this block as it is)</summary>', '', '```json', json, '```', '', '</details>'].join('\n');
}

/** When the current streak of failing runs (fail or error) began: the first run of it, or undefined when the last run did not fail. */
export function failingSince(runs: readonly MonitorRun[]): MonitorRun | undefined {
  let since: MonitorRun | undefined;
  for (let i = runs.length - 1; i >= 0; i--) {
    const status = runs[i]!.status;
    if (status !== 'fail' && status !== 'error') break;
    since = runs[i];
  }
  return since;
}

/** The statistics worth a trend: every one that failed or warned in some run of the history, KPIs always; worst (latest status) first. */
export function trendKeys(runs: readonly MonitorRun[]): string[] {
  const keys = new Map<string, number>();
  const rank: Record<Status, number> = { error: 0, fail: 1, warn: 2, pass: 3 };
  for (const run of runs) {
    for (const [key, stat] of Object.entries(run.stats)) {
      if (key.startsWith('kpiBaseline:')) continue;
      if (key.startsWith('kpi:') || stat.status !== 'pass') keys.set(key, Math.min(keys.get(key) ?? 3, rank[stat.status]));
    }
  }
  return [...keys.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([key]) => key);
}

/** A Mermaid string: double quotes cannot be escaped inside one, so they become single. */
function mermaidText(text: string): string {
  return text.replace(/["\n\r]/g, (c) => (c === '"' ? "'" : ' '));
}

function axisNumber(x: number): string {
  return Number(x.toPrecision(6)).toString();
}

/** "MM-DD HH:MM" in UTC, short enough for an x axis. */
function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso.slice(0, 16);
  return d.toISOString().slice(5, 16).replace('T', ' ');
}

/**
 * One Mermaid xychart per statistic over the runs (its value per run, a gap
 * left as the previous value would lie, so runs without it are skipped); a
 * KPI's chart has a second line with its value at deploy when known.
 */
export function trendCharts(runs: readonly MonitorRun[], max = MAX_CHARTS): string {
  if (runs.length < 2) return '';
  const keys = trendKeys(runs).slice(0, max);
  const charts: string[] = [];
  for (const key of keys) {
    const points = runs.filter((r) => r.stats[key]?.value !== null && r.stats[key]?.value !== undefined);
    if (points.length < 2) continue;
    const label = points.at(-1)!.stats[key]!.label;
    const values = points.map((r) => r.stats[key]!.value!);
    const baselineKey = key.startsWith('kpi:') ? `kpiBaseline:${key.slice(4)}` : undefined;
    const baseline = baselineKey ? points.map((r) => r.stats[baselineKey]?.value ?? null) : [];
    const lines = [`  line [${values.map(axisNumber).join(', ')}]`];
    if (baseline.length && baseline.every((v) => v !== null)) lines.push(`  line [${(baseline as number[]).map(axisNumber).join(', ')}]`);
    charts.push([
      '```mermaid',
      'xychart-beta',
      `  title "${mermaidText(label)}"`,
      `  x-axis [${points.map((r) => `"${mermaidText(shortTime(r.at))}"`).join(', ')}]`,
      `  y-axis "${mermaidText(key.startsWith('kpi:') ? 'value (second line: at deploy)' : 'value')}"`,
      ...lines,
      '```',
    ].join('\n'));
  }
  return charts.join('\n\n');
}
