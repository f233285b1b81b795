// The import layering (.dependency-cruiser.cjs), enforced: the repository has
// no violation; the rules bite on a small tree that breaks each of them; and
// nothing in shared/ but shared/runtime/ reads process.env.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { tempDir, writeFiles } from '../helpers.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

describe('import layering on the repository', () => {
  it('npm run lint:layers (dependency-cruiser) reports no violation', () => {
    const script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['lint:layers'];
    expect(script).toMatch(/^depcruise --config \.dependency-cruiser\.cjs /);
    // The script as CI runs it, on this (pinned) Node.
    const args = script!.split(/\s+/).slice(1);
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const report = `${run.stdout}${run.stderr}`;
    expect(run.status, `dependency-cruiser found layering violations:\n${report}`).toBe(0);
    expect(report).toMatch(/no dependency violations found \(\d+ modules, \d+ dependencies cruised\)/);
  });
});

/** Cruises `files` (written to a temp tree) with the repository's rules; the violations, as `rule: from → to`. */
async function violationsIn(files: Record<string, string>): Promise<string[]> {
  const dir = await tempDir('holdout-layers-');
  await writeFiles(dir, {
    ...files,
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true }, include: ['**/*.ts'] }),
  });
  const options: ICruiseOptions = { ...(await extractDepcruiseOptions(CONFIG)), baseDir: dir };
  options.tsConfig = { fileName: join(dir, 'tsconfig.json') };
  const roots = [...new Set(Object.keys(files).map((file) => file.split('/')[0]!))];
  const result = await cruise(roots, options, {}, { tsConfig: extractTSConfig(join(dir, 'tsconfig.json')) });
  if (typeof result.output === 'string') throw new Error(`unexpected string output: ${result.output}`);
  expect(result.output.summary.totalCruised).toBe(Object.keys(files).length + (roots.includes('tsconfig.json') ? 1 : 0) + countUnresolved(files));
  return result.output.summary.violations.map(describeViolation);
}

