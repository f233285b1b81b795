// The audit record's content for a deploy that promoted a registry model and
// for a rollback; which deployment a rollback re-deploys; and how promote /
// promote-candidate are read.
import { describe, expect, it } from 'vitest';
import { buildAuditRecord, buildRollbackAudit, serializeAudit } from '../../shared/gate/audit.js';
import { decide } from '../../shared/gate/decision.js';
import { describePromotion, promotionRequest, type RegistryPromotion } from '../../shared/gate/promotion.js';
import { planRollback, type DeploymentFacts } from '../../shared/gate/rollback.js';
import type { ResultsDocument } from '../../shared/results/schema.js';

const SHA = 'a'.repeat(40);
const doc: ResultsDocument = {
  holdout: 1, kind: 'validate-data', title: 'Data', status: 'pass', createdAt: '2026-12-01T00:00:00Z', subject: { files: [], gitSha: SHA },
  checks: [{ id: 'c', title: 'check', status: 'pass', message: 'ok', count: 0, locations: [] }],
  data: { tables: [], rows: 0, errorCount: 0, errors: [] },
};
const documents = [{ file: 'r.json', sha256: '0'.repeat(64), document: doc }];
const now = new Date('2026-12-03T12:00:00Z');
const MLFLOW: RegistryPromotion = { registry: 'mlflow', server: 'https://mlflow.example.com', model: 'churn', alias: 'champion', previous: { version: '4', run_id: 'r4' }, current: { version: '5', run_id: 'r5' }, moved: true };
const ARN = (v: number) => `arn:aws:sagemaker:eu-west-1:123456789012:model-package/churn/${v}`;

const payload = (sha: string, extra: Record<string, unknown> = {}) => ({ holdout: { version: 1, decision: 'pass', metrics: { roc_auc: 0.9 }, commit: sha, audit: { sha256: sha.slice(0, 1).repeat(64) }, ...extra } });
const deployment = (id: number, sha: string, states: string[], extra: Record<string, unknown> = {}): DeploymentFacts => ({ id, sha, states, payload: payload(sha, extra) });

describe('the audit record', () => {
  it('of an approved deploy carries the promotion: the alias before and after', () => {
    const decision = decide({ documents, unreadable: [], commit: SHA, failOn: 'fail' });
    const audit = buildAuditRecord(decision, documents, { commit: SHA, environment: 'production', label: 'holdout:override', overrideRequested: false, promotion: MLFLOW, now });
    expect(audit.promotion).toEqual(MLFLOW);
    expect(audit.rollback).toBeNull();
    expect(audit.environment).toBe('production');
    // The promotion is part of what the digest in the check run and the payload covers.
    const without = buildAuditRecord(decision, documents, { commit: SHA, environment: 'production', label: 'holdout:override', overrideRequested: false, now });
    expect(without.promotion).toBeNull();
    expect(serializeAudit(audit).sha256).not.toBe(serializeAudit(without).sha256);
    expect(serializeAudit(audit).text).toContain('"previous": {\n      "version": "4"');
  });

  it('of a rollback names the deployment rolled back, the one deployed again with its original audit digest, and the registry move', () => {
    const plan = planRollback('production', [deployment(2, 'b'.repeat(40), ['success', 'queued'], { promotion: MLFLOW }), deployment(1, 'c'.repeat(40), ['inactive', 'success', 'queued'])]);
    const moved: RegistryPromotion = { ...MLFLOW, previous: MLFLOW.current, current: MLFLOW.previous };
    const audit = buildRollbackAudit(plan, { actor: 'rel-manager', event: 'workflow_dispatch', runUrl: 'https://github.com/o/r/actions/runs/9', environment: 'production', promotion: moved, now });
    expect(audit).toEqual({
      holdout: 1, kind: 'gate-audit', decision: 'rollback',
      reason: `rolled back deployment 2 (bbbbbbbbbbbb) to deployment 1 (cccccccccccc)`, reasons: [],
      commit: 'c'.repeat(40), actor: 'rel-manager', event: 'workflow_dispatch', runUrl: 'https://github.com/o/r/actions/runs/9', environment: 'production',
      override: null, inputs: [], thresholds: {}, baseline: null,
      promotion: moved,
      rollback: { of: { deployment: 2, commit: 'b'.repeat(40) }, to: { deployment: 1, commit: 'c'.repeat(40), auditSha256: 'c'.repeat(64) } },
      createdAt: '2026-12-03T12:00:00.000Z',
    });
    expect(describePromotion(moved)).toBe('MLflow churn@champion: version 5 → version 4');
  });
});

