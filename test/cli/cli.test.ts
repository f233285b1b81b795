// The holdout CLI through its public entry (runCli): exit codes 0/1/2,
// formats, --out, and one clear line for bad input or usage.
import { join } from 'node:path';
import { cp, readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { DEFAULT_RESULTS_GLOB } from '../../shared/steps/common.js';
import { compareMetricsOptions } from '../../shared/steps/compare-metrics.js';
import { validateDataOptions } from '../../shared/steps/validate-data.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

/** A copy of examples/validate per test file: the CLI writes results into holdout-results/ of its working directory. */
const VALIDATE = await (async () => {
  const dir = await tempDir();
  await cp(join(ROOT, 'examples/validate'), dir, { recursive: true });
  return dir;
})();

async function cli(args: string[], cwd = VALIDATE) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

describe('holdout validate', () => {
  it('exits 0 on pass and 1 on fail, printing file:line errors', async () => {
    expect((await cli(['validate', 'passing.csv', '--schema', 'schema.yaml'])).code).toBe(0);
    const failing = await cli(['validate', 'failing.csv', '--schema', 'schema.yaml']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('failing.csv:3: type-error [signup_date]: "2020-13-01" is not a valid date/default');
    expect(failing.stdout).toMatch(/FAIL: 13 of \d+ checks failed/);
    expect(failing.stdout).not.toContain('\x1b[');
    expect((await cli(['validate', 'failing.csv', '--schema', 'schema.yaml', '--fail-on', 'never'])).code).toBe(0);
  });

  it('writes the results document with --out and prints json or markdown', async () => {
    const dir = await tempDir();
    const out = join(dir, 'r.json');
    const json = await cli(['validate', 'failing.csv', '--schema', 'schema.yaml', '--format', 'json', '--out', out]);
    expect(JSON.parse(json.stdout).kind).toBe('validate-data');
    expect(JSON.parse(await readFile(out, 'utf8')).data.errorCount).toBe(13);
    const md = await cli(['validate', 'failing.csv', '--schema', 'schema.yaml', '--format', 'markdown']);
    expect(md.stdout).toContain('| File | Rows | Errors | Checks failed |');
  });

  it('exits 2 with one line for bad input, and for usage mistakes', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 's.yaml': 'fields: [{name: a}]\n', 'h.csv': 'a\n', 'q.csv': 'a\n"open\n' });
    // A header-only file is valid (Frictionless); what cannot be read at all is bad input.
    expect((await cli(['validate', 'h.csv', '--schema', 's.yaml'], dir)).code).toBe(0);
    const unterminated = await cli(['validate', 'q.csv', '--schema', 's.yaml'], dir);
    expect(unterminated.code).toBe(2);
    expect(unterminated.stderr).toBe('holdout: q.csv:2: unterminated quoted field (the quote opened here is never closed)\n');
    const missing = await cli(['validate', 'nope.csv', '--schema', 's.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('holdout: nope.csv: no such file\n');
    expect((await cli(['validate', 'h.csv'], dir)).code).toBe(2);
    expect((await cli(['validate', 'h.csv', '--schema', 's.yaml', '--format', 'xml'], dir)).stderr).toMatch(/--format must be one of text, json, markdown/);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['validate', '--bogus'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });

  it('prints help for each command', async () => {
    const help = await cli(['validate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--schema <file>');
  });
});

describe('holdout compare', () => {
  const dir = join(ROOT, 'examples/compare');
  it('compares paired predictions and exits 1 when the policy fails', async () => {
    const out = await cli(['compare', '--candidate', 'candidate-predictions.csv', '--baseline', 'baseline-predictions.csv', '--policy', 'policy.yaml'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^pass\s+roc_auc\s+0\.760\s+0\.765\s+\+0\.6%\s+−0\.014 to \+0\.023\s+0\.64\s+delong$/m);
    expect(out.stdout).toMatch(/FAIL {2}roc_auc in region west: ≥ 0\.75, got 0\.697/);
  });
  it('exits 0 when it passes, 2 on bad input and usage mistakes', async () => {
    const tmp = await tempDir();
    await writeFiles(tmp, { 'c.json': '{"auc": 0.9}', 'b.json': '{"auc": 0.89}', 'bad.json': '{"auc": "x"}' });
    expect((await cli(['compare', '--candidate', 'c.json', '--baseline', 'b.json', '--policy', 'metrics:\n  auc: { max_regression: 0.01 }'], tmp)).code).toBe(0);
    const bad = await cli(['compare', '--candidate', 'bad.json', '--baseline', 'b.json'], tmp);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('holdout: bad.json: holds no numeric metrics (skipped 1 not a number: auc ("x", line 1))\n');
    expect((await cli(['compare', '--baseline', 'b.json'], tmp)).code).toBe(2);
    expect((await cli(['compare', '--candidate', 'c.json', '--confidence', '2'], tmp)).stderr).toMatch(/--confidence: expected a number ≥ 0.5 and < 1, got "2"/);
    const noDirection = await cli(['compare', '--candidate', 'c.json', '--baseline', 'b.json', '--policy', 'metrics:\n  throughput: { min: 1 }'], tmp);
    expect(noDirection.code).toBe(2);
    expect(noDirection.stderr).toMatch(/metrics\.throughput\.direction/);
  });
});

describe('holdout report and gate', () => {
  it('renders the report from the demo results and gates on them', async () => {
    const dir = await tempDir();
    await cli(['demo', '--out-dir', join(dir, 'holdout-results')]);
    const report = await cli(['report'], dir);
    expect(report.code).toBe(0);
    expect(report.stdout.split('\n')[0]).toMatch(/^❌ \*\*holdout: fails\*\* — region west&#58; log\\_loss \\\+25%/);
    const gate = await cli(['gate'], dir);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/^FAIL holdout gate: /);
    expect(JSON.parse(await readFile(join(dir, 'holdout-audit/gate-audit.json'), 'utf8'))).toMatchObject({ kind: 'gate-audit', decision: 'fail' });
    const pass = await cli(['gate', 'holdout-results/validate-passing.json'], dir);
    expect(pass.code).toBe(0);
  });

  it('gate with no results documents is a usage mistake: exit 2, one line, no audit record', async () => {
    const dir = await tempDir();
    const none = await cli(['gate'], dir);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^holdout: gate has no results documents to decide on \(.*holdout-results\/\*\.json.* matches no file\); run validate or compare first, or name the documents\n$/);
    const named = await cli(['gate', 'nothing/*.json'], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('matches no file');
    await expect(readdir(dir)).resolves.toEqual([]);
  });
});

describe('validate, compare, report and gate connect without flags', () => {
  it('validate and compare write into holdout-results/, where report and gate read by default', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'examples/validate'), join(dir, 'data'), { recursive: true });
    await cp(join(ROOT, 'examples/compare'), join(dir, 'model'), { recursive: true });
    const validate = await cli(['validate', 'data/passing.csv', '--schema', 'data/schema.yaml'], dir);
    expect(validate.code).toBe(0);
    expect(validate.stderr).toBe('');
    const compare = await cli(['compare', '--candidate', 'model/candidate-predictions.csv', '--baseline', 'model/baseline-predictions.csv', '--policy', 'model/policy.yaml'], dir);
    expect(compare.code).toBe(1);
    expect((await readdir(join(dir, 'holdout-results'))).sort()).toEqual(['compare-metrics.json', 'validate-data.json']);

    const report = await cli(['report'], dir);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('#### ❌ Model comparison');
    expect(report.stdout).toContain('Data validation');
    const gate = await cli(['gate'], dir);
    expect(gate.code).toBe(1);
    const audit = JSON.parse(await readFile(join(dir, 'holdout-audit/gate-audit.json'), 'utf8'));
    expect(audit.inputs.map((i: { file: string }) => i.file).sort()).toEqual(['holdout-results/compare-metrics.json', 'holdout-results/validate-data.json']);
  });

  it('--out still names the file, and the defaults lie under the glob report and gate read', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'examples/validate'), dir, { recursive: true });
    const out = await cli(['validate', 'passing.csv', '--schema', 'schema.yaml', '--out', 'elsewhere/v.json'], dir);
    expect(out.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'elsewhere/v.json'), 'utf8')).kind).toBe('validate-data');
    expect(await readdir(dir)).not.toContain('holdout-results');
    const glob = DEFAULT_RESULTS_GLOB.replace('*', '');
    for (const file of [validateDataOptions['results-file'].default, compareMetricsOptions['results-file'].default]) {
      expect(String(file).startsWith(glob.replace('.json', '')) && String(file).endsWith('.json'), String(file)).toBe(true);
    }
    expect((await cli(['validate', '--help'], dir)).stdout).toContain('(default holdout-results/validate-data.json)');
  });
});

