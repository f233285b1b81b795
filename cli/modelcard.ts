// `holdout model-card`: the gate's model card check from the command line,
// and with --write the card's performance section written from the
// compare-metrics results (between marker comments, rewritten in place).

import { DEFAULT_MODEL_CARD_SECTIONS } from '../shared/modelcard/card.js';
import { checkModelCard, MODEL_CARD_POLICIES, type ModelCardPolicy } from '../shared/modelcard/check.js';
import { updateModelCard } from '../shared/modelcard/performance.js';
import { statusFailsStep } from '../shared/results/status.js';
import { DEFAULT_RESULTS_GLOB } from '../shared/steps/common.js';
import { EXIT, parse, UsageError, type CliIo } from './common.js';
import { sanitizeTerminal } from './text.js';

export const MODEL_CARD_USAGE = `Usage: holdout model-card <card.md> [--write [--results <glob>...]] [--section <spec>...] [--policy fail|warn]

Checks a Markdown model card for its required sections, as the gate's
model-card input does: each must have a heading (any of its alternatives,
in any case, at any level) with content under it.

With --write, first writes the performance section from the compare-metrics
results (default ${DEFAULT_RESULTS_GLOB}): a table per comparison between
<!-- holdout:performance:start --> and <!-- holdout:performance:end -->,
rewritten in place on the next run; nothing else in the card changes.

Options:
  --write                write the performance section, then check
  --results <glob>       results documents to read (repeatable)
  --section <spec>       a required section, "Name | Alternative heading" (repeatable; default the gate's five)
  --policy <policy>      fail (default) or warn: what a missing or empty section does
  --format <format>      text (default) or json
  -h, --help             show this help`;

export async function modelCardCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    write: { type: 'boolean' },
    results: { type: 'string', multiple: true },
    section: { type: 'string', multiple: true },
    policy: { type: 'string' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(MODEL_CARD_USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('model-card takes one card (a Markdown file)');
  const policy = (values.policy as string | undefined) ?? 'fail';
  if (!(MODEL_CARD_POLICIES as readonly string[]).includes(policy)) throw new UsageError('--policy must be fail or warn');
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format must be text or json');
  const sections = (values.section as unknown as string[] | undefined) ?? [...DEFAULT_MODEL_CARD_SECTIONS];
  const card = positionals[0]!;
  if (values.write) {
    const written = await updateModelCard({ card, results: (values.results as unknown as string[] | undefined) ?? [DEFAULT_RESULTS_GLOB], sections, workspace: io.cwd });
    const where = written.where === 'markers' ? 'between its markers' : written.where === 'heading' ? `under its heading on line ${written.line}` : 'in a new section at the end';
    io.stderr(`holdout: ${written.changed ? 'wrote' : 'kept (unchanged)'} the performance section of ${sanitizeTerminal(written.file)} ${where}, from ${written.comparisons} comparison${written.comparisons === 1 ? '' : 's'}\n`);
  } else if (values.results) throw new UsageError('--results is read with --write');
  const { document } = await checkModelCard({ card, sections, policy: policy as ModelCardPolicy, workspace: io.cwd });
  if (format === 'json') io.stdout(JSON.stringify(document, null, 2) + '\n');
  else {
    const lines = [`model card ${document.card.path}: ${document.status}`];
    for (const c of document.checks) lines.push(`  ${c.status.padEnd(5)} ${c.title.replace(/^Model card: /, '')}: ${c.message}`);
    io.stdout(sanitizeTerminal(lines.join('\n')) + '\n');
  }
  return statusFailsStep(document.status, 'fail') ? EXIT.failed : EXIT.ok;
}
