// The README's two commands on a machine with Node.js alone: in a clean clone
// of this repository, `npm ci && npm run demo` runs the demo, and `npm test`
// passes with the oracle packages hidden (HOLDOUT_PYTHON and HOLDOUT_RSCRIPT
// name interpreters that do not exist), skipping the oracle suites with one
// line that names the packages and the apt-get command — and fails instead
// with HOLDOUT_REQUIRE_SYSTEM=1, as in CI. The test run is the oracle
// subset, to keep this test's time modest; the clone is of the committed HEAD.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';
import { ORACLE_PACKAGES, REQUIRE_ENV } from '../requirements.js';

interface Ran {
  code: number;
  output: string;
}

function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 1 << 26, timeout: 400_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** The environment of a machine without the oracles: interpreters that are not there, and nothing that requires them. */
function bareEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HOLDOUT_PYTHON: '/nonexistent/python3', HOLDOUT_RSCRIPT: '/nonexistent/Rscript', HOLDOUT_CHROMIUM: '/nonexistent/chromium', NO_COLOR: '1', ...extra };
  if (!extra[REQUIRE_ENV]) delete env[REQUIRE_ENV];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST') || ['NODE_OPTIONS', 'TEST', 'FORCE_COLOR'].includes(key)) delete env[key];
  return env;
}

describe("the README's commands in a clean clone, without the oracle packages", () => {
  it('npm ci && npm run demo, then npm test (the oracle suites) skips with one line, or fails when required', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/^npm ci && npm run demo\b/m);
    expect(readme).toMatch(/^npm test\b/m);

    const clone = join(await tempDir('holdout-clone-'), 'holdout');
    expect((await sh('git', ['clone', '--quiet', ROOT, clone], ROOT, process.env)).code).toBe(0);
    // The npm registry is the only network a test may use; what the cache holds is not fetched again.
    const ci = await sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], clone, bareEnv());
    expect(ci.code, ci.output).toBe(0);
    const demo = await sh('npm', ['run', 'demo'], clone, bareEnv());
    expect(demo.code, demo.output).toBe(0);
    expect(demo.output).toMatch(/^Demo verdicts: passing\.csv: pass \(0 errors\); failing\.csv: fail/m);

    const tests = await sh('npm', ['test', '--', 'test/oracles/'], clone, bareEnv());
    expect(tests.code, tests.output).toBe(0);
    const skipLines = tests.output.split('\n').filter((line) => line.startsWith('skipping tests that need'));
    expect(skipLines).toEqual([
      `skipping tests that need the oracle packages (Debian's ${ORACLE_PACKAGES.join(', ')}): not found (/nonexistent/python3 cannot import pandas, scipy, sklearn and statsmodels; /nonexistent/Rscript cannot load pROC). Install with: sudo apt-get install --no-install-recommends ${ORACLE_PACKAGES.join(' ')}  (${REQUIRE_ENV}=1 makes this a failure)`,
    ]);
    expect(tests.output).toMatch(/Tests +(\d+ passed \| )?\d+ skipped/);

    const required = await sh('npm', ['test', '--', 'test/oracles/'], clone, bareEnv({ [REQUIRE_ENV]: '1' }));
    expect(required.code).not.toBe(0);
    expect(required.output).toContain(`${REQUIRE_ENV}=1: these tests are required here, not skipped`);
  }, 420_000);
});
