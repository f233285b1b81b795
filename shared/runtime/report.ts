// Writing a step's results back to the runner: outputs, job summary and
// annotations. Annotations are capped by the caller (max-annotations).

import * as core from '@actions/core';

import type { Annotation } from '../results/annotation.js';
import type { Logger } from '../log.js';

export type { Annotation };

export function setOutputs(outputs: Record<string, string | number | boolean | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) if (value !== undefined) core.setOutput(name, String(value));
}

export function annotate(annotation: Annotation): void {
  const properties: core.AnnotationProperties = { title: annotation.title, file: annotation.file, startLine: annotation.line };
  if (annotation.level === 'error') core.error(annotation.message, properties);
  else if (annotation.level === 'warning') core.warning(annotation.message, properties);
  else core.notice(annotation.message, properties);
}

export async function appendJobSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

/** The Logger of a step run by the Actions runner: workflow commands. */
export const actionsLogger: Logger = {
  info: (message: string) => core.info(message),
  warning: (message: string) => core.warning(message),
  debug: (message: string) => core.debug(message),
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
  if (effects.failure) core.setFailed(effects.failure.message);
}
