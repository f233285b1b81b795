// `--junit FILE` on every step of the built CLI (dist/cli/index.js, run as a
// CI job runs it) and `junit:` in the all-in-one config: the report is
// written whole (temp file + rename), valid against the JUnit schema Jenkins
// accepts, one testsuite per results document with the commit, one testcase
// per check, failures with their file:line.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE24, ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';
import { allCases, readJunit, type JunitSuite } from '../export/junit-reader.js';
import { validateJunitFile, xmllint } from '../export/xmllint.js';

const CLI = join(ROOT, 'dist/cli/index.js');
const schemaCheck = xmllint();

function holdout(cwd: string, ...args: string[]) {
  const child = spawnSync(NODE24, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_TOKEN: '', NO_COLOR: '1' } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

function git(cwd: string, ...args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@example.com' } }).stdout.trim();
}

/** The examples in a git repository of their own, as a checkout is. */
async function workspace(): Promise<{ dir: string; commit: string }> {
  const dir = await tempDir('holdout-junit-');
  await cp(join(ROOT, 'examples'), dir, { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'examples');
  return { dir, commit: git(dir, 'rev-parse', 'HEAD') };
}

/** Reads the report, and validates it against junit-10.xsd where xmllint is there. */
async function report(file: string): Promise<JunitSuite[]> {
  const text = await readFile(file, 'utf8');
  if (schemaCheck.available) {
    const result = validateJunitFile(file);
    expect(result.valid, result.messages).toBe(true);
  }
  // Written whole: nothing beside it but what the steps write.
  const dir = join(file, '..');
  expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  return readJunit(text);
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: npm run build');
});

describe('holdout <step> --junit FILE', () => {
  it('validate: one testsuite for the document, failures at their line, the commit; exit 1 on the failing verdict', async () => {
    const { dir, commit } = await workspace();
    const run = holdout(dir, 'validate', 'validate/failing.csv', '--schema', 'validate/schema.yaml', '--junit', 'reports/validate.xml');
    expect(run.code).toBe(1);
    const suites = await report(join(dir, 'reports/validate.xml'));
    expect(suites).toHaveLength(1);
    const results = JSON.parse(await readFile(join(dir, 'holdout-results/validate-data.json'), 'utf8')) as { checks: Array<{ status: string }> };
    expect(suites[0]!.properties).toMatchObject({ commit, kind: 'validate-data', status: 'fail', 'results-file': 'holdout-results/validate-data.json' });
    expect(suites[0]!.cases).toHaveLength(results.checks.length);
    expect(suites[0]!.cases.filter((c) => c.outcome === 'failure')).toHaveLength(results.checks.filter((c) => c.status === 'fail').length);
    const pattern = suites[0]!.cases.find((c) => c.name === 'customer_id: matches /C[0-9]{6}/')!;
    expect(pattern).toMatchObject({ classname: 'validate-data.validate/failing_csv', outcome: 'failure' });
    expect(pattern.body).toContain('validate/failing.csv:6');
  });

  it('validate on the passing file: every case passes; exit 0', async () => {
    const { dir } = await workspace();
    expect(holdout(dir, 'validate', 'validate/passing.csv', '--schema', 'validate/schema.yaml', '--junit', 'junit.xml').code).toBe(0);
    const cases = allCases(await report(join(dir, 'junit.xml')));
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.every((c) => c.outcome === 'passed')).toBe(true);
  });

  it('validate with an unreadable schema: the error is a JUnit <error>; exit 2', async () => {
    const { dir } = await workspace();
    const run = holdout(dir, 'validate', 'validate/passing.csv', '--schema', 'validate/missing.yaml', '--junit', 'junit.xml');
    expect(run.code).toBe(2);
    const cases = allCases(await report(join(dir, 'junit.xml')));
    expect(cases.some((c) => c.outcome === 'error' && `${c.message}`.includes('validate/missing.yaml'))).toBe(true);
  });

  it('compare, gate and report: the comparison, every document the gate decided on and its decision, the documents reported', async () => {
    const { dir, commit } = await workspace();
    expect(holdout(dir, 'validate', 'drift/current.csv', '--schema', 'validate/schema.yaml', '--reference', 'drift/reference.csv').code).toBe(1);
    const compare = holdout(dir, 'compare', '--candidate', 'compare/candidate-predictions.csv', '--baseline', 'compare/baseline-predictions.csv', '--policy', 'compare/policy.yaml', '--out', 'holdout-results/model.json', '--junit', 'compare.xml');
    expect(compare.code).toBe(1);
    const comparison = await report(join(dir, 'compare.xml'));
    expect(comparison[0]!.properties).toMatchObject({ kind: 'compare-metrics', 'results-file': 'holdout-results/model.json', commit });
    const west = comparison[0]!.cases.find((c) => c.classname === 'compare-metrics.roc_auc[region=west]' && c.outcome === 'failure');
    expect(west?.body).toContain('compare/candidate-predictions.csv');

    expect(holdout(dir, 'gate', '--junit', 'gate.xml').code).toBe(1);
    const gate = await report(join(dir, 'gate.xml'));
    expect(gate.map((s) => s.properties.kind)).toEqual(['compare-metrics', 'validate-data', 'gate']);
    expect(gate.at(-1)!.cases).toEqual([expect.objectContaining({ name: 'Gate decision', outcome: 'failure' })]);

    expect(holdout(dir, 'report', '--junit', 'report.xml', '--out', 'report.md').code).toBe(0);
    expect((await report(join(dir, 'report.xml'))).map((s) => s.properties['results-file'])).toEqual(['holdout-results/model.json', 'holdout-results/validate-data.json']);
  });

  it('monitor: the production-data document', async () => {
    const { dir } = await workspace();
    expect(holdout(dir, 'validate', 'drift/reference.csv', '--schema', 'validate/schema.yaml', '--profile-out', 'reference.json', '--out', 'reference-results.json').code).toBe(0);
    expect(holdout(dir, 'monitor', 'drift/current.csv', '--schema', 'validate/schema.yaml', '--reference', 'reference.json', '--no-publish', '--junit', 'monitor.xml').code).toBe(1);
    const suites = await report(join(dir, 'monitor.xml'));
    expect(suites.map((s) => s.properties['results-file'])).toEqual(['holdout-results/monitor-data.json']);
    expect(allCases(suites).filter((c) => c.outcome === 'failure').map((c) => c.name)).toEqual(expect.arrayContaining(['plan: drift from the reference (Jensen–Shannon distance)']));
  });

  it('every step lists --junit in its help', () => {
    for (const step of ['validate', 'compare', 'report', 'gate', 'monitor', 'run']) expect(holdout(ROOT, step, '--help').stdout, step).toContain('--junit <');
  });
});

