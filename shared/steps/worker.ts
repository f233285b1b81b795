// Heavy steps (reading and checking whole datasets) run in a worker thread
// with a 4 MB young generation: V8 otherwise grows the nursery to 64 MB and
// more under a streaming reader's allocation rate, and an action cannot pass
// --max-semi-space-size to the runner's node. The worker is its own small
// bundle (dist/worker/index.js), shared by the actions and the CLI.
//
// An engine is an EngineTask declared beside its step (./tasks/<step>.ts):
// a name the worker knows it by and a loader. This module names no engine,
// so a bundle carries only the engines of the steps it imports — the
// validate-data bundle holds no comparison code.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Transferable } from 'node:worker_threads';
import { ConfigurationError } from '../errors.js';
import type { ValidateProgress } from '../validate/run.js';

const YOUNG_GENERATION_MB = 4;

/** What every engine returns besides its value: the user mistakes met on the way. */
export interface EngineOutcome {
  problems: ConfigurationError[];
}

/** An engine as a step runs it: its name (how the worker finds it) and how to load it. */
export interface EngineTask<I, O extends EngineOutcome> {
  readonly name: string;
  load(): Promise<(input: I, hooks: TaskHooks) => Promise<O>>;
  /** The bytes the task will read, when cheap to know (undefined: unknown, e.g. a glob). Small inputs run in this thread. */
  inputBytes?(input: I): Promise<number | undefined>;
  /**
   * The engine this task's forks will run, when it will likely fork (a large splittable file), and
   * what to prepare for them: spare workers start beside the task's own (one per other core), load
   * that engine and warm it with `warm` meanwhile, so that the forks need not wait for a thread to
   * start and compile the bundle after the task has started.
   */
  forksOf?(input: I): Promise<SpareWork | undefined>;
  /** A spare's preparation for the requests it will get (e.g. compile the schema), given forksOf's `warm`. */
  warm?(hint: unknown): Promise<void>;
  /**
   * Whether the task, run in the calling thread (small input), still gets hooks.fork: a task whose
   * cost is CPU rather than bytes read (the compare's bootstrap) decides itself when to fork.
   */
  readonly forksInCallingThread?: boolean;
}

/** What spare workers are started for: the engine their requests will run, and its warm-up. */
export interface SpareWork {
  task: string;
  warm?: unknown;
  /** The first spare's warm-up instead of `warm` (it gets the task's first fork): work one spare does for all, e.g. hashing the file. */
  warmFirst?: unknown;
}

/**
 * Below this much input a task runs in the calling thread: starting a worker
 * and loading the engine there costs about 0.1 s, more than validating a few
 * megabytes, and the worker's small young generation only matters for
 * streams long enough to fill it.
 */
export const IN_PROCESS_BYTES = 4 * 1024 * 1024;

// Any engine task, as lists hold them (the input is only ever passed through).
type AnyEngineTask = EngineTask<any, EngineOutcome>;

interface TaskRequest {
  holdoutTask: string;
  input: unknown;
  /** Whether the caller listens to progress messages. */
  progress?: boolean;
  /** The worker bundle this worker runs, so that it can start workers of its own (Fork). */
  script?: string;
  /** Ports to spare workers started beside this one: its forks run there first. */
  spares?: MessagePort[];
}

/** What a spare worker is started with: the engine to load (and warm) while it waits, and the port its requests come by. */
interface SpareRequest {
  holdoutSpare: string;
  warm?: unknown;
  port: MessagePort;
}

/** A request on a spare's port (answered with a SerializedOutcome). */
interface SpareCall {
  task: string;
  input: unknown;
}

export interface TaskHooks {
  onProgress?: (progress: ValidateProgress) => void;
  /** Runs more tasks of the worker bundle, each in a worker thread of its own; given in a worker (not in a step's own thread). */
  fork?: Fork;
}

