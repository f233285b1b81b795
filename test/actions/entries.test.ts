// Each action entry exports run(), so it can be driven in-process the way the
// runner drives the bundle: INPUT_* variables in, GITHUB_OUTPUT and the step's
// exit status out. No process is spawned; the engines run in this thread.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as runValidateData } from '../../actions/validate-data/main.js';
import { run as runGate } from '../../actions/gate/main.js';
import { parseOutputFile, ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

const saved = { ...process.env };
let outputFile = '';
let workspace = '';

beforeEach(async () => {
  workspace = await tempDir();
  outputFile = join(workspace, 'github-output');
  await writeFiles(workspace, { 'github-output': '' });
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_') || name.startsWith('GITHUB_')) delete process.env[name];
  Object.assign(process.env, { GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: workspace });
  process.exitCode = undefined;
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

const inputs = (values: Record<string, string>) => {
  for (const [name, value] of Object.entries(values)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
};

describe('action entries run in-process', () => {
  it('validate-data: outputs, results file and exit status from run()', async () => {
    const examples = join(ROOT, 'examples/validate');
    inputs({ data: join(examples, 'failing.csv'), schema: join(examples, 'schema.yaml'), 'results-file': 'out/v.json', 'max-annotations': '5', 'fail-on': 'fail' });
    await runValidateData();
    const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
    expect(outputs).toMatchObject({ status: 'fail', 'results-file': 'out/v.json' });
    expect(JSON.parse(await readFile(join(workspace, 'out/v.json'), 'utf8')).data.errorCount).toBe(13);
    expect(process.exitCode).toBe(1);
  });

  it('validate-data: fail-on never keeps the step green', async () => {
    const examples = join(ROOT, 'examples/validate');
    inputs({ data: join(examples, 'failing.csv'), schema: join(examples, 'schema.yaml'), 'fail-on': 'never' });
    await runValidateData();
    expect(process.exitCode).toBeUndefined();
  });

  it('gate: a bad input value is one line naming the input, and nothing is written', async () => {
    inputs({ results: 'holdout-results/*.json', 'fail-on': 'never' });
    await runGate();
    expect(process.exitCode).toBe(1);
    expect(await readFile(outputFile, 'utf8')).toBe('');
  });
});