describe('junit: in the all-in-one config (holdout run)', () => {
  const config = (junit: string) => `junit: ${junit}
data:
  - name: churn
    files: validate/passing.csv
    schema: validate/schema.yaml
model:
  candidate: compare/candidate-predictions.csv
  baseline: compare/baseline-predictions.csv
  policy: compare/policy.yaml
`;

  it('one report of the run: every stage and the gate; --junit names another file', async () => {
    const { dir, commit } = await workspace();
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github/holdout.yml'), config('holdout-reports/junit.xml'));
    const run = holdout(dir, 'run', '--dry-run');
    expect(run.code).toBe(1);
    const suites = await report(join(dir, 'holdout-reports/junit.xml'));
    expect(suites.map((s) => [s.properties.kind, s.properties['results-file']])).toEqual([
      ['validate-data', 'holdout-results/validate-data-churn.json'],
      ['compare-metrics', 'holdout-results/compare-metrics.json'],
      ['gate', 'holdout-results/gate.json'],
    ]);
    expect(suites.every((s) => s.properties.commit === commit)).toBe(true);

    expect(holdout(dir, 'run', '--dry-run', '--junit', 'other.xml').code).toBe(1);
    expect((await report(join(dir, 'other.xml'))).map((s) => s.properties.kind)).toEqual(['validate-data', 'compare-metrics', 'gate']);
  });

  it('a junit key that is not a file name is a config mistake naming its line (exit 2)', async () => {
    const { dir } = await workspace();
    await mkdir(join(dir, '.github'), { recursive: true });
    await writeFile(join(dir, '.github/holdout.yml'), config('[a, b]'));
    const run = holdout(dir, 'run', '--dry-run');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\.github\/holdout\.yml:1: junit/);
  });
});
