// The gate's decision, as a pure function of the results documents and the
// facts about an override: pass, fail or overridden, with every reason. The
// gate decides from the checks: each document's status is recomputed from its
// checks by the status rule (the worst of them), and a document whose own
// status says otherwise was not written as holdout writes it. No decision
// passes when a document is missing, unparsable, could not be evaluated,
// carries no commit or was made for another commit; an override can lift a
// policy failure, never an integrity failure.

import type { ResultsDocument, Status } from '../results/schema.js';
import { statusFailsStep, worstStatus, type FailOn } from '../results/status.js';

export type Decision = 'pass' | 'fail' | 'overridden';

export const ROLE_ORDER = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Role = (typeof ROLE_ORDER)[number];

export interface OverrideFacts {
  label: string;
  /** Is the label on the pull request now? */
  present: boolean;
  /** The newest `labeled` event for the label. */
  labeledBy?: string;
  labeledAt?: string;
  /** The pull request's head now. */
  headSha?: string;
  /** When the head last changed, as GitHub recorded it (never a commit's own dates), and from which record. */
  lastPushAt?: string;
  lastPushSource?: string;
  /** Why the facts could not be established (names the permission when that is why): the override is refused. */
  unknown?: string;
  /** role_name of the labelling actor (undefined: not a collaborator). */
  actorRole?: string;
  pullRequestAuthor?: string;
}

export interface OverridePolicy {
  minimumRole: Role;
  extraRoles: readonly string[];
  allowSelfOverride: boolean;
}

export interface OverrideVerdict {
  honoured: boolean;
  /** Which rule failed, when refused. */
  reason: string;
  actor?: string;
  at?: string;
}

export function evaluateOverride(facts: OverrideFacts | undefined, policy: OverridePolicy): OverrideVerdict {
  if (!facts || !facts.present) return { honoured: false, reason: `no "${facts?.label ?? 'override'}" label on the pull request` };
  const known = facts.labeledBy && facts.labeledAt ? { actor: facts.labeledBy, at: facts.labeledAt } : {};
  if (facts.unknown) return { honoured: false, reason: facts.unknown, ...known };
  if (!facts.labeledBy || !facts.labeledAt) return { honoured: false, reason: `the "${facts.label}" label has no labeled event, so who added it cannot be verified` };
  const who = { actor: facts.labeledBy, at: facts.labeledAt };
  if (!facts.lastPushAt) return { honoured: false, reason: 'the time of the newest push could not be established', ...who };
  if (Date.parse(facts.labeledAt) <= Date.parse(facts.lastPushAt)) {
    return { honoured: false, reason: `the label was added at ${facts.labeledAt}, before the newest push at ${facts.lastPushAt} (${facts.lastPushSource ?? 'push'}); add it again after reviewing the new commits`, ...who };
  }
  const role = facts.actorRole;
  const rank = role ? (ROLE_ORDER as readonly string[]).indexOf(role) : -1;
  const enough = rank >= ROLE_ORDER.indexOf(policy.minimumRole) || (role !== undefined && policy.extraRoles.includes(role));
  if (!enough) {
    return { honoured: false, reason: `@${facts.labeledBy} has role ${role ?? 'none (not a collaborator)'}, below the required ${policy.minimumRole}${policy.extraRoles.length ? ` (or ${policy.extraRoles.join(', ')})` : ''}`, ...who };
  }
  if (!policy.allowSelfOverride && facts.pullRequestAuthor && facts.pullRequestAuthor.toLowerCase() === facts.labeledBy.toLowerCase()) {
    return { honoured: false, reason: `@${facts.labeledBy} is the pull request's author, and self-override is not allowed`, ...who };
  }
  return { honoured: true, reason: `overridden by @${facts.labeledBy} (${role}) at ${facts.labeledAt}`, ...who };
}

/** A document's status by the status rule: the worst of its checks' (pass when it has none). */
export function documentStatus(document: Pick<ResultsDocument, 'checks'>): Status {
  return worstStatus(document.checks.map((c) => c.status));
}

export interface DocumentInput {
  file: string;
  sha256: string;
  document: ResultsDocument;
}

export interface GateInput {
  documents: readonly DocumentInput[];
  /** Files that matched but could not be read, and why. */
  unreadable: readonly { file: string; reason: string }[];
  /** The commit being gated. */
  commit: string | undefined;
  /** The gate always blocks on fail and error; `warn` blocks on warnings too. */
  failOn: Exclude<FailOn, 'never'>;
  override?: OverrideVerdict;
}

export interface GateDecision {
  decision: Decision;
  status: Status;
  /** One line for the outputs. */
  reason: string;
  reasons: string[];
  integrityProblems: string[];
}

export function decide(input: GateInput): GateDecision {
  const integrity: string[] = [];
  const documents = input.documents.filter((d) => d.document.kind !== 'gate');
  if (documents.length === 0 && input.unreadable.length === 0) integrity.push('no results documents to decide on');
  for (const u of input.unreadable) integrity.push(`${u.file}: ${u.reason}`);
  for (const d of documents) {
    const sha = d.document.subject.gitSha;
    if (input.commit && !sha) integrity.push(`${d.file} names no commit (subject.gitSha), so it cannot be tied to the gated ${input.commit.slice(0, 12)}`);
    else if (input.commit && sha && sha !== input.commit) integrity.push(`${d.file} was made for commit ${sha.slice(0, 12)}, not the gated ${input.commit.slice(0, 12)}`);
    const recomputed = documentStatus(d.document);
    if (recomputed !== d.document.status) integrity.push(`${d.file} says ${d.document.status} but its checks say ${recomputed}: it was not written as holdout writes results`);
  }
  const reasons: string[] = [];
  for (const d of documents) {
    for (const check of d.document.checks) {
      if (statusFailsStep(check.status, input.failOn)) reasons.push(`${d.document.title}: ${check.title}: ${check.message}`);
    }
  }
  // From the checks, never from a document's own status field.
  const status = worstStatus(documents.map((d) => documentStatus(d.document)));
  const blocking = statusFailsStep(status, input.failOn);
  if (integrity.length > 0) {
    return { decision: 'fail', status: 'error', reason: `cannot decide: ${integrity[0]}${integrity.length > 1 ? ` (+${integrity.length - 1} more)` : ''}`, reasons: [...integrity, ...reasons], integrityProblems: integrity };
  }
  if (!blocking) return { decision: 'pass', status, reason: `all ${documents.length} results pass${status === 'warn' ? ' (with warnings)' : ''}`, reasons, integrityProblems: [] };
  const first = reasons[0] ?? `status ${status}`;
  if (input.override?.honoured) return { decision: 'overridden', status, reason: `${input.override.reason}; would fail: ${first}`, reasons, integrityProblems: [] };
  const refused = input.override && input.override.reason ? `; override refused: ${input.override.reason}` : '';
  return { decision: 'fail', status, reason: `${first}${reasons.length > 1 ? ` (+${reasons.length - 1} more)` : ''}${refused}`, reasons, integrityProblems: [] };
}
