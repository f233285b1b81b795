// Promotion in the SageMaker Model Registry: on an approved deploy, set the
// candidate package's approval status to Approved (sagemaker: then reads it
// as the newest Approved package) and say which package it supersedes, for
// the audit record; a rollback sets the candidate back (Rejected), and the
// previous Approved package is the baseline again.

import type { RegistryPromotion } from '../gate/promotion.js';
import type { SageMakerRegistry } from './client.js';

export interface PackageApproval {
  registry: 'sagemaker';
  region: string;
  group: string;
  /** The package approved. */
  package: string;
  /** The newest Approved package of the group before, or null (the first approval). */
  previous: string | null;
  status: 'Approved';
}

export async function approvePackage(registry: SageMakerRegistry, request: { arn: string; group: string; description?: string }): Promise<PackageApproval> {
  const before = await registry.newestApproved(request.group);
  await registry.setApproval(request.arn, 'Approved', request.description);
  return { registry: 'sagemaker', region: registry.region, group: request.group, package: request.arn, previous: before && before.arn !== request.arn ? before.arn : null, status: 'Approved' };
}

/**
 * A rollback's change: the package the rolled-back deploy approved is set to
 * Rejected, and the package deployed again (when the rollback knows it) is
 * Approved — unless it is already the newest Approved one — so that
 * sagemaker:<group> reads it again. Says which package is the newest Approved
 * afterwards, which is what sagemaker: baselines read.
 */
export async function rejectPackage(
  registry: SageMakerRegistry,
  request: { group: string; reject: string; restore: string | null; description?: string },
): Promise<RegistryPromotion & { registry: 'sagemaker' }> {
  await registry.setApproval(request.reject, 'Rejected', request.description);
  let newest = await registry.newestApproved(request.group);
  if (request.restore && newest?.arn !== request.restore) {
    await registry.setApproval(request.restore, 'Approved', request.description);
    newest = await registry.newestApproved(request.group);
  }
  return { registry: 'sagemaker', region: registry.region, group: request.group, package: newest?.arn ?? null, previous: request.reject, rejected: request.reject };
}
