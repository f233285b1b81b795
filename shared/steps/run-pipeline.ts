// The all-in-one pipeline that .github/holdout.yml describes, composed once
// for the root action (action.ts) and for `holdout run` (cli/run.ts): the data
// checks, the comparison, the gate, then the report, which includes the
// gate's decision. Each stage's files are written before the next stage reads
// them; the rest of a stage's effects (annotations and job summary on a
// runner, lines on a terminal) are the entry's to apply, through onStage.

import type { GateDecision } from '../gate/decision.js';
import { runCompareMetrics } from './compare-metrics.js';
import { writeStepFiles } from './effects.js';
import { runGate } from './gate.js';
import { compareOptionsOf, dataCheckOptions, gateOptionsOf, reportOptionsOf, type LoadedPipeline } from './pipeline.js';
import { runReport } from './report.js';
import type { StepEnvironment, StepFailure, StepResult } from './step.js';
import { runValidateData } from './validate-data.js';
import { exportFiles, type ExportRequest } from '../export/files.js';

export type GateStepResult = Awaited<ReturnType<typeof runGate>>;
export type ReportStepResult = Awaited<ReturnType<typeof runReport>>;

export interface PipelineStage {
  /** validate-data[-name] or compare-metrics: also the results file's name. */
  name: string;
  /** Where its results document was written, relative to the workspace. */
  resultsFile: string;
  result: StepResult;
}

export interface PipelineHooks {
  /** Called after each data check and the comparison, once its files are written. */
  onStage?: (stage: PipelineStage) => Promise<void> | void;
  /**
   * Post nothing (`holdout run --dry-run`): the gate and the report run
   * without GitHub access, so no check run, deployment or comment; the
   * stages keep it, to read artifact: and deployment: baselines.
   */
  dryRun?: boolean;
  /** Export files of the whole run (`holdout run --junit`, `--kubeflow-metrics`); junit defaults to the config's `junit`. */
  exports?: ExportRequest;
}

export interface PipelineOutcome {
  resultsDir: string;
  stages: PipelineStage[];
  /** Absent when the config sets gate.enabled: false. */
  gate?: GateStepResult;
  /** The report; its publish() posts the sticky comment (the entry decides whether to call it). */
  report: ReportStepResult;
  /** Why the pipeline fails: an input that could not be read, else the gate's verdict. The stages' own verdicts are the gate's to judge. */
  failure?: StepFailure;
}

/** Runs the pipeline in `env`. With env.github the gate publishes its check run (and deployment) as it decides. */
export async function runPipeline(loaded: LoadedPipeline, env: StepEnvironment, hooks: PipelineHooks = {}): Promise<PipelineOutcome> {
  const { config } = loaded;
  const resultsDir = config.results_dir;
  const stages: PipelineStage[] = [];
  const inputProblems: string[] = [];
  const stage = async (name: string, result: StepResult) => {
    await writeStepFiles(result);
    const entry = { name, resultsFile: `${resultsDir}/${name}.json`, result };
    stages.push(entry);
    await hooks.onStage?.(entry);
    if (result.failure?.kind === 'input') inputProblems.push(result.failure.message);
  };

  for (const [i, check] of config.data.entries()) {
    const name = `validate-data${check.name ? `-${check.name}` : config.data.length > 1 ? `-${i + 1}` : ''}`;
    const options = { ...dataCheckOptions(loaded, i), 'results-file': `${resultsDir}/${name}.json` };
    await stage(name, await runValidateData(options, env, { title: check.name ? `Data validation: ${check.name}` : undefined }));
  }
  if (config.model) {
    const { options, embeddedPolicy } = compareOptionsOf(loaded);
    await stage('compare-metrics', await runCompareMetrics({ ...options, 'results-file': `${resultsDir}/compare-metrics.json` }, env, { embeddedPolicy }));
  }

  const results = [`${resultsDir}/*.json`];
  const decideEnv = hooks.dryRun ? { ...env, github: undefined } : env;
  let gate: GateStepResult | undefined;
  if (config.gate.enabled) {
    gate = await runGate({ ...gateOptionsOf(loaded), results }, decideEnv, { resultsDir });
    await writeStepFiles(gate);
  }
  const report = await runReport({ ...reportOptionsOf(loaded), results }, decideEnv);
  await writeStepFiles(report);
  // Every document of the run, the gate's last: one JUnit testsuite each.
  const documents = stages.flatMap(({ result, resultsFile }) => (result.document ? [{ document: result.document, file: resultsFile }] : []));
  if (gate?.document) documents.push({ document: gate.document, file: `${resultsDir}/gate.json` });
  const request = { junit: config.junit, ...hooks.exports };
  await writeStepFiles({ document: undefined, files: exportFiles(request, documents, env.workspace, { warnFails: config.gate.fail_on === 'warn' }) });
  const failure: StepFailure | undefined =
    inputProblems.length > 0 ? { kind: 'input', message: inputProblems.join('\n') } : gate?.failure ? { kind: 'verdict', message: gate.failure.message } : undefined;
  return { resultsDir, stages, gate, report, failure };
}

/** The check run the gate publishes for a decision: its conclusion and title (as shared/steps/gate.ts posts them). */
export function checkRunFor(decision: GateDecision): { conclusion: 'success' | 'neutral' | 'failure'; title: string } {
  const conclusion = decision.decision === 'pass' ? 'success' : decision.decision === 'overridden' ? 'neutral' : 'failure';
  const title = `${decision.decision === 'overridden' ? 'Overridden' : decision.decision === 'pass' ? 'Pass' : 'Fail'}: ${decision.reason}`.slice(0, 250);
  return { conclusion, title };
}
