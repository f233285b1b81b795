// Entry of the worker bundle (dist/worker/index.js): heavy steps run here,
// in a thread with a small young generation, without loading the action's
// GitHub client and runtime. It serves every engine; the action bundles
// carry only their own.
import { bootstrapBlocksTask, compareModelsTask } from '../shared/steps/tasks/compare-metrics.js';
import { monitorDataTask } from '../shared/steps/tasks/monitor.js';
import { readTableTask, validateDataTask, validateRangeTask } from '../shared/steps/tasks/validate-data.js';
import { serveWorkerTask } from '../shared/steps/worker.js';

if (!(await serveWorkerTask([validateDataTask, validateRangeTask, readTableTask, compareModelsTask, bootstrapBlocksTask, monitorDataTask]))) {
  process.stderr.write('dist/worker/index.js runs only as a holdout worker thread; run dist/cli/index.js or an action instead\n');
  process.exitCode = 2;
}
