// The pull-request report: one comment (and the job summary) built from any
// number of results documents. First line: the verdict and its first
// reasons in the reader's words (what the policy needs, what the candidate
// got). Then, so that every failing row is on the first screen, the tables
// of what needs a look — status first, few columns, fitting a comment's
// width —; then the charts; then, collapsed, what passed and the details;
// the provenance footer last. Sections are cut, least important first, to
// fit a budget, with a note saying what was cut.

import type { CompareMetricsResults, ResultsDocument, Status, ValidateDataResults } from '../results/schema.js';
import { statusIcon, worstStatus } from '../results/status.js';
import { comparisonOutcome, comparisonParts, comparisonReasons } from './comparison.js';
import { escapeMarkdown } from './escape.js';
import { driftCharts, driftParts } from './drift.js';
import { count, plural } from './format.js';
import { checkLine, errorsTable, filesTable, validationReasons } from './validation.js';

export interface ReportContext {
  title: string;
  key: string;
  version: string;
  commit?: string;
  runUrl?: string;
}

export interface RenderedReport {
  markdown: string;
  /** Titles of the sections left out to fit the budget. */
  cut: string[];
  status: Status;
  verdict: string;
}

interface Section {
  title: string;
  /** Lower is kept longer. */
  priority: number;
  text: string;
}

/** The hidden marker that identifies the report comment (with its key). */
export function reportMarker(key: string): string {
  return `<!-- holdout:report:${key.replace(/[^A-Za-z0-9_.\/-]/g, '_').slice(0, 100)} -->`;
}

/** Where a section goes: what needs a look, then charts, then what is collapsed. */
const Place = { Attention: 0, Chart: 1, Folded: 2 } as const;
type Place = (typeof Place)[keyof typeof Place];

interface Placed extends Section {
  place: Place;
}

/** The verdict in words, by the report's status. */
const VERDICT: Record<Status, string> = { pass: 'passes', warn: 'passes with warnings', fail: 'fails', error: 'could not be evaluated' };

/** How many reasons the first line names before "+N more". */
const HEADLINE_REASONS = 4;

export function renderReport(documents: readonly ResultsDocument[], ctx: ReportContext, budget: number, note?: string): RenderedReport {
  const compares = documents.filter((d): d is CompareMetricsResults => d.kind === 'compare-metrics');
  const validations = documents.filter((d): d is ValidateDataResults => d.kind === 'validate-data');
  const status = documents.length === 0 ? 'error' : worstStatus(documents.map((d) => d.status));
  const reasons = headlineReasons(status, compares, validations, documents);
  const verdict = `${VERDICT[status].charAt(0).toUpperCase()}${VERDICT[status].slice(1)}${reasons.length ? `: ${reasons.join('; ')}` : ''}`;
  const head = `${statusIcon(status)} **${escapeMarkdown(ctx.title)}: ${VERDICT[status]}**${reasons.length ? ` — ${escapeMarkdown(reasons.join('; '))}` : ''}`;
  const sections: Placed[] = [];
  compares.forEach((doc, i) => sections.push(...comparisonSections(doc, i)));
  validations.forEach((doc, i) => sections.push(...validationSections(doc, i)));
  for (const doc of documents.filter((d) => d.kind === 'gate')) {
    const failing = doc.checks.filter((c) => c.status !== 'pass');
    sections.push({ title: doc.title, priority: 1, place: Place.Attention, text: `#### ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}${failing.length ? `\n\n${failing.map(checkLine).join('\n')}` : ''}` });
  }
  const ordered = sections.map((s, i) => ({ s, i })).sort((a, b) => a.s.place - b.s.place || a.i - b.i).map(({ s }) => s);
  const footer = footerOf(documents, ctx);
  const marker = reportMarker(ctx.key);
  const assemble = (kept: Section[], cut: string[]) => {
    const parts = [head, ''];
    if (note) parts.push(`> ${escapeMarkdown(note)}`, '');
    for (const s of kept) parts.push(s.text, '');
    if (cut.length > 0) parts.push(`> ✂️ Cut to fit: ${escapeMarkdown(cut.join(', '))}. The job summary of the workflow run has the full report.`, '');
    parts.push(footer, '', marker);
    return parts.join('\n') + '\n';
  };
  // Keep sections in reading order; drop the least important until it fits.
  let kept: Section[] = [...ordered];
  const cut: string[] = [];
  let markdown = assemble(kept, cut);
  while (markdown.length > budget && kept.length > 0) {
    const victim = kept.reduce((worst, s) => (s.priority >= worst.priority ? s : worst));
    kept = kept.filter((s) => s !== victim);
    cut.push(victim.title);
    markdown = assemble(kept, cut);
  }
  if (markdown.length > budget) markdown = markdown.slice(0, budget - marker.length - 40) + '\n\n> ✂️ Truncated.\n\n' + marker + '\n';
  return { markdown, cut, status, verdict };
}

