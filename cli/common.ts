// What every `holdout` command shares: the process-facing interface (CliIo),
// exit codes, usage mistakes, flag parsing and the step environment of a
// command-line run.

import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { GitHubAccess, StepEnvironment } from '../shared/steps/step.js';
import type { MlflowClient } from '../shared/mlflow/client.js';
import type { SageMakerRegistry } from '../shared/sagemaker/client.js';
import { taskRunner, type TaskRunner } from '../shared/steps/worker.js';
import { checkedOutCommit } from '../shared/runtime/context.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  isTty: boolean;
  /** The examples shipped with holdout (for `demo`). */
  examplesDir: string;
  /** How the engines run (the process entry puts them in a worker thread); defaults to in-process. */
  tasks?: TaskRunner;
  /** Set when standard error is a terminal: rewrites one status line in place (undefined clears it). */
  statusLine?: (text: string | undefined) => void;
  /** Milliseconds since some origin, for rates (tests pass a fake clock). */
  now?: () => number;
  /** GitHub access for artifact: and deployment: baselines, and for `run` to post (the process entry reads GITHUB_TOKEN and GITHUB_REPOSITORY). */
  gitHub?: () => Promise<GitHubAccess | undefined>;
  /** MLflow for mlflow: baselines (the process entry: MLFLOW_TRACKING_URI / MLFLOW_TRACKING_TOKEN, or DATABRICKS_HOST / DATABRICKS_TOKEN). */
  mlflow?: MlflowClient;
  /** SageMaker for sagemaker: baselines (the process entry: AWS_REGION and the SDK's credential chain). */
  sagemaker?: SageMakerRegistry;
  /** The process environment, for CI systems' variables (GitLab's CI_*: cli/gitlab.ts); the process entry passes process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A usage mistake: exit 2, the message and the usage text. */
export class UsageError extends Error {}

export function parse(
  args: readonly string[],
  options: ParseArgsConfig['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The checked-out commit of each command run's io.cwd, asked of git when the run starts (askCheckedOutCommit). */
const checkedOut = new WeakMap<CliIo, Promise<string | undefined>>();

/**
 * Starts asking git for the commit checked out at io.cwd, for cliEnvironment(io)
 * to take: runCli calls it before loading the command's code, so the git
 * process runs while that code compiles instead of after. Each call asks
 * anew (a later run with the same io may follow a commit).
 */
export function askCheckedOutCommit(io: CliIo): void {
  checkedOut.set(io, checkedOutCommit(io.cwd));
}

/** The environment of a step run from the command line. */
export async function cliEnvironment(io: CliIo, github?: GitHubAccess): Promise<StepEnvironment> {
  return {
    workspace: io.cwd,
    // The results are about the checked-out commit (none outside a git repository), as an action's are about the event's subject commit.
    commit: await (checkedOut.get(io) ?? checkedOutCommit(io.cwd)),
    tempDir: join(tmpdir(), 'holdout'),
    eventName: '',
    payload: {},
    github,
    mlflow: io.mlflow,
    sagemaker: io.sagemaker,
    localGit: true,
    logger: { info: () => {}, debug: () => {}, warning: (message) => io.stderr(`holdout: ${message}\n`) },
    tasks: io.tasks ?? taskRunner(undefined),
  };
}
