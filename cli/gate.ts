// `holdout gate`: pass or fail from results documents, as the gate action
// decides it (without GitHub), and the audit record; loaded only when the
// command is gate.

import { collectResults } from '../shared/results/collect.js';
import { DEFAULT_RESULTS_GLOB } from '../shared/steps/common.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { gateOptions, runGate } from '../shared/steps/gate.js';
import { flagHelp, flagTable } from '../shared/steps/options.js';
import { formatGateText } from './text.js';
import { cliEnvironment, EXIT, parse, type CliIo } from './common.js';
import { exitFor, stepFlags } from './step-command.js';

const GATE_USAGE = `Usage: holdout gate [<results...>] [options]

Decides pass or fail from results documents, as the gate action does (without
GitHub: no check run, no overrides), and writes the audit record. With no
results documents to read it is a usage mistake (exit 2) and writes nothing.

Options:
  <results...>          results documents or globs (default ${DEFAULT_RESULTS_GLOB})
${flagHelp(gateOptions)}
  --commit <sha>        the commit being gated: documents made for another one fail
  -h, --help            show this help

Exit status: 0 pass, 1 fail, 2 bad input or usage.`;

export async function gateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...flagTable(gateOptions), commit: { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(GATE_USAGE + '\n');
    return EXIT.ok;
  }
  const options = { ...stepFlags(gateOptions, values), ...(positionals.length ? { results: positionals } : {}) };
  // Nothing to decide on is a usage mistake (run validate or compare first), not a verdict: no audit record.
  const found = await collectResults(options.results, io.cwd);
  if (found.documents.length === 0) {
    const why = found.problems.map((p) => p.message).join('; ') || `no results documents in ${options.results.join(', ')}`;
    io.stderr(`holdout: gate has no results documents to decide on (${why}); run validate or compare first, or name the documents\n`);
    return EXIT.usage;
  }
  const result = await runGate(options, await (async () => {
    const env = await cliEnvironment(io);
    return typeof values.commit === 'string' ? { ...env, commit: values.commit } : env;
  })());
  // The audit record only: the CLI's gate leaves the results directory as it found it.
  await writeStepFiles(result, { results: false });
  io.stdout(formatGateText(result, io.isTty));
  return exitFor(result, io);
}
