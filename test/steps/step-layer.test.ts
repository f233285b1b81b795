// The step layer: one options schema per step, from which action inputs,
// config keys and CLI flags derive, and one rule for when a status fails a
// step. Each of the first four tests reproduces a disagreement the old copies
// had (issue 11) and fails on that code.

import { readFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { ConfigurationError } from '../../shared/errors.js';
import { userFile } from '../../shared/io/user-file.js';
import { MemoryLogger } from '../../shared/log.js';
import type { CompareMetricsResults, ValidateDataResults } from '../../shared/results/schema.js';
import { compareMetricsOptions, runCompareMetrics } from '../../shared/steps/compare-metrics.js';
import { gateOptions } from '../../shared/steps/gate.js';
import { defaultText, optionsFromText, type OptionsSpec } from '../../shared/steps/options.js';
import { compareOptionsOf, loadPipelineConfig, pipelineSchema } from '../../shared/steps/pipeline.js';
import { reportOptions } from '../../shared/steps/report.js';
import type { StepEnvironment } from '../../shared/steps/step.js';
import { runValidateData, validateDataOptions } from '../../shared/steps/validate-data.js';
import { monitorOptions } from '../../shared/steps/monitor.js';
import { taskRunner, type TaskRunner } from '../../shared/steps/worker.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

const EXAMPLES = join(ROOT, 'examples');

function environment(workspace: string, tasks: TaskRunner = taskRunner(undefined)): StepEnvironment {
  return { workspace, tempDir: workspace, eventName: '', payload: {}, logger: new MemoryLogger(), tasks };
}

/** Engines that answer with a given document's status (an `error` nobody reported as a problem). */
async function withStatus(status: 'error' | 'warn'): Promise<TaskRunner> {
  const real = taskRunner(undefined);
  return {
    run: async (task, input, hooks) => {
      const outcome = await real.run(task, input, hooks);
      const document = (outcome as unknown as { document: ValidateDataResults | CompareMetricsResults }).document;
      return { ...outcome, document: { ...document, status } };
    },
  };
}

describe('one rule for "does this status fail the step"', () => {
  it('an error status fails under fail-on never, in the step and in the CLI alike', async () => {
    const tasks = await withStatus('error');
    const compareOptions = optionsFromText(compareMetricsOptions, 'flag', (name) =>
      ({ candidate: 'compare/candidate-predictions.csv', baseline: 'compare/baseline-predictions.csv', policy: 'compare/policy.yaml', 'fail-on': 'never' })[name],
    );
    const step = await runCompareMetrics(compareOptions, environment(EXAMPLES, tasks));
    expect(step.failure?.kind).toBe('verdict');

    const validateOptions = optionsFromText(validateDataOptions, 'input', (name) => ({ data: 'validate/passing.csv', schema: 'validate/schema.yaml', 'fail-on': 'never' })[name]);
    expect((await runValidateData(validateOptions, environment(EXAMPLES, tasks))).failure?.kind).toBe('verdict');

    let stderr = '';
    // A copy: the CLI writes its results into holdout-results/ of its working directory.
    const cwd = await tempDir();
    await cp(EXAMPLES, cwd, { recursive: true });
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), cwd, isTty: false, examplesDir: EXAMPLES, tasks };
    const args = ['--candidate', 'compare/candidate-predictions.csv', '--baseline', 'compare/baseline-predictions.csv', '--policy', 'compare/policy.yaml', '--fail-on', 'never'];
    expect(await runCli(['compare', ...args], io)).toBe(1);
    expect(await runCli(['validate', 'validate/passing.csv', '--schema', 'validate/schema.yaml', '--fail-on', 'never'], io)).toBe(1);
    expect(stderr).toBe('');
  });

  it('a warning fails only under fail-on warn', async () => {
    const tasks = await withStatus('warn');
    for (const [failOn, fails] of [['fail', false], ['warn', true], ['never', false]] as const) {
      const options = optionsFromText(validateDataOptions, 'input', (name) => ({ data: 'validate/passing.csv', schema: 'validate/schema.yaml', 'fail-on': failOn })[name]);
      expect((await runValidateData(options, environment(EXAMPLES, tasks))).failure !== undefined, failOn).toBe(fails);
    }
  });
});

describe('a policy written inside the all-in-one config', () => {
  it('is validated from the config itself: its file, its line, its key path', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      '.github/holdout.yml': [
        'model:',
        '  candidate: c.json',
        '  policy:',
        '    metrics:',
        '      roc_auc:',
        '        max_regresion: 0.01',
        '',
      ].join('\n'),
      'c.json': '{"roc_auc": 0.8}',
    });
    const loaded = await loadPipelineConfig(userFile(dir, '.github/holdout.yml'));
    const { options, embeddedPolicy } = compareOptionsOf(loaded);
    const error: ConfigurationError = await runCompareMetrics(options, environment(dir), { embeddedPolicy }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe('.github/holdout.yml:6: model.policy.metrics.roc_auc.max_regresion: unknown key (did you mean "max_regression"?)');
    expect([error.file, error.line]).toEqual(['.github/holdout.yml', 6]);
  });

  it('an unknown metric without a direction names the config line', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'h.yml': 'model:\n  candidate: c.json\n  policy:\n    metrics:\n      latency_ms: { max: 150 }\n', 'c.json': '{"latency_ms": 100}' });
    const loaded = await loadPipelineConfig(userFile(dir, 'h.yml'));
    const { options, embeddedPolicy } = compareOptionsOf(loaded);
    await expect(runCompareMetrics(options, environment(dir), { embeddedPolicy })).rejects.toThrow('h.yml:5: model.policy.metrics.latency_ms.direction: metric "latency_ms" has no known direction');
  });
});

