// The monitor step in-process: production data against a saved reference
// profile (drift, out-of-range shares checked against pandas), live KPIs
// under the policy language, option mistakes as one line, the monitor:
// config section, and the action.yml that derives from the options.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { userFile } from '../../shared/io/user-file.js';
import { defaultText, optionsFromText } from '../../shared/steps/options.js';
import { monitorOptions, runMonitor } from '../../shared/steps/monitor.js';
import { loadPipelineConfig, monitorOptionsOf } from '../../shared/steps/pipeline.js';
import { runValidateData, validateDataOptions } from '../../shared/steps/validate-data.js';
import { ROOT } from '../e2e/harness.js';
import { environment, monitorWorkspace } from './fixtures.js';

let ws: string;
beforeAll(async () => {
  ws = await monitorWorkspace();
});

const options = (given: Record<string, string>) => optionsFromText(monitorOptions, 'input', (n) => given[n]);

/** pandas: per numeric column, the share of current values outside the reference's [min, max]. */
function pandasOutOfRange(reference: string, current: string, columns: string[]): Record<string, number> {
  const script = `
import json, sys, pandas as pd
ref = pd.read_csv(sys.argv[1]); cur = pd.read_csv(sys.argv[2])
out = {}
for c in sys.argv[3:]:
    r = pd.to_numeric(ref[c], errors='coerce').dropna(); v = pd.to_numeric(cur[c], errors='coerce').dropna()
    out[c] = float(((v < r.min()) | (v > r.max())).sum() / len(v))
print(json.dumps(out))`;
  const result = spawnSync('/usr/bin/python3', ['-c', script, reference, current, ...columns], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

describe('monitor: production data', () => {
  it('drifted data fails on drift, and the out-of-range shares are what pandas counts', async () => {
    const result = await runMonitor(options({ data: 'drifted.csv', schema: 'schema.yaml', reference: 'profiles/train.json' }), environment(ws));
    expect(result.run.status).toBe('fail');
    expect(result.failure?.kind).toBe('verdict');
    const data = result.data!;
    expect(data.kind).toBe('validate-data');
    expect(data.data.drift?.dataset.drifted).toBeGreaterThan(0);
    const columns = ['age', 'monthly_charges', 'tenure_months'];
    const expected = pandasOutOfRange(join(ws, 'reference.csv'), join(ws, 'drifted.csv'), columns);
    for (const column of columns) {
      const check = data.checks.find((c) => c.id === `outOfRange:${column}`)!;
      expect(check.observed, column).toBeCloseTo(expected[column]!, 12);
    }
    // The drifted sample has charges beyond the reference's maximum (pandas says how many): a warning at 1 %.
    expect(expected.monthly_charges).toBeGreaterThan(0.01);
    expect(data.checks.find((c) => c.id === 'outOfRange:monthly_charges')!.status).toBe('warn');
    expect(result.outputs['drifted-columns']).toBe(data.data.drift!.dataset.drifted);
    expect(JSON.parse(String(result.outputs.problems))).toEqual(expect.arrayContaining(data.data.drift!.columns.filter((c) => c.status === 'fail').map((c) => `drift:${c.column}`)));
    // Dates are profiled as day numbers; the check shows them as dates.
    expect(data.checks.find((c) => c.id === 'outOfRange:signup_date')!.title).toMatch(/\[\d{4}-\d\d-\d\d, \d{4}-\d\d-\d\d\]/);
  });

  it('drift is exactly validate-data\'s with the same saved reference (the range edges leave the reference grid as it was)', async () => {
    const monitored = await runMonitor(options({ data: 'drifted.csv', schema: 'schema.yaml', reference: 'profiles/train.json' }), environment(ws));
    const validated = await runValidateData(optionsFromText(validateDataOptions, 'input', (n) => ({ data: 'drifted.csv', schema: 'schema.yaml', reference: 'profiles/train.json' })[n]), environment(ws));
    expect(monitored.data!.data.drift).toEqual(validated.document.data.drift);
    expect(monitored.data!.checks.filter((c) => !c.id.startsWith('outOfRange:'))).toEqual(validated.document.checks);
  });

  it('the reference rows themselves pass: no drift, nothing out of range', async () => {
    const result = await runMonitor(options({ data: 'healthy.csv', schema: 'schema.yaml', reference: 'profiles/train.json' }), environment(ws));
    expect(result.run.status).toBe('pass');
    expect(result.failure).toBeUndefined();
    expect(result.data!.checks.filter((c) => c.id.startsWith('outOfRange:')).map((c) => c.observed)).toEqual([0, 0, 0, 0]);
  });

  it('a dataset is not a reference profile: an input error naming the file', async () => {
    await expect(runMonitor(options({ data: 'drifted.csv', schema: 'schema.yaml', reference: 'reference.csv' }), environment(ws))).resolves.toMatchObject({
      failure: { kind: 'input', message: expect.stringMatching(/^reference\.csv: not a holdout profile: write one from the training data with validate-data profile-out/) },
    });
  });

  it('deployment:<environment> alone names metrics, not a profile: one line saying how to write it', async () => {
    await expect(runMonitor(options({ data: 'drifted.csv', schema: 'schema.yaml', reference: 'deployment:production' }), environment(ws))).rejects.toThrow(/write deployment:<environment>:<path of the profile>/);
  });
});

describe('monitor: training–serving skew by id', () => {
  it('compares each served row with the training row of its id; the shares that differ are what pandas finds', async () => {
    // Served: 500 training rows, 10 with monthly_charges off by 1.00, 3 with another plan, one unknown id.
    const lines = readFileSync(join(ws, 'reference.csv'), 'utf8').trimEnd().split('\n');
    const header = lines[0]!.split(',');
    const charges = header.indexOf('monthly_charges');
    const plan = header.indexOf('plan');
    const served = lines.slice(1, 501).map((line, i) => {
      const cells = line.split(',');
      if (i % 50 === 7) cells[charges] = (Number(cells[charges]) + 1).toFixed(2);
      if (i % 170 === 11) cells[plan] = cells[plan] === 'basic' ? 'premium' : 'basic';
      return cells.join(',');
    });
    served.push(lines[1]!.replace(/^C\d+/, 'C999999'));
    await writeFile(join(ws, 'served.csv'), [lines[0], ...served].join('\n') + '\n');
    const result = await runMonitor(options({ data: 'served.csv', schema: 'schema.yaml', reference: 'profiles/train.json', 'skew-training': 'reference.csv' }), environment(ws));
    const script = `
import json, sys, pandas as pd
t = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False); s = pd.read_csv(sys.argv[2], dtype=str, keep_default_na=False)
m = s.merge(t, on='customer_id', suffixes=('_s', '_t'))
out = {'matched': len(m) / len(s)}
for c in ['monthly_charges', 'plan', 'age', 'email']:
    if c == 'monthly_charges':
        a, b = pd.to_numeric(m[c + '_s']), pd.to_numeric(m[c + '_t'])
        out[c] = float(((a - b).abs() > 1e-6 * pd.concat([a.abs(), b.abs()], axis=1).max(axis=1).clip(lower=1)).mean())
    else:
        out[c] = float((m[c + '_s'] != m[c + '_t']).mean())
print(json.dumps(out))`;
    const oracle = spawnSync('/usr/bin/python3', ['-c', script, join(ws, 'reference.csv'), join(ws, 'served.csv')], { encoding: 'utf8' });
    expect(oracle.status, oracle.stderr).toBe(0);
    const expected = JSON.parse(oracle.stdout) as Record<string, number>;
    const check = (id: string) => result.data!.checks.find((c) => c.id === id)!;
    expect(check('skewMatched').observed).toBeCloseTo(expected.matched!, 12);
    for (const column of ['monthly_charges', 'plan', 'age', 'email']) expect(check(`skew:${column}`).observed, column).toBeCloseTo(expected[column]!, 12);
    expect(expected.monthly_charges).toBe(10 / 500);
    expect(check('skew:monthly_charges').status).toBe('fail');
    expect(check('skew:plan').status).toBe('warn');
    expect(check('skew:age').status).toBe('pass');
    expect(check('skew:monthly_charges').message).toMatch(/10 of 500 matched rows \(2(\.0)?%\) differ, e\.g\. customer_id "C000008": \d+\.\d+ in training, \d+\.\d+ served/);
    const [, trained, servedValue] = /"C000008": (\S+) in training, (\S+) served/.exec(check('skew:monthly_charges').message)!;
    expect(Number(servedValue) - Number(trained)).toBeCloseTo(1, 9);
    expect(result.run.stats['skew:monthly_charges']).toMatchObject({ value: 0.02, status: 'fail' });
  });

  it('a schema without a one-field primary key needs skew-id, said in one line', async () => {
    await writeFile(join(ws, 'schema-nokey.yaml'), readFileSync(join(ws, 'schema.yaml'), 'utf8').replace(/^primaryKey: .*$/m, ''));
    const result = await runMonitor(options({ data: 'healthy.csv', schema: 'schema-nokey.yaml', reference: 'profiles/train.json', 'skew-training': 'reference.csv' }), environment(ws));
    expect(result.failure).toMatchObject({ kind: 'input', message: 'skew-id: name the id column serving rows share with training rows (the schema has no single-field primary key)' });
  });
});

describe('monitor: live KPIs', () => {
  it('a CTR down 6 % against the deploy baseline fails max_relative_regression 2 %; down 1 % passes', async () => {
    const bad = await runMonitor(options({ kpis: 'kpis-bad.json', 'kpi-baseline': 'kpis-at-deploy.json', 'kpi-policy': 'kpi-policy.yaml' }), environment(ws));
    expect(bad.run.status).toBe('fail');
    const ctr = bad.kpis!.comparison.metrics.find((m) => m.name === 'ctr')!;
    expect(ctr.relativeDifference).toBeCloseTo((0.047 - 0.05) / 0.05, 12);
    expect(bad.kpis!.checks.find((c) => c.metric === 'ctr' && c.rule === 'max_relative_regression')!.status).toBe('fail');
    expect(bad.run.stats['kpi:ctr']!.value).toBe(0.047);
    expect(bad.outputs['kpi-regressions']).toBe(1);
    const good = await runMonitor(options({ kpis: 'kpis-good.json', 'kpi-baseline': 'kpis-at-deploy.json', 'kpi-policy': 'kpi-policy.yaml' }), environment(ws));
    expect(good.run.status).toBe('pass');
  });
});

describe('monitor: options', () => {
  it.each([
    [{}, /needs production data .* or live KPIs/],
    [{ data: 'drifted.csv', reference: 'profiles/train.json' }, /^schema: give the table schema/],
    [{ data: 'drifted.csv', schema: 'schema.yaml' }, /^reference: give the reference profile/],
    [{ kpis: 'kpis-bad.json', 'dispatch-event': 'retrain', 'dispatch-workflow': 'retrain.yml' }, /choose one retraining trigger/],
    [{ kpis: 'kpis-bad.json', 'dispatch-event': 'retrain', 'dispatch-payload': Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])) }, /at most 10 top-level keys in client_payload, one of them holdout's; this has 10/],
    [{ kpis: 'kpis-bad.json', 'dispatch-workflow': 'retrain.yml', 'dispatch-inputs': 'epochs: [1, 2]' }, /dispatch-inputs: epochs must be a string/],
    [{ kpis: 'kpis-bad.json', 'out-of-range-warn': '0.2', 'out-of-range-fail': '0.1' }, /out-of-range-warn \(0\.2\) is above out-of-range-fail \(0\.1\)/],
  ])('%j is refused in one line', async (given, message) => {
    const text = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
    const error = await runMonitor(options(text), environment(ws)).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('monitor: the monitor: section of the all-in-one config', () => {
  it('gives the step its options, a KPI policy written inline included', async () => {
    await writeFile(join(ws, 'holdout.yml'), [
      'monitor:',
      '  data: drifted.csv',
      '  schema: schema.yaml',
      '  reference: profiles/train.json',
      '  model: churn',
      '  out_of_range: { warn: 0.05, fail: 0.1 }',
      '  kpis:',
      '    file: kpis-bad.json',
      '    baseline: kpis-at-deploy.json',
      '    policy:',
      '      metrics:',
      '        ctr: { direction: higher, max_relative_regression: 0.1 }',
      '  dispatch: { workflow: retrain.yml, inputs: "reason: drift" }',
      '',
    ].join('\n'));
    const section = monitorOptionsOf(await loadPipelineConfig(userFile(ws, 'holdout.yml')))!;
    expect(section.options).toMatchObject({ data: ['drifted.csv'], model: 'churn', 'out-of-range-warn': 0.05, 'out-of-range-fail': 0.1, kpis: 'kpis-bad.json', 'dispatch-workflow': 'retrain.yml', 'monitor-key': 'default', history: 30 });
    const result = await runMonitor(section.options, environment(ws), { embeddedPolicy: section.embeddedPolicy });
    // ctr is 6 % down, allowed 10 % here; monthly_charges' 3.3 % outside its range is under the 5 % warn level set above.
    expect(result.kpis!.status).toBe('pass');
    expect(result.data!.checks.find((c) => c.id === 'outOfRange:monthly_charges')!.status).toBe('pass');
  });

  it('a mistake in it names the file, the line and the key', async () => {
    await writeFile(join(ws, 'bad.yml'), 'monitor:\n  data: drifted.csv\n  out_of_range: { warn: 2 }\n');
    await expect(loadPipelineConfig(userFile(ws, 'bad.yml'))).rejects.toThrow(/bad\.yml:3.*monitor\.out_of_range\.warn/);
  });
});

describe('actions/monitor/action.yml', () => {
  it('declares every option as the step does (name, default, required, description), plus the token', () => {
    const action = parseYaml(readFileSync(join(ROOT, 'actions/monitor/action.yml'), 'utf8')) as { inputs: Record<string, { description: string; required: boolean; default?: string }>; runs: { main: string } };
    const declared = Object.values(monitorOptions).filter((o) => o.input !== false);
    expect(Object.keys(action.inputs).sort()).toEqual([...declared.map((o) => o.input as string), 'token'].sort());
    for (const o of declared) {
      const input = action.inputs[o.input as string]!;
      expect(input.description, String(o.input)).toBe(o.description);
      expect(input.required, String(o.input)).toBe(o.required);
      expect(input.default, String(o.input)).toBe(defaultText(o));
    }
    expect(action.runs.main).toBe('../../dist/monitor/index.js');
  });
});
