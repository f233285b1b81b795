// mlflow:<model>@<alias>, mlflow:<model>/<version>, mlflow:runs/<run_id>,
// each optionally followed by :<artifact>: the MLflow Model Registry's
// version (by alias or number) or a run, read through MLflow's REST API.
// When the run logged a predictions file (the named artifact, else a
// predictions.{csv,jsonl,parquet,…} at the artifact root) it is downloaded,
// so the comparison is paired; otherwise the run's latest metrics are.
// A missing alias, version or run is "no baseline" (MLflow answers a missing
// alias with 400 INVALID_PARAMETER_VALUE, not 404).

import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join, posix } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { BaselineResolver, MlflowReader, MlflowRunRecord, MlflowVersion, ResolvedBaseline } from './resolver.js';

export type MlflowSource =
  | { kind: 'mlflow'; ref: 'alias'; model: string; alias: string; artifact?: string; spec: string }
  | { kind: 'mlflow'; ref: 'version'; model: string; version: string; artifact?: string; spec: string }
  | { kind: 'mlflow'; ref: 'run'; runId: string; artifact?: string; spec: string };

const HOW = 'write mlflow:<model>@<alias>, mlflow:<model>/<version> or mlflow:runs/<run_id>, optionally followed by :<predictions artifact>';

/** A predictions file at the artifact root, when none is named. */
const PREDICTIONS = /^predictions\.(csv|tsv|jsonl|ndjson|parquet)(\.gz)?$/i;

export const NO_MLFLOW = 'mlflow baselines need MLFLOW_TRACKING_URI (an http(s) tracking server, with MLFLOW_TRACKING_TOKEN when it asks for one) or DATABRICKS_HOST and DATABRICKS_TOKEN';