/** Parallel work within one step: named engine tasks of the worker bundle in threads of their own. */
export interface Fork {
  /** How many threads to run at once: one per available core. */
  readonly workers: number;
  /** `transfer`: what the input moves rather than copies (a MessagePort to stream on, large buffers). */
  run(task: string, input: unknown, transfer?: readonly Transferable[]): Promise<unknown>;
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

async function perform<I, O extends EngineOutcome>(task: EngineTask<I, O>, input: I, hooks: TaskHooks = {}): Promise<O> {
  return (await task.load())(input, hooks);
}

/** In a worker started by runTask: performs the task (one of `engines`) and returns true. In the main thread: false. */
export async function serveWorkerTask(engines: readonly AnyEngineTask[]): Promise<boolean> {
  // node:worker_threads is imported where a worker is started or served, not at load: most runs need no worker.
  const { isMainThread, parentPort, workerData } = await import('node:worker_threads');
  if (isMainThread) return false;
  const spare = workerData as SpareRequest | undefined;
  if (spare?.holdoutSpare) {
    serveSpare(engines, spare);
    return true;
  }
  const request = workerData as TaskRequest | undefined;
  if (!request?.holdoutTask) return false;
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
  const script = request.script;
  if (script !== undefined) hooks.fork = forkOf(script, request.spares ?? []);
  const reply = await outcomeOf(engines, request.holdoutTask, request.input, hooks);
  parentPort!.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
  return true;
}

/** A task performed, as the reply that crosses to the thread that asked for it. */
async function outcomeOf(engines: readonly AnyEngineTask[], name: string, input: unknown, hooks: TaskHooks): Promise<SerializedOutcome> {
  try {
    const task = engines.find((t) => t.name === name);
    if (!task) throw new Error(`this worker has no engine "${name}"`);
    const { problems, ...value } = await perform(task, input, hooks);
    return { ok: true, value, problems: problems.map(serialize) };
  } catch (error) {
    return error instanceof ConfigurationError
      ? { ok: false, error: error.message, configuration: serialize(error) }
      : { ok: false, error: (error as Error)?.stack ?? String(error) };
  }
}

/**
 * A spare worker: loads the engine it was started for (compiling its chunk
 * while the task that will fork starts up), then performs the requests that
 * come on its port, one at a time, until it is terminated.
 */
function serveSpare(engines: readonly AnyEngineTask[], { holdoutSpare, warm, port }: SpareRequest): void {
  const task = engines.find((t) => t.name === holdoutSpare);
  // A warm-up that fails leaves the failure to the request that meets it.
  const loaded = task && (async () => {
    await task.load();
    await task.warm?.(warm);
  })().catch(() => undefined);
  port.on('message', async (call: SpareCall) => {
    await loaded;
    const reply = await outcomeOf(engines, call.task, call.input, {});
    port.postMessage(reply, reply.ok ? largeBuffers(reply.value) : []);
  });
}

/**
 * The forks of a task in a worker: on an idle spare when one is left (started
 * beside this worker, its engine loaded), else in a new worker thread. Without
 * spares, the forks of a task in the calling thread (forksInCallingThread).
 */
export function forkOf(script: string, spares: readonly MessagePort[] = []): Fork {
  // In the order started: the first request goes to the first spare (the one warmed with `warmFirst`).
  const idle = [...spares];
  // A spare that exits (out of memory, a crash) closes its port: it leaves the pool (an answer
  // cannot come after the close, so it is not put back), and a request it was serving fails
  // rather than waiting for an answer that will not come.
  for (const port of spares) {
    port.once('close', () => {
      const at = idle.indexOf(port);
      if (at !== -1) idle.splice(at, 1);
    });
  }
  const onSpare = (port: MessagePort, task: string, input: unknown, transfer: readonly Transferable[]) =>
    new Promise<SerializedOutcome>((resolve) => {
      const onClose = () => resolve({ ok: false, error: `the spare worker running ${task} exited before answering` });
      port.once('close', onClose);
      port.once('message', (reply: SerializedOutcome) => {
        port.off('close', onClose);
        idle.push(port);
        resolve(reply);
      });
      port.postMessage({ task, input } satisfies SpareCall, transfer);
    });
  return {
    workers: availableParallelism(),
    run: async (name, input, transfer = []) => {
      const port = idle.shift();
      if (!port) return (await inWorker(name, input, script, {}, undefined, transfer)).value;
      return unwrap(name, await onSpare(port, name, input, transfer)).value;
    },
  };
}

/**
 * The memory of the large typed arrays in a reply (a byte range's key hash
 * sets, tens of MB at millions of rows): moved to the receiving thread, not
 * copied. Only arrays that own their whole buffer, so that nothing else
 * (a pooled Buffer) loses its memory.
 */
function largeBuffers(value: unknown, found: ArrayBuffer[] = [], depth = 0): ArrayBuffer[] {
  if (value === null || typeof value !== 'object' || depth > 4) return found;
  if (ArrayBuffer.isView(value)) {
    const { buffer } = value;
    if (buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === buffer.byteLength && buffer.byteLength >= 1 << 16 && !found.includes(buffer)) found.push(buffer);
    return found;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) largeBuffers(item, found, depth + 1);
  return found;
}

/** dist/worker/index.js, seen from a bundle at dist/<name>/index.js. */
export function workerScript(bundleUrl: string): string | undefined {
  const url = new URL('../worker/index.js', bundleUrl);
  return existsSync(url) ? fileURLToPath(url) : undefined;
}

/**
 * Runs a task in a worker thread running `script`, or in this thread when no
 * script is given (tests, unbundled runs).
 */
export async function runTask<I, O extends EngineOutcome>(task: EngineTask<I, O>, input: I, script: string | undefined, hooks: TaskHooks = {}): Promise<O> {
  if (!script) return perform(task, input, hooks);
  const bytes = await task.inputBytes?.(input).catch(() => undefined);
  if (bytes !== undefined && bytes < IN_PROCESS_BYTES) return perform(task, input, task.forksInCallingThread ? { ...hooks, fork: hooks.fork ?? forkOf(script) } : hooks);
  const spares = await task.forksOf?.(input).catch(() => undefined);
  const { value, problems } = await inWorker(task.name, input, script, hooks, spares);
  return { ...(value as object), problems } as O;
}

/**
 * Performs the task `name` in a new worker thread running `script`; the worker
 * may fork workers of its own. With `spares` (the engine its forks will run),
 * one spare worker per other core starts at once beside it, loading that engine.
 */
async function inWorker(name: string, input: unknown, script: string, hooks: TaskHooks, spares?: SpareWork, transfer: readonly Transferable[] = []): Promise<{ value: unknown; problems: ConfigurationError[] }> {
  const { MessageChannel, Worker } = await import('node:worker_threads');
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  const spareWorkers: InstanceType<typeof Worker>[] = [];
  const sparePorts: MessagePort[] = [];
  if (spares !== undefined) {
    for (let k = 1; k < availableParallelism(); k++) {
      const { port1, port2 } = new MessageChannel();
      const warm = k === 1 && 'warmFirst' in spares ? spares.warmFirst : spares.warm;
      const spare = new Worker(script, { workerData: { holdoutSpare: spares.task, warm, port: port1 } satisfies SpareRequest, transferList: [port1], resourceLimits });
      spare.on('error', () => undefined); // a spare that fails is one the task does not get: its forks start workers of their own
      spareWorkers.push(spare);
      sparePorts.push(port2);
    }
  }
  const worker = new Worker(script, {
    workerData: { holdoutTask: name, input, progress: hooks.onProgress !== undefined, script, spares: sparePorts } satisfies TaskRequest,
    transferList: [...sparePorts, ...transfer],
    resourceLimits,
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
    return unwrap(name, reply);
  } finally {
    await Promise.all([worker, ...spareWorkers].map((w) => w.terminate()));
  }
}

/** A worker's reply as the value and problems it carries, or the error it reports thrown here. */
function unwrap(name: string, reply: SerializedOutcome): { value: unknown; problems: ConfigurationError[] } {
  if (!reply.ok) {
    if (reply.configuration) throw revive(reply.configuration);
    throw new Error(`holdout worker for ${name} failed: ${reply.error}`);
  }
  return { value: reply.value, problems: reply.problems.map(revive) };
}

/** Runs engines for the steps: in the worker thread, or in this one. */
export interface TaskRunner {
  run<I, O extends EngineOutcome>(task: EngineTask<I, O>, input: I, hooks?: TaskHooks): Promise<O>;
}

/** Engines in a worker thread running `script` (the worker bundle), or in this thread without one. */
export function taskRunner(script: string | undefined): TaskRunner {
  return { run: (task, input, hooks) => runTask(task, input, script, hooks) };
}
