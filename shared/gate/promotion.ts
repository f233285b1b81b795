// Registry promotion as the gate records it: what `promote` and
// `promote-candidate` ask for (parsed once, before anything is written), and
// the record of what a promotion — or a rollback — did in the registry, which
// goes into the audit record and the deployment payload, so that a later
// rollback knows what to move back. Pure: the registry calls are the vendor
// clients' (shared/mlflow/promote.ts, shared/sagemaker/promote.ts).

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';

export type PromoteTarget = { registry: 'mlflow'; model: string; alias: string } | { registry: 'sagemaker'; group: string };

export type MlflowCandidate = { version: string } | { alias: string } | { runId: string };

export type PromotionRequest =
  | { registry: 'mlflow'; model: string; alias: string; candidate: MlflowCandidate; spec: string }
  | { registry: 'sagemaker'; group: string; arn: string; spec: string };

/** The registry target of `promote`: mlflow:<model>@<alias> (also mlflow:models:/<model>@<alias>) or sagemaker:<model-package-group>. */
export function parsePromoteTarget(spec: string): PromoteTarget {
  const how = `promote "${spec}": write mlflow:<model>@<alias> (e.g. mlflow:churn@champion) or sagemaker:<model-package-group>`;
  const mlflow = /^mlflow:(?:models:\/)?(.+)@([^@\s/:]+)$/.exec(spec.trim());
  if (mlflow) {
    const model = mlflow[1]!;
    if (model.trim() === '' || model.includes(':')) throw new ConfigurationError(how);
    return { registry: 'mlflow', model, alias: mlflow[2]! };
  }
  const sagemaker = /^sagemaker:([A-Za-z0-9](?:-*[A-Za-z0-9]){0,62})$/.exec(spec.trim());
  if (sagemaker) return { registry: 'sagemaker', group: sagemaker[1]! };
  throw new ConfigurationError(how);
}

/**
 * What to promote, from the two options; undefined when `promote` is not set.
 * The candidate is, for MLflow, a version number, @<alias> (e.g. @challenger)
 * or runs/<run_id> (the newest version registered from that run); for
 * SageMaker, the model package's ARN, which must belong to the group.
 */
export function promotionRequest(promote: string | undefined, candidate: string | undefined, environment: string | undefined): PromotionRequest | undefined {
  if (promote === undefined) {
    if (candidate !== undefined) throw new ConfigurationError('promote-candidate is set without promote: name the registry target too (mlflow:<model>@<alias> or sagemaker:<model-package-group>)');
    return undefined;
  }
  const target = parsePromoteTarget(promote);
  if (!environment) throw new ConfigurationError(`promote needs environment: the registry is promoted on an approved deploy (deploy mode)`);
  const value = candidate?.trim();
  if (!value) {
    throw new ConfigurationError(
      target.registry === 'mlflow'
        ? `promote ${promote} needs promote-candidate: the candidate's version number, @<alias> or runs/<run_id>`
        : `promote ${promote} needs promote-candidate: the candidate's model package ARN`,
    );
  }
  if (target.registry === 'mlflow') {
    let parsed: MlflowCandidate | undefined;
    if (/^\d+$/.test(value)) parsed = { version: String(Number(value)) };
    else if (/^@[^@\s/:]+$/.test(value)) parsed = { alias: value.slice(1) };
    else if (/^runs:?\/[A-Za-z0-9_-]+$/.test(value)) parsed = { runId: value.replace(/^runs:?\//, '') };
    if (!parsed) throw new ConfigurationError(`promote-candidate "${value}": for ${promote} write the version number (e.g. 7), @<alias> (e.g. @challenger) or runs/<run_id>`);
    if ('alias' in parsed && parsed.alias === target.alias) throw new ConfigurationError(`promote-candidate "${value}" is the alias being moved: name the candidate by version, another alias or its run`);
    return { ...target, candidate: parsed, spec: promote };
  }
  const arn = /^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package\/([^/]+)\/\d+$/.exec(value);
  if (!arn) throw new ConfigurationError(`promote-candidate "${value}": for ${promote} write the model package ARN (arn:aws:sagemaker:<region>:<account>:model-package/${target.group}/<version>)`);
  if (arn[1]!.toLowerCase() !== target.group.toLowerCase()) throw new ConfigurationError(`promote-candidate ${value} is a package of group "${arn[1]}", not of ${promote}`);
  return { registry: 'sagemaker', group: target.group, arn: value, spec: promote };
}

const versionRef = z.object({ version: z.string(), run_id: z.string().nullable() });

/**
 * What the registry looks like after a deploy (or a rollback), and what it
 * looked like before: MLflow's alias with the version it points to now
 * (current) and pointed to before (previous; null when it did not exist);
 * SageMaker's group with the package Approved now (package) and the newest
 * one Approved before (previous), and on a rollback the package rejected.
 */
export const registryPromotionSchema = z.discriminatedUnion('registry', [
  z.object({
    registry: z.literal('mlflow'),
    server: z.string(),
    model: z.string(),
    alias: z.string(),
    previous: versionRef.nullable(),
    current: versionRef.nullable(),
    moved: z.boolean(),
  }),
  z.object({
    registry: z.literal('sagemaker'),
    region: z.string(),
    group: z.string(),
    package: z.string().nullable(),
    previous: z.string().nullable(),
    rejected: z.string().nullable().optional(),
  }),
]);

export type RegistryPromotion = z.infer<typeof registryPromotionSchema>;

/** One line for the summary and the log. */
export function describePromotion(p: RegistryPromotion): string {
  if (p.registry === 'mlflow') {
    const name = `${p.model}@${p.alias}`;
    const to = p.current ? `version ${p.current.version}` : 'nothing (removed)';
    const from = p.previous ? `version ${p.previous.version}` : 'not set';
    return p.moved ? `MLflow ${name}: ${from} → ${to}` : `MLflow ${name}: already ${to}`;
  }
  const rejected = p.rejected ? `; ${p.rejected} Rejected` : '';
  return `SageMaker ${p.group}: ${p.package ?? 'no package'} Approved${p.previous ? ` (newest Approved before: ${p.previous})` : ' (the first Approved package)'}${rejected}`;
}
