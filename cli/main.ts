// The `holdout` command: the same core as the actions, for local runs and
// other CI systems. Exit 0 on pass or warn, 1 on fail, 2 on bad input or usage.
//
// Each command's module is loaded when that command runs (a chunk of its own
// in the bundle): a run compiles and initialises only what its command uses
// (bench/coldstart.mjs, `cli validate`).

import { VERSION } from '../shared/version.js';
import { ConfigurationError } from '../shared/errors.js';
import { askCheckedOutCommit, EXIT, UsageError, type CliIo } from './common.js';

export { EXIT, type CliIo };

const USAGE = `holdout — continuous delivery checks for ML models

Usage:
  holdout validate <data...> --schema <file> [--reference <data|profile>] [--profile-out <file>] [--shard i/n] [--out <file>]
  holdout validate datapackage.json [--out <file>]
  holdout validate --merge <shard results...> --schema <file> [--reference <data|profile>] [--out <file>]
  holdout infer-schema <data...> [--out <schema.yaml>] [--profile-out <file>]
  holdout merge-profiles <profiles...> --out <file> [--schema <file> --reference <profile>]
  holdout compare --candidate <file> --baseline <source> [--policy <file>] [--out <file>] [--format text|json|markdown]
  holdout report [<results...>] [--out <file>] [--title <title>] [--gitlab-note] [--gitlab-code-quality <file>]
  holdout gate [<results...>] [--fail-on fail|warn] [--commit <sha>] [--audit-file <file>]
  holdout run [--config .github/holdout.yml] [--dry-run] [--commit <sha>]
  holdout monitor <production data...> --schema <file> --reference <profile> [--kpis <file> --kpi-baseline <source>] [--config <file>]
  holdout model-card <card.md> [--write [--results <glob>...]] [--section <spec>...] [--policy fail|warn]
  holdout demo [--examples <dir>] [--out-dir <dir>]
  holdout --help | --version

validate and compare write their results documents into holdout-results/,
where report and gate read them; run does all of it as the root action does.
Every step also takes --junit <file> (a JUnit XML report, one test case per
check) and --kubeflow-metrics <file> (Kubeflow Pipelines' metrics output).
In GitLab CI, --gitlab-code-quality <file> (validate, compare, report, run)
writes a Code Quality report and report --gitlab-note posts the merge request
note (docs/gitlab.md).

Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(USAGE + '\n');
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === '--version') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    // The commands whose step results name the checked-out commit: git is asked while the command loads.
    if (['validate', 'compare', 'report', 'gate', 'run', 'monitor'].includes(command)) askCheckedOutCommit(io);
    switch (command) {
      case 'validate':
        return await (await import('./validate.js')).validateCommand(rest, io);
      case 'demo':
        return await (await import('./demo.js')).demoCommand(rest, io);
      case 'infer-schema':
        return await (await import('./profiles.js')).inferSchemaCommand(rest, io);
      case 'merge-profiles':
        return await (await import('./profiles.js')).mergeProfilesCommand(rest, io);
      case 'compare':
        return await (await import('./compare.js')).compareCommand(rest, io);
      case 'report':
        return await (await import('./report.js')).reportCommand(rest, io);
      case 'gate':
        return await (await import('./gate.js')).gateCommand(rest, io);
      case 'run':
        return await (await import('./run.js')).runCommand(rest, io);
      case 'monitor':
        return await (await import('./monitor.js')).monitorCommand(rest, io);
      case 'model-card':
        return await (await import('./modelcard.js')).modelCardCommand(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`holdout: ${error.message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (error instanceof ConfigurationError) {
      io.stderr(`holdout: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}
