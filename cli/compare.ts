// `holdout compare`: a candidate model against the baseline under a policy,
// as the compare-metrics action runs it; loaded only when the command is compare.

import { renderComparisonSummary } from '../shared/report/comparison.js';
import { resultsText } from '../shared/results/io.js';
import { compareMetricsOptions, runCompareMetrics } from '../shared/steps/compare-metrics.js';
import { defaultText, flagHelp, flagTable } from '../shared/steps/options.js';
import { formatComparisonText } from './text.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';
import { CODE_QUALITY_FLAG, writeCodeQuality } from './gitlab.js';
import { exitFor, oneOf, stepFlags, writeResultsWhere } from './step-command.js';

const COMPARE_USAGE = `Usage: holdout compare --candidate <file> --baseline <source> [options]

Compares a candidate model with the production baseline under a policy.
Candidate and baseline are metrics files (JSON, YAML, CSV) or predictions
files (CSV, JSON Lines, Parquet); with predictions of both on the same ids
the comparison is paired and noise-aware. git: baselines are read from the
local repository; artifact: and deployment: need GITHUB_TOKEN and
GITHUB_REPOSITORY.

Options:
${flagHelp(compareMetricsOptions)}
  --out <file>             write the results document (JSON) here (default ${defaultText(compareMetricsOptions['results-file'])})
  --format <format>        text (default), json or markdown
  --gitlab-code-quality <file>  write the failed checks as a GitLab Code Quality report (docs/gitlab.md)
  -h, --help               show this help`;

export async function compareCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { ...flagTable(compareMetricsOptions), out: { type: 'string' }, format: { type: 'string' }, ...CODE_QUALITY_FLAG, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(COMPARE_USAGE + '\n');
    return EXIT.ok;
  }
  if (typeof values.candidate !== 'string') throw new UsageError('compare needs --candidate <file>');
  const format = oneOf('format', values.format as string | undefined, ['text', 'json', 'markdown'] as const, 'text');
  // --out is where the results go, for the JUnit report's file names too.
  const options = { ...stepFlags(compareMetricsOptions, values), ...(typeof values.out === 'string' ? { 'results-file': values.out } : {}) };
  const needsApi = options.baseline !== undefined && /^(artifact|deployment):/.test(options.baseline.trim());
  const result = await runCompareMetrics(options, await cliEnvironment(io, needsApi ? await io.gitHub?.() : undefined));
  const { document } = result;
  await writeResultsWhere(result, values.out, io);
  await writeCodeQuality(values, [document], io);
  if (format === 'json') io.stdout(resultsText(document));
  else if (format === 'markdown') io.stdout(renderComparisonSummary(document));
  else io.stdout(formatComparisonText(document, io.isTty));
  return exitFor(result, io);
}
