// Which errors become annotations: input problems first (they explain
// everything else), then data errors in file order, up to the cap.

import type { Annotation } from '../results/annotation.js';
import type { ValidateDataResults } from '../results/schema.js';

export type { Annotation };

export function annotationsFor(document: ValidateDataResults, max: number): Annotation[] {
  const out: Annotation[] = [];
  for (const check of document.checks) {
    if (check.status !== 'error' || out.length >= max) continue;
    const at = check.locations[0];
    out.push({ level: 'error', title: 'holdout: cannot validate', message: check.message, file: at?.file, line: at?.line });
  }
  for (const error of document.data.errors) {
    if (out.length >= max) break;
    const kind = error.constraint ? `${error.type} (${error.constraint})` : error.type;
    out.push({
      level: error.severity === 'warn' ? 'warning' : 'error',
      title: `holdout: ${kind}${error.field ? ` in ${error.field}` : ''}`,
      // A blank row is not a record: its row number only orders it (the next record's), so its message names the line.
      message: error.row && error.type !== 'blank-row' ? `row ${error.row}: ${error.message}` : error.message,
      file: error.file,
      line: error.line,
    });
  }
  return out;
}
