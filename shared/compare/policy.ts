// The comparison policy (YAML or JSON, a file or inline): per-metric bounds,
// regressions, improvements, non-inferiority and severity; slices; whether a
// first deploy may go without a baseline. Directions default for known
// metrics; an unknown metric without one is a ConfigurationError naming the
// key path.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { parseConfigText, readConfigText, validateConfig } from '../config/load.js';
import { knownDirection, type Direction } from '../metrics/registry.js';

const nonNegative = z.number().finite().nonnegative();

export const metricPolicySchema = z.strictObject({
  direction: z.enum(['higher', 'lower']).optional(),
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  max_regression: nonNegative.optional(),
  max_relative_regression: nonNegative.optional(),
  min_improvement: z.number().finite().optional(),
  non_inferiority: z.strictObject({ margin: nonNegative, alpha: z.number().gt(0).lt(1).default(0.05) }).optional(),
  severity: z.enum(['fail', 'warn']).default('fail'),
  /** A required metric missing from the candidate fails. */
  required: z.boolean().default(true),
});

export const policySchema = z.strictObject({
  metrics: z.record(z.string(), metricPolicySchema.nullable().transform((v) => v ?? metricPolicySchema.parse({}))).default({}),
  slices: z
    .strictObject({
      columns: z.array(z.string().min(1)).min(1),
      min_slice_size: z.number().int().positive().default(30),
    })
    .optional(),
  allow_missing_baseline: z.boolean().default(false),
});

export type MetricPolicy = z.output<typeof metricPolicySchema> & { direction: Direction };
export interface Policy {
  metrics: Record<string, MetricPolicy>;
  slices?: { columns: string[]; min_slice_size: number };
  allow_missing_baseline: boolean;
  /** Where the policy came from, for messages and provenance. */
  source: string;
  sha256?: string;
}

/** `policy` is a path to a YAML/JSON file, or inline YAML. */
export async function loadPolicy(policy: string | undefined, resolvePath: (p: string) => string = (p) => p): Promise<Policy> {
  if (policy === undefined || policy.trim() === '') return finish(policySchema.parse({}), 'default policy');
  const looksInline = policy.includes('\n') || policy.includes(':');
  const path = resolvePath(policy.trim());
  if (!looksInline || existsSync(path)) {
    const text = await readConfigText(path);
    return finish(validateConfig(policySchema, parseConfigText(text, policy.trim()), policy.trim()), policy.trim(), text);
  }
  return finish(validateConfig(policySchema, parseConfigText(policy, 'policy (inline)'), 'policy (inline)'), 'policy (inline)', policy);
}

function finish(parsed: z.output<typeof policySchema>, source: string, text?: string): Policy {
  const metrics: Record<string, MetricPolicy> = {};
  for (const [name, rule] of Object.entries(parsed.metrics)) {
    const direction = rule.direction ?? knownDirection(name);
    if (!direction) {
      throw new ConfigurationError(`metric "${name}" has no known direction: add direction: higher or direction: lower`, { file: source, key: `metrics.${name}.direction` });
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      throw new ConfigurationError('min is larger than max', { file: source, key: `metrics.${name}` });
    }
    metrics[name] = { ...rule, direction };
  }
  let sha256: string | undefined;
  if (text !== undefined) sha256 = hash(text);
  return { metrics, slices: parsed.slices, allow_missing_baseline: parsed.allow_missing_baseline, source, sha256 };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
