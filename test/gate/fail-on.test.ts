// The gate blocks by the one fail-on rule (statusFailsStep in
// shared/results/status.ts): for every status and each of the gate's
// fail-on values, the decision and its reasons agree with the rule.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/gate/decision.js';
import { statusSchema, type Status } from '../../shared/results/schema.js';
import { statusFailsStep } from '../../shared/results/status.js';

const SHA = 'a'.repeat(40);
const documentOf = (status: Status) => ({
  file: 'r.json', sha256: '0'.repeat(64),
  document: {
    holdout: 1 as const, kind: 'validate-data' as const, title: 'Data', status, createdAt: '2026-12-01T00:00:00Z', subject: { files: [], gitSha: SHA },
    checks: [{ id: 'c', title: 'check', status, message: status, count: 0, locations: [] }],
    data: { tables: [], rows: 0, errorCount: 0, errors: [] },
  },
});

describe('the gate and statusFailsStep agree', () => {
  for (const failOn of ['fail', 'warn'] as const) {
    it.each(statusSchema.options)(`fail-on ${failOn}, status %s`, (status) => {
      const decision = decide({ documents: [documentOf(status)], unreadable: [], commit: SHA, failOn });
      const blocks = statusFailsStep(status, failOn);
      expect(decision.decision).toBe(blocks ? 'fail' : 'pass');
      expect(decision.reasons).toEqual(blocks ? [`Data: check: ${status}`] : []);
    });
  }
});
