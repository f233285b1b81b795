// The GitLab Code Quality report (shared/gitlab/code-quality.ts) from real
// results documents — the example churn data validated and the example model
// compared, through the CLI — held to GitLab's documented example report
// (test/fixtures/gitlab/code-quality-example.json): the same structure and
// types, a severity from GitLab's list, one fingerprint per finding, stable
// from run to run.
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { CODE_QUALITY_SEVERITIES, codeQualityIssues, codeQualityText, projectPath } from '../../shared/gitlab/code-quality.js';
import { parseResults } from '../../shared/results/io.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';

const EXAMPLE = JSON.parse(await readFile(join(ROOT, 'test/fixtures/gitlab/code-quality-example.json'), 'utf8')) as unknown[];

/** The structure of a JSON value: its keys (nested) and the type of each leaf. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shape(v)]));
  return typeof value;
}

async function results(args: string[], from: string): Promise<ResultsDocument> {
  const dir = await tempDir();
  await cp(from.startsWith('/') ? from : join(ROOT, from), dir, { recursive: true });
  const out = join(dir, 'results.json');
  const code = await runCli([...args, '--out', out], { stdout: () => {}, stderr: () => {}, cwd: dir, isTty: false, examplesDir: join(ROOT, 'examples') });
  expect(code).toBeLessThan(2);
  return parseResults(await readFile(out, 'utf8'), out);
}

const failing = await results(['validate', 'failing.csv', '--schema', 'schema.yaml'], 'examples/validate');

describe('GitLab Code Quality report', () => {
  it('has the structure of GitLab\'s documented example, one issue per data error at its line', () => {
    expect(failing.kind).toBe('validate-data');
    if (failing.kind !== 'validate-data') return;
    const issues = codeQualityIssues([failing]);
    expect(issues.length).toBeGreaterThanOrEqual(failing.data.errors.length);
    for (const issue of issues) {
      expect(shape(issue)).toEqual(shape(EXAMPLE[0]));
      expect(CODE_QUALITY_SEVERITIES).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const error of failing.data.errors) {
      expect(issues.some((i) => i.location.path === error.file && i.location.lines.begin === (error.line ?? 1) && i.description.includes(error.message))).toBe(true);
    }
    // The date that does not exist, on line 3 of the file.
    const date = issues.find((i) => i.check_name === 'holdout/data/type-error' && i.location.lines.begin === 3)!;
    expect(date).toMatchObject({ severity: 'major', location: { path: 'failing.csv' } });
    expect(date.description).toContain('"2020-13-01" is not a valid date');
  });

  it('a tolerated error (x-holdout mostly) is minor', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'schema.yaml': 'fields:\n  - { name: id, type: integer }\n  - { name: email, type: string, format: email, x-holdout: { mostly: 0.5 } }\n',
      'users.csv': 'id,email\n1,a@example.com\n2,not-an-email\n3,c@example.com\n4,d@example.com\n',
    });
    const document = await results(['validate', 'users.csv', '--schema', 'schema.yaml'], dir);
    const issues = codeQualityIssues([document]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'minor', location: { path: 'users.csv', lines: { begin: 3 } } });
  });

  it('gives a finding the same fingerprint in the next pipeline, whatever the run', async () => {
    const again = await results(['validate', 'failing.csv', '--schema', 'schema.yaml'], 'examples/validate');
    expect(again.createdAt).not.toBe(undefined);
    expect(codeQualityIssues([again]).map((i) => i.fingerprint)).toEqual(codeQualityIssues([failing]).map((i) => i.fingerprint));
  });

  it('writes a JSON array without a byte order mark, empty for passing data', async () => {
    const passing = await results(['validate', 'passing.csv', '--schema', 'schema.yaml'], 'examples/validate');
    expect(codeQualityText(codeQualityIssues([passing]))).toBe('[]\n');
    const text = codeQualityText(codeQualityIssues([failing]));
    expect(text.charCodeAt(0)).toBe('['.charCodeAt(0));
    expect(shape(JSON.parse(text)[0])).toEqual(shape(EXAMPLE[0]));
  });

  it('a comparison rule that fails is a finding on the candidate file; one without a file is none', async () => {
    const compared = await results(['compare', '--candidate', 'candidate-predictions.csv', '--baseline', 'baseline-predictions.csv', '--policy', 'policy.yaml'], 'examples/compare');
    expect(compared.kind).toBe('compare-metrics');
    const failed = compared.checks.filter((c) => c.status !== 'pass');
    expect(failed.length).toBeGreaterThan(0);
    const issues = codeQualityIssues([compared]);
    const located = failed.filter((c) => c.locations.some((l) => l.file));
    expect(issues.length).toBe(new Set(located.map((c) => c.id)).size);
    for (const issue of issues) {
      expect(issue.location.path).toBe('candidate-predictions.csv');
      expect(issue.check_name).toMatch(/^holdout\/compare-metrics\/(min|max|max_regression|max_relative_regression|min_improvement|non_inferiority|showable_margin|present|baseline|input)$/);
      expect(issue.severity).toBe(failed.find((c) => issue.description.startsWith(c.title))!.status === 'warn' ? 'minor' : 'major');
    }
    // The gate's document has no locations: nothing to place in the diff.
    const gate = { ...compared, kind: 'gate', checks: [{ id: 'gate', title: 'Gate decision', status: 'fail', message: 'blocked', count: 1, locations: [] }] } as unknown as ResultsDocument;
    expect(codeQualityIssues([gate])).toEqual([]);
  });

  it('paths are relative to the project, with forward slashes', () => {
    expect(projectPath('/builds/group/project/data/train.csv', '/builds/group/project')).toBe('data/train.csv');
    expect(projectPath('./data/train.csv', '/builds/group/project')).toBe('data/train.csv');
    expect(projectPath('data\\train.csv')).toBe('data/train.csv');
    // Outside the project: left as it is (GitLab lists it, the diff cannot show it).
    expect(projectPath('/tmp/other.csv', '/builds/group/project')).toBe('/tmp/other.csv');
  });
});
