// `holdout monitor`: exit 1 on a failing verdict, 0 when healthy, 2 on a
// usage mistake (one line), options from the config's monitor: section.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { ROOT } from '../e2e/harness.js';
import { monitorWorkspace } from './fixtures.js';

let ws: string;
beforeAll(async () => {
  ws = await monitorWorkspace();
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ws, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

describe('holdout monitor', () => {
  it('exits 1 on drifted data, naming what failed, and writes the results document', async () => {
    const { code, stdout, stderr } = await cli(['monitor', 'drifted.csv', '--schema', 'schema.yaml', '--reference', 'profiles/train.json']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^monitor: fail \(2,000 production rows\)\n/);
    expect(stdout).toMatch(/fail {2}plan: drift from the reference/);
    expect(stderr).toContain('holdout: results → ');
    expect(JSON.parse(await readFile(join(ws, 'holdout-results/monitor-data.json'), 'utf8'))).toMatchObject({ kind: 'validate-data', status: 'fail' });
  });

  it('exits 0 on healthy data', async () => {
    expect((await cli(['monitor', 'healthy.csv', '--schema', 'schema.yaml', '--reference', 'profiles/train.json'])).code).toBe(0);
  });

  it('exits 2 with one line on a usage mistake', async () => {
    const { code, stderr } = await cli(['monitor', 'drifted.csv', '--reference', 'profiles/train.json']);
    expect(code).toBe(2);
    expect(stderr).toBe('holdout: schema: give the table schema of the production data\n');
  });

  it('--config takes the options from the monitor: section, and refuses flags beside it', async () => {
    await writeFile(join(ws, 'monitor.yml'), 'monitor:\n  kpis:\n    file: kpis-bad.json\n    baseline: kpis-at-deploy.json\n    policy: kpi-policy.yaml\n');
    const { code, stdout } = await cli(['monitor', '--config', 'monitor.yml']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/KPI|ctr/);
    const mixed = await cli(['monitor', '--config', 'monitor.yml', '--model', 'x']);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--config takes every option from the config's monitor: section; leave out --model/);
  });
});
