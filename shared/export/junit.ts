// Results documents as JUnit XML, the test report Jenkins, GitLab, Azure
// Pipelines, Buildkite and CircleCI show natively. Pure: documents in, text
// out; the entries write the file (atomically, with the step's other files).
//
// The shape follows the schema those tools accept (Jenkins xunit-plugin's
// junit-10.xsd; test/fixtures/junit/junit-10.xsd):
//   <testsuites name="holdout" tests failures errors>
//     <testsuite name tests failures errors skipped timestamp file>   one per results document
//       <properties> commit, kind, status, results file, baseline
//       <testcase classname="<step>.<subject>" name="<check title>">   one per check
//         <failure message type>  a failing check: message, observed/expected, file:line of each location
//         <error message type>    a check that could not be evaluated
//         <skipped message/>      a drift column that was not compared (data.drift.skipped)
//         <system-out>            the check's message (and a warning's)
// junit-10.xsd allows no `file` on a testcase and no `skipped` on testsuites,
// so neither is written. Text is XML 1.0: characters XML cannot hold (C0
// controls other than tab, newline and carriage return; U+FFFE, U+FFFF; lone
// surrogates) are removed, attributes escape quotes and keep newlines as
// character references, and bodies are CDATA sections with `]]>` split.

import type { Check, ResultsDocument } from '../results/schema.js';

export interface JunitDocument {
  document: ResultsDocument;
  /** The results file it was read from or written to, as the user names it. */
  file?: string;
}

export interface JunitOptions {
  /** The testsuites element's name (default "holdout"). */
  name?: string;
  /** Whether a warning is a JUnit failure: true where the step fails on warn (fail-on: warn). */
  warnFails?: boolean;
}

/** Characters XML 1.0 cannot hold (a lone surrogate included: the `u` flag reads it as one code point). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with every character XML 1.0 cannot represent removed. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** An attribute value (between double quotes). Tab, newline and carriage return are references, so a reader gets them back rather than spaces. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text as one or more CDATA sections: `]]>` cannot occur inside one, so it is split between two. */
export function cdata(text: string): string {
  return `<![CDATA[${xmlText(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

type Outcome = 'passed' | 'failure' | 'error' | 'skipped';

interface Case {
  /** The check's id (unique in its document): tells apart checks with one title. */
  id: string;
  classname: string;
  name: string;
  outcome: Outcome;
  message: string;
  type: string;
  body: string;
  out: string;
}

/** The JUnit XML of the documents: one testsuite each, one testcase per check. */
export function renderJunit(documents: readonly JunitDocument[], options: JunitOptions = {}): string {
  const suiteNames = unique(documents.map(({ document, file }) => ({ base: document.title, extra: file ?? document.kind })));
  const suites = documents.map((d, i) => suiteXml(d, suiteNames[i]!, options));
  const total = (outcome: Outcome) => suites.reduce((sum, s) => sum + s.counts[outcome], 0);
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xmlAttribute(options.name ?? 'holdout')}" tests="${tests}" failures="${total('failure')}" errors="${total('error')}">`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
  ];
  return lines.join('\n') + '\n';
}

function suiteXml({ document, file }: JunitDocument, name: string, options: JunitOptions): { xml: string; tests: number; counts: Record<Outcome, number> } {
  const cases = casesOf(document, options);
  const names = unique(cases.map((c) => ({ base: c.name, extra: c.id })));
  const counts: Record<Outcome, number> = { passed: 0, failure: 0, error: 0, skipped: 0 };
  for (const c of cases) counts[c.outcome]++;
  const subject = document.subject;
  const properties: Array<[string, string | undefined]> = [
    ['commit', subject.gitSha],
    ['kind', document.kind],
    ['status', document.status],
    ['results-file', file],
    ['baseline', subject.baselineId],
  ];
  const attributes = [
    ['name', name],
    ['tests', String(cases.length)],
    ['failures', String(counts.failure)],
    ['errors', String(counts.error)],
    ['skipped', String(counts.skipped)],
    ['timestamp', document.createdAt],
    ['file', file],
  ].filter((a): a is [string, string] => a[1] !== undefined);
  const lines = [`  <testsuite ${attributes.map(([k, v]) => `${k}="${xmlAttribute(v)}"`).join(' ')}>`, '    <properties>'];
  for (const [key, value] of properties) if (value !== undefined && value !== '') lines.push(`      <property name="${key}" value="${xmlAttribute(value)}"/>`);
  lines.push('    </properties>');
  cases.forEach((c, i) => lines.push(caseXml({ ...c, name: names[i]! })));
  lines.push('  </testsuite>');
  return { xml: lines.join('\n'), tests: cases.length, counts };
}

