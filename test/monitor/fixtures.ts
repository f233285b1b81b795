// The monitor tests' workspace: the shipped drift example (examples/drift:
// a reference sample and a drifted current sample of the churn data, under
// examples/validate/schema.yaml), the reference profiled by validate-data's
// profile-out as a user would, and a KPI file pair.
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MemoryLogger } from '../../shared/log.js';
import { writeStepFiles } from '../../shared/steps/effects.js';
import { optionsFromText } from '../../shared/steps/options.js';
import type { GitHubAccess, StepEnvironment } from '../../shared/steps/step.js';
import { runValidateData, validateDataOptions } from '../../shared/steps/validate-data.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

export async function monitorWorkspace(): Promise<string> {
  const ws = await tempDir('holdout-monitor-');
  await copyFile(join(ROOT, 'examples/drift/reference.csv'), join(ws, 'reference.csv'));
  await copyFile(join(ROOT, 'examples/drift/current.csv'), join(ws, 'drifted.csv'));
  // Healthy production data: the reference's own rows (no drift, nothing out of range).
  await copyFile(join(ROOT, 'examples/drift/reference.csv'), join(ws, 'healthy.csv'));
  await copyFile(join(ROOT, 'examples/validate/schema.yaml'), join(ws, 'schema.yaml'));
  const profiled = await runValidateData(
    optionsFromText(validateDataOptions, 'input', (n) => ({ data: 'reference.csv', schema: 'schema.yaml', 'profile-out': 'profiles/train.json' })[n]),
    environment(ws),
  );
  await writeStepFiles(profiled);
  await writeFile(join(ws, 'kpis-at-deploy.json'), JSON.stringify({ ctr: 0.05, conversion: 0.012 }));
  await writeFile(join(ws, 'kpis-bad.json'), JSON.stringify({ ctr: 0.047, conversion: 0.0121 }));
  await writeFile(join(ws, 'kpis-good.json'), JSON.stringify({ ctr: 0.0495, conversion: 0.0119 }));
  await writeFile(join(ws, 'kpi-policy.yaml'), 'metrics:\n  ctr: { direction: higher, max_relative_regression: 0.02 }\n  conversion: { direction: higher, max_relative_regression: 0.05 }\n');
  return ws;
}

export function environment(workspace: string, github?: GitHubAccess, logger = new MemoryLogger()): StepEnvironment & { logger: MemoryLogger } {
  return { workspace, tempDir: join(workspace, '.tmp'), eventName: 'schedule', payload: {}, logger, tasks: taskRunner(undefined), github, runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1' };
}
