// Where a step's policy comes from (compare-metrics, monitor's KPIs), in one
// place. Kept out of common.ts so that steps without a policy (validate-data)
// do not pull the comparison engine into their bundle.

import { loadPolicy, policyFromConfig, type EmbeddedPolicy, type Policy } from '../compare/policy.js';

/** What the all-in-one config hands a step that takes a policy (compare-metrics, monitor's KPIs): the policy written inside the config, if any. */
export interface PolicyStepExtras {
  embeddedPolicy?: EmbeddedPolicy;
}

/** A step's policy: the one embedded in the config (its own line numbers), else the one its option gives (a file or inline YAML; none is the default policy). */
export async function stepPolicy(extras: PolicyStepExtras, policyOption: string | undefined, workspace: string): Promise<Policy> {
  return extras.embeddedPolicy ? policyFromConfig(extras.embeddedPolicy) : loadPolicy(policyOption, workspace);
}
