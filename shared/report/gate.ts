// Markdown for a gate decision (job summary and check-run summary): the
// decision, shown as an override when it is one, the reasons, and the audit.

import type { AuditRecord } from '../gate/audit.js';
import type { GateDecision } from '../gate/decision.js';
import type { Status } from '../results/schema.js';
import { STATUS_TABLE, statusIcon } from '../results/status.js';
import { escapeMarkdown } from './escape.js';

/** A decision's icon: a pass and a failure as the status table shows them; an override is none of the statuses. */
const ICON: Record<GateDecision['decision'], string> = { pass: statusIcon('pass'), fail: statusIcon('fail'), overridden: '🟡' };

export function renderGateSummary(decision: GateDecision, audit: AuditRecord, auditSha: string): string {
  const lines = [`### ${ICON[decision.decision]} holdout gate: ${decision.decision === 'overridden' ? 'OVERRIDDEN (not a pass)' : decision.decision.toUpperCase()}`, '', escapeMarkdown(decision.reason), ''];
  if (audit.override) {
    lines.push(`**Override** (${escapeMarkdown(audit.override.label)}): ${audit.override.honoured ? 'honoured' : 'refused'} — ${escapeMarkdown(audit.override.reason)}`, '');
  }
  if (decision.reasons.length > 0) {
    lines.push('<details><summary>Reasons</summary>', '');
    for (const r of decision.reasons.slice(0, 100)) lines.push(`- ${escapeMarkdown(r)}`);
    lines.push('', '</details>', '');
  }
  lines.push('| Input | Kind | sha256 |', '| --- | --- | --- |');
  for (const i of audit.inputs) lines.push(`| ${i.status in STATUS_TABLE ? `${statusIcon(i.status as Status)} ` : ''}${escapeMarkdown(i.file)} | ${i.kind} | ${i.sha256.slice(0, 16)}… |`);
  lines.push('', `Audit record sha256 \`${auditSha}\`; commit ${escapeMarkdown((audit.commit ?? 'unknown').slice(0, 12))}; actor ${escapeMarkdown(audit.actor ?? 'unknown')}.`);
  return lines.join('\n') + '\n';
}
