// What the commands that run one step share: the step's options from the
// command's flags, where its results go, and the exit status of its verdict.

import { resolve } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { optionsFromText, type OptionsOf, type OptionsSpec } from '../shared/steps/options.js';
import type { StepResult } from '../shared/steps/step.js';
import { EXIT, UsageError, type CliIo } from './common.js';

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * Writes the step's files and its results document: to --out when given, else
 * where the step puts it (holdout-results/<step>.json), which report and gate
 * read by default.
 */
export async function writeResultsWhere(result: StepResult, out: string | boolean | undefined, io: CliIo): Promise<void> {
  await writeStepFiles({ ...result, resultsPath: typeof out === 'string' ? resolve(io.cwd, out) : result.resultsPath });
}

/** A step's options from the command's flags; a bad value is a usage mistake. */
export function stepFlags<S extends OptionsSpec>(spec: S, values: Record<string, string | boolean | undefined>): OptionsOf<S> {
  try {
    return optionsFromText(spec, 'flag', (name) => (typeof values[name] === 'string' ? values[name] : undefined));
  } catch (error) {
    if (error instanceof ConfigurationError) throw new UsageError(error.message);
    throw error;
  }
}

/** Exit status from what the step decided: 2 for bad input, 1 for a failing verdict. */
export function exitFor(result: StepResult, io: CliIo): number {
  if (result.failure?.kind === 'input') {
    io.stderr(`holdout: ${result.failure.message.split('\n').join('\nholdout: ')}\n`);
    return EXIT.usage;
  }
  return result.failure ? EXIT.failed : EXIT.ok;
}
