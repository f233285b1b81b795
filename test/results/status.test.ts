// The one status table (rank, icon, colour) and the one rule for "does this
// status fail the step": every status is in the table, the table is the only
// place in the library that spells a status icon, and the fail-on rule is
// pinned status by status.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNever } from '../../shared/errors.js';
import { statusSchema, type Status } from '../../shared/results/schema.js';
import { FAIL_ON, STATUS_TABLE, statusColour, statusFailsStep, statusIcon, statusRank, worstFirst, worstStatus, type FailOn } from '../../shared/results/status.js';
import { ROOT } from '../e2e/harness.js';

const STATUSES = statusSchema.options;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('the status table', () => {
  it('gives every status a rank, an icon and an ANSI colour, and nothing else', () => {
    expect(Object.keys(STATUS_TABLE).sort()).toEqual([...STATUSES].sort());
    for (const status of STATUSES) {
      expect(Number.isInteger(statusRank(status)), status).toBe(true);
      expect(statusIcon(status), status).toMatch(/^\S+$/u);
      expect(['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'], status).toContain(statusColour(status));
    }
    expect(new Set(STATUSES.map(statusIcon)).size).toBe(STATUSES.length);
  });

  it('keeps the icons the report has always shown, and ranks pass < warn < fail < error', () => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, statusIcon(s)]))).toEqual({ pass: '✅', warn: '⚠️', fail: '❌', error: '⛔' });
    const byRank = [...STATUSES].sort((a, b) => statusRank(a) - statusRank(b));
    expect(byRank).toEqual(['pass', 'warn', 'fail', 'error']);
    expect([...STATUSES].sort(worstFirst)).toEqual(['error', 'fail', 'warn', 'pass']);
    expect(worstStatus(['warn', 'error', 'fail'])).toBe('error');
  });

  it('is the only module in shared/ that spells a status icon', () => {
    const icons = new RegExp(`[${STATUSES.map((s) => statusIcon(s).charAt(0)).join('')}]`, 'u');
    const spelling = sourceFiles(join(ROOT, 'shared'))
      .filter((file) => icons.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(spelling).toEqual(['shared/results/status.ts']);
  });
});

describe('statusFailsStep, the one rule for "does this status fail the step"', () => {
  const expected: Record<FailOn, Record<Status, boolean>> = {
    fail: { pass: false, warn: false, fail: true, error: true },
    warn: { pass: false, warn: true, fail: true, error: true },
    // `error` means "could not be evaluated": it fails the step whatever fail-on says.
    never: { pass: false, warn: false, fail: false, error: true },
  };
  it.each(FAIL_ON)('fail-on %s', (failOn) => {
    expect(Object.fromEntries(STATUSES.map((s) => [s, statusFailsStep(s, failOn)]))).toEqual(expected[failOn]);
  });
});

describe('assertNever', () => {
  it('throws a bug (not a ConfigurationError) naming the unexpected value', () => {
    expect(() => assertNever('bogus' as never, 'status')).toThrow('unexpected status: "bogus"');
  });
});
