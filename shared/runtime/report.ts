// Writing a step's results back to the runner: outputs, job summary and
// annotations. Annotations are capped by the caller (max-annotations).

import * as runner from './runner.js';

import type { Annotation } from '../results/annotation.js';
import type { Logger } from '../log.js';

export type { Annotation };

export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) runner.setOutput(name, String(value));
}

export function annotate(annotation: Annotation): void {
  const properties: runner.AnnotationProperties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
  if (annotation.level === 'error') runner.error(annotation.message, properties);
  else if (annotation.level === 'warning') runner.warning(annotation.message, properties);
  else runner.notice(annotation.message, properties);
}

export async function appendJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    runner.info(markdown);
    return;
  }
  await runner.appendSummary(markdown);
}

/** The Logger of a step run by the Actions runner: workflow commands. */
export const actionsLogger: Logger = {
  info: (message: string) => runner.info(message),
  warning: (message: string) => runner.warning(message),
  debug: (message: string) => runner.debug(message),
};

/** What a step leaves on the runner, besides files (shared/steps/step.ts StepResult has this shape). */
export interface RunnerEffects {
  annotations: readonly Annotation[];
  summary: string;
  outputs: Record<string, string | number | boolean | undefined>;
  failure?: { message: string };
  publish?: () => Promise<Record<string, string | number | boolean | undefined>>;
}

/**
 * Applies a step's effects in the order a reader needs them: annotations,
 * the job summary and outputs first; then the GitHub work (the comment), whose
 * outputs follow; the step fails last, so everything else is already there.
 */
export async function applyToRunner(effects: RunnerEffects): Promise<void> {
  for (const annotation of effects.annotations) annotate(annotation);
  if (effects.summary !== '') await appendJobSummary(effects.summary);
  setOutputs(effects.outputs);
  if (effects.publish) setOutputs(await effects.publish());
  if (effects.failure) runner.setFailed(effects.failure.message);
}