function describeViolation(v: IViolation): string {
  return `${v.rule.name}: ${v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`}`;
}

/** Bare imports (npm packages) in the fixture: each is one more module cruised, unresolved in the temp tree. */
function countUnresolved(files: Record<string, string>): number {
  return new Set(Object.values(files).flatMap((text) => [...text.matchAll(/from '([^.][^']*)'/g)].map((m) => m[1]))).size;
}

// A file in each layer that follows the rules: the control.
const CLEAN: Record<string, string> = {
  'shared/errors.ts': 'export class ConfigurationError extends Error {}\n',
  'shared/stats/mean.ts': "import { ConfigurationError } from '../errors.js';\nexport const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b) / xs.length : new ConfigurationError().message);\n",
  'shared/results/schema.ts': "import { mean } from '../stats/mean.js';\nexport type Status = 'pass' | 'fail';\nexport const m = mean;\n",
  'shared/compare/run.ts': "import type { Status } from '../results/schema.js';\nexport interface BaselineFile { status: Status }\nexport const compare = () => 1;\n",
  'shared/baseline/path.ts': "import type { BaselineFile } from '../compare/run.js';\nexport const resolvePath = (): BaselineFile | undefined => undefined;\n",
  'shared/runtime/octokit.ts': "import * as core from '@actions/core';\nimport type { Status } from '../results/schema.js';\nexport type Octokit = { status: Status };\nexport const debug = core.debug;\n",
  'shared/github/comment.ts': "import type { Octokit } from '../runtime/octokit.js';\nexport const post = (o: Octokit) => o;\n",
  'shared/steps/compare.ts': "import { compare } from '../compare/run.js';\nimport { post } from '../github/comment.js';\nimport type { Octokit } from '../runtime/octokit.js';\nexport const step = (o: Octokit) => [compare(), post(o)];\n",
  'cli/main.ts': "import { step } from '../shared/steps/compare.js';\nexport const main = step;\n",
};

describe('the layering rules bite', () => {
  it('a tree that follows the rules has no violation (the control)', async () => {
    expect(await violationsIn(CLEAN)).toEqual([]);
  });

  it('an import up the layers: results → validate', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/validate/profile.ts': "export const profile = 1;\n",
      'shared/results/collect.ts': "import { profile } from '../validate/profile.js';\nexport const p = profile;\n",
    });
    expect(violations).toEqual(['layer-6-imports-upward: shared/results/collect.ts → shared/validate/profile.ts']);
  });

  it('a type-only import up the layers counts too: stats → metrics', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/metrics/prepared.ts': 'export interface PreparedMetric { evaluate(): number }\n',
      'shared/stats/bootstrap.ts': "import type { PreparedMetric } from '../metrics/prepared.js';\nexport const run = (m: PreparedMetric) => m.evaluate();\n",
    });
    expect(violations).toEqual(['layer-1-imports-upward: shared/stats/bootstrap.ts → shared/metrics/prepared.ts']);
  });

  it('a cycle, even within one layer', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/report/drift.ts': "import { table } from './validation.js';\nexport const drift = () => table;\n",
      'shared/report/validation.ts': "import { drift } from './drift.js';\nexport const table = 1;\nexport const d = drift;\n",
    });
    expect(violations).toEqual(['no-circular: shared/report/drift.ts → shared/report/validation.ts → shared/report/drift.ts']);
  });

  it('@actions/* outside shared/runtime/: stats → @actions/core', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/stats/log.ts': "import * as core from '@actions/core';\nexport const say = core.info;\n",
    });
    expect(violations).toEqual(['actions-toolkit-outside-runtime: shared/stats/log.ts → @actions/core']);
  });

  it('runtime imports no engine, and only types from results', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/runtime/run.ts': "import { compare } from '../compare/run.js';\nimport { m } from '../results/schema.js';\nexport const r = [compare, m];\n",
    });
    expect(violations.sort()).toEqual([
      'runtime-imports-engine: shared/runtime/run.ts → shared/compare/run.ts',
      'runtime-imports-results-values: shared/runtime/run.ts → shared/results/schema.ts',
    ]);
  });

  it('L7 siblings do not import each other (baseline → compare types excepted), and baseline takes types only', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/validate/run.ts': "import { compare } from '../compare/run.js';\nexport const v = compare;\n",
      'shared/baseline/git.ts': "import { compare } from '../compare/run.js';\nexport const g = compare;\n",
      'shared/compare/policy.ts': "import { resolvePath } from '../baseline/path.js';\nexport const p = resolvePath;\n",
    });
    expect(violations.sort()).toEqual([
      'baseline-imports-compare-values: shared/baseline/git.ts → shared/compare/run.ts',
      'l7-compare-imports-sibling: shared/compare/policy.ts → shared/baseline/path.ts',
      'l7-validate-imports-sibling: shared/validate/run.ts → shared/compare/run.ts',
    ]);
  });

  it('engines do not reach into runtime; clients and steps take only the octokit factory', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/runtime/inputs.ts': 'export const input = 1;\n',
      'shared/baseline/artifact.ts': "import type { Octokit } from '../runtime/octokit.js';\nexport type O = Octokit;\n",
      'shared/steps/gate.ts': "import { input } from '../runtime/inputs.js';\nexport const i = input;\n",
    });
    expect(violations.sort()).toEqual([
      'client-or-step-imports-runtime: shared/steps/gate.ts → shared/runtime/inputs.ts',
      'engine-imports-runtime: shared/baseline/artifact.ts → shared/runtime/octokit.ts',
    ]);
  });

  it('shared/ never imports an entry', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/steps/report.ts': "import { main } from '../../cli/main.js';\nexport const m = main;\n",
    });
    expect(violations).toEqual(['shared-imports-entry: shared/steps/report.ts → cli/main.ts']);
  });

  it('every module in shared/ belongs to a layer', async () => {
    const violations = await violationsIn({
      ...CLEAN,
      'shared/config/pipeline.ts': "import { step } from '../steps/compare.js';\nexport const p = step;\n",
      'shared/unplaced/schedule.ts': 'export const cron = 1;\n',
    });
    expect(violations.sort()).toEqual([
      'unlayered-module-orphan: shared/unplaced/schedule.ts → shared/unplaced/schedule.ts',
      'unlayered-module: shared/config/pipeline.ts → shared/steps/compare.ts',
    ]);
  });
});

describe('process.env', () => {
  it('is read only in shared/runtime/ (everything else in shared/ takes its inputs as arguments)', () => {
    const shared = join(ROOT, 'shared');
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.[cm]?[jt]s$/.test(entry.name)) {
          const file = relative(ROOT, path).split('\\').join('/');
          if (file.startsWith('shared/runtime/')) continue;
          readFileSync(path, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (/process\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk(shared);
    expect(offenders, `process.env outside shared/runtime/:\n${offenders.join('\n')}`).toEqual([]);
  });
});

describe('bundles', () => {
  // dist/ is committed and rebuilt in CI, so what a bundle folder holds is what the runner loads.
  const modulesIn = (bundle: string): Set<string> => {
    const dir = join(ROOT, 'dist', bundle);
    const found = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
      for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/CONCATENATED MODULE: \.\/build\/(shared\/[\w/.-]+)\.js/g)) found.add(m[1]!);
    }
    return found;
  };
  const engines = (modules: Set<string>) => [...modules].filter((m) => /^shared\/(compare|metrics|stats\/(delong|mcnemar|bootstrap)|validate|data|schema)\//.test(m)).sort();

  it('carry only their own steps\' engines: validate-data holds no comparison code, gate and report hold no engine', () => {
    const validate = engines(modulesIn('validate-data'));
    expect(validate.filter((m) => /^shared\/(compare|metrics|stats)\//.test(m))).toEqual([]);
    expect(validate).toContain('shared/validate/run');
    expect(engines(modulesIn('compare-metrics'))).toContain('shared/compare/run');
    expect(engines(modulesIn('compare-metrics')).filter((m) => m.startsWith('shared/validate/'))).toEqual([]);
    for (const bundle of ['gate', 'report']) expect(engines(modulesIn(bundle)).filter((m) => /\/(run|table|csv|delong)$/.test(m)), bundle).toEqual([]);
    // The worker serves both.
    expect(engines(modulesIn('worker'))).toEqual(expect.arrayContaining(['shared/compare/run', 'shared/validate/run']));
  });
});
