// The export files a step was asked for (its `junit` and `kubeflow-metrics`
// options), as files to write: the entries write them atomically with the
// step's other files (shared/steps/effects.ts), after the step has finished.

import { userFile } from '../io/user-file.js';
import { renderJunit, type JunitDocument, type JunitOptions } from './junit.js';
import { kubeflowMetricsText } from './kubeflow.js';

export interface ExportRequest {
  /** JUnit XML file, relative to the workspace. */
  junit?: string;
  /** Kubeflow Pipelines metrics file, relative to the workspace. */
  'kubeflow-metrics'?: string;
}

/** The files to write for the request, from the documents (nothing when none is asked for). */
export function exportFiles(request: ExportRequest, documents: readonly JunitDocument[], workspace: string, junit: JunitOptions = {}): Array<{ path: string; text: string }> {
  const files: Array<{ path: string; text: string }> = [];
  if (request.junit !== undefined) files.push({ path: userFile(workspace, request.junit).path, text: renderJunit(documents, junit) });
  if (request['kubeflow-metrics'] !== undefined) files.push({ path: userFile(workspace, request['kubeflow-metrics']).path, text: kubeflowMetricsText(documents) });
  return files;
}
