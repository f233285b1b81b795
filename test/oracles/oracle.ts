// Runs the Python (scikit-learn, scipy, statsmodels) and R (pROC) oracles
// from Debian's packages. Without them the oracle suites are skipped with one
// line saying how to install them (test/requirements.ts); .ci/run installs
// them and sets HOLDOUT_REQUIRE_SYSTEM=1, so there a missing one fails.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness.js';
import { ORACLES, PYTHON, requireSystem, RSCRIPT } from '../requirements.js';

/** describe for a suite that needs the oracles: skipped (its body never runs) when they are missing. */
export const describeOracle = requireSystem(ORACLES).describe;

export function python(cases: unknown[]): any[] {
  const result = spawnSync(PYTHON, [join(ROOT, 'test/oracles/oracle.py')], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`python oracle failed (is python3-sklearn installed?):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

export function pROC(csvPath: string): number[] {
  const result = spawnSync(RSCRIPT, [join(ROOT, 'test/oracles/proc.R'), csvPath], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pROC oracle failed (is r-cran-proc installed?):\n${result.stderr}`);
  return result.stdout.trim().split('\n').map(Number);
}

export function writeCsv(path: string, columns: Record<string, ArrayLike<number>>): void {
  const names = Object.keys(columns);
  const n = columns[names[0]!]!.length;
  let text = names.join(',') + '\n';
  for (let i = 0; i < n; i++) text += names.map((k) => String(columns[k]![i])).join(',') + '\n';
  writeFileSync(path, text);
}

/** |a − b| ≤ rel·|b|, with an absolute floor for values near zero. */
export function close(a: number | undefined, b: number | null, rel = 1e-9): boolean {
  if (b === null) return a === undefined;
  if (a === undefined) return false;
  return Math.abs(a - b) <= rel * Math.abs(b) + 1e-12;
}
