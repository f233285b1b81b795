// `holdout demo`: the whole pipeline offline on the shipped examples; loaded
// only when the command is demo.

import { join, resolve } from 'node:path';
import { ConfigurationError } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/io/atomic.js';
import { writeResults } from '../shared/results/io.js';
import { renderValidationSummary } from '../shared/report/validation.js';
import { compareMetricsOptions, runCompareMetrics } from '../shared/steps/compare-metrics.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { gateOptions, runGate } from '../shared/steps/gate.js';
import { reportOptions, runReport } from '../shared/steps/report.js';
import { runValidateData, validateDataOptions, type ValidateDataOptions } from '../shared/steps/validate-data.js';
import { comparisonVerdict, formatComparisonText, formatValidationText, sanitizeTerminal } from './text.js';
import { cliEnvironment, EXIT, parse, type CliIo } from './common.js';
import { stepFlags } from './step-command.js';

const DEMO_USAGE = `Usage: holdout demo [--examples <dir>] [--out-dir <dir>]

Runs the whole pipeline offline on the example data shipped with holdout
(examples/, generated with a fixed seed by scripts/make-examples.mjs):
validates a clean and a broken copy of the example churn table against its
schema; checks this month's churn data against the training data for drift;
compares a candidate model's holdout predictions with the production model's
under the example policy; writes the results documents, report.md (the pull
request comment) and the gate's audit record, and prints the verdict.`;

export async function demoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parse(args, { examples: { type: 'string' }, 'out-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(DEMO_USAGE + '\n');
    return EXIT.ok;
  }
  const examples = resolve(io.cwd, (values.examples as string | undefined) ?? io.examplesDir);
  const outDir = resolve(io.cwd, (values['out-dir'] as string | undefined) ?? 'holdout-results/demo');
  // The same steps the actions run, on the examples as the workspace.
  const env = await cliEnvironment({ ...io, cwd: examples });
  const verdicts: string[] = [];
  const validate = async (data: string, extra: Partial<ValidateDataOptions>, title?: string) => {
    const result = await runValidateData({ ...stepFlags(validateDataOptions, { schema: 'validate/schema.yaml' }), data: [data], ...extra }, env, { title });
    if (result.failure?.kind === 'input') throw new ConfigurationError(result.failure.message);
    return result.document;
  };
  for (const name of ['passing', 'failing']) {
    const document = await validate(`validate/${name}.csv`, {});
    io.stdout(`\n== holdout validate examples/validate/${name}.csv ==\n`);
    io.stdout(formatValidationText(document, { maxErrors: 20, color: io.isTty }));
    await writeResults(join(outDir, `validate-${name}.json`), document);
    await writeFileAtomic(join(outDir, `validate-${name}.md`), renderValidationSummary(document));
    verdicts.push(`${name}.csv: ${document.status} (${document.data.errorCount} errors)`);
  }
  // This month's data against what the model was trained on.
  const drifted = await validate('drift/current.csv', { reference: 'drift/reference.csv' }, 'Data validation: this month');
  const drift = drifted.data.drift!;
  io.stdout('\n== holdout validate examples/drift/current.csv --reference examples/drift/reference.csv ==\n');
  io.stdout(formatValidationText(drifted, { maxErrors: 20, color: io.isTty }));
  await writeResults(join(outDir, 'validate-drift.json'), drifted);
  const driftedNames = drift.columns.filter((c) => c.status === 'fail').map((c) => c.column);
  verdicts.push(`drift: ${drift.dataset.drifted} of ${drift.dataset.compared} columns drifted${driftedNames.length ? ` (${driftedNames.join(', ')})` : ''}`);

  const compared = await runCompareMetrics(
    stepFlags(compareMetricsOptions, { candidate: 'compare/candidate-predictions.csv', baseline: 'compare/baseline-predictions.csv', policy: 'compare/policy.yaml' }),
    env,
  );
  if (compared.failure?.kind === 'input') throw new ConfigurationError(compared.failure.message);
  io.stdout('\n== holdout compare examples/compare (candidate vs production baseline) ==\n');
  io.stdout(formatComparisonText(compared.document, io.isTty));
  await writeResults(join(outDir, 'compare-metrics.json'), compared.document);
  await writeFileAtomic(join(outDir, 'compare-metrics.md'), compared.summary);
  verdicts.push(`comparison: ${compared.document.status} (${comparisonVerdict(compared.document)})`);

  // The pull request of this month's data and the candidate: its comment, and the gate.
  const pipeline = [join(outDir, 'validate-drift.json'), join(outDir, 'compare-metrics.json')];
  const report = await runReport({ ...stepFlags(reportOptions, { title: 'holdout demo' }), 'comment-key': 'demo', comment: 'never', 'job-summary': false, results: pipeline }, env);
  await writeFileAtomic(join(outDir, 'report.md'), report.markdown);
  // Beside the results, not among them: the audit record is not a results document.
  const gate = await runGate({ ...stepFlags(gateOptions, {}), results: pipeline, 'audit-file': join(outDir, 'audit/gate-audit.json') }, env);
  await writeStepFiles(gate, { results: false });
  const decision = gate.decision!;
  io.stdout(`\nReport (the pull request comment): ${sanitizeTerminal(report.verdict)}\n`);
  io.stdout(`Gate: ${decision.decision.toUpperCase()} — ${sanitizeTerminal(decision.reason)}\n`);
  io.stdout(`\nDemo verdicts: ${verdicts.join('; ')}; gate: ${decision.decision}\nResults documents and report.md in ${outDir}, the gate's audit record in ${join(outDir, 'audit')}\n`);
  return EXIT.ok;
}
