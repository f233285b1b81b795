// The monitor issue: one per repository, model and monitor key, found by its
// hidden marker AND its author (the token's own identity, so a user who
// pastes the marker into an issue of their own does not take it over) among
// the issues with the monitor's label, across all pages. Opened (or reopened)
// and updated while something fails, closed with a comment when healthy
// again. After writing, duplicates left by concurrent runs or a retried POST
// are closed in favour of the oldest, so there is never more than one open.

import { createHash } from 'node:crypto';
import type { Octokit } from '../runtime/octokit.js';
import type { Repo } from './repo.js';

export interface MonitorIssueIdentity {
  repository: Repo;
  model: string;
  key: string;
}

/**
 * The hidden marker of a monitor's issue: model and key as written (for a
 * reader of the source) and a digest of repository, model and key, so an
 * issue moved in from another repository or another model never matches.
 */
export function monitorMarker({ repository, model, key }: MonitorIssueIdentity): string {
  const who = JSON.stringify([`${repository.owner}/${repository.repo}`.toLowerCase(), model, key]);
  const digest = createHash('sha256').update(who).digest('hex').slice(0, 12);
  const safe = (text: string) => text.replace(/[^A-Za-z0-9_.\/-]/g, '_');
  return `<!-- holdout-monitor: ${safe(model)}/${safe(key)}/${digest} -->`;
}

export interface FoundIssue {
  number: number;
  state: 'open' | 'closed';
  body: string;
  url: string;
}

/** The monitor's issues (open and closed), oldest first. */
export async function findMonitorIssues(octokit: Octokit, repo: Repo, label: string, marker: string, author: string): Promise<FoundIssue[]> {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 });
  return issues
    .filter((i) => !i.pull_request && i.user?.login === author && typeof i.body === 'string' && i.body.includes(marker))
    .sort((a, b) => a.number - b.number)
    .map((i) => ({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', body: i.body ?? '', url: i.html_url }));
}

/** The issue this monitor writes to: the oldest open one, else the newest closed one (reopened, keeping its history), else none. */
export function pickIssue(found: readonly FoundIssue[]): FoundIssue | undefined {
  return found.find((i) => i.state === 'open') ?? found.filter((i) => i.state === 'closed').at(-1);
}

export interface IssueOutcome {
  number: number;
  url: string;
  /** opened: a new issue; reopened: a closed one opened again; updated: an open one rewritten. */
  action: 'opened' | 'reopened' | 'updated';
}

/**
 * Writes the failing state: updates (reopening if closed) the monitor's
 * issue, or opens one. `body` gets the previous body, to carry history on.
 */
export async function upsertMonitorIssue(
  octokit: Octokit,
  repo: Repo,
  options: { label: string; marker: string; author: string; title: string; body: (previous: string | undefined) => string },
): Promise<IssueOutcome> {
  const found = await findMonitorIssues(octokit, repo, options.label, options.marker, options.author);
  const current = pickIssue(found);
  let outcome: IssueOutcome;
  if (current) {
    const { data } = await octokit.rest.issues.update({ ...repo, issue_number: current.number, title: options.title, body: options.body(current.body), ...(current.state === 'closed' ? { state: 'open' as const } : {}) });
    outcome = { number: data.number, url: data.html_url, action: current.state === 'closed' ? 'reopened' : 'updated' };
  } else {
    const { data } = await octokit.rest.issues.create({ ...repo, title: options.title, body: options.body(undefined), labels: [options.label] });
    outcome = { number: data.number, url: data.html_url, action: 'opened' };
  }
  // Another run may have opened one too: the oldest open one stays, the others are closed pointing at it.
  const open = (await findMonitorIssues(octokit, repo, options.label, options.marker, options.author)).filter((i) => i.state === 'open');
  if (open.length > 1) {
    const keep = open[0]!;
    for (const extra of open.slice(1)) {
      await octokit.rest.issues.createComment({ ...repo, issue_number: extra.number, body: `Duplicate of #${keep.number} (two monitor runs wrote at once); holdout keeps one issue per model and key.` });
      await octokit.rest.issues.update({ ...repo, issue_number: extra.number, state: 'closed', state_reason: 'not_planned' });
    }
    if (keep.number !== outcome.number) {
      const { data } = await octokit.rest.issues.update({ ...repo, issue_number: keep.number, title: options.title, body: options.body(keep.body) });
      outcome = { number: data.number, url: data.html_url, action: 'updated' };
    }
  }
  return outcome;
}

/**
 * Writes the healthy state: when the monitor's issue is open, updates its
 * body (history included), comments why it is closing and closes it as
 * completed. Returns the issue when one was closed. A closed issue only gets
 * its history carried on when `keepHistory` says so.
 */
export async function resolveMonitorIssue(
  octokit: Octokit,
  repo: Repo,
  options: { label: string; marker: string; author: string; body: (previous: string | undefined) => string; comment: string; keepHistory: boolean },
): Promise<{ number: number; url: string; closed: boolean } | undefined> {
  const found = await findMonitorIssues(octokit, repo, options.label, options.marker, options.author);
  const open = found.filter((i) => i.state === 'open');
  if (open.length === 0) {
    const last = pickIssue(found);
    if (last && options.keepHistory) await octokit.rest.issues.update({ ...repo, issue_number: last.number, body: options.body(last.body) });
    return last ? { number: last.number, url: last.url, closed: false } : undefined;
  }
  for (const issue of open) {
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, body: options.body(issue.body) });
    await octokit.rest.issues.createComment({ ...repo, issue_number: issue.number, body: options.comment });
    await octokit.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
  }
  return { number: open[0]!.number, url: open[0]!.url, closed: true };
}
