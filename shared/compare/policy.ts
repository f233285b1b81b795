// The comparison policy (YAML or JSON, a file or inline): per-metric bounds,
// regressions, improvements, non-inferiority and severity; slices; whether a
// first deploy may go without a baseline. Directions default for known
// metrics; an unknown metric without one is a ConfigurationError naming the
// key path.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { formatKeyPath, parseConfigText, readConfigText, validateConfig, type ParsedConfig } from '../config/load.js';
import { userFile } from '../io/user-file.js';
import { DIRECTIONS } from '../vocabulary/comparison.js';
import { knownDirection, type Direction } from '../metrics/registry.js';

const nonNegative = z.number().finite().nonnegative();

export const metricPolicySchema = z.strictObject({
  direction: z.enum(DIRECTIONS).optional(),
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
  /** How p-values are adjusted across the family of tests (eval suites: Holm unless set). */
  multiple_comparisons: z.enum(['holm', 'bh', 'none']).optional(),
  /** Eval suites: cases present on one side only fail the comparison (else they warn). */
  require_same_cases: z.boolean().default(false),
});

export type MetricPolicy = z.output<typeof metricPolicySchema> & { direction: Direction };
export interface Policy {
  metrics: Record<string, MetricPolicy>;
  slices?: { columns: string[]; min_slice_size: number };
  allow_missing_baseline: boolean;
  multiple_comparisons?: 'holm' | 'bh' | 'none';
  require_same_cases: boolean;
  /** Where the policy came from, for messages and provenance. */
  source: string;
  sha256?: string;
}

/** A policy written inside another config file (the all-in-one config's `model.policy`). */
export interface EmbeddedPolicy {
  /** The parse of the file that holds it, so errors carry that file's lines. */
  parsed: ParsedConfig;
  /** The file as the user wrote it. */
  file: string;
  /** Key path of the policy inside the file. */
  at: readonly PropertyKey[];
  /** The policy's text for its provenance hash. */
  text: string;
}

/** Where a policy problem is: the file, the full key path, the line when known. */
type Locate = (path: readonly PropertyKey[]) => { file: string; key: string; line?: number };

/** `policy` is a path to a YAML/JSON file, or inline YAML. */
/** A policy file (a path relative to `baseDir`) or inline YAML/JSON text; the default policy when blank. */
export async function loadPolicy(policy: string | undefined, baseDir = '.'): Promise<Policy> {
  if (policy === undefined || policy.trim() === '') return finish(policySchema.parse({}), 'default policy', () => ({ file: 'default policy', key: '' }));
  const looksInline = policy.includes('\n') || policy.includes(':');
  const written = policy.trim();
  const file = userFile(baseDir, written);
  if (!looksInline || existsSync(file.path)) {
    const text = await readConfigText({ ...file, display: written });
    const parsed = parseConfigText(text, written);
    return finish(validateConfig(policySchema, parsed, written), written, locateIn(parsed, written, []), text);
  }
  const parsed = parseConfigText(policy, 'policy (inline)');
  return finish(validateConfig(policySchema, parsed, 'policy (inline)'), 'policy (inline)', locateIn(parsed, 'policy (inline)', []), policy);
}

/** A policy embedded in a config file, validated from that file's own parse (its lines, its key paths). */
export function policyFromConfig(embedded: EmbeddedPolicy): Policy {
  const { parsed, file, at } = embedded;
  return finish(validateConfig(policySchema, parsed, file, at), `${file} (${formatKeyPath(at)})`, locateIn(parsed, file, at), embedded.text);
}

function locateIn(parsed: ParsedConfig, file: string, at: readonly PropertyKey[]): Locate {
  return (path) => {
    const full = [...at, ...path];
    return { file, key: formatKeyPath(full), line: parsed.lineOf(full) };
  };
}

function finish(parsed: z.output<typeof policySchema>, source: string, locate: Locate, text?: string): Policy {
  const metrics: Record<string, MetricPolicy> = {};
  for (const [name, rule] of Object.entries(parsed.metrics)) {
    const direction = rule.direction ?? knownDirection(name);
    if (!direction) {
      throw new ConfigurationError(`metric "${name}" has no known direction: add direction: higher or direction: lower`, { ...locate(['metrics', name]), key: locate(['metrics', name, 'direction']).key });
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      throw new ConfigurationError('min is larger than max', locate(['metrics', name]));
    }
    metrics[name] = { ...rule, direction };
  }
  let sha256: string | undefined;
  if (text !== undefined) sha256 = hash(text);
  return { metrics, slices: parsed.slices, allow_missing_baseline: parsed.allow_missing_baseline, multiple_comparisons: parsed.multiple_comparisons, require_same_cases: parsed.require_same_cases, source, sha256 };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
