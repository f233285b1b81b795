// compareModels: the compare-metrics step as a function of its inputs —
// candidate and baseline (metrics files or predictions), policy, options —
// to one results document. Paired predictions get noise-aware tests; metric
// files are compared as numbers. Bad input becomes an `error` check and a
// problem, so a complete document is always written.

import { ConfigurationError } from '../errors.js';
import { open } from 'node:fs/promises';
import { openTable } from '../data/table.js';
import { compareEvalSuites } from '../evals/compare.js';
import { readEvalSuite } from '../evals/read.js';
import type { EvalFormat, EvalSuite } from '../evals/suite.js';
import type { UserFile } from '../io/user-file.js';
import { readMetricsFile, type MetricsFile } from '../metrics/files.js';
import { inferTask, joinById, pick, readPredictionsFile, toTaskData, type PredictionColumns, type PredictionsFile, type Task, type TaskData } from '../metrics/predictions.js';
import { knownDirection, prepareMetric, TASK_METRICS } from '../metrics/registry.js';
import { documentHead } from '../results/head.js';
import { MAX_HISTORY, type Check, type CompareMetricsResults, type DeploymentRecord, type EvalSummary, type MetricRow, type ModelCurves } from '../results/schema.js';
import { worstStatus } from '../results/status.js';
import { binaryCurves } from './curves.js';
import { evaluateMetric } from './evaluate.js';
import { formatNumber, formatSigned } from './format.js';
import { comparePairedOnThreads, type BootstrapThreads, type PairedStatistics } from './paired.js';
import type { Policy } from './policy.js';

/** A candidate or baseline file: the file the user named (or a fetched copy named by its source). */
export type ModelFile = UserFile;

export interface BaselineFile extends UserFile {
  /** The source as the user wrote it: a path, git:…, artifact:…, deployment:…. */
  source: string;
  id?: string;
  /** deployment: sources: the last successful deployments' recorded metrics, oldest first (the newest is this baseline). */
  history?: DeploymentRecord[];
}

export interface CompareOptions {
  columns: PredictionColumns;
  task?: Task;
  posLabel?: string;
  threshold: number;
  confidence: number;
  resamples: number;
  seed: number;
  onMismatch: 'error' | 'drop';
  /** Eval suites: the format (recognised when absent) and, in a file with several, each side's provider or prompt. */
  evals?: { format?: EvalFormat; candidateVariant?: string; baselineVariant?: string };
}

export interface CompareInput {
  candidate: ModelFile;
  /** The baseline file, or why none was found. */
  baseline: BaselineFile | { missing: string };
  policy: Policy;
  options: CompareOptions;
  title?: string;
  gitSha?: string;
  now?: Date;
}

export interface CompareOutcome {
  document: CompareMetricsResults;
  problems: ConfigurationError[];
}

type Loaded =
  | { kind: 'metrics'; file: ModelFile; metrics: Map<string, number>; sha256: string; read: MetricsFile }
  | { kind: 'predictions'; file: ModelFile; predictions: PredictionsFile; sha256: string }
  | { kind: 'evals'; file: ModelFile; suite: EvalSuite; sha256: string };

const PREDICTION_EXTENSIONS = /\.(jsonl|ndjson|parquet|pq)(\.gz)?$/i;

/**
 * What a file holds, from its name and its start: an eval suite (a vendor's
 * document, an lm-eval sample, or records with an id but no label),
 * predictions (id and label), or metrics.
 */