describe('holdout demo', () => {
  it('runs offline on the shipped examples and reports both verdicts', async () => {
    const dir = await tempDir();
    const demo = await cli(['demo', '--out-dir', dir]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Demo verdicts: passing.csv: pass (0 errors); failing.csv: fail (13 errors); drift: 2 of 6 columns drifted (monthly_charges, plan); comparison: fail (region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7); gate: fail');
    expect(demo.stdout).toMatch(/DRIFT 2 of 6 columns against drift\/reference\.csv \(dataset drift at 50%: pass\)\n {2}fail monthly_charges: wasserstein 0\.87/);
    expect(JSON.parse(await readFile(join(dir, 'validate-failing.json'), 'utf8')).status).toBe('fail');
    const report = await readFile(join(dir, 'report.md'), 'utf8');
    expect(report.split('\n')[0]).toBe('❌ **holdout demo: fails** — region west&#58; log\\_loss \\+25% \\(max \\+5%\\), roc\\_auc 0.697 &lt; 0.75, accuracy 0.664 &lt; 0.7; drift in 2 of 6 columns \\(monthly\\_charges, plan\\)');
    expect(report).toContain('#### ❌ Data validation&#58; this month: drift in 2 of 6 columns');
    expect(JSON.parse(await readFile(join(dir, 'audit/gate-audit.json'), 'utf8'))).toMatchObject({ kind: 'gate-audit', decision: 'fail' });
  });
});
