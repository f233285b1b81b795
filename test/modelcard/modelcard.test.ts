// The model card check (issue 17) on Hugging Face's published model card
// template — fixtures/huggingface-modelcard-template.md is
// src/huggingface_hub/templates/modelcard_template.md of huggingface/huggingface_hub
// (commit 926f6d8c, Apache-2.0), verbatim — raw, rendered as huggingface_hub
// renders it without values (every `{{ x | default("…", true) }}` becomes its
// default), and filled in; through the gate step (a check per section in the
// decision, its reasons and its audit record) and the `holdout model-card`
// command (the check, and --write's performance section between markers).

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { MemoryLogger } from '../../shared/log.js';
import { checkSections, DEFAULT_MODEL_CARD_SECTIONS, parseRequiredSection } from '../../shared/modelcard/card.js';
import { PERFORMANCE_END, PERFORMANCE_START } from '../../shared/modelcard/performance.js';
import { serializeResults } from '../../shared/results/io.js';
import type { ResultsDocument } from '../../shared/results/schema.js';
import { gateOptions, runGate } from '../../shared/steps/gate.js';
import { optionsFromText } from '../../shared/steps/options.js';
import type { StepEnvironment } from '../../shared/steps/step.js';
import { taskRunner } from '../../shared/steps/worker.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';
import { CTX, exampleComparison, exampleDocuments, NOW } from '../report/documents.js';

const TEMPLATE = join(import.meta.dirname, 'fixtures', 'huggingface-modelcard-template.md');
const REQUIRED = DEFAULT_MODEL_CARD_SECTIONS.map(parseRequiredSection);

/** The template as huggingface_hub's ModelCard.from_template renders it with no values: each placeholder becomes its default. */
function rendered(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:\|\s*default\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*true\s*\)\s*)?\}\}/g, (_, name: string, fallback: string | undefined) => values[name] || fallback || '');
}

const states = (text: string) => Object.fromEntries(checkSections(text, REQUIRED).map((f) => [f.name, f.state]));

/** A card filled in from the template, with the two sections it has no place for added (headings in other cases and levels). */
async function filledCard(): Promise<string> {
  const template = await readFile(TEMPLATE, 'utf8');
  return rendered(template, {
    direct_use: 'Scoring churn risk for monthly-plan customers, weekly, to prioritise retention calls.',
    results: 'ROC AUC 0.74 on the 2026-Q3 holdout set.',
  }) + '\n## ASSUMPTIONS\n\nThe serving features are computed as in training; a customer has at least one month of history.\n\n### rollback procedure\n\nRun the gate with mode: rollback for the production environment.\n';
}

describe("the model card's required sections", () => {
  it("Hugging Face's raw template: placeholders are no content; assumptions and rollback have no section in it", async () => {
    const template = await readFile(TEMPLATE, 'utf8');
    const findings = checkSections(template, REQUIRED);
    expect(findings.map((f) => [f.name, f.state, f.heading, f.line])).toEqual([
      ['Intended use', 'empty', 'Uses', 37],
      ['Assumptions', 'missing', undefined, undefined],
      ['Performance baselines', 'empty', 'Evaluation', 104],
      ['Failure modes', 'empty', 'Bias, Risks, and Limitations', 59],
      ['Rollback procedure', 'missing', undefined, undefined],
    ]);
  });

  it('the template rendered without values: "[More Information Needed]" is still empty, the default recommendation is content', async () => {
    const text = rendered(await readFile(TEMPLATE, 'utf8'));
    expect(text).toContain('[More Information Needed]');
    expect(states(text)).toEqual({ 'Intended use': 'empty', Assumptions: 'missing', 'Performance baselines': 'empty', 'Failure modes': 'present', 'Rollback procedure': 'missing' });
  });

  it('a filled card: every section present, headings matched case-insensitively at any level', async () => {
    expect(states(await filledCard())).toEqual({ 'Intended use': 'present', Assumptions: 'present', 'Performance baselines': 'present', 'Failure modes': 'present', 'Rollback procedure': 'present' });
  });

  it('headings inside fenced code and front matter do not count; setext headings do', () => {
    const text = ['---', 'license: mit', '---', '', '```md', '# Assumptions', 'text', '```', '', 'Rollback', '========', '', 'Re-deploy the previous deployment.', ''].join('\n');
    expect(checkSections(text, [parseRequiredSection('Assumptions'), parseRequiredSection('Rollback procedure | Rollback')]).map((f) => f.state)).toEqual(['missing', 'present']);
  });
});

