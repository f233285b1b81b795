// `holdout monitor`: the monitor step from the command line — production data
// and live KPIs against the reference and the deploy baseline, from flags or
// from the monitor: section of the all-in-one config. With GITHUB_TOKEN and
// GITHUB_REPOSITORY it also keeps the monitor issue and sends the retraining
// trigger, as the action does (--no-publish leaves GitHub alone).

import { resolve } from 'node:path';
import { userFile } from '../shared/io/user-file.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { monitorOptions, runMonitor } from '../shared/steps/monitor.js';
import { flagHelp, flagTable, optionsFromText } from '../shared/steps/options.js';
import { loadPipelineConfig, monitorOptionsOf } from '../shared/steps/pipeline.js';
import { ConfigurationError } from '../shared/errors.js';
import { formatCount } from '../shared/count.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';

export const MONITOR_USAGE = `Usage: holdout monitor <production data...> --schema <file> --reference <profile> [options]
       holdout monitor --kpis <metrics> --kpi-baseline <source> --kpi-policy <policy> [options]
       holdout monitor --config .github/holdout.yml

Checks production data against the reference profile (schema, drift, missing
rate, unseen categories, values outside the reference's range) and live KPIs
against their baseline under a compare-metrics policy. With GITHUB_TOKEN and
GITHUB_REPOSITORY set it keeps the monitor issue and sends the retraining
trigger, as the action does.

Options:
${flagHelp(monitorOptions)}
  --config <file>        read the options from the monitor: section of this config
  --format <format>      text (default), json or markdown
  --no-publish           leave GitHub alone (no issue, no trigger)
  -h, --help             show this help`;

export async function monitorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    ...flagTable(monitorOptions),
    config: { type: 'string' },
    format: { type: 'string' },
    'no-publish': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(MONITOR_USAGE + '\n');
    return EXIT.ok;
  }
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json', 'markdown'].includes(format)) throw new UsageError('--format must be one of text, json, markdown');
  let options;
  let embeddedPolicy;
  if (typeof values.config === 'string') {
    const stepFlags = Object.keys(flagTable(monitorOptions)).filter((name) => values[name] !== undefined);
    if (stepFlags.length > 0 || positionals.length > 0) throw new UsageError(`--config takes every option from the config's monitor: section; leave out ${[...stepFlags.map((f) => `--${f}`), ...positionals].join(', ')}`);
    const loaded = await loadPipelineConfig(userFile(io.cwd, values.config));
    const section = monitorOptionsOf(loaded);
    if (!section) throw new ConfigurationError('has no monitor: section', { file: loaded.file.display });
    ({ options, embeddedPolicy } = section);
  } else {
    try {
      options = { ...optionsFromText(monitorOptions, 'flag', (name) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)), data: positionals };
    } catch (error) {
      if (error instanceof ConfigurationError) throw new UsageError(error.message);
      throw error;
    }
  }
  const github = values['no-publish'] ? undefined : await io.gitHub?.();
  const result = await runMonitor(options, await cliEnvironment(io, github), { embeddedPolicy });
  await writeStepFiles(result);
  if (result.resultsPath && result.failure?.kind !== 'input') io.stderr(`holdout: results → ${resolve(result.resultsPath)}\n`);
  if (result.publish) {
    const published = await result.publish();
    if (published['issue-url']) io.stderr(`holdout: monitor issue ${published['issue-action']}: ${published['issue-url']}\n`);
  }
  if (format === 'json') io.stdout(JSON.stringify({ run: result.run, outputs: result.outputs, data: result.data, kpis: result.kpis }, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(result.summary);
  else io.stdout(monitorText(result.run, result.outputs));
  if (result.failure?.kind === 'input') {
    io.stderr(`holdout: ${result.failure.message.split('\n').join('\nholdout: ')}\n`);
    return EXIT.usage;
  }
  return result.failure ? EXIT.failed : EXIT.ok;
}

function monitorText(run: Awaited<ReturnType<typeof runMonitor>>['run'], outputs: Record<string, unknown>): string {
  const lines = [`monitor: ${run.status}${run.rows !== undefined ? ` (${formatCount(run.rows)} production rows)` : ''}`];
  for (const p of run.problems) lines.push(`  ${p.status.padEnd(5)} ${p.title}`);
  if (outputs['failing-since']) lines.push(`failing since ${String(outputs['failing-since'])}`);
  return lines.join('\n') + '\n';
}
