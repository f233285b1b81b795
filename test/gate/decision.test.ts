// The gate's pure decision and override rules.
import { describe, expect, it } from 'vitest';
import { decide, evaluateOverride, type OverrideFacts } from '../../shared/gate/decision.js';
import type { ResultsDocument } from '../../shared/results/schema.js';

const doc = (status: ResultsDocument['status'], gitSha = 'a'.repeat(40)): ResultsDocument => ({
  holdout: 1, kind: 'validate-data', title: 'Data', status, createdAt: '2026-12-01T00:00:00Z', subject: { files: [], gitSha },
  checks: [{ id: 'c', title: 'check', status, message: status, count: 0, locations: [] }],
  data: { tables: [], rows: 0, errorCount: 0, errors: [] },
});
const input = (...statuses: ResultsDocument['status'][]) => statuses.map((s, i) => ({ file: `r${i}.json`, sha256: '0'.repeat(64), document: doc(s) }));
const POLICY = { minimumRole: 'maintain' as const, extraRoles: [], allowSelfOverride: false };
const FACTS: OverrideFacts = { label: 'holdout:override', present: true, labeledBy: 'rel', labeledAt: '2026-12-01T10:00:00Z', lastPushAt: '2026-12-01T09:00:00Z', actorRole: 'maintain', pullRequestAuthor: 'dev' };

describe('decide', () => {
  it('passes, fails on fail and error, and on warn only with fail-on warn', () => {
    expect(decide({ documents: input('pass', 'warn'), unreadable: [], commit: 'a'.repeat(40), failOn: 'fail' }).decision).toBe('pass');
    expect(decide({ documents: input('pass', 'warn'), unreadable: [], commit: 'a'.repeat(40), failOn: 'warn' }).decision).toBe('fail');
    expect(decide({ documents: input('error'), unreadable: [], commit: 'a'.repeat(40), failOn: 'fail' }).decision).toBe('fail');
  });
  it('an honoured override lifts a policy failure but never an integrity failure', () => {
    const override = evaluateOverride(FACTS, POLICY);
    expect(decide({ documents: input('fail'), unreadable: [], commit: 'a'.repeat(40), failOn: 'fail', override }).decision).toBe('overridden');
    expect(decide({ documents: input('fail'), unreadable: [{ file: 'x.json', reason: 'bad' }], commit: 'a'.repeat(40), failOn: 'fail', override }).decision).toBe('fail');
    expect(decide({ documents: input('pass'), unreadable: [], commit: 'b'.repeat(40), failOn: 'fail', override }).reason).toMatch(/not the gated bbbbbbbbbbbb/);
    expect(decide({ documents: [], unreadable: [], commit: undefined, failOn: 'fail' }).reason).toBe('cannot decide: no results documents to decide on');
  });
});

describe('evaluateOverride', () => {
  it('honours a maintainer who labelled after the newest push', () => {
    expect(evaluateOverride(FACTS, POLICY)).toMatchObject({ honoured: true, actor: 'rel' });
  });
  it.each([
    ['no label', { present: false }, /no "holdout:override" label/],
    ['no labeled event', { labeledBy: undefined, labeledAt: undefined }, /cannot be verified/],
    ['unknown push time', { lastPushAt: undefined }, /newest push could not be established/],
    ['label before the push', { labeledAt: '2026-12-01T08:00:00Z' }, /before the newest push/],
    ['label at the same second as the push', { labeledAt: '2026-12-01T09:00:00Z' }, /before the newest push/],
    ['a write user', { actorRole: 'write' }, /role write, below the required maintain/],
    ['not a collaborator', { actorRole: undefined }, /role none \(not a collaborator\)/],
    ['the author', { labeledBy: 'DEV' }, /author, and self-override is not allowed/],
  ])('refuses: %s', (_name, patch, reason) => {
    const verdict = evaluateOverride({ ...FACTS, ...patch }, POLICY);
    expect(verdict.honoured).toBe(false);
    expect(verdict.reason).toMatch(reason);
  });
  it('admins outrank maintain; custom roles count when listed; self-override when allowed', () => {
    expect(evaluateOverride({ ...FACTS, actorRole: 'admin' }, POLICY).honoured).toBe(true);
    expect(evaluateOverride({ ...FACTS, actorRole: 'ml-approver' }, { ...POLICY, extraRoles: ['ml-approver'] }).honoured).toBe(true);
    expect(evaluateOverride({ ...FACTS, labeledBy: 'dev' }, { ...POLICY, allowSelfOverride: true }).honoured).toBe(true);
  });
});