function environment(workspace: string): StepEnvironment {
  return { workspace, tempDir: workspace, eventName: '', payload: {}, logger: new MemoryLogger(), tasks: taskRunner(undefined), commit: CTX.commit, now: () => NOW };
}

async function workspaceWith(card: string | undefined, documents: ResultsDocument[]) {
  const dir = await tempDir();
  const files: Record<string, string> = {};
  documents.forEach((d, k) => (files[`holdout-results/${d.kind}-${k}.json`] = serializeResults(d)));
  if (card !== undefined) files['MODEL_CARD.md'] = card;
  await writeFiles(dir, files);
  return dir;
}

const gateFlags = (values: Record<string, string>) => optionsFromText(gateOptions, 'flag', (name) => values[name]);

describe('the gate checks the model card', () => {
  it('policy fail: missing and empty sections fail the decision, one reason each, and the card is an audited input', async () => {
    const comparison = await exampleComparison();
    // A passing comparison, so that only the card decides.
    const passing = { ...comparison, status: 'pass' as const, checks: comparison.checks.map((c) => ({ ...c, status: 'pass' as const })) };
    const dir = await workspaceWith(await readFile(TEMPLATE, 'utf8'), [passing]);
    const result = await runGate(gateFlags({ 'model-card': 'MODEL_CARD.md' }), environment(dir));
    expect(result.decision!.decision).toBe('fail');
    const reasons = result.decision!.reasons;
    expect(reasons).toContain('Model card: Model card: Assumptions: no heading for it (any of "Assumptions", in any case)');
    expect(reasons).toContain('Model card: Model card: Intended use: "Uses" (line 37) has no content of its own (only headings, comments or template placeholders)');
    expect(reasons).toHaveLength(5);
    const audit = JSON.parse(result.files[0]!.text as string);
    expect(audit.inputs).toContainEqual(expect.objectContaining({ file: 'MODEL_CARD.md', kind: 'model-card', status: 'fail', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }));
    expect(result.summary).toContain('MODEL\\_CARD.md | model-card');
  });

  it('policy warn: the same card passes with warnings; a filled card passes clean; no option, no check', async () => {
    const passing = await exampleComparison().then((c) => ({ ...c, status: 'pass' as const, checks: c.checks.map((k) => ({ ...k, status: 'pass' as const })) }));
    const warnDir = await workspaceWith(await readFile(TEMPLATE, 'utf8'), [passing]);
    const warned = await runGate(gateFlags({ 'model-card': 'MODEL_CARD.md', 'model-card-policy': 'warn' }), environment(warnDir));
    expect(warned.decision).toMatchObject({ decision: 'pass', status: 'warn' });
    const filledDir = await workspaceWith(await filledCard(), [passing]);
    expect((await runGate(gateFlags({ 'model-card': 'MODEL_CARD.md' }), environment(filledDir))).decision).toMatchObject({ decision: 'pass', status: 'pass', reasons: [] });
    const off = await runGate(gateFlags({}), environment(warnDir));
    expect(JSON.parse(off.files[0]!.text as string).inputs.map((i: { kind: string }) => i.kind)).toEqual(['compare-metrics']);
  });

  it('a configured section list replaces the default; a missing card fails every section', async () => {
    const dir = await workspaceWith('# Limitations\n\nNot for minors.\n', []);
    const result = await runGate(gateFlags({ results: 'none/*.json', 'model-card': 'MODEL_CARD.md', 'model-card-sections': 'Failure modes | Limitations' }), environment(dir));
    expect(result.decision!.reasons.filter((r) => r.startsWith('Model card'))).toEqual([]);
    const missing = await runGate(gateFlags({ 'model-card': 'CARD.md' }), environment(dir));
    expect(missing.decision!.reasons).toContainEqual(expect.stringMatching(/^Model card: Model card: CARD\.md not found: every required section is missing/));
  });
});

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples') });
  return { code, stdout, stderr };
}

