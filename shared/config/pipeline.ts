// The all-in-one config (.github/holdout.yml): data checks, the model
// comparison, the gate and the report in one zod-validated file; every
// mistake names the file, line and key path.

import { z } from 'zod';
import { parseConfigText, readConfigText, validateConfig } from './load.js';

const list = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const pipelineSchema = z.strictObject({
  results_dir: z.string().min(1).default('holdout-results'),
  data: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, dot, dash and underscore only').optional(),
        files: list,
        schema: z.string().min(1),
        /** A dataset or saved profile to check drift against. */
        reference: z.string().min(1).optional(),
        /** Where to write this data's profile. */
        profile_out: z.string().min(1).optional(),
        max_annotations: z.number().int().nonnegative().default(50),
      }),
    )
    .default([]),
  model: z
    .strictObject({
      candidate: z.string().min(1),
      baseline: z.string().min(1).optional(),
      policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
      task: z.enum(['binary', 'multiclass', 'regression']).optional(),
      columns: z
        .strictObject({
          id: z.string().default('id'),
          label: z.string().default('label'),
          score: z.string().default('score'),
          prediction: z.string().default('prediction'),
          slices: z.array(z.string()).default([]),
        })
        .prefault({}),
      pos_label: z.string().optional(),
      threshold: z.number().min(0).max(1).default(0.5),
      confidence: z.number().gt(0.5).lt(1).default(0.95),
      resamples: z.number().int().min(100).default(2000),
      seed: z.number().int().nonnegative().default(20240101),
      on_mismatch: z.enum(['error', 'drop']).default('error'),
    })
    .optional(),
  gate: z
    .strictObject({
      enabled: z.boolean().default(true),
      fail_on: z.enum(['fail', 'warn']).default('fail'),
      check_name: z.string().default('holdout / gate'),
      override_label: z.string().default('holdout:override'),
      override_role: z.enum(['read', 'triage', 'write', 'maintain', 'admin']).default('maintain'),
      override_roles: z.array(z.string()).default([]),
      allow_self_override: z.boolean().default(false),
      environment: z.string().optional(),
      audit_file: z.string().default('holdout-audit/gate-audit.json'),
    })
    .prefault({}),
  report: z
    .strictObject({
      comment: z.enum(['auto', 'always', 'never']).default('auto'),
      key: z.string().default('default'),
      title: z.string().default('holdout'),
    })
    .prefault({}),
});

export type PipelineConfig = z.output<typeof pipelineSchema>;

/** Reads the config at `path`; errors name it as `displayPath`. */
export async function loadPipelineConfig(path: string, displayPath = path): Promise<PipelineConfig> {
  const text = await readConfigText(path).catch((error) => {
    throw Object.assign(error, { message: error.message.replace(path, displayPath) });
  });
  return validateConfig(pipelineSchema, parseConfigText(text, displayPath), displayPath);
}
