// The audit record of a gate decision: who, what, which commit, which inputs
// (by sha256), the thresholds and the baseline, the override and its actor,
// and when. Its own sha256 goes into the check run and the deployment
// payload, so a recorded decision can be tied to this exact record.

import { createHash } from 'node:crypto';
import type { DocumentInput, GateDecision, OverrideVerdict } from './decision.js';

export interface AuditRecord {
  holdout: 1;
  kind: 'gate-audit';
  decision: GateDecision['decision'];
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
