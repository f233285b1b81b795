// The all-in-one action: the pipeline that .github/holdout.yml describes —
// data checks, the model comparison, the gate and the report — in one step.
// Each stage is the same step the separate actions run, with its options
// taken from its section of the config.

import { actionEnvironment, isEntry } from './actions/entry.js';
import { userFile } from './shared/io/user-file.js';
import { createOctokit } from './shared/runtime/octokit.js';
import { readRunContext } from './shared/runtime/context.js';
import { getRequiredInput } from './shared/runtime/inputs.js';
import { applyToRunner, setOutputs } from './shared/runtime/report.js';
import { runAction } from './shared/runtime/run.js';
import { runCompareMetrics } from './shared/steps/compare-metrics.js';
import { writeStepFiles } from './shared/steps/effects.js';
import { runGate } from './shared/steps/gate.js';
import { compareOptionsOf, dataCheckOptions, gateOptionsOf, loadPipelineConfig, reportOptionsOf } from './shared/steps/pipeline.js';
import { runReport } from './shared/steps/report.js';
import type { StepResult } from './shared/steps/step.js';
import { runValidateData } from './shared/steps/validate-data.js';

export const run = () =>
  runAction(async () => {
    const context = readRunContext();
    // action.yml gives the default path; a run without it is not a runner's run.
    const loaded = await loadPipelineConfig(userFile(context.workspace, getRequiredInput('config')));
    const { config } = loaded;
    const env = actionEnvironment(context, { entryUrl: import.meta.url, createOctokit, commit: 'pull-head' });
    const resultsDir = config.results_dir;
    const inputProblems: string[] = [];
    // The stages' verdicts are the gate's to judge; only bad input fails the step by itself.
    const apply = async (result: StepResult) => {
      await writeStepFiles(result);
      await applyToRunner({ ...result, outputs: {}, failure: undefined });
      if (result.failure?.kind === 'input') inputProblems.push(result.failure.message);
    };

    for (const [i, check] of config.data.entries()) {
      const name = check.name ? `-${check.name}` : config.data.length > 1 ? `-${i + 1}` : '';
      const options = { ...dataCheckOptions(loaded, i), 'results-file': `${resultsDir}/validate-data${name}.json` };
      await apply(await runValidateData(options, env, { title: check.name ? `Data validation: ${check.name}` : undefined }));
    }
    if (config.model) {
      const { options, embeddedPolicy } = compareOptionsOf(loaded);
      await apply(await runCompareMetrics({ ...options, 'results-file': `${resultsDir}/compare-metrics.json` }, env, { embeddedPolicy }));
    }

    const results = [`${resultsDir}/*.json`];
    let failure: string | undefined;
    let decision: string | undefined;
    if (config.gate.enabled) {
      const gate = await runGate({ ...gateOptionsOf(loaded), results }, env, { resultsDir });
      await writeStepFiles(gate);
      decision = gate.outputs.decision === undefined ? undefined : String(gate.outputs.decision);
      failure = gate.failure?.message;
      setOutputs({ 'check-run-id': gate.outputs['check-run-id'], 'deployment-id': gate.outputs['deployment-id'] });
    }
    const report = await runReport({ ...reportOptionsOf(loaded), results }, env);
    await writeStepFiles(report);
    await applyToRunner({
      annotations: [],
      summary: report.summary,
      outputs: { decision, 'results-dir': resultsDir },
      publish: async () => ({ 'comment-url': (await report.publish?.())?.['comment-url'] }),
      failure: inputProblems.length > 0 ? { message: inputProblems.join('\n') } : failure ? { message: failure } : undefined,
    });
  });

if (isEntry(import.meta.url)) await run();