/** The first line's reasons, plain text: what could not be evaluated, then what fails (or warns), in the reader's words; for a pass, what was found. */
function headlineReasons(status: Status, compares: CompareMetricsResults[], validations: ValidateDataResults[], all: readonly ResultsDocument[]): string[] {
  if (all.length === 0) return ['no results documents were found, so nothing was evaluated'];
  // One group of reasons per document, in reading order.
  const groups: string[][] = [];
  groups.push(all.flatMap((doc) => doc.checks.filter((k) => k.status === 'error').map((c) => `could not evaluate ${c.title}: ${c.message}`)));
  if (status === 'fail' || status === 'error' || status === 'warn') {
    const level = status === 'warn' ? 'warn' : 'fail';
    for (const doc of compares) groups.push(comparisonReasons(doc, level));
    for (const doc of validations) groups.push(validationReasons(doc, level));
    // A gate's reasons are the other documents' (named above); alone, it speaks for itself.
    if (compares.length + validations.length === 0) for (const doc of all.filter((d) => d.kind === 'gate' && d.status !== 'pass')) groups.push([`${doc.title}: ${doc.checks.find((c) => c.status !== 'pass')?.message ?? doc.status}`]);
  } else {
    for (const doc of compares) groups.push([comparisonOutcome(doc)]);
    for (const doc of validations) groups.push([`data valid (${plural(doc.data.rows, 'row')} in ${plural(doc.data.tables.length, 'file')})`, ...(doc.data.drift ? [`no drift in ${plural(doc.data.drift.dataset.compared, 'column')}`] : [])]);
  }
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total <= HEADLINE_REASONS + 1) return groups.flat();
  // Too many: every document's first reason, then the others in order, up to the limit.
  const keep = groups.map((g) => Math.min(1, g.length));
  let room = HEADLINE_REASONS - keep.reduce((a, b) => a + b, 0);
  groups.forEach((g, i) => {
    const more = Math.max(0, Math.min(room, g.length - keep[i]!));
    keep[i]! += more;
    room -= more;
  });
  const shown = groups.flatMap((g, i) => g.slice(0, keep[i]));
  return total > shown.length ? [...shown, `+${total - shown.length} more`] : shown;
}

function comparisonSections(doc: CompareMetricsResults, index: number): Placed[] {
  const p = comparisonParts(doc);
  const n = index ? ` ${index + 1}` : '';
  const out: Placed[] = [{ title: `metric table${n}`, priority: 0, place: Place.Attention, text: `${p.heading}\n\n${p.table}` }];
  if (p.charts) out.push({ title: `metric charts${n}`, priority: 3, place: Place.Chart, text: p.charts });
  if (p.checks) out.push({ title: `failing checks${n}`, priority: 2, place: Place.Folded, text: p.checks });
  if (p.passing) out.push({ title: `passing metrics${n}`, priority: 4, place: Place.Folded, text: p.passing });
  if (p.context) out.push({ title: `other metrics${n}`, priority: 5, place: Place.Folded, text: p.context });
  if (p.curves) out.push({ title: `curves${n}`, priority: 5, place: Place.Folded, text: p.curves });
  return out;
}

function validationSections(doc: ValidateDataResults, index: number): Placed[] {
  const n = index ? ` ${index + 1}` : '';
  const { tables } = doc.data;
  const reasons = doc.status === 'pass' ? [] : validationReasons(doc, doc.status === 'warn' ? 'warn' : 'fail');
  const heading = `#### ${statusIcon(doc.status)} ${escapeMarkdown(doc.title)}${reasons.length ? `: ${escapeMarkdown(reasons.join('; '))}` : ''}`;
  const drift = doc.data.drift;
  const p = drift ? driftParts(drift) : undefined;
  // All files valid: one line says so (with the drift sentence); otherwise the files, status first.
  const valid = tables.every((t) => t.status === 'pass');
  const files = valid ? `${tables.map((t) => escapeMarkdown(t.file)).join(', ')}: ${plural(doc.data.rows, 'row')}, no errors.` : filesTable(doc);
  const text = valid ? [heading, [files, p?.sentence].filter(Boolean).join(' '), p?.table] : [heading, files, p?.sentence, p?.table];
  const out: Placed[] = [{ title: `data validation${n}`, priority: 1, place: Place.Attention, text: text.filter(Boolean).join('\n\n') }];
  if (drift && p) {
    const charts = driftCharts(drift);
    if (charts) out.push({ title: `drift charts${n}`, priority: 3, place: Place.Chart, text: charts });
    if (p.passing) out.push({ title: `columns without drift${n}`, priority: 4, place: Place.Folded, text: p.passing });
  }
  const failing = doc.checks.filter((c) => c.status !== 'pass');
  if (failing.length > 0) {
    const errors = errorsTable(doc, 20);
    out.push({ title: `data errors${n}`, priority: 2, place: Place.Folded, text: `<details><summary>${plural(failing.length, 'check')} not passing${doc.data.errorCount ? `, ${plural(doc.data.errorCount, 'error')}` : ''}</summary>\n\n${failing.map(checkLine).join('\n')}${errors ? `\n\n${errors}` : ''}\n\n</details>` });
  }
  const passing = doc.checks.filter((c) => c.status === 'pass');
  if (passing.length > 0) out.push({ title: `passing data checks${n}`, priority: 6, place: Place.Folded, text: `<details><summary>${statusIcon('pass')} ${plural(passing.length, 'passing data check')}</summary>\n\n${passing.map((c) => `- ${escapeMarkdown(c.title)}`).join('\n')}\n\n</details>` });
  return out;
}

function footerOf(documents: readonly ResultsDocument[], ctx: ReportContext): string {
  const parts: string[] = [`holdout ${escapeMarkdown(ctx.version)}`];
  const commit = ctx.commit ?? documents.find((d) => d.subject.gitSha)?.subject.gitSha;
  if (commit) parts.push(`commit ${escapeMarkdown(commit.slice(0, 12))}`);
  for (const doc of documents) {
    if (doc.kind === 'compare-metrics' && doc.comparison.baseline) parts.push(`baseline ${escapeMarkdown(doc.comparison.baseline.source)}${doc.comparison.baseline.id ? ` (${escapeMarkdown(doc.comparison.baseline.id)})` : ''}`);
    if (doc.kind === 'validate-data') for (const f of doc.subject.files) if (f.sha256) parts.push(`${escapeMarkdown(f.path)} sha256 ${f.sha256.slice(0, 12)}`);
  }
  if (ctx.runUrl) parts.push(`[workflow run](${encodeURI(ctx.runUrl)})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

