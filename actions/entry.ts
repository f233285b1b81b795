// What every action entry does around its step: read the run's context,
// read the step's options from the action inputs (by the step's own option
// declarations), run the step, write its files, and apply its effects to the
// runner. An action's main.ts is three lines over this.

import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { createOctokit as CreateOctokit } from '../shared/runtime/octokit.js';
import { mlflowFromEnvironment } from '../shared/mlflow/client.js';
import { sagemakerFromEnvironment } from '../shared/sagemaker/client.js';
import { lazyOctokit } from '../shared/runtime/lazy-octokit.js';
import { actionsLogger, applyToRunner } from '../shared/runtime/report.js';
import { readRunContext, type RunContext } from '../shared/runtime/context.js';
import { inputText } from '../shared/runtime/inputs.js';
import { runAction } from '../shared/runtime/run.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { optionsFromText, type OptionsOf, type OptionsSpec } from '../shared/steps/options.js';
import type { StepEnvironment, StepResult } from '../shared/steps/step.js';
import { taskRunner, workerScript } from '../shared/steps/worker.js';

export interface ActionSetup {
  /** import.meta.url of the entry: finds the worker bundle beside it. */
  entryUrl: string;
  /** The octokit factory, for steps that talk to GitHub (kept out of bundles that do not). */
  createOctokit?: typeof CreateOctokit;
  /**
   * Ignored, kept so that older entries still compile: the commit the results
   * are about is always the event's subject commit (subjectCommit in
   * shared/runtime/context.ts), the same for every step.
   * @deprecated
   */
  commit?: 'run' | 'pull-head';
}

/**
 * The octokit factory of the action entries: the client is built, and its
 * module graph (@actions/github, @octokit/*, undici: a chunk of its own)
 * loaded, on the step's first GitHub call, so a run that calls none never
 * compiles it.
 */
export const createOctokitOnFirstCall: typeof CreateOctokit = (options) =>
  lazyOctokit(async () => (await import('../shared/runtime/octokit.js')).createOctokit(options));

/** The step environment of an Actions run. */
export function actionEnvironment(context: RunContext, setup: ActionSetup): StepEnvironment {
  const token = inputText('token');
  return {
    workspace: context.workspace,
    tempDir: context.runnerTemp ?? context.workspace,
    // Every step stamps and gates the same commit: the event's subject (the PR head on pull_request, never GITHUB_SHA's merge commit).
    commit: context.commit,
    eventName: context.eventName,
    payload: context.payload,
    actor: context.actor,
    workflow: context.workflow,
    runUrl: context.runUrl,
    github: setup.createOctokit && token && context.repository ? { octokit: setup.createOctokit({ token, apiUrl: context.apiUrl }), repo: context.repository } : undefined,
    // mlflow: baselines and promotion: MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN, or DATABRICKS_HOST / DATABRICKS_TOKEN.
    mlflow: mlflowFromEnvironment(process.env),
    // sagemaker: baselines: AWS_REGION; credentials from the AWS SDK's standard chain (the SDK loads only when used).
    sagemaker: sagemakerFromEnvironment(process.env),
    logger: actionsLogger,
    tasks: taskRunner(workerScript(setup.entryUrl)),
  };
}

/** Runs one step as an action: inputs → options → step → files and runner effects. */
export function runActionStep<S extends OptionsSpec>(spec: S, step: (options: OptionsOf<S>, env: StepEnvironment) => Promise<StepResult>, setup: ActionSetup): Promise<void> {
  return runAction(async () => {
    const env = actionEnvironment(readRunContext(), setup);
    const result = await step(optionsFromText(spec, 'input', inputText), env);
    await writeStepFiles(result);
    await applyToRunner(result);
  });
}

/** Whether the module at `url` is the process's entry (the runner's `node dist/<name>/index.js`). */
export function isEntry(url: string): boolean {
  const main = process.argv[1];
  if (main === undefined) return false;
  try {
    // import.meta.url is the real path; the runner may start node through a symlink.
    return url === pathToFileURL(realpathSync(main)).href;
  } catch {
    return false;
  }
}