describe('planRollback', () => {
  it('rolls back what is in production to the newest earlier deployment that once succeeded (GitHub marks it inactive)', () => {
    const plan = planRollback('production', [
      deployment(9, 'f'.repeat(40), ['queued']),
      deployment(7, 'e'.repeat(40), ['success', 'queued'], { promotion: MLFLOW }),
      deployment(5, 'd'.repeat(40), ['failure', 'queued']),
      deployment(3, 'c'.repeat(40), ['inactive', 'success']),
      deployment(1, 'b'.repeat(40), ['inactive', 'success']),
    ]);
    expect([plan.from.id, plan.to.id, plan.to.sha]).toEqual([7, 3, 'c'.repeat(40)]);
    expect(plan.promotion).toEqual(MLFLOW);
  });

  it('a second rollback goes one further back: neither what the first removed nor the same commit again', () => {
    const plan = planRollback('production', [
      deployment(4, 'b'.repeat(40), ['success'], { rollback: { of: 3, to: 2 } }),
      deployment(3, 'c'.repeat(40), ['inactive', 'success']),
      deployment(2, 'b'.repeat(40), ['inactive', 'success']),
      deployment(1, 'a'.repeat(40), ['inactive', 'success']),
    ]);
    expect([plan.from.id, plan.to.id]).toEqual([4, 1]);
  });

  it('skips deployments holdout did not record, reads a payload given as JSON text, and refuses when there is nothing to go back to', () => {
    const plan = planRollback('staging', [
      deployment(3, 'c'.repeat(40), ['success']),
      { id: 2, sha: 'b'.repeat(40), states: ['success'], payload: { deployer: 'other tool' } },
      { id: 1, sha: 'a'.repeat(40), states: ['success'], payload: JSON.stringify(payload('a'.repeat(40))) },
    ]);
    expect(plan.to.id).toBe(1);
    expect(() => planRollback('production', [deployment(1, 'a'.repeat(40), ['queued'])])).toThrow('rollback: no successful deployment to production to roll back');
    expect(() => planRollback('production', [deployment(2, 'a'.repeat(40), ['success']), deployment(1, 'a'.repeat(40), ['inactive', 'success'])])).toThrow(
      'rollback: no earlier successful holdout deployment to production of another commit than deployment 2 (aaaaaaaaaaaa), so there is nothing to roll back to',
    );
  });

  it('a promotion record that is not one is not trusted: the deployment is not a holdout record', () => {
    const plan = planRollback('production', [
      deployment(3, 'c'.repeat(40), ['success']),
      deployment(2, 'b'.repeat(40), ['inactive', 'success'], { promotion: { registry: 'mlflow', model: 'churn' } }),
      deployment(1, 'a'.repeat(40), ['inactive', 'success']),
    ]);
    expect(plan.to.id).toBe(1);
  });
});

describe('promote and promote-candidate', () => {
  it('read an MLflow alias and the candidate by version, alias or run, and a SageMaker group with a package of it', () => {
    expect(promotionRequest('mlflow:churn@champion', '7', 'production')).toEqual({ registry: 'mlflow', model: 'churn', alias: 'champion', candidate: { version: '7' }, spec: 'mlflow:churn@champion' });
    expect(promotionRequest('mlflow:models:/churn@champion', '@challenger', 'production')).toMatchObject({ model: 'churn', candidate: { alias: 'challenger' } });
    expect(promotionRequest('mlflow:churn@champion', 'runs/0a1b2c', 'production')).toMatchObject({ candidate: { runId: '0a1b2c' } });
    expect(promotionRequest('sagemaker:churn', ARN(3), 'production')).toEqual({ registry: 'sagemaker', group: 'churn', arn: ARN(3), spec: 'sagemaker:churn' });
    expect(promotionRequest(undefined, undefined, 'production')).toBeUndefined();
  });

  it('refuse in one line what cannot be carried out', () => {
    expect(() => promotionRequest('mlflow:churn', '7', 'production')).toThrow('promote "mlflow:churn": write mlflow:<model>@<alias> (e.g. mlflow:churn@champion) or sagemaker:<model-package-group>');
    expect(() => promotionRequest('mlflow:churn@champion', '7', undefined)).toThrow('promote needs environment: the registry is promoted on an approved deploy (deploy mode)');
    expect(() => promotionRequest('mlflow:churn@champion', undefined, 'production')).toThrow("promote mlflow:churn@champion needs promote-candidate: the candidate's version number, @<alias> or runs/<run_id>");
    expect(() => promotionRequest('mlflow:churn@champion', 'latest', 'production')).toThrow('promote-candidate "latest": for mlflow:churn@champion write the version number (e.g. 7), @<alias> (e.g. @challenger) or runs/<run_id>');
    expect(() => promotionRequest('mlflow:churn@champion', '@champion', 'production')).toThrow('is the alias being moved');
    expect(() => promotionRequest('sagemaker:churn', 'churn/3', 'production')).toThrow('for sagemaker:churn write the model package ARN');
    expect(() => promotionRequest('sagemaker:churn', ARN(3).replace('/churn/', '/fraud/'), 'production')).toThrow('is a package of group "fraud", not of sagemaker:churn');
    expect(() => promotionRequest(undefined, '7', 'production')).toThrow('promote-candidate is set without promote');
  });
});

describe('the options schema', () => {
  it('promote and promote_candidate are config keys of the gate section; mode is not (a rollback is a run of its own)', async () => {
    const { configSectionSchema } = await import('../../shared/steps/options.js');
    const { gateOptions } = await import('../../shared/steps/gate.js');
    const section = configSectionSchema(gateOptions);
    expect(section.safeParse({ environment: 'production', promote: 'mlflow:churn@champion', promote_candidate: '7' }).success).toBe(true);
    expect(section.safeParse({ mode: 'rollback' }).success).toBe(false);
    expect([gateOptions.mode.input, gateOptions.promote.input, gateOptions['promote-candidate'].input]).toEqual(['mode', 'promote', 'promote-candidate']);
  });
});
