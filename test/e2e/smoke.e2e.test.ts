// Every bundle starts on Node 24 and, given no inputs, fails cleanly with
// "input required" — not a crash, a missing module or a stack trace; and the
// CLI bundle runs the demo end to end.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { NODE24, ROOT, runBundle } from './harness.js';

const bundles = readdirSync(join(ROOT, 'dist')).filter((name) => name !== 'cli' && name !== 'worker' && existsSync(join(ROOT, 'dist', name, 'index.js')));

describe('bundle smoke tests', () => {
  it('finds every action bundle', () => {
    const actions = readdirSync(join(ROOT, 'actions')).filter((name) => existsSync(join(ROOT, 'actions', name, 'action.yml')));
    expect(bundles.sort()).toEqual(expect.arrayContaining(actions.sort()));
  });

  it.each(bundles)('%s fails cleanly without inputs', async (bundle) => {
    const run = await runBundle({ bundle, workspace: await tempDir() });
    // Inputs with a default in action.yml take the step's default (the runner always passes it);
    // the others are named as missing. Either way: one line, no stack trace.
    if (bundle === 'report') {
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/::warning::the results pattern "holdout-results\/\*.json"/);
    } else if (bundle === 'gate') {
      expect(run.exitCode).toBe(1);
      expect(run.failures).toEqual([expect.stringMatching(/^holdout gate: fail: cannot decide/)]);
    } else if (bundle === 'validate-data') {
      // No input is required on its own (schema is not, for a data package): the step names what is missing.
      expect(run.exitCode).toBe(1);
      expect(run.failures).toEqual(['data: give the data files to validate (or merge, with shard documents)']);
    } else if (bundle === 'monitor') {
      // Production data or live KPIs, either one: no input is required on its own, so the step says what it needs.
      expect(run.exitCode).toBe(1);
      expect(run.failures).toEqual(['monitor needs production data (data, with schema and reference) or live KPIs (kpis), or both']);
    } else {
      expect(run.exitCode).toBe(1);
      expect(run.failures).toHaveLength(1);
      expect(run.failures[0]).toMatch(/^Input required and not supplied: /);
    }
    expect(run.stdout + run.stderr).not.toMatch(/internal error|Cannot find module|ERR_MODULE_NOT_FOUND|    at /);
  });

  it('no bundle has a path of ours rewritten by ncc into an asset path', () => {
    // ncc's asset relocation rewrites resolve(dir, 'name.json') calls it can evaluate; results paths go through resultsPath().
    for (const name of readdirSync(join(ROOT, 'dist'))) {
      const code = readFileSync(join(ROOT, 'dist', name, 'index.js'), 'utf8');
      expect(code.includes('__nccwpck_require__.ab + "main/'), name).toBe(false);
    }
  });

  it('every bundle file, chunks included, has the version filled in (no HOLDOUT_VERSION left for a chunk to report 0.0.0-dev)', () => {
    for (const name of readdirSync(join(ROOT, 'dist'))) {
      for (const file of readdirSync(join(ROOT, 'dist', name)).filter((f) => f.endsWith('.js'))) {
        expect(readFileSync(join(ROOT, 'dist', name, file), 'utf8').includes('HOLDOUT_VERSION'), `dist/${name}/${file}`).toBe(false);
      }
    }
  });

  it('the worker bundle refuses to run as a program', () => {
    const result = spawnSync(NODE24, [join(ROOT, 'dist/worker/index.js')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/runs only as a holdout worker thread/);
  });

  it('the CLI bundle prints usage and exits 2 without arguments', () => {
    const result = spawnSync(NODE24, [join(ROOT, 'dist/cli/index.js')], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage:');
    const version = spawnSync(NODE24, [join(ROOT, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('npm run demo: the CLI bundle (with its worker thread) runs the whole pipeline and prints the verdict', async () => {
    const out = await tempDir('holdout-demo-');
    const result = spawnSync(NODE24, [join(ROOT, 'dist/cli/index.js'), 'demo', '--out-dir', out], { encoding: 'utf8', cwd: out });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('drift: 2 of 6 columns drifted (monthly_charges, plan)');
    expect(result.stdout).toMatch(/; gate: fail\n/);
    expect(readdirSync(out).sort()).toEqual(['audit', 'compare-metrics.json', 'compare-metrics.md', 'report.md', 'validate-drift.json', 'validate-failing.json', 'validate-failing.md', 'validate-passing.json', 'validate-passing.md']);
  });
});
