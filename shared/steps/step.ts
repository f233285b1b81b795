// What every step gets and gives. A step is a function of its options and
// the run's environment to a StepResult: the results document and other files
// to write, annotations, the job summary, outputs, and whether the step fails.
// Entries (an action's main.ts, the all-in-one action, the CLI) apply those
// effects in their own way; the decisions are made once, here.

import type { Octokit } from '../runtime/octokit.js';
import type { MlflowClient } from '../mlflow/client.js';
import type { SageMakerRegistry } from '../sagemaker/client.js';
import type { Annotation } from '../results/annotation.js';
import type { ResultsDocument } from '../results/schema.js';
import type { Logger } from '../log.js';
import type { TaskRunner } from './worker.js';

export interface GitHubAccess {
  octokit: Octokit;
  repo: { owner: string; repo: string };
}

export interface StepEnvironment {
  /** Paths are relative to this directory (the workspace, or the CLI's working directory). */
  workspace: string;
  /** Scratch space (RUNNER_TEMP). */
  tempDir: string;
  /** The commit the results are about. */
  commit?: string;
  eventName: string;
  payload: Record<string, unknown>;
  actor?: string;
  /** The running workflow (file or name): part of the sticky comment's identity. */
  workflow?: string;
  runUrl?: string;
  /** GitHub access, when there is a token and a repository. */
  github?: GitHubAccess;
  /** Read git: baselines from the local repository (the CLI) rather than the API. */
  localGit?: boolean;
  /** MLflow access for mlflow: baselines and promotion (entries: mlflowFromEnvironment of the process environment). */
  mlflow?: MlflowClient;
  /** SageMaker for sagemaker: baselines (entries: sagemakerFromEnvironment of the process environment). */
  sagemaker?: SageMakerRegistry;
  logger: Logger;
  /** Runs the heavy engines (in a worker thread, or in this one). */
  tasks: TaskRunner;
  now?: () => Date;
}

export interface OutputFile {
  /** Absolute path. */
  path: string;
  text: string;
}

/** Why a step fails: bad input (exit 2 in the CLI) or a verdict (exit 1). */
export interface StepFailure {
  kind: 'input' | 'verdict';
  message: string;
}

export interface StepResult<D extends ResultsDocument | undefined = ResultsDocument | undefined> {
  /** The step's results document, and where an action writes it (absolute), if anywhere. */
  document: D;
  resultsPath?: string;
  /** Other files the step produces (a profile, the audit record), written atomically. */
  files: OutputFile[];
  annotations: Annotation[];
  /** Job summary markdown ('' for none). */
  summary: string;
  outputs: Record<string, string | number | boolean | undefined>;
  failure?: StepFailure;
  /**
   * Work that talks to GitHub after the local effects are applied (the sticky
   * comment), so that a failure there still leaves the summary and outputs.
   */
  publish?: () => Promise<Record<string, string | number | boolean | undefined>>;
}
