// The head every results document starts with (the schema's `envelope`):
// the format version, the kind, a title, the status and when it was made.

import { RESULTS_VERSION, type ResultsDocument, type ResultsKind, type Status } from './schema.js';

export type DocumentHead<K extends ResultsKind> = Pick<ResultsDocument, 'holdout' | 'title' | 'status' | 'createdAt'> & { kind: K };

export function documentHead<K extends ResultsKind>(kind: K, title: string, status: Status, createdAt: Date = new Date()): DocumentHead<K> {
  return { holdout: RESULTS_VERSION, kind, title, status, createdAt: createdAt.toISOString() };
}
