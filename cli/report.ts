// `holdout report`: the pull-request report from results documents, as the
// report action renders it (and, in GitLab, its merge request note); loaded
// only when the command is report.

import { resolve } from 'node:path';
import { writeFileAtomic } from '../shared/io/atomic.js';
import { reportMarker } from '../shared/report/report.js';
import { stickyKey } from '../shared/github/comment.js';
import { DEFAULT_RESULTS_GLOB } from '../shared/steps/common.js';
import { writeStepFiles } from '../shared/steps/effects.js';
import { flagHelp, flagTable } from '../shared/steps/options.js';
import { COMMENT_BUDGET, reportOptions, runReport } from '../shared/steps/report.js';
import { formatReportText } from './text.js';
import { cliEnvironment, EXIT, parse, UsageError, type CliIo } from './common.js';
import { CODE_QUALITY_FLAG, EXIT_NOT_POSTED, gitLabNoteWorkflow, NOTE_FLAGS, postGitLabNote, writeCodeQuality } from './gitlab.js';
import { stepFlags } from './step-command.js';

const REPORT_USAGE = `Usage: holdout report [<results...>] [options]

Renders the pull-request report (markdown) from results documents, as the
report action posts it.

Options:
  <results...>       results documents or globs (default ${DEFAULT_RESULTS_GLOB})
${flagHelp(reportOptions)}
  --out <file>       write the markdown here instead of standard output
  --budget <chars>   size limit, cutting sections least important first (default ${COMMENT_BUDGET})
  --gitlab-note      in a GitLab merge request pipeline, post the report as the merge
                     request's note, or update it (needs HOLDOUT_GITLAB_TOKEN; docs/gitlab.md)
  --note-key <key>   one note per key on a merge request (default "default")
  --gitlab-code-quality <file>  write the findings as a GitLab Code Quality report
  -h, --help         show this help

Exit status: 0 reported, 2 bad input or usage (a results file not read, or
--gitlab-note without its variables or token), ${EXIT_NOT_POSTED} the GitLab note could not be posted.`;

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { ...flagTable(reportOptions), out: { type: 'string' }, budget: { type: 'string' }, ...NOTE_FLAGS, ...CODE_QUALITY_FLAG, help: { type: 'boolean', short: 'h' } });
  if (values.help) {
    io.stdout(REPORT_USAGE + '\n');
    return EXIT.ok;
  }
  const budget = numberFlag(values, 'budget', COMMENT_BUDGET, (n) => Number.isInteger(n) && n >= 1000);
  // A GitLab note's marker names the project and the key, as a GitHub comment's names the workflow and the key.
  const gitlabNote = values['gitlab-note'] === true;
  const noteKey = typeof values['note-key'] === 'string' ? values['note-key'] : 'default';
  const key = gitlabNote ? noteKey : 'cli';
  const workflow = gitlabNote ? gitLabNoteWorkflow(io) : undefined;
  const options = { ...stepFlags(reportOptions, values), 'comment-key': key, comment: 'never' as const, 'job-summary': false, ...(positionals.length ? { results: positionals } : {}) };
  const result = await runReport(options, { ...(await cliEnvironment(io)), workflow }, { budget });
  if (typeof values.out === 'string') await writeFileAtomic(resolve(io.cwd, values.out), result.markdown);
  // A terminal gets the report as text; a pipe or --out the Markdown the comment posts.
  else io.stdout(io.isTty ? formatReportText(result.documents, result.verdict, true) : result.markdown);
  // --junit and --kubeflow-metrics (the step's scratch copy of the markdown stays unwritten).
  await writeStepFiles({ document: undefined, files: result.files.filter((f) => f.path !== result.outputs['markdown-file']) });
  await writeCodeQuality(values, result.documents, io);
  // The note is posted even when a file was not read: it says so, as the job's exit status does.
  const posted = gitlabNote ? await postGitLabNote(result.markdown, reportMarker(stickyKey({ workflow, key })), io) : undefined;
  if (result.unread > 0) return EXIT.usage;
  return posted ?? EXIT.ok;
}

function numberFlag(values: Record<string, string | boolean | undefined>, name: string, fallback: number, check: (n: number) => boolean): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isFinite(n) || !check(n)) throw new UsageError(`--${name} got "${String(raw)}", which is out of range`);
  return n;
}
