// The status algebra: documents and checks combine to their worst status.
// `error` (could not be evaluated) outranks `fail`: the gate treats both as
// blocking, but a reviewer must see that something was not evaluated at all.
//
// The one status table (rank, icon, colour) and the one rule for "does this
// status fail the step" live here; everything that shows or weighs a status
// reads them.

import { assertNever } from '../errors.js';
import type { Status } from './schema.js';

/** ANSI colour names (SGR 31–35), for terminals and charts. */
export type StatusColour = 'green' | 'yellow' | 'red' | 'magenta';

export interface StatusStyle {
  /** Higher is worse: pass < warn < fail < error. */
  rank: number;
  /** As the report and job summaries show it. */
  icon: string;
  colour: StatusColour;
}

export const STATUS_TABLE: Readonly<Record<Status, Readonly<StatusStyle>>> = {
  pass: { rank: 0, icon: '✅', colour: 'green' },
  warn: { rank: 1, icon: '⚠️', colour: 'yellow' },
  fail: { rank: 2, icon: '❌', colour: 'red' },
  error: { rank: 3, icon: '⛔', colour: 'magenta' },
};

export function statusRank(status: Status): number {
  return STATUS_TABLE[status].rank;
}

export function statusIcon(status: Status): string {
  return STATUS_TABLE[status].icon;
}

export function statusColour(status: Status): StatusColour {
  return STATUS_TABLE[status].colour;
}

/** A sort comparator that puts the worst status first (error, fail, warn, pass). */
export function worstFirst(a: Status, b: Status): number {
  return statusRank(b) - statusRank(a);
}

export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'pass';
  for (const status of statuses) if (statusRank(status) > statusRank(worst)) worst = status;
  return worst;
}

/** Which status fails a step that produces a verdict. */
export const FAIL_ON = ['fail', 'warn', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** Whether a status should fail the step under the user's `fail-on` setting. `error` always does. */
export function statusFailsStep(status: Status, failOn: FailOn): boolean {
  if (status === 'error') return true;
  switch (failOn) {
    case 'never': return false;
    case 'warn': return statusRank(status) >= statusRank('warn');
    case 'fail': return statusRank(status) >= statusRank('fail');
    default: return assertNever(failOn, 'fail-on');
  }
}