function caseXml(c: Case): string {
  const open = `    <testcase classname="${xmlAttribute(c.classname)}" name="${xmlAttribute(c.name)}"`;
  const inner: string[] = [];
  if (c.outcome === 'failure' || c.outcome === 'error') inner.push(`      <${c.outcome} message="${xmlAttribute(firstLine(c.message))}" type="${xmlAttribute(c.type)}">${cdata(c.body)}</${c.outcome}>`);
  if (c.outcome === 'skipped') inner.push(`      <skipped message="${xmlAttribute(c.message)}"/>`);
  if (c.out !== '') inner.push(`      <system-out>${cdata(c.out)}</system-out>`);
  return inner.length === 0 ? `${open}/>` : [`${open}>`, ...inner, '    </testcase>'].join('\n');
}

function casesOf(document: ResultsDocument, options: JunitOptions): Case[] {
  const fallback = document.subject.files[0]?.path ?? document.title;
  const cases: Case[] = document.checks.map((check) => {
    const outcome: Outcome = check.status === 'error' ? 'error' : check.status === 'fail' || (check.status === 'warn' && options.warnFails) ? 'failure' : 'passed';
    const message = check.message === '' ? check.title : check.message;
    const type = check.rule ?? document.kind;
    const details = detailLines(check);
    return {
      id: check.id,
      classname: className(document.kind, subjectOf(check) ?? fallback),
      name: check.title,
      outcome,
      message,
      type,
      body: [message, ...details].join('\n'),
      out: outcome === 'passed' ? [check.status === 'warn' ? `warning: ${message}` : message, ...(check.status === 'warn' ? details : [])].join('\n') : '',
    };
  });
  // Columns drift could not compare are checks that did not run: skipped.
  if (document.kind === 'validate-data') {
    for (const skipped of document.data.drift?.skipped ?? []) {
      cases.push({ id: `drift-skipped:${skipped.column}`, classname: className(document.kind, fallback), name: `drift: ${skipped.column}`, outcome: 'skipped', message: skipped.reason, type: 'drift', body: '', out: '' });
    }
  }
  return cases;
}

/** What a check is about: its metric (and slice), else the file of its first location. */
function subjectOf(check: Check): string | undefined {
  if (check.metric !== undefined) return check.slice ? `${check.metric}[${check.slice.column}=${check.slice.value}]` : check.metric;
  return check.locations[0]?.file;
}

/**
 * `<step>.<subject>`. Jenkins reads everything before a class name's last dot
 * as its package, so dots inside the subject (`train.csv`) become underscores:
 * the package is the step, the class the subject.
 */
function className(kind: string, subject: string): string {
  return `${kind}.${subject.replaceAll('.', '_')}`;
}

function detailLines(check: Check): string[] {
  const lines: string[] = [];
  const shown = (v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));
  if (check.observed !== undefined || check.expected !== undefined) lines.push(`observed: ${shown(check.observed ?? null)}; expected: ${shown(check.expected ?? null)}`);
  if (check.count !== undefined && check.count > 0) lines.push(`count: ${check.count}`);
  for (const location of check.locations) lines.push(locationText(location));
  const more = (check.count ?? 0) - check.locations.length;
  if (check.locations.length > 0 && more > 0) lines.push(`… and ${more} more`);
  return lines;
}

function locationText(location: Check['locations'][number]): string {
  const at = location.line !== undefined ? `${location.file}:${location.line}` : location.file;
  const extra = [location.row !== undefined ? `row ${location.row}` : '', location.field !== undefined ? `field ${location.field}` : ''].filter(Boolean).join(', ');
  return extra ? `${at} (${extra})` : at;
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** Names made unique: a repeated one gets its `extra` in parentheses (and a number, if that repeats too). */
function unique(items: ReadonlyArray<{ base: string; extra: string }>): string[] {
  const counts = new Map<string, number>();
  for (const { base } of items) counts.set(base, (counts.get(base) ?? 0) + 1);
  const seen = new Set<string>();
  return items.map(({ base, extra }) => {
    let name = counts.get(base)! > 1 ? `${base} (${extra})` : base;
    for (let n = 2; seen.has(name); n++) name = `${base} (${extra}) #${n}`;
    seen.add(name);
    return name;
  });
}