export const mlflowResolver: BaselineResolver<MlflowSource> = {
  scheme: 'mlflow',
  syntax: 'mlflow:<model>@<alias>[:<artifact>]',
  parse(rest, spec) {
    const fail = () => new ConfigurationError(`baseline "${spec}": ${HOW}`);
    // MLflow's own URIs read the same: models:/churn@champion, runs:/<id>.
    let body = rest.replace(/^models:\//, '');
    const run = /^runs:?\/([^/:@\s]+)(?::(.+))?$/.exec(body);
    if (run) return { kind: 'mlflow', ref: 'run', runId: run[1]!, artifact: artifactOf(run[2], fail), spec };
    const colon = body.indexOf(':');
    const artifact = colon >= 0 ? artifactOf(body.slice(colon + 1), fail) : undefined;
    if (colon >= 0) body = body.slice(0, colon);
    const at = body.lastIndexOf('@');
    if (at > 0) {
      const model = body.slice(0, at);
      const alias = body.slice(at + 1);
      if (alias === '' || /[\s/]/.test(alias)) throw fail();
      return { kind: 'mlflow', ref: 'alias', model, alias, artifact, spec };
    }
    const version = /^(.+)\/(\d+)$/.exec(body);
    if (version) return { kind: 'mlflow', ref: 'version', model: version[1]!, version: version[2]!, artifact, spec };
    throw fail();
  },
  async resolve(source, context) {
    const mlflow = context.mlflow;
    if (!mlflow) return { missing: `${source.spec}: ${NO_MLFLOW}` };
    await mkdir(context.tempDir, { recursive: true });
    try {
      return await fromMlflow(source, mlflow, context.tempDir);
    } catch (error) {
      const status = (error as { status?: number })?.status;
      // A token that may not read the model is reported like a fork's GitHub token: no baseline, with what to grant.
      if (status === 401 || status === 403) return { missing: `${source.spec}: ${(error as Error).message}` };
      throw error;
    }
  },
};

function artifactOf(text: string | undefined, fail: () => Error): string | undefined {
  if (text === undefined) return undefined;
  const path = text.replace(/^\/+/, '');
  if (path === '' || path.split('/').includes('..')) throw fail();
  return path;
}

async function fromMlflow(source: MlflowSource, mlflow: MlflowReader, tempDir: string): Promise<ResolvedBaseline> {
  const at = `at ${mlflow.where}`;
  let version: MlflowVersion | undefined;
  if (source.ref === 'alias') {
    version = await mlflow.modelVersionByAlias(source.model, source.alias);
    if (!version) return { missing: `${source.spec}: registered model "${source.model}" has no alias "${source.alias}" ${at} (the first promotion?)` };
  } else if (source.ref === 'version') {
    version = await mlflow.modelVersion(source.model, source.version);
    if (!version) return { missing: `${source.spec}: registered model "${source.model}" has no version ${source.version} ${at}` };
  }
  const runId = source.ref === 'run' ? source.runId : version?.run_id;
  if (!runId) return { missing: `${source.spec}: version ${version?.version} of "${version?.name}" was registered without a run${version?.source ? ` (from ${version.source})` : ''}, so MLflow holds no metrics for it` };
  const run = await mlflow.run(runId);
  if (!run) return { missing: `${source.spec}: run ${runId} not found ${at}` };
  const what = [version ? `version ${version.version}` : undefined, `run ${runId.slice(0, 12)}`];
  const id = `${version ? `${version.name} version ${version.version}, ` : ''}run ${runId}`;

  // Predictions make the comparison paired: the named artifact, else one at the root.
  if (source.artifact && !mlflow.artifacts) {
    return { missing: `${source.spec}: ${mlflow.where} does not serve run artifacts to holdout (Databricks); drop :${source.artifact} to compare the run's metrics` };
  }
  if (mlflow.artifacts) {
    const dir = source.artifact ? posix.dirname(source.artifact) : '';
    const files = (await mlflow.listArtifacts(runId, dir === '.' || dir === '' ? undefined : dir)).filter((f) => !f.is_dir);
    const chosen = source.artifact ? files.find((f) => f.path === source.artifact) : files.find((f) => PREDICTIONS.test(posix.basename(f.path)));
    if (source.artifact && !chosen) {
      return { missing: `${source.spec}: run ${runId} has no artifact "${source.artifact}" (${files.length ? `${dir && dir !== '.' ? `${dir}/ holds` : 'it logged'} ${files.map((f) => f.path).slice(0, 10).join(', ')}` : 'nothing there'})` };
    }
    if (chosen) {
      const bytes = await mlflow.downloadArtifact(runId, chosen.path);
      const path = join(tempDir, `mlflow-${safe(runId)}-${basename(chosen.path)}`);
      await writeFile(path, bytes);
      return { path, written: source.spec, display: `${source.spec} (${[...what, chosen.path].join(', ')})`, source: source.spec, id };
    }
  }

  const { values, skipped } = latestMetrics(run.data.metrics ?? []);
  if (values.size === 0) {
    return { missing: `${source.spec}: run ${runId} logged no metrics${skipped.length ? ` that are numbers (${skipped.join(', ')} not finite)` : ''}${mlflow.artifacts ? ' and no predictions artifact' : ''}` };
  }
  const path = join(tempDir, `mlflow-${safe(runId)}.json`);
  await writeFile(path, JSON.stringify(Object.fromEntries(values), null, 2));
  const note = skipped.length ? `; skipped, not finite: ${skipped.join(', ')}` : '';
  return { path, written: source.spec, display: `${source.spec} (${what.join(', ')}, metrics${note})`, source: source.spec, id };
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * The latest value of each metric in a run's metric list: the highest step,
 * then the newest timestamp, then the larger value — MLflow's own rule for a
 * run's latest metrics (SqlAlchemyStore._update_latest_metric_if_necessary).
 * Values that are not finite ("NaN", "Infinity" in MLflow's JSON) are skipped and named.
 */
export function latestMetrics(metrics: NonNullable<MlflowRunRecord['data']['metrics']>): { values: Map<string, number>; skipped: string[] } {
  type Point = { step: number; timestamp: number; value: number };
  const order = (a: Point, b: Point): number => {
    if (a.step !== b.step) return a.step - b.step;
    if (a.timestamp !== b.timestamp) return a.timestamp - b.timestamp;
    if (Number.isNaN(a.value)) return -1;
    if (Number.isNaN(b.value)) return 1;
    return a.value - b.value;
  };
  const latest = new Map<string, Point>();
  for (const metric of metrics) {
    if (typeof metric?.key !== 'string') continue;
    const value = typeof metric.value === 'number' ? metric.value : Number(metric.value);
    const point = { step: Number(metric.step ?? 0) || 0, timestamp: Number(metric.timestamp ?? 0) || 0, value };
    const seen = latest.get(metric.key);
    if (!seen || order(point, seen) > 0) latest.set(metric.key, point);
  }
  const values = new Map<string, number>();
  const skipped: string[] = [];
  for (const [key, { value }] of latest) {
    if (Number.isFinite(value)) values.set(key, value);
    else skipped.push(key);
  }
  return { values, skipped };
}