async function kindOf(file: ModelFile, columns: PredictionColumns, evals: CompareOptions['evals']): Promise<Loaded['kind']> {
  if (evals?.format) return 'evals';
  const lower = file.path.toLowerCase();
  if (/\.json$/.test(lower)) {
    const head = await readHead(file.path, 64 * 1024);
    // The vendor formats announce themselves near the start; a metrics JSON never has these keys.
    return /"(testResults|testCases|conversationalTestCases|evalId)"\s*:/.test(head) || /^\s*\[\s*\{/.test(head) ? 'evals' : 'metrics';
  }
  if (/\.(jsonl|ndjson|csv|tsv)(\.gz)?$/.test(lower)) {
    const table = await openTable(file);
    const header = table.header;
    for await (const _ of table.batches) break;
    if (header.includes(columns.id) && header.includes(columns.label)) return 'predictions';
    if (header.includes('doc_id') || header.includes(columns.id) || header.includes('gradingResult')) return 'evals';
    return /\.(jsonl|ndjson)/.test(lower) ? 'predictions' : 'metrics';
  }
  return PREDICTION_EXTENSIONS.test(lower) ? 'predictions' : 'metrics';
}

async function readHead(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function loadModel(file: ModelFile, columns: PredictionColumns, evals: CompareOptions['evals'], variant?: string): Promise<Loaded> {
  const kind = await kindOf(file, columns, evals);
  if (kind === 'evals') {
    const suite = await readEvalSuite(file, { format: evals?.format, idColumn: columns.id, variant });
    return { kind: 'evals', file, suite, sha256: suite.sha256 };
  }
  if (kind === 'predictions') {
    const p = await readPredictionsFile(file, columns);
    return { kind: 'predictions', file, predictions: p, sha256: p.sha256 };
  }
  const m = await readMetricsFile(file);
  return { kind: 'metrics', file, metrics: m.metrics, sha256: m.sha256, read: m };
}

/** `threads`: other threads for large bootstraps (the compare task's fork); absent, every bootstrap runs in this thread. */
export async function compareModels(input: CompareInput, threads?: BootstrapThreads): Promise<CompareOutcome> {
  const problems: ConfigurationError[] = [];
  const checks: Check[] = [];
  const rows: MetricRow[] = [];
  const { policy } = input;
  // The policy's slice columns are read along with any the caller asked for.
  const slices = [...new Set([...input.options.columns.slices, ...(policy.slices?.columns ?? [])])];
  const options = { ...input.options, columns: { ...input.options.columns, slices } };
  input = { ...input, options };
  let candidate: Loaded | undefined;
  let baseline: Loaded | undefined;
  let baselineProblem: string | undefined;
  let task: Task | null = null;
  let pairedRows: number | null = null;
  let dropped: { candidateOnly: number; baselineOnly: number } | undefined;
  let evals: EvalSummary | undefined;
  let curves: Compared['curves'];
  const errorCheck = (id: string, title: string, error: ConfigurationError) => {
    problems.push(error);
    checks.push({ id, title, status: 'error', message: error.message, count: 1, locations: error.file ? [{ file: error.file, line: error.line }] : [] });
  };

  try {
    candidate = await loadModel(input.candidate, options.columns, options.evals, options.evals?.candidateVariant);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    errorCheck('candidate', 'Candidate can be read', error);
  }
  if ('missing' in input.baseline) baselineProblem = input.baseline.missing;
  else {
    try {
      baseline = await loadModel(input.baseline, options.columns, options.evals, options.evals?.baselineVariant);
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      errorCheck('baseline', 'Baseline can be read', error);
    }
  }
  if (baselineProblem !== undefined) {
    checks.push({
      id: 'baseline', title: 'A production baseline exists',
      status: policy.allow_missing_baseline ? 'pass' : 'fail',
      message: policy.allow_missing_baseline ? `no baseline: ${baselineProblem} (allowed: allow_missing_baseline)` : `no baseline: ${baselineProblem}`,
      count: policy.allow_missing_baseline ? 0 : 1, locations: [],
    });
  }

  // What a metrics reader skipped (strings, NaN, `_` keys) is said, never silently dropped.
  for (const [side, loaded] of [['candidate', candidate], ['baseline', baseline]] as const) {
    if (loaded?.kind !== 'metrics' || loaded.read.notes.length === 0) continue;
    checks.push({
      id: `read:${side}`, title: `${side === 'candidate' ? 'Candidate' : 'Baseline'} metrics read (${loaded.read.reader.title})`, status: 'pass',
      message: `${loaded.metrics.size} metric${loaded.metrics.size === 1 ? '' : 's'} read; ${loaded.read.notes.join('; ')}`, count: 0, locations: [{ file: loaded.file.display }],
    });
  }

  if (candidate) {
    try {
      const result = await compareLoaded(candidate, baseline, input, threads);
      rows.push(...result.rows);
      checks.push(...result.checks);
      task = result.task;
      pairedRows = result.rows.length > 0 ? result.pairedRows : null;
      dropped = result.dropped;
      evals = result.evals;
      curves = result.curves;
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      errorCheck('comparison', 'Candidate and baseline can be compared', error);
    }
  }

  const gated = rows.filter((r) => r.gated && !r.slice);
  const regressions = gated.filter((r) => r.verdict === 'worse').length;
  const improvements = gated.filter((r) => r.verdict === 'better').length;
  const status = worstStatus(checks.map((c) => c.status));
  const document: CompareMetricsResults = {
    ...documentHead('compare-metrics', input.title ?? 'Model comparison', status, input.now),
    subject: {
      files: [candidate, baseline].filter((m): m is Loaded => m !== undefined).map((m) => ({ path: m.file.display, sha256: m.sha256 })),
      gitSha: input.gitSha,
      baselineId: 'missing' in input.baseline ? undefined : (input.baseline.id ?? input.baseline.source),
    },
    checks,
    comparison: {
      task,
      paired: (candidate?.kind === 'predictions' && baseline?.kind === 'predictions') || (candidate?.kind === 'evals' && baseline?.kind === 'evals'),
      rows: pairedRows,
      confidence: options.confidence,
      candidate: { source: input.candidate.display, kind: candidate?.kind ?? 'metrics', sha256: candidate?.sha256 },
      baseline: 'missing' in input.baseline ? null : { source: input.baseline.source, kind: baseline?.kind ?? 'metrics', sha256: baseline?.sha256, id: input.baseline.id },
      baselineProblem,
      policy: { source: policy.source, sha256: policy.sha256 },
      dropped,
      evals,
      curves,
      history: 'missing' in input.baseline ? undefined : historyOf(input.baseline, Object.keys(policy.metrics)),
      metrics: rows,
      regressions,
      improvements,
      summary: summarize(gated, checks, status),
    },
  };
  return { document, problems };
}

interface Compared {
  rows: MetricRow[];
  checks: Check[];
  task: Task | null;
  pairedRows: number;
  dropped?: { candidateOnly: number; baselineOnly: number };
  evals?: EvalSummary;
  curves?: { candidate: ModelCurves; baseline?: ModelCurves };
}

async function compareLoaded(candidate: Loaded, baseline: Loaded | undefined, input: CompareInput, threads: BootstrapThreads | undefined): Promise<Compared> {
  const { options, policy } = input;
  const rows: MetricRow[] = [];
  const checks: Check[] = [];
  const hasBaseline = baseline !== undefined;
  const evaluateAll = async (stats: (name: string) => PairedStatistics | Promise<PairedStatistics>, slice?: { column: string; value: string; rows: number }, total?: number) => {
    for (const [name, rule] of Object.entries(policy.metrics)) {
      const label = slice ? `${name} [${slice.column}=${slice.value}]` : name;
      const idPrefix = slice ? `metric:${name}@${slice.column}=${slice.value}` : `metric:${name}`;
      const result = evaluateMetric({ name, label, idPrefix, policy: rule, stats: await stats(name), hasBaseline, allowMissingBaseline: policy.allow_missing_baseline, confidence: options.confidence, slice, rows: slice?.rows ?? total, file: input.candidate.display });
      rows.push(result.row);
      checks.push(...result.checks);
    }
  };

  if (candidate.kind === 'evals' || baseline?.kind === 'evals') {
    if (candidate.kind !== 'evals' || (baseline && baseline.kind !== 'evals')) {
      throw new ConfigurationError(`one side is an eval suite and the other ${candidate.kind === 'evals' ? baseline!.kind : candidate.kind}: compare like with like`, { file: (candidate.kind === 'evals' ? baseline! : candidate).file.display });
    }
    const result = compareEvalSuites({ candidate: candidate.suite, baseline: baseline?.kind === 'evals' ? baseline.suite : undefined, policy, options: { confidence: options.confidence, resamples: options.resamples, seed: options.seed, file: input.candidate.display } });
    const notes = [...candidate.suite.notes.map((n) => `candidate: ${n}`), ...(baseline?.kind === 'evals' ? baseline.suite.notes.map((n) => `baseline: ${n}`) : [])];
    return {
      rows: result.rows, checks: result.checks, task: null, pairedRows: result.pairedCases,
      dropped: baseline ? { candidateOnly: result.candidateOnly.length, baselineOnly: result.baselineOnly.length } : undefined,
      evals: { format: candidate.suite.format, cases: result.pairedCases, candidateOnly: result.candidateOnly.length, baselineOnly: result.baselineOnly.length, samplesPerCase: result.samplesPerCase, adjustment: result.adjustment, family: result.family, notes },
    };
  }

  if (candidate.kind === 'predictions') {
    let cand = candidate.predictions;
    let base = baseline?.kind === 'predictions' ? baseline.predictions : undefined;
    let dropped: Compared['dropped'];
    if (base) {
      const joined = joinById(cand, base, options.onMismatch);
      cand = joined.candidate;
      base = joined.baseline;
      dropped = joined.dropped;
      if (cand.ids.length === 0) throw new ConfigurationError('candidate and baseline predictions share no ids');
    }
    const task = inferTask(cand, options.task);
    const classes = task === 'multiclass' ? unionClasses(cand, base) : undefined;
    const taskOptions = { task, posLabel: options.posLabel, threshold: options.threshold };
    const candData = toTaskData(cand, task, taskOptions, classes);
    const posLabel = candData.task === 'binary' ? candData.posLabel : undefined;
    const baseData = base ? toTaskData(base, task, { ...taskOptions, posLabel }, classes) : undefined;
    for (const name of Object.keys(policy.metrics)) {
      if (!TASK_METRICS[task].includes(name)) {
        throw new ConfigurationError(`metric "${name}" cannot be computed from ${task} predictions (known: ${TASK_METRICS[task].join(', ')})`, { file: policy.source, key: `metrics.${name}` });
      }
    }
    const statsOn = (c: TaskData, b: TaskData | undefined, baselineMetrics?: Map<string, number>) => (name: string): PairedStatistics | Promise<PairedStatistics> => {
      if (b) return comparePairedOnThreads(name, c, b, options, threads);
      const prepared = prepareMetric(c, name);
      const value = 'metric' in prepared ? prepared.metric.evaluate() : undefined;
      return { candidate: value, baseline: baselineMetrics?.get(name), method: 'none', unavailable: 'unavailable' in prepared ? prepared.unavailable : undefined };
    };
    const baselineMetrics = baseline?.kind === 'metrics' ? baseline.metrics : undefined;
    await evaluateAll(statsOn(candData, baseData, baselineMetrics), undefined, cand.ids.length);
    // Context rows: the task's other metrics, point values only.
    for (const name of TASK_METRICS[task]) {
      if (policy.metrics[name]) continue;
      const c = prepareMetric(candData, name);
      const b = baseData ? prepareMetric(baseData, name) : undefined;
      const cv = 'metric' in c ? c.metric.evaluate() : undefined;
      const bv = b && 'metric' in b ? b.metric.evaluate() : baselineMetrics?.get(name);
      if (cv === undefined && bv === undefined) continue;
      rows.push(contextRow(name, cv, bv, options.confidence));
    }
    if (policy.slices) {
      for (const column of policy.slices.columns) {
        const values = cand.slices[column]!;
        const groups = new Map<string, number[]>();
        values.forEach((v, i) => {
          let list = groups.get(v);
          if (!list) groups.set(v, (list = []));
          list.push(i);
        });
        for (const [value, indices] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
          if (indices.length < policy.slices.min_slice_size) continue;
          const c = toTaskData(pick(cand, indices), task, { ...taskOptions, posLabel }, classes);
          const b = base ? toTaskData(pick(base, indices), task, { ...taskOptions, posLabel }, classes) : undefined;
          await evaluateAll(statsOn(c, b), { column, value, rows: indices.length });
        }
      }
    }
    // The curves of the whole holdout set's binary scores, each side's own (the baseline's only from its predictions).
    const curveOf = (d: TaskData) => (d.task === 'binary' ? binaryCurves(d.data, { probabilities: d.probabilities }) : undefined);
    const candidateCurves = curveOf(candData);
    const baselineCurves = baseData ? curveOf(baseData) : undefined;
    const curves = candidateCurves ? { candidate: candidateCurves, ...(baselineCurves ? { baseline: baselineCurves } : {}) } : undefined;
    return { rows, checks, task, pairedRows: cand.ids.length, dropped, curves };
  }

  // A metrics file for the candidate: numbers against numbers.
  if (policy.slices) throw new ConfigurationError('slices need predictions files (a metrics file has no rows to slice)', { file: policy.source, key: 'slices' });
  const baselineValue = (name: string): number | undefined => {
    if (!baseline) return undefined;
    if (baseline.kind === 'metrics') return baseline.metrics.get(name);
    throw new ConfigurationError('the candidate is a metrics file but the baseline is predictions: compare like with like', { file: baseline.file.display });
  };
  const why = (name: string) => {
    const skipped = candidate.read.skipped.get(name);
    return skipped ? `skipped in ${candidate.file.display} (${skipped})` : `not in ${candidate.file.display}`;
  };
  await evaluateAll((name) => ({ candidate: candidate.metrics.get(name), baseline: baselineValue(name), method: 'none', unavailable: candidate.metrics.has(name) ? undefined : why(name) }));
  for (const [name, value] of candidate.metrics) {
    if (policy.metrics[name]) continue;
    const direction = knownDirection(name);
    if (!direction) continue;
    rows.push(contextRow(name, value, baselineValue(name), options.confidence, direction));
  }
  showSpread(rows, checks, candidate.read, baseline?.kind === 'metrics' ? baseline.read : undefined);
  return { rows, checks, task: null, pairedRows: 0 };
}

/** A standard deviation or interval the metrics files give is kept on the row (details) and said in its note and checks. */
function showSpread(rows: MetricRow[], checks: Check[], candidate: MetricsFile, baseline: MetricsFile | undefined): void {
  for (const row of rows) {
    const parts: string[] = [];
    const details: Record<string, number> = {};
    for (const [side, file] of [['candidate', candidate], ['baseline', baseline]] as const) {
      const spread = file?.spread.get(row.name);
      if (!spread) continue;
      const said: string[] = [];
      if (spread.std !== undefined) {
        details[`${side}Std`] = spread.std;
        said.push(`± ${formatNumber(spread.std)} sd`);
      }
      if (spread.lower !== undefined && spread.upper !== undefined) {
        details[`${side}Lower`] = spread.lower;
        details[`${side}Upper`] = spread.upper;
        said.push(`interval ${formatNumber(spread.lower)} to ${formatNumber(spread.upper)}`);
      }
      if (said.length) parts.push(`${side} ${said.join(', ')} (from the file)`);
    }
    if (parts.length === 0) continue;
    const text = parts.join('; ');
    row.details = { ...row.details, ...details };
    row.note = row.note ? `${row.note}; ${text}` : text;
    for (const check of checks) if (check.metric === row.name && !check.slice) check.message += ` [${text}]`;
  }
}

function contextRow(name: string, candidate: number | undefined, baseline: number | undefined, confidence: number, direction = knownDirection(name) ?? 'higher'): MetricRow {
  const difference = candidate !== undefined && baseline !== undefined ? candidate - baseline : undefined;
  return {
    name, direction, gated: false, candidate: candidate ?? null, baseline: baseline ?? null,
    difference: difference ?? null,
    relativeDifference: difference !== undefined && baseline ? difference / Math.abs(baseline) : null,
    interval: null, confidence, pValue: null, method: 'none',
    verdict: difference === undefined ? 'unknown' : difference * (direction === 'higher' ? 1 : -1) > 0 ? 'better' : difference === 0 ? 'same' : 'worse',
    status: 'pass', thresholds: {},
  };
}

/** The gated metrics the past deployments recorded, oldest first; nothing when none recorded one. */
function historyOf(baseline: BaselineFile, gated: readonly string[]): CompareMetricsResults['comparison']['history'] {
  if (!baseline.history) return undefined;
  const deployments = baseline.history
    .slice(-MAX_HISTORY)
    .map((d) => ({ ...d, metrics: Object.fromEntries(gated.slice(0, MAX_HISTORY).filter((name) => Number.isFinite(d.metrics[name])).map((name) => [name, d.metrics[name]!])) }))
    .filter((d) => Object.keys(d.metrics).length > 0);
  return deployments.length ? { source: baseline.source, deployments } : undefined;
}

function unionClasses(a: PredictionsFile, b: PredictionsFile | undefined): string[] {
  const classes: string[] = [...(a.classScores?.classes ?? [])];
  for (const c of b?.classScores?.classes ?? []) if (!classes.includes(c)) classes.push(c);
  for (const l of [...a.labels, ...(b?.labels ?? [])]) if (!classes.includes(l)) classes.push(l);
  return classes;
}

function summarize(gated: MetricRow[], checks: Check[], status: string): string {
  if (checks.some((c) => c.status === 'error')) return `Could not compare: ${checks.find((c) => c.status === 'error')!.message}`;
  const better = gated.filter((r) => r.verdict === 'better').length;
  const worse = gated.filter((r) => r.verdict === 'worse').length;
  const same = gated.filter((r) => r.verdict === 'same').length;
  const failing = gated.filter((r) => r.status === 'fail');
  const parts = [`${better} better, ${worse} worse, ${same} indistinguishable of ${gated.length} gated metric${gated.length === 1 ? '' : 's'}`];
  if (failing.length > 0) {
    parts.push(`failing: ${failing.slice(0, 3).map((r) => `${r.name} ${r.relativeDifference !== null ? formatSigned(r.relativeDifference * 100, '%') : r.difference !== null ? formatSigned(r.difference) : 'missing'}`).join(', ')}`);
  }
  const baselineCheck = checks.find((c) => c.id === 'baseline' && c.status === 'fail');
  if (baselineCheck) parts.push(baselineCheck.message);
  return `${status.toUpperCase()}: ${parts.join('; ')}`;
}

