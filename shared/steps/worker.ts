// Heavy steps (reading and checking whole datasets) run in a worker thread
// with a 4 MB young generation: V8 otherwise grows the nursery to 64 MB and
// more under a streaming reader's allocation rate, and an action cannot pass
// --max-semi-space-size to the runner's node. The worker is its own small
// bundle (dist/worker/index.js), shared by the actions and the CLI.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigurationError } from '../errors.js';
import type { ValidateDataInput, ValidateDataOutcome, ValidateProgress } from '../validate/run.js';
import type { CompareInput, CompareOutcome } from '../compare/run.js';

const YOUNG_GENERATION_MB = 4;

interface Tasks {
  validateData: [ValidateDataInput, ValidateDataOutcome];
  compareModels: [CompareInput, CompareOutcome];
}
type TaskName = keyof Tasks;

interface TaskRequest {
  holdoutTask: TaskName;
  input: unknown;
  /** Whether the caller listens to progress messages. */
  progress?: boolean;
}

export interface TaskHooks {
  onProgress?: (progress: ValidateProgress) => void;
}

/** Progress crosses the thread boundary at most this often. */
const PROGRESS_INTERVAL_MS = 200;

type SerializedOutcome =
  | { ok: true; value: unknown; problems: SerializedProblem[] }
  | { ok: false; error: string; configuration?: SerializedProblem };

interface SerializedProblem {
  reason: string;
  file?: string;
  line?: number;
  key?: string;
}

const serialize = (e: ConfigurationError): SerializedProblem => ({ reason: e.reason, file: e.file, line: e.line, key: e.key });
const revive = (p: SerializedProblem) => new ConfigurationError(p.reason, { file: p.file, line: p.line, key: p.key });

async function perform(name: TaskName, input: unknown, hooks: TaskHooks = {}): Promise<ValidateDataOutcome | CompareOutcome> {
  // Loaded on demand: an entry's own bundle runs the engines in the worker
  // bundle, so it need not carry them (a chunk of its own holds them for
  // unbundled runs and tests).
  switch (name) {
    case 'validateData':
      return (await import('../validate/run.js')).validateData(input as ValidateDataInput, hooks);
    case 'compareModels':
      return (await import('../compare/run.js')).compareModels(input as CompareInput);
  }
}

/** In a worker started by runTask: performs the task and returns true. In the main thread: false. */
export async function serveWorkerTask(): Promise<boolean> {
  const request = workerData as TaskRequest | undefined;
  if (isMainThread || !request?.holdoutTask) return false;
  let reply: SerializedOutcome;
  try {
    let last = 0;
    const hooks: TaskHooks = request.progress
      ? {
          onProgress: (progress) => {
            const now = Date.now();
            if (now - last < PROGRESS_INTERVAL_MS) return;
            last = now;
            parentPort!.postMessage({ holdoutProgress: progress });
          },
        }
      : {};
    const outcome = await perform(request.holdoutTask, request.input, hooks);
    const { problems, ...value } = outcome;
    reply = { ok: true, value, problems: problems.map(serialize) };
  } catch (error) {
    reply =
      error instanceof ConfigurationError
        ? { ok: false, error: error.message, configuration: serialize(error) }
        : { ok: false, error: (error as Error)?.stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
  return true;
}

/** dist/worker/index.js, seen from a bundle at dist/<name>/index.js. */
export function workerScript(bundleUrl: string): string | undefined {
  const url = new URL('../worker/index.js', bundleUrl);
  return existsSync(url) ? fileURLToPath(url) : undefined;
}

/**
 * Runs a task in a worker thread running `script` (the worker bundle), or in
 * this thread when no script is given (tests, unbundled runs).
 */
export async function runTask<K extends TaskName>(name: K, input: Tasks[K][0], script: string | undefined, hooks: TaskHooks = {}): Promise<Tasks[K][1]> {
  if (!script) return (await perform(name, input, hooks)) as Tasks[K][1];
  const worker = new Worker(script, {
    workerData: { holdoutTask: name, input, progress: hooks.onProgress !== undefined } satisfies TaskRequest,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  try {
    const reply = await new Promise<SerializedOutcome>((resolve, reject) => {
      worker.on('message', (message: SerializedOutcome | { holdoutProgress: ValidateProgress }) => {
        if ('holdoutProgress' in message) hooks.onProgress?.(message.holdoutProgress);
        else resolve(message);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`holdout worker for ${name} exited with code ${code} before answering`)));
    });
    if (!reply.ok) {
      if (reply.configuration) throw revive(reply.configuration);
      throw new Error(`holdout worker for ${name} failed: ${reply.error}`);
    }
    return { ...(reply.value as object), problems: reply.problems.map(revive) } as Tasks[K][1];
  } finally {
    await worker.terminate();
  }
}

/** The heavy engines as a step calls them. */
export interface TaskRunner {
  validateData(input: ValidateDataInput, hooks?: TaskHooks): Promise<ValidateDataOutcome>;
  compareModels(input: CompareInput): Promise<CompareOutcome>;
}

/** Engines in a worker thread running `script` (the worker bundle), or in this thread without one. */
export function taskRunner(script: string | undefined): TaskRunner {
  return {
    validateData: (input, hooks) => runTask('validateData', input, script, hooks),
    compareModels: (input) => runTask('compareModels', input, script),
  };
}
