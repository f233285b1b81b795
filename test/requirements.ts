// Tests that need something outside Node.js — the Debian packages the oracle
// tests compare with (python3-sklearn, …, r-cran-proc), the Chromium the
// browser test renders in — declare it here. On a machine without it those
// tests are skipped, and the run prints ONE line naming what is missing and
// the command that installs it (once per `npm test`, however many files need
// it). With HOLDOUT_REQUIRE_SYSTEM=1 (.ci/run sets it) a missing requirement
// fails the tests instead, so CI never silently loses them.
//
//   const oracles = requireSystem({ name, check, install });
//   oracles.describe('metrics vs scikit-learn', () => { … });   // or describe.runIf(oracles.available)

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export const REQUIRE_ENV = 'HOLDOUT_REQUIRE_SYSTEM';

export interface SystemRequirement {
  /** What is needed, as a person would install it: "Debian's python3-sklearn, … and r-cran-proc". */
  name: string;
  /** undefined when it is there; otherwise what is missing, in a few words. */
  check: () => string | undefined;
  /** The command that installs it. */
  install: string;
}

export interface SystemCheck {
  available: boolean;
  /** Why not, when not available. */
  missing?: string;
  /** vitest's describe when available; otherwise a skipped suite that never runs its body (which may call the missing tool while collecting). */
  describe: (name: string, body: () => unknown) => void;
}

const checked = new Map<string, SystemCheck>();

export function requireSystem(requirement: SystemRequirement, env: NodeJS.ProcessEnv = process.env): SystemCheck {
  const known = checked.get(requirement.name);
  if (known) return known;
  const missing = checkOncePerRun(requirement);
  let result: SystemCheck;
  if (missing === undefined) result = { available: true, describe: (name, body) => describe(name, body as () => void) };
  else {
    const line = `${requirement.name}: not found (${missing}). Install with: ${requirement.install}`;
    if (env[REQUIRE_ENV] === '1') throw new Error(`${line}\n(${REQUIRE_ENV}=1: these tests are required here, not skipped)`);
    announceOnce(requirement.name, `skipping tests that need ${line}  (${REQUIRE_ENV}=1 makes this a failure)`);
    result = { available: false, missing, describe: (name) => describe.skip(name, () => it.skip(`needs ${requirement.name}`, () => {})) };
  }
  checked.set(requirement.name, result);
  return result;
}

/** The check's answer, computed by the first test file of the run that asks and read back by the others (each file is its own process). */
function checkOncePerRun(requirement: SystemRequirement): string | undefined {
  const file = join(tmpdir(), `holdout-check-${runKey(requirement.name)}.json`);
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { missing?: string }).missing;
  } catch {
    const missing = requirement.check();
    writeFileSync(file, JSON.stringify({ missing }));
    return missing;
  }
}

/** This run (its main process) and this requirement with the interpreters it names, so a reused pid or another HOLDOUT_PYTHON never reads a stale answer. */
function runKey(name: string): string {
  const digest = createHash('sha256').update(JSON.stringify([name, PYTHON, RSCRIPT, CHROMIUM])).digest('hex').slice(0, 16);
  return `${process.ppid}-${digest}`;
}

/** Prints the line once per test run: the first test file (worker) to claim it, keyed by the run's main process. */
function announceOnce(name: string, line: string): void {
  try {
    closeSync(openSync(join(tmpdir(), `holdout-skip-${runKey(name)}`), 'wx'));
  } catch {
    return;
  }
  process.stderr.write(`\n${line}\n`);
}

/** Whether `command args` runs and exits 0 (a missing program or module is not an exception). */
export function runs(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

// The oracles: Debian's Python packages through /usr/bin/python3 and R's pROC through Rscript.
// HOLDOUT_PYTHON and HOLDOUT_RSCRIPT name other interpreters (a test hides the oracles with them).
export const PYTHON = process.env.HOLDOUT_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
export const RSCRIPT = process.env.HOLDOUT_RSCRIPT ?? 'Rscript';
export const ORACLE_PACKAGES = ['python3-pandas', 'python3-scipy', 'python3-sklearn', 'python3-statsmodels', 'r-cran-proc'] as const;

export const ORACLES: SystemRequirement = {
  name: `the oracle packages (Debian's ${ORACLE_PACKAGES.join(', ')})`,
  check: () => {
    const problems: string[] = [];
    if (!runs(PYTHON, ['-c', 'import pandas, scipy, sklearn, statsmodels'])) problems.push(`${PYTHON} cannot import pandas, scipy, sklearn and statsmodels`);
    if (!runs(RSCRIPT, ['-e', 'library(pROC)'])) problems.push(`${RSCRIPT} cannot load pROC`);
    return problems.length ? problems.join('; ') : undefined;
  },
  install: `sudo apt-get install --no-install-recommends ${ORACLE_PACKAGES.join(' ')}`,
};

// The browser test's Chromium (test/browser/): Debian's, driven by playwright-core, no browser download.
export const CHROMIUM = process.env.HOLDOUT_CHROMIUM ?? '/usr/bin/chromium';
export const BROWSER: SystemRequirement = {
  name: "Debian's chromium",
  check: () => (runs(CHROMIUM, ['--headless', '--no-sandbox', '--version']) ? undefined : `${CHROMIUM} does not run`),
  install: 'sudo apt-get install --no-install-recommends chromium',
};
