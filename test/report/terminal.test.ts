// The terminal output of the CLI is for people: no Markdown escapes, numbers
// rounded to what matters, correct plurals, the verdict with its reasons,
// colour only on a terminal. Through the CLI's public entry (runCli) and the
// text module it prints with.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { formatComparisonText, formatValidationText } from '../../cli/text.js';
import type { CompareMetricsResults } from '../../shared/results/schema.js';
import { userFile } from '../../shared/io/user-file.js';
import { validateData } from '../../shared/validate/run.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';
import { exampleComparison, NOW } from './documents.js';

async function cli(args: string[], cwd: string, isTty = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

/** What Markdown leaves in plain text: entities, backslash escapes, table pipes, headings, emphasis. */
const MARKDOWN = /&#\d+;|&(amp|lt|gt|quot);|\\[()[\]_*+=.!#-]|^#{2,} |^\| |\*\*/m;
/** A float printed as JavaScript holds it: six or more digits after the point. */
const RAW_FLOAT = /\d\.\d{6,}/;

describe('terminal output', () => {
  it('compare: rounded numbers, the status first, and a last line that gives the verdict with its reasons', async () => {
    const text = formatComparisonText((await exampleComparison()) as CompareMetricsResults, false);
    expect(text).not.toMatch(MARKDOWN);
    expect(text).not.toMatch(RAW_FLOAT);
    expect(text).not.toContain('\x1b[');
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('FAIL: region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7');
    expect(lines.find((l) => l.includes(' roc_auc ') && !l.includes('['))).toMatch(/^pass\s+roc_auc\s+0\.760\s+0\.765\s+\+0\.6%\s+−0\.014 to \+0\.023\s+0\.64\s+delong$/);
    expect(formatComparisonText((await exampleComparison()) as CompareMetricsResults, true)).toContain('\x1b[31mFAIL');
  });

  it('validate: "1 check failed, 1 error", not "1 checks failed, 1 errors"', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 's.json': JSON.stringify({ fields: [{ name: 'n', type: 'integer' }] }), 'd.csv': 'n\n1\nx\n' });
    const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json'), now: NOW });
    const text = formatValidationText(document, { maxErrors: 20, color: false });
    expect(text).toContain('FAIL  d.csv: 2 rows, 1 check failed, 1 error');
    expect(text).not.toMatch(/\b1 (checks|errors|rows)\b/);
  });

  it('report and gate print text, not Markdown, and colour only on a terminal', async () => {
    const dir = await tempDir();
    expect((await cli(['demo', '--out-dir', join(dir, 'holdout-results')], dir)).code).toBe(0);
    const demo = await cli(['demo', '--out-dir', join(dir, 'again')], dir);
    expect(demo.stdout).not.toMatch(RAW_FLOAT);
    expect(demo.stdout).toContain('Report (the pull request comment): Fails: region west: log_loss +25% (max +5%)');
    expect(demo.stdout).toMatch(/ {2}fail monthly_charges: wasserstein 0\.87 ±0\.062, drift at ≥ 0\.1; n 3,000 → 2,000/);

    const gate = await cli(['gate', 'holdout-results/validate-drift.json', 'holdout-results/compare-metrics.json'], dir);
    expect(gate.code).toBe(1);
    expect(gate.stdout).not.toMatch(MARKDOWN);
    expect(gate.stdout).not.toContain('\x1b[');
    expect(gate.stdout.split('\n')[0]).toMatch(/^FAIL holdout gate: Data validation: this month: plan: drift from the reference/);
    expect(gate.stdout).toContain('7 reasons:');
    expect((await cli(['gate', 'holdout-results/validate-drift.json'], dir, true)).stdout).toContain('\x1b[31mFAIL\x1b[0m');

    const pipe = await cli(['report', 'holdout-results/validate-drift.json', 'holdout-results/compare-metrics.json'], dir);
    expect(pipe.stdout.split('\n')[0]).toMatch(/^❌ \*\*holdout: fails\*\* — /); // a pipe gets the comment's Markdown
    const tty = await cli(['report', 'holdout-results/validate-drift.json', 'holdout-results/compare-metrics.json'], dir, true);
    const plain = tty.stdout.replace(/\x1b\[\d+m/g, '');
    expect(plain).not.toMatch(MARKDOWN);
    expect(plain).not.toMatch(RAW_FLOAT);
    expect(plain.split('\n')[0]).toBe('FAIL Fails: region west: log_loss +25% (max +5%), roc_auc 0.697 < 0.75, accuracy 0.664 < 0.7; drift in 2 of 6 columns (monthly_charges, plan)');
    expect(plain).toContain('  fail roc_auc in region west: ≥ 0.75, got 0.697');
    expect(tty.stdout).toContain('\x1b[');
  });
});
