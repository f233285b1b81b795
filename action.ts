// The all-in-one action: the pipeline that .github/holdout.yml describes —
// data checks, the model comparison, the gate and the report — in one step.
// Each stage is the same step the separate actions run, with its options
// taken from its section of the config; shared/steps/run-pipeline.ts composes
// them, for this action and for `holdout run`.

import './shared/runtime/jitless.js'; // first: zod without its JIT, before any schema is built
import { actionEnvironment, createOctokitOnFirstCall, isEntry } from './actions/entry.js';
import { userFile } from './shared/io/user-file.js';
import { readRunContext } from './shared/runtime/context.js';
import { getRequiredInput } from './shared/runtime/inputs.js';
import { applyToRunner, setOutputs } from './shared/runtime/report.js';
import { runAction } from './shared/runtime/run.js';
import { loadPipelineConfig } from './shared/steps/pipeline.js';
import { runPipeline } from './shared/steps/run-pipeline.js';

export const run = () =>
  runAction(async () => {
    const context = readRunContext();
    // action.yml gives the default path; a run without it is not a runner's run.
    const loaded = await loadPipelineConfig(userFile(context.workspace, getRequiredInput('config')));
    const env = actionEnvironment(context, { entryUrl: import.meta.url, createOctokit: createOctokitOnFirstCall });
    // The stages' verdicts are the gate's to judge; only bad input fails the step by itself.
    const { resultsDir, gate, report, failure } = await runPipeline(loaded, env, {
      onStage: ({ result }) => applyToRunner({ ...result, outputs: {}, failure: undefined }),
    });
    const decision = gate?.outputs.decision === undefined ? undefined : String(gate.outputs.decision);
    if (gate) setOutputs({ 'check-run-id': gate.outputs['check-run-id'], 'deployment-id': gate.outputs['deployment-id'] });
    await applyToRunner({
      annotations: [],
      summary: report.summary,
      outputs: { decision, 'results-dir': resultsDir },
      publish: async () => ({ 'comment-url': (await report.publish?.())?.['comment-url'] }),
      failure,
    });
  });

if (isEntry(import.meta.url)) await run();
