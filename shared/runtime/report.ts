// Writing a step's results back to the runner: outputs, job summary and
// annotations. Annotations are capped by the caller (max-annotations).

import * as core from '@actions/core';

import type { Annotation } from '../results/annotation.js';

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

export const log = {
  info: (message: string) => core.info(message),
  warning: (message: string) => core.warning(message),
  debug: (message: string) => core.debug(message),
};
