// The status algebra: documents and checks combine to their worst status.
// `error` (could not be evaluated) outranks `fail`: the gate treats both as
// blocking, but a reviewer must see that something was not evaluated at all.

import type { Status } from './schema.js';

const rank: Record<Status, number> = { pass: 0, warn: 1, fail: 2, error: 3 };

export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass';
  for (const status of statuses) if (rank[status] > rank[worst]) worst = status;
  return worst;
}

export type FailOn = 'fail' | 'warn' | 'never';

/** Whether a status should fail the step under the user's `fail-on` setting. */
export function statusFailsStep(status: Status, failOn: FailOn): boolean {
  if (status === 'error') return true;
  if (failOn === 'never') return false;
  if (failOn === 'warn') return rank[status] >= rank.warn;
  return rank[status] >= rank.fail;
}
