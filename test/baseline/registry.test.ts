// The registry: every source is one resolver with a doc row and a test file;
// schemes are unique; a spec picks its resolver by scheme, else it is a path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_RESOLVERS, baselineSchemeOf, parseBaselineSpec } from '../../shared/baseline/index.js';
import { createBaselineRegistry, resolveWith, type BaselineResolver } from '../../shared/baseline/resolver.js';
import { gitResolver } from '../../shared/baseline/git.js';
import { pathResolver } from '../../shared/baseline/path.js';
import { ConfigurationError } from '../../shared/errors.js';
import { offlineContext } from './fake.js';

const ROOT = join(import.meta.dirname, '../..');

/** The first column of the sources table in docs/baselines.md, between its marker comments, without the backticks. */
function documentedSyntaxes(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/baselines.md'), 'utf8');
  const start = doc.indexOf('<!-- baseline-sources:');
  const end = doc.indexOf('<!-- baseline-sources:end -->');
  expect(start, 'docs/baselines.md has the baseline-sources markers').toBeGreaterThanOrEqual(0);
  expect(end).toBeGreaterThan(start);
  const rows = doc.slice(start, end).split('\n').filter((line) => line.startsWith('|')).slice(2);
  return rows.map((row) => {
    const cell = row.split('|')[1]!.trim();
    expect(cell, `${row}: the Source cell is one code span`).toMatch(/^`[^`]+`$/);
    return cell.slice(1, -1);
  });
}

describe('baseline registry', () => {
  it('docs/baselines.md has one row per registered source, in order, with its syntax', () => {
    expect(documentedSyntaxes()).toEqual(BASELINE_RESOLVERS.map((r) => r.syntax));
  });

  it('every registered scheme has its test file', () => {
    for (const { scheme } of BASELINE_RESOLVERS) expect(existsSync(join(ROOT, `test/baseline/${scheme}.test.ts`)), `test/baseline/${scheme}.test.ts`).toBe(true);
  });

  it("every syntax shows its scheme, and every parser refuses an empty source with one line naming the spec", () => {
    for (const resolver of BASELINE_RESOLVERS) {
      expect(resolver.syntax).toContain(`${resolver.scheme}:`);
      expect(resolver.syntax).not.toContain('\n');
      const spec = `${resolver.scheme}:`;
      let error: unknown;
      try {
        resolver.parse('', spec);
      } catch (e) {
        error = e;
      }
      expect(error, spec).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(new RegExp(`^baseline "${spec}": write [^\\n]+$`));
    }
  });

  it('refuses a scheme registered twice, a one-letter scheme (a Windows drive) and a list without path', () => {
    expect(() => createBaselineRegistry([...BASELINE_RESOLVERS, { ...gitResolver }])).toThrow('baseline resolver scheme "git" is registered twice');
    expect(() => createBaselineRegistry([pathResolver, { ...gitResolver, scheme: 'c' }])).toThrow(/scheme "c" must match/);
    expect(() => createBaselineRegistry([pathResolver, { ...gitResolver, scheme: 'Git' }])).toThrow(/scheme "Git" must match/);
    expect(() => createBaselineRegistry([gitResolver])).toThrow('no "path" baseline resolver is registered');
  });

  it('picks by scheme, else path; a new source is one more entry in the list', async () => {
    expect(['m.json', 'git:main:m.json', 'artifact:a', 'deployment:production', 'path:x', 'mlflow:churn@champion', 'wandb:team/churn/run'].map(baselineSchemeOf)).toEqual(['path', 'git', 'artifact', 'deployment', 'path', 'mlflow', 'path']);
    expect(parseBaselineSpec(' artifact:eval:out/m.json ')).toEqual({ scheme: 'artifact', source: { kind: 'artifact', name: 'eval', file: 'out/m.json', spec: 'artifact:eval:out/m.json' } });
    const wandb: BaselineResolver<{ project: string; run: string }> = {
      scheme: 'wandb',
      syntax: 'wandb:<project>/<run>',
      parse: (rest) => ({ project: rest.split('/')[0]!, run: rest.split('/')[1]! }),
      resolve: async (source) => ({ missing: `${source.run} in ${source.project}` }),
    };
    const registry = createBaselineRegistry([...BASELINE_RESOLVERS, wandb]);
    expect(await resolveWith(registry, 'wandb:churn/r1', await offlineContext())).toEqual({ missing: 'r1 in churn' });
    expect(await resolveWith(registry, 'nope.json', await offlineContext())).toEqual({ missing: 'nope.json: no such file' });
  });
});
