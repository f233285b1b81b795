// sagemaker:<model-package-group>: the model-quality metrics of the newest
// Approved model package in a SageMaker Model Registry group — the
// statistics JSON its ModelMetrics.ModelQuality.Statistics points to in S3
// (the Model Monitor / Clarify format, read by the SageMaker metrics reader).

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { BaselineResolver } from './resolver.js';

export interface SageMakerSource {
  kind: 'sagemaker';
  group: string;
  spec: string;
}

/** SageMaker's ModelPackageGroupName pattern (1–63 characters), or a group ARN. */
const GROUP = /^([a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}|arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:\d{12}:model-package-group\/[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62})$/;

export const NO_AWS = 'sagemaker baselines need AWS_REGION (and credentials from the standard chain, e.g. aws-actions/configure-aws-credentials)';
const PERMISSIONS = 'sagemaker:ListModelPackages and sagemaker:DescribeModelPackage on the group, s3:GetObject on the statistics';

export const sagemakerResolver: BaselineResolver<SageMakerSource> = {
  scheme: 'sagemaker',
  syntax: 'sagemaker:<model-package-group>',
  parse(rest, spec) {
    if (!GROUP.test(rest)) throw new ConfigurationError(`baseline "${spec}": write sagemaker:<model-package-group>, e.g. sagemaker:churn-models (letters, digits and hyphens, up to 63)`);
    return { kind: 'sagemaker', group: rest, spec };
  },
  async resolve(source, context) {
    const registry = context.sagemaker;
    if (!registry) return { missing: `${source.spec}: ${NO_AWS}` };
    await mkdir(context.tempDir, { recursive: true });
    try {
      const approved = await registry.newestApproved(source.group);
      if (!approved) return { missing: `${source.spec}: model package group "${source.group}" in ${registry.region} has no Approved package (the first approval?)` };
      const label = `package ${approved.version ?? approved.arn}`;
      if (!approved.statistics) return { missing: `${source.spec}: ${label} (${approved.arn}) has no model-quality statistics (ModelMetrics.ModelQuality.Statistics); register it with them` };
      const bytes = await registry.readS3(approved.statistics);
      if (!bytes) return { missing: `${source.spec}: ${label}'s model-quality statistics ${approved.statistics} are not in S3` };
      const path = join(context.tempDir, `sagemaker-${source.group.replace(/[^A-Za-z0-9-]/g, '_')}-${approved.version ?? 'latest'}-statistics.json`);
      await writeFile(path, bytes);
      return { path, written: source.spec, display: `${source.spec} (${label}, ${approved.statistics})`, source: source.spec, id: approved.arn };
    } catch (error) {
      const { status, code } = error as { status?: number; code?: string };
      if (status === 403 || /^(AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|InvalidSignature)/.test(code ?? '')) {
        return { missing: `${source.spec}: the credentials may not read it (${(error as Error).message}); grant ${PERMISSIONS}` };
      }
      throw error;
    }
  },
};
