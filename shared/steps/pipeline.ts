// The all-in-one config (.github/holdout.yml): data checks, the model
// comparison, the gate and the report. Each section is the step's own options
// under their config names (shared/steps/options.ts), plus the few keys that
// only the pipeline has; every mistake names the file, line and key path.

import { z } from 'zod';
import { parseConfigText, readConfigText, validateConfig, type ParsedConfig } from '../config/load.js';
import type { EmbeddedPolicy } from '../compare/policy.js';
import type { UserFile } from '../io/user-file.js';
import { compareMetricsOptions, TASK_CHOICES } from './compare-metrics.js';
import { gateOptions } from './gate.js';
import type { monitorOptions as MonitorOptionsSpec } from './monitor.js';
import { configSectionSchema, optionsFromConfig } from './options.js';
import { reportOptions } from './report.js';
import { validateDataOptions } from './validate-data.js';
import { isDataPackagePath } from '../package/datapackage.js';
import { ConfigurationError } from '../errors.js';

/**
 * The config's schema. Its monitor section is built from the monitor step's
 * options, which load with that step (its engine, its GitHub issue and
 * dispatch code): a config without a monitor section, as every pull-request
 * pipeline's is, never loads them. Without them the key is still known (for
 * "did you mean" hints) and takes no value.
 */
function pipelineSchemaWith(monitorOptions: typeof MonitorOptionsSpec | undefined) {
  return z.strictObject({
    results_dir: z.string().min(1).default('holdout-results'),
    // One JUnit XML report of every results document the run writes (shared/export/junit.ts).
    junit: z.string().min(1).optional(),
    data: z
      .array(configSectionSchema(validateDataOptions, {
        name: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, dot, dash and underscore only').optional(),
      }))
      .default([]),
    model: configSectionSchema(compareMetricsOptions, {
      // A policy file, or the policy itself written here.
      policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
      task: z.enum(TASK_CHOICES).default('auto'),
    }).optional(),
    gate: configSectionSchema(gateOptions, { enabled: z.boolean().default(true) }).prefault({}),
    report: configSectionSchema(reportOptions).prefault({}),
    // Read by `holdout monitor --config` (a scheduled run), not by the pull-request pipeline.
    monitor: (monitorOptions === undefined ? z.never() : configSectionSchema(monitorOptions, {
      // A KPI policy file, or the policy itself written here.
      kpis: z.strictObject({
        file: z.string().min(1).optional(),
        baseline: z.string().min(1).optional(),
        policy: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
      }).optional(),
    })).optional(),
  });
}

/** The schema of a config without a monitor section (loadPipelineConfig builds the one with it when a config has one). */
export const pipelineSchema = pipelineSchemaWith(undefined);

type Section = Record<string, unknown>;

export interface PipelineConfig {
  results_dir: string;
  junit?: string;
  data: Array<Section & { name?: string }>;
  model?: Section;
  gate: Section & { enabled: boolean };
  report: Section;
  monitor?: Section;
}

export interface LoadedPipeline {
  config: PipelineConfig;
  file: UserFile;
  parsed: ParsedConfig;
  text: string;
  /** The monitor step's options, loaded when the config has a monitor section. */
  monitorOptions?: typeof MonitorOptionsSpec;
}

/** Reads and validates the config the user named. */
export async function loadPipelineConfig(file: UserFile): Promise<LoadedPipeline> {
  const text = await readConfigText(file);
  const parsed = parseConfigText(text, file.display);
  const value = parsed.value;
  const monitorOptions = typeof value === 'object' && value !== null && Object.hasOwn(value, 'monitor') ? (await import('./monitor.js')).monitorOptions : undefined;
  const config = validateConfig(monitorOptions ? pipelineSchemaWith(monitorOptions) : pipelineSchema, parsed, file.display) as PipelineConfig;
  // schema is optional for a data package only (its resources carry their own).
  config.data.forEach((section, i) => {
    const options = optionsFromConfig(validateDataOptions, section);
    if (options.schema === undefined && options.merge === undefined && !(options.data ?? []).some(isDataPackagePath)) {
      throw new ConfigurationError('is required', { file: file.display, key: `data[${i}].schema`, line: parsed.lineOf(['data', i, 'schema']) });
    }
  });
  return { config, file, parsed, text, monitorOptions };
}

/** The validate-data options of the config's i-th data check. */
export function dataCheckOptions(loaded: LoadedPipeline, index: number) {
  return optionsFromConfig(validateDataOptions, loaded.config.data[index] ?? {});
}

export function compareOptionsOf(loaded: LoadedPipeline) {
  const model = loaded.config.model ?? {};
  const options = optionsFromConfig(compareMetricsOptions, { ...model, policy: typeof model.policy === 'string' ? model.policy : undefined });
  const embeddedPolicy: EmbeddedPolicy | undefined =
    model.policy !== undefined && typeof model.policy !== 'string' ? { parsed: loaded.parsed, file: loaded.file.display, at: ['model', 'policy'], text: JSON.stringify(model.policy) } : undefined;
  return { options, embeddedPolicy };
}

export function gateOptionsOf(loaded: LoadedPipeline) {
  return optionsFromConfig(gateOptions, loaded.config.gate);
}

export function reportOptionsOf(loaded: LoadedPipeline) {
  return optionsFromConfig(reportOptions, loaded.config.report);
}

/** The monitor options of the config's monitor section (undefined without one), and its KPI policy when written inline. */
export function monitorOptionsOf(loaded: LoadedPipeline) {
  const section = loaded.config.monitor;
  if (!section) return undefined;
  const monitorOptions = loaded.monitorOptions;
  if (!monitorOptions) throw new Error('a monitor section without the monitor options: the config was not read by loadPipelineConfig');
  const kpis = (section.kpis ?? {}) as { policy?: unknown };
  const inline = kpis.policy !== undefined && typeof kpis.policy !== 'string';
  const options = optionsFromConfig(monitorOptions, { ...section, kpis: { ...kpis, policy: inline ? undefined : kpis.policy } });
  const embeddedPolicy: EmbeddedPolicy | undefined = inline ? { parsed: loaded.parsed, file: loaded.file.display, at: ['monitor', 'kpis', 'policy'], text: JSON.stringify(kpis.policy) } : undefined;
  return { options, embeddedPolicy };
}