describe('holdout model-card', () => {
  it('checks a card: exit 1 when a section is missing, 0 with --policy warn or when all are there', async () => {
    const dir = await workspaceWith(await readFile(TEMPLATE, 'utf8'), []);
    const failing = await cli(['model-card', 'MODEL_CARD.md'], dir);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('fail  Assumptions: no heading for it');
    expect((await cli(['model-card', 'MODEL_CARD.md', '--policy', 'warn'], dir)).code).toBe(0);
    await writeFiles(dir, { 'FILLED.md': await filledCard() });
    expect((await cli(['model-card', 'FILLED.md'], dir)).code).toBe(0);
    expect((await cli(['model-card'], dir)).code).toBe(2);
  });

  it('--write: the performance table between markers, under the heading that stands for it; rewritten in place, the rest untouched', async () => {
    const comparison = await exampleComparison();
    const card = await filledCard();
    const dir = await workspaceWith(card, [comparison]);
    const first = await cli(['model-card', 'MODEL_CARD.md', '--write'], dir);
    expect(first.stderr).toContain('wrote the performance section of MODEL_CARD.md under its heading on line 104');
    const written = await readFile(join(dir, 'MODEL_CARD.md'), 'utf8');
    const start = written.indexOf(PERFORMANCE_START);
    const end = written.indexOf(PERFORMANCE_END) + PERFORMANCE_END.length;
    expect(start).toBeGreaterThan(0);
    // Everything outside the block is the card as it was, with the block's blank lines around it.
    expect(written.slice(0, start) + written.slice(end + 1)).toBe(card.replace('## Evaluation\n', '## Evaluation\n\n'));
    const block = written.slice(start, end);
    expect(block).toMatch(/\| Metric +\| +Baseline \| +Candidate \| +Change \| +95% CI \| Policy +\|/);
    const roc = comparison.kind === 'compare-metrics' ? comparison.comparison.metrics.find((r) => r.name === 'roc_auc' && !r.slice)! : undefined;
    expect(block).toMatch(new RegExp(`\\| roc\\\\_auc +\\| +${roc!.baseline!.toPrecision(3)} \\| +${roc!.candidate!.toPrecision(3)} \\|`));
    expect(block).not.toMatch(/region/); // the whole holdout set only
    // The next run rewrites the block in place: same text, and an edit inside the markers is replaced.
    const second = await cli(['model-card', 'MODEL_CARD.md', '--write'], dir);
    expect(second.stderr).toContain('kept (unchanged)');
    await writeFiles(dir, { 'MODEL_CARD.md': written.replace('| roc\\_auc', '| edited by hand') });
    await cli(['model-card', 'MODEL_CARD.md', '--write'], dir);
    expect(await readFile(join(dir, 'MODEL_CARD.md'), 'utf8')).toBe(written);
  });

  it('--write on a card without the section appends one; without results it is refused', async () => {
    const dir = await workspaceWith('# My model\n\nSome text.', [await exampleComparison()]);
    await cli(['model-card', 'MODEL_CARD.md', '--write'], dir);
    const text = await readFile(join(dir, 'MODEL_CARD.md'), 'utf8');
    expect(text.startsWith('# My model\n\nSome text.\n\n## Performance baselines\n\n<!-- holdout:performance:start')).toBe(true);
    const empty = await workspaceWith('# Card\n', []);
    const refused = await cli(['model-card', 'MODEL_CARD.md', '--write', '--results', 'holdout-results/*.json'], empty);
    expect(refused.code).toBe(2);
  });

  it('--write without compare-metrics results: refused in one line, and a card already written is left byte for byte', async () => {
    const dir = await workspaceWith(await filledCard(), [await exampleComparison()]);
    expect((await cli(['model-card', 'MODEL_CARD.md', '--write'], dir)).code).toBe(0);
    const before = await readFile(join(dir, 'MODEL_CARD.md'));
    expect(before.toString('utf8')).toContain(PERFORMANCE_START);
    // The next run finds results, but no compare-metrics ones (a job that only validated data).
    const [, validation] = await exampleDocuments();
    await writeFiles(dir, { 'other-results/validate-data.json': serializeResults(validation!) });
    const refused = await cli(['model-card', 'MODEL_CARD.md', '--write', '--results', 'other-results/*.json'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('holdout: MODEL_CARD.md: no compare-metrics results in other-results/*.json to write the performance section from; the card is unchanged\n');
    expect((await readFile(join(dir, 'MODEL_CARD.md'))).equals(before)).toBe(true);
    // Nor is a card that does not exist created.
    expect((await cli(['model-card', 'NEW_CARD.md', '--write', '--results', 'other-results/*.json'], dir)).code).toBe(2);
    await expect(readFile(join(dir, 'NEW_CARD.md'))).rejects.toThrow(/ENOENT/);
  });
});
