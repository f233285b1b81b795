// The model card's performance section, written from the compare-metrics
// results holdout has: per comparison, one line on what was compared and a
// GFM table (markdown-table) of each metric on the whole evaluation set —
// baseline, candidate, change and its interval, and the policy's status for
// gated metrics. It goes between two marker comments, so the next run
// rewrites it in place; nothing outside the markers changes. Without the
// markers, the block goes under the performance heading (or, without one,
// into a new section at the end).

import { readFile } from 'node:fs/promises';
import { markdownTable } from 'markdown-table';
import { ConfigurationError } from '../errors.js';
import { writeFileAtomic } from '../io/atomic.js';
import { userFile } from '../io/user-file.js';
import { collectResults } from '../results/collect.js';
import type { CompareMetricsResults } from '../results/schema.js';
import { statusIcon } from '../results/status.js';
import { escapeMarkdown } from '../report/escape.js';
import { signed, value } from '../report/format.js';
import { cardSections, DEFAULT_MODEL_CARD_SECTIONS, normaliseHeading, parseRequiredSection, PERFORMANCE_SECTION, type RequiredSection } from './card.js';

export const PERFORMANCE_START = '<!-- holdout:performance:start (written by holdout model-card --write; edits between these markers are replaced) -->';
export const PERFORMANCE_END = '<!-- holdout:performance:end -->';
const START_RE = /<!--\s*holdout:performance:start\b[\s\S]*?-->/;
const END_RE = /<!--\s*holdout:performance:end\s*-->/;

export interface PerformanceSource {
  /** The results file, as the user named it. */
  file: string;
  document: CompareMetricsResults;
}

/** The generated block (markers included): per comparison, a line on what was compared and its metric table. */
export function performanceBlock(sources: readonly PerformanceSource[]): string {
  const parts: string[] = [];
  for (const { file, document } of sources) {
    const c = document.comparison;
    const rows = c.metrics.filter((r) => !r.slice);
    const baseline = c.baseline ? `production ${c.baseline.source}${c.baseline.id ? ` (${c.baseline.id})` : ''}` : 'no production baseline';
    const commit = document.subject.gitSha ? `, commit ${document.subject.gitSha.slice(0, 12)}` : '';
    const how = c.evals ? `paired on ${c.evals.cases} cases` : c.paired ? `paired on ${c.rows ?? 0} rows` : 'from metrics files';
    parts.push(escapeMarkdown(`${document.title}: candidate ${c.candidate.source} against ${baseline}${commit}; ${how}; from ${file}.`));
    if (rows.length === 0) {
      parts.push('No metrics.');
      continue;
    }
    const ci = `${Math.round(c.confidence * 100)}% CI`;
    const table = [
      ['Metric', 'Baseline', 'Candidate', 'Change', ci, 'Policy'],
      ...rows.map((r) => [
        escapeMarkdown(r.name),
        value(r.baseline),
        value(r.candidate),
        signed(r.difference),
        r.interval ? `${signed(r.interval[0])} to ${signed(r.interval[1])}` : '—',
        r.gated ? `${statusIcon(r.status)} ${r.status}` : 'not gated',
      ]),
    ];
    parts.push(markdownTable(table, { align: ['l', 'r', 'r', 'r', 'r', 'l'] }));
  }
  if (sources.length === 0) parts.push('No compare-metrics results were found.');
  return [PERFORMANCE_START, '', ...parts.flatMap((p, k) => (k ? ['', p] : [p])), '', PERFORMANCE_END].join('\n');
}

/** Where the card's line breaks are \r\n, the block's are too. */
function newlineOf(text: string): string {
  return /\r\n/.test(text) ? '\r\n' : '\n';
}

/**
 * The card with its performance block written: between existing markers
 * (only what lies between them changes), else right under the first heading
 * that stands for `section`, else in a new "## <section name>" at the end.
 */
export function writePerformance(text: string, block: string, section: RequiredSection): { text: string; where: 'markers' | 'heading' | 'appended'; line: number } {
  const nl = newlineOf(text);
  const body = block.split('\n').join(nl);
  const start = START_RE.exec(text);
  if (start) {
    const rest = text.slice(start.index);
    const end = END_RE.exec(rest);
    if (end) {
      const stop = start.index + end.index + end[0].length;
      return { text: text.slice(0, start.index) + body + text.slice(stop), where: 'markers', line: lineAt(text, start.index) };
    }
  }
  const wanted = new Set(section.headings.map(normaliseHeading));
  const heading = cardSections(text).find((s) => wanted.has(normaliseHeading(s.heading)));
  if (heading) {
    // Right after the heading's line(s): the rest of the section stays as it is, below the block.
    const at = offsetOfLine(text, heading.bodyStart);
    const before = text.slice(0, at);
    const joint = before.endsWith('\n') || before.endsWith('\r') ? '' : nl;
    return { text: `${before}${joint}${nl}${body}${nl}${text.slice(at).startsWith(nl) || at >= text.length ? '' : nl}${text.slice(at)}`, where: 'heading', line: heading.line };
  }
  const ending = text === '' || text.endsWith('\n') ? '' : nl;
  return { text: `${text}${ending}${text === '' ? '' : nl}## ${section.name}${nl}${nl}${body}${nl}`, where: 'appended', line: lineAt(text, text.length) + (text === '' ? 0 : 1) };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** The offset where 0-based line `index` starts (the text's end when it has fewer lines). */
function offsetOfLine(text: string, index: number): number {
  let offset = 0;
  for (let k = 0; k < index; k++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

export interface UpdateModelCardInput {
  /** The card's path, relative to the workspace (created when missing). */
  card: string;
  /** Results documents to read (globs). */
  results: readonly string[];
  /** The required sections' specs ("Name | Alternative"); the performance one is found among them. */
  sections: readonly string[];
  workspace: string;
}

/** Writes the performance block into the card (atomically) from the compare-metrics results the globs find. */
export async function updateModelCard(input: UpdateModelCardInput): Promise<{ file: string; where: 'markers' | 'heading' | 'appended'; line: number; comparisons: number; changed: boolean }> {
  const file = userFile(input.workspace, input.card);
  const collected = await collectResults(input.results, input.workspace);
  if (collected.problems.length > 0) throw collected.problems[0]!;
  const sources = collected.documents.flatMap((d) => (d.document.kind === 'compare-metrics' ? [{ file: d.file, document: d.document }] : []));
  // Refused before anything is written: a block saying there are none would replace the section the last run wrote.
  if (sources.length === 0) throw new ConfigurationError(`no compare-metrics results in ${input.results.join(', ')} to write the performance section from; the card is unchanged`, { file: file.display });
  let text = '';
  try {
    text = await readFile(file.path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const specs = input.sections.map(parseRequiredSection);
  const section = specs.find((s) => s.headings.some((h) => normaliseHeading(h) === PERFORMANCE_SECTION)) ?? parseRequiredSection(DEFAULT_MODEL_CARD_SECTIONS[2]);
  const written = writePerformance(text, performanceBlock(sources), section);
  if (written.text !== text) await writeFileAtomic(file.path, written.text);
  return { file: file.display, where: written.where, line: written.line, comparisons: sources.length, changed: written.text !== text };
}
