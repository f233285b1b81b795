// The deployment payload the gate writes when a deploy is approved, and
// that compare-metrics' deployment:<environment> source reads back: the
// production baseline is what is in production.

import { z } from 'zod';

export const DEPLOYMENT_PAYLOAD_VERSION = 1;

export const deploymentPayloadSchema = z.object({
  holdout: z.object({
    version: z.literal(DEPLOYMENT_PAYLOAD_VERSION),
    decision: z.enum(['pass', 'overridden']),
    /** The candidate's metrics at the time of the decision: the next baseline. */
    metrics: z.record(z.string(), z.number()),
    model: z.string().optional(),
    commit: z.string(),
    audit: z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
    recordedAt: z.string().optional(),
  }),
});

export type DeploymentPayload = z.infer<typeof deploymentPayloadSchema>;

/** The metrics of a payload, or why it is not a holdout payload. */
export function metricsFromPayload(payload: unknown): { metrics: Record<string, number> } | { problem: string } {
  const value = typeof payload === 'string' ? safeParse(payload) : payload;
  const result = deploymentPayloadSchema.safeParse(value);
  if (!result.success) return { problem: `payload is not a holdout record (${result.error.issues[0]!.path.join('.') || 'payload'}: ${result.error.issues[0]!.message})` };
  return { metrics: result.data.holdout.metrics };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
