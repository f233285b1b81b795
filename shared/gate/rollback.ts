// Which deployment a rollback re-deploys, as a pure function of the
// environment's deployments (newest first, each with its statuses, newest
// first). The deployment rolled back is what is in production: the newest one
// whose latest status is success. The target is the newest earlier
// deployment holdout recorded that once succeeded (its latest status may be
// `inactive`: GitHub marks earlier successful deployments so when a newer one
// succeeds), of another commit, and not itself rolled back before — so a
// second rollback goes one further back instead of re-deploying what the
// first one removed.

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { registryPromotionSchema, type RegistryPromotion } from './promotion.js';

export interface DeploymentFacts {
  id: number;
  sha: string;
  createdAt?: string;
  payload: unknown;
  /** State of each status, newest first. */
  states: string[];
}

/** The part of a holdout deployment payload a rollback reads (baseline/payload.ts is the whole record). */
const holdoutPayload = z.object({
  holdout: z.looseObject({
    version: z.literal(1),
    decision: z.enum(['pass', 'overridden']),
    metrics: z.record(z.string(), z.number()),
    model: z.string().optional(),
    commit: z.string(),
    audit: z.object({ sha256: z.string() }),
    promotion: registryPromotionSchema.optional(),
    rollback: z.object({ of: z.number(), to: z.number() }).optional(),
  }),
});

export type HoldoutPayload = z.infer<typeof holdoutPayload>['holdout'];

/** The holdout record in a deployment's payload (as an object or as JSON text), or undefined. */
export function holdoutPayloadOf(payload: unknown): HoldoutPayload | undefined {
  let value = payload;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const parsed = holdoutPayload.safeParse(value);
  return parsed.success ? parsed.data.holdout : undefined;
}

export interface RollbackPlan {
  /** The deployment rolled back (what is in production now). */
  from: DeploymentFacts & { holdout: HoldoutPayload | undefined };
  /** The deployment whose commit and payload are deployed again. */
  to: DeploymentFacts & { holdout: HoldoutPayload };
  /** The registry promotion the rolled-back deploy recorded, if any. */
  promotion: RegistryPromotion | undefined;
  /**
   * When the deployment rolled back is itself a rollback: the deploy whose
   * payload it deployed again (following rollbacks of rollbacks to the
   * original deploy) and the promotion that deploy recorded (undefined when it
   * promoted nothing); undefined when that deployment is not among the
   * environment's deployments. The rollback's own record says where the alias
   * pointed before the rollback (the model it removed), so the registry is
   * moved back to where it was before that original deploy instead.
   */
  redeployed?: { id: number; promotion: RegistryPromotion | undefined };
}

/** The original deploy a rollback deployment deployed again, and its promotion; undefined when not found. */
function originalDeploy(rollbackTo: number, deployments: readonly DeploymentFacts[]): { id: number; promotion: RegistryPromotion | undefined } | undefined {
  const seen = new Set<number>();
  let id = rollbackTo;
  while (!seen.has(id)) {
    seen.add(id);
    const holdout = holdoutPayloadOf(deployments.find((d) => d.id === id)?.payload);
    if (!holdout) return undefined;
    if (!holdout.rollback) return { id, promotion: holdout.promotion };
    id = holdout.rollback.to;
  }
  return undefined;
}

export function planRollback(environment: string, deployments: readonly DeploymentFacts[]): RollbackPlan {
  const ordered = [...deployments].sort((a, b) => b.id - a.id);
  const index = ordered.findIndex((d) => d.states[0] === 'success');
  if (index < 0) throw new ConfigurationError(`rollback: no successful deployment to ${environment} to roll back`);
  const current = ordered[index]!;
  const currentHoldout = holdoutPayloadOf(current.payload);
  const rolledBack = new Set<number>();
  for (const d of ordered) {
    const rollback = holdoutPayloadOf(d.payload)?.rollback;
    if (rollback && d.states.includes('success')) rolledBack.add(rollback.of);
  }
  for (const d of ordered.slice(index + 1)) {
    if (!d.states.includes('success') || rolledBack.has(d.id) || d.sha === current.sha) continue;
    const holdout = holdoutPayloadOf(d.payload);
    if (!holdout) continue;
    const redeployed = currentHoldout?.rollback ? originalDeploy(currentHoldout.rollback.to, ordered) : undefined;
    return { from: { ...current, holdout: currentHoldout }, to: { ...d, holdout }, promotion: currentHoldout?.promotion, ...(redeployed ? { redeployed } : {}) };
  }
  throw new ConfigurationError(`rollback: no earlier successful holdout deployment to ${environment} of another commit than deployment ${current.id} (${current.sha.slice(0, 12)}), so there is nothing to roll back to`);
}