describe('files named as the user wrote them', () => {
  it('a missing config file is named by its relative path, for the message and the annotation', async () => {
    const dir = await tempDir();
    const error: ConfigurationError = await loadPipelineConfig(userFile(dir, '.github/holdout.yml')).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.file).toBe('.github/holdout.yml');
    expect(error.message).toBe('.github/holdout.yml: no such file');
  });
});

describe('one range per option on every surface', () => {
  const accepts = (surface: 'input' | 'flag' | 'config', confidence: number) => {
    if (surface === 'config') return pipelineSchema.safeParse({ model: { candidate: 'c.json', confidence } }).success;
    try {
      optionsFromText(compareMetricsOptions, surface, (name) => ({ candidate: 'c.json', confidence: String(confidence) })[name]);
      return true;
    } catch (error) {
      if (error instanceof ConfigurationError) return false;
      throw error;
    }
  };
  it.each(['input', 'flag', 'config'] as const)('confidence on the %s surface: [0.5, 1)', (surface) => {
    expect([0.4999, 0.5, 0.95, 0.99999, 1].map((c) => accepts(surface, c))).toEqual([false, true, true, true, false]);
  });

  it('a bad value names the input or the flag, in the same words', () => {
    expect(() => optionsFromText(compareMetricsOptions, 'input', (n) => ({ candidate: 'c', confidence: '1' })[n])).toThrow('input confidence: expected a number ≥ 0.5 and < 1, got "1"');
    expect(() => optionsFromText(compareMetricsOptions, 'flag', (n) => ({ candidate: 'c', confidence: '1' })[n])).toThrow('--confidence: expected a number ≥ 0.5 and < 1, got "1"');
    expect(() => optionsFromText(gateOptions, 'input', (n) => ({ 'fail-on': 'never' })[n])).toThrow('input fail-on: expected one of fail, warn, got "never"');
  });
});

describe('action.yml agrees with the step options', () => {
  // Inputs that belong to the runtime, not to a step.
  const RUNTIME_INPUTS = new Set(['token']);
  const cases: Array<[string, OptionsSpec]> = [
    ['actions/validate-data/action.yml', validateDataOptions],
    ['actions/compare-metrics/action.yml', compareMetricsOptions],
    ['actions/report/action.yml', reportOptions],
    ['actions/gate/action.yml', gateOptions],
    ['actions/monitor/action.yml', monitorOptions],
  ];
  type ActionInputs = Record<string, { description: string; required?: boolean; default?: string }>;
  const inputsOf = (file: string) => (parseYaml(readFileSync(join(ROOT, file), 'utf8')) as { inputs: ActionInputs }).inputs;

  /** Every way action.yml's inputs disagree with the declarations, one line each. */
  function disagreements(inputs: ActionInputs, spec: OptionsSpec): string[] {
    const found: string[] = [];
    const declared = new Set(Object.values(spec).flatMap((o) => (o.input === false ? [] : [o.input])));
    for (const name of Object.keys(inputs)) if (!declared.has(name) && !RUNTIME_INPUTS.has(name)) found.push(`${name}: not declared`);
    for (const o of Object.values(spec)) {
      if (o.input === false) continue;
      const input = inputs[o.input];
      if (!input) {
        found.push(`${o.input}: missing from action.yml`);
        continue;
      }
      if ((input.required ?? false) !== o.required) found.push(`${o.input}: required`);
      if (input.default !== defaultText(o)) found.push(`${o.input}: default`);
      if (input.description !== o.description) found.push(`${o.input}: description`);
    }
    return found;
  }

  it.each(cases)('%s: names, defaults, required and descriptions', (file, spec) => {
    expect(disagreements(inputsOf(file), spec)).toEqual([]);
  });

  it('the check catches each kind of disagreement', () => {
    const inputs = inputsOf('actions/compare-metrics/action.yml');
    inputs.confidence!.default = '0.9';
    inputs.candidate!.required = false;
    inputs.seed!.description = 'Seed.';
    delete inputs.threshold;
    inputs['max-regression'] = { description: 'not an option' };
    expect(disagreements(inputs, compareMetricsOptions).sort()).toEqual(
      ['candidate: required', 'confidence: default', 'max-regression: not declared', 'seed: description', 'threshold: missing from action.yml'].sort(),
    );
  });
});

describe('config keys and flags come from the same declarations', () => {
  it('the config takes each option under its config name, with the option default', () => {
    const config = pipelineSchema.parse({ data: [{ files: 'a.csv', schema: 's.yaml' }], model: { candidate: 'c.csv' } }) as unknown as Record<string, Record<string, unknown>>;
    expect(config.model).toMatchObject({ confidence: 0.95, resamples: 2000, seed: 20240101, on_mismatch: 'error', task: 'auto', columns: { id: 'id', slices: [] } });
    expect((config.data as unknown as Array<Record<string, unknown>>)[0]).toMatchObject({ files: ['a.csv'], max_annotations: 10 });
    expect(config.gate).toMatchObject({ fail_on: 'fail', check_name: 'holdout / gate', override_role: 'maintain', enabled: true });
    expect(config.report).toMatchObject({ comment: 'auto', key: 'default', title: 'holdout' });
  });

  it('every step flag is in the command help, with its default', async () => {
    let out = '';
    await runCli(['compare', '--help'], { stdout: (t) => (out += t), stderr: () => {}, cwd: ROOT, isTty: false, examplesDir: EXAMPLES });
    for (const o of Object.values(compareMetricsOptions)) {
      if (o.flag === false || o.flag === 'positional') continue;
      expect(out).toContain(`--${o.flag} `);
      if (o.default !== undefined && !Array.isArray(o.default)) expect(out).toContain(`default ${defaultText(o)}`);
    }
  });
});
