// The audit record of a gate decision: who, what, which commit, which inputs
// (by sha256), the thresholds and the baseline, the override and its actor,
// and when. Its own sha256 goes into the check run and the deployment
// payload, so a recorded decision can be tied to this exact record.

import { createHash } from 'node:crypto';
import type { DocumentInput, GateDecision, OverrideVerdict } from './decision.js';
import type { RegistryPromotion } from './promotion.js';
import type { RollbackPlan } from './rollback.js';

export interface AuditRecord {
  holdout: 1;
  kind: 'gate-audit';
  /** rollback: the record of a rollback (mode: rollback), which decides nothing. */
  decision: GateDecision['decision'] | 'rollback';
  reason: string;
  reasons: string[];
  commit: string | null;
  actor: string | null;
  event: string | null;
  runUrl: string | null;
  environment: string | null;
  override: { label: string; honoured: boolean; actor: string | null; at: string | null; reason: string } | null;
  inputs: Array<{ file: string; sha256: string; kind: string; status: string; title: string }>;
  thresholds: Record<string, unknown>;
  baseline: { source: string; id: string | null } | null;
  /**
   * What the approved deploy (or the rollback) did in a model registry: the
   * alias or approved package now, and before — what a rollback moves back to.
   * Null when no registry was promoted.
   */
  promotion: RegistryPromotion | null;
  /** A rollback: the deployment rolled back and the one deployed again (by id and commit). Null for a decision. */
  rollback: { of: { deployment: number; commit: string }; to: { deployment: number; commit: string; auditSha256: string } } | null;
  createdAt: string;
}

export interface AuditContext {
  commit?: string;
  actor?: string;
  event?: string;
  runUrl?: string;
  environment?: string;
  label: string;
  override?: OverrideVerdict;
  overrideRequested: boolean;
  /** The registry promotion made for this deploy. */
  promotion?: RegistryPromotion;
  now: Date;
}

export function buildAuditRecord(decision: GateDecision, documents: readonly DocumentInput[], ctx: AuditContext): AuditRecord {
  const thresholds: Record<string, unknown> = {};
  let baseline: AuditRecord['baseline'] = null;
  for (const { document } of documents) {
    if (document.kind !== 'compare-metrics') continue;
    for (const row of document.comparison.metrics) if (row.gated && !row.slice) thresholds[row.name] = row.thresholds;
    if (document.comparison.baseline) baseline = { source: document.comparison.baseline.source, id: document.comparison.baseline.id ?? null };
  }
  return {
    holdout: 1,
    kind: 'gate-audit',
    decision: decision.decision,
    reason: decision.reason,
    reasons: decision.reasons,
    commit: ctx.commit ?? null,
    actor: ctx.actor ?? null,
    event: ctx.event ?? null,
    runUrl: ctx.runUrl ?? null,
    environment: ctx.environment ?? null,
    override: ctx.overrideRequested || ctx.override?.honoured
      ? { label: ctx.label, honoured: ctx.override?.honoured ?? false, actor: ctx.override?.actor ?? null, at: ctx.override?.at ?? null, reason: ctx.override?.reason ?? '' }
      : null,
    inputs: documents.map((d) => ({ file: d.file, sha256: d.sha256, kind: d.document.kind, status: d.document.status, title: d.document.title })),
    thresholds,
    baseline,
    promotion: ctx.promotion ?? null,
    rollback: null,
    createdAt: ctx.now.toISOString(),
  };
}

export interface RollbackAuditContext {
  actor?: string;
  event?: string;
  runUrl?: string;
  environment: string;
  /** What the rollback did in the registry (the alias moved back, the package rejected), if anything. */
  promotion?: RegistryPromotion;
  now: Date;
}

/**
 * The audit record of a rollback: who rolled back which deployment to which
 * earlier one (its commit and the audit record it was approved with), and
 * what moved in the registry. Its sha256 goes into the new deployment's
 * payload in place of the original decision's.
 */
export function buildRollbackAudit(plan: RollbackPlan, ctx: RollbackAuditContext): AuditRecord {
  const { from, to } = plan;
  return {
    holdout: 1,
    kind: 'gate-audit',
    decision: 'rollback',
    reason: `rolled back deployment ${from.id} (${from.sha.slice(0, 12)}) to deployment ${to.id} (${to.sha.slice(0, 12)})`,
    reasons: [],
    commit: to.holdout.commit,
    actor: ctx.actor ?? null,
    event: ctx.event ?? null,
    runUrl: ctx.runUrl ?? null,
    environment: ctx.environment,
    override: null,
    inputs: [],
    thresholds: {},
    baseline: null,
    promotion: ctx.promotion ?? null,
    rollback: { of: { deployment: from.id, commit: from.sha }, to: { deployment: to.id, commit: to.holdout.commit, auditSha256: to.holdout.audit.sha256 } },
    createdAt: ctx.now.toISOString(),
  };
}

export function serializeAudit(record: AuditRecord): { text: string; sha256: string } {
  const text = JSON.stringify(record, null, 2) + '\n';
  return { text, sha256: createHash('sha256').update(text).digest('hex') };
}

/** The candidate's whole-set metrics from the comparisons: the next production baseline. */
export function candidateMetrics(documents: readonly DocumentInput[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const { document } of documents) {
    if (document.kind !== 'compare-metrics') continue;
    for (const row of document.comparison.metrics) if (!row.slice && row.candidate !== null) metrics[row.name] = row.candidate;
  }
  return metrics;
}
