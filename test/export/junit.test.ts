// Results documents as JUnit XML (shared/export/junit.ts): one testsuite per
// document and one testcase per check, read back by a reader that is first
// checked on reports other tools wrote, escaped so that any text survives,
// and valid against the JUnit schema Jenkins' xUnit plugin accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdata, renderJunit, xmlAttribute, xmlText, type JunitDocument } from '../../shared/export/junit.js';
import { resultsSchemas, type ResultsDocument } from '../../shared/results/schema.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';
import { CTX, demoDocuments, exampleDocuments, hostileDocuments } from '../report/documents.js';
import { allCases, parseXml, readJunit } from './junit-reader.js';
import { validateJunitFile, validateJunitText, xmllint } from './xmllint.js';

const FIXTURES = join(ROOT, 'test/fixtures/junit');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A small validate-data document with the given checks. */
function documentWith(checks: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): ResultsDocument {
  return resultsSchemas.document.parse({
    holdout: 1,
    kind: 'validate-data',
    title: 'Data validation',
    status: 'fail',
    createdAt: '2026-12-01T00:00:00Z',
    subject: { files: [{ path: 'data/train.csv' }], gitSha: CTX.commit },
    checks,
    data: { tables: [], rows: 10, errorCount: 0, errors: [] },
    ...extra,
  });
}

const check = (id: string, title: string, status: string, more: Record<string, unknown> = {}) => ({ id, title, status, message: `${title}: ${status}`, locations: [], ...more });

describe('the reader, on reports other tools wrote', () => {
  it("reads the xUnit plugin's test inputs as Jenkins does: suites, cases, outcomes", () => {
    const one = readJunit(fixture('xunit-plugin-testcase1.xml'));
    expect(one.map((s) => s.name)).toEqual(['User sessions']);
    expect(one[0]!.cases.map((c) => [c.classname, c.name, c.outcome])).toEqual([
      ['User sessions', 'Login', 'passed'],
      ['User sessions', 'Logout', 'passed'],
    ]);
    const two = readJunit(fixture('xunit-plugin-testcase2.xml'));
    expect(two[0]!.cases.map((c) => c.name)).toEqual(['test_two', 'test_one']);

    // Nested suites, and an error whose body is the stack trace.
    const text = fixture('xunit-plugin-testcase3.xml');
    const cases = allCases(readJunit(text));
    expect(cases).toHaveLength(text.match(/<testcase\b/g)!.length);
    const errors = cases.filter((c) => c.outcome === 'error');
    expect(errors.map((c) => c.name)).toEqual(['testFilterByNull with data set #1']);
    expect(errors[0]!.type).toBe('PHPUnit_Extensions_Selenium2TestCase_WebDriverException');
    expect(errors[0]!.body).toContain('Unable to find element with xpath');
  });

  it("reads junit-report-builder's expected report: failure messages, CDATA bodies, skipped", () => {
    const suites = readJunit(fixture('junit-report-builder-expected_report.xml'));
    expect(suites.map((s) => s.name)).toEqual(['first.Suite', 'second.Suite']);
    expect(suites[1]!.cases.map((c) => [c.outcome, c.message, c.body])).toEqual([
      ['failure', 'Failure message', ''],
      ['failure', undefined, 'Stacktrace'],
      ['skipped', undefined, ''],
    ]);
  });

  it('rejects what is not well-formed XML', () => {
    for (const bad of ['<a><b></a>', '<a>&bogus;</a>', '<a x="1" x="2"/>', '<a>\u0001</a>', '<a>]]></a>', '<a x="<"/>', '<a/><b/>', '<a>&#0;</a>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

describe('one testsuite per results document, one testcase per check', () => {
  it('the demo pull request: counts, failures with message and file:line, skipped drift columns, the commit', async () => {
    const documents = await demoDocuments();
    const [drift, comparison] = documents as [Extract<ResultsDocument, { kind: 'validate-data' }>, Extract<ResultsDocument, { kind: 'compare-metrics' }>];
    const xml = renderJunit([{ document: drift, file: 'holdout-results/validate-data.json' }, { document: comparison, file: 'holdout-results/compare-metrics.json' }]);
    const root = parseXml(xml);
    const suites = readJunit(xml);
    expect(suites.map((s) => s.name)).toEqual([drift.title, comparison.title]);

    const skipped = drift.data.drift!.skipped;
    expect(skipped.length).toBeGreaterThan(0);
    const failing = (d: ResultsDocument) => d.checks.filter((c) => c.status === 'fail').length;
    for (const [suite, document, extra] of [[suites[0]!, drift, skipped.length], [suites[1]!, comparison, 0]] as const) {
      expect(suite.cases).toHaveLength(document.checks.length + extra);
      expect(suite.cases.filter((c) => c.outcome === 'failure')).toHaveLength(failing(document));
      expect(suite.cases.filter((c) => c.outcome === 'skipped')).toHaveLength(extra);
      expect(suite.attributes).toMatchObject({ tests: String(document.checks.length + extra), failures: String(failing(document)), errors: '0', skipped: String(extra), timestamp: document.createdAt });
      expect(suite.properties).toMatchObject({ commit: CTX.commit, kind: document.kind, status: document.status });
    }
    expect(root.attributes).toMatchObject({ name: 'holdout', tests: String(drift.checks.length + skipped.length + comparison.checks.length), failures: String(failing(drift) + failing(comparison)), errors: '0' });
    expect(suites[0]!.properties['results-file']).toBe('holdout-results/validate-data.json');
    expect(suites[1]!.properties.baseline).toBe(comparison.subject.baselineId);

    // A skipped column says why.
    const skippedCase = suites[0]!.cases.find((c) => c.outcome === 'skipped')!;
    expect(skippedCase.name).toBe(`drift: ${skipped[0]!.column}`);
    expect(skippedCase.message).toBe(skipped[0]!.reason);

    // The comparison's failing slice: classname = step + metric[slice], the check's title, its message.
    const west = comparison.checks.find((c) => c.status === 'fail' && c.slice?.value === 'west')!;
    const westCase = suites[1]!.cases.find((c) => c.name === west.title)!;
    expect(westCase).toMatchObject({ classname: `compare-metrics.${west.metric}[region=west]`, outcome: 'failure', message: west.message, type: west.rule });
    expect(westCase.body).toContain(west.message);
  });

  it('a failing data check carries every location as file:line', async () => {
    const [, validation] = (await exampleDocuments()) as [ResultsDocument, Extract<ResultsDocument, { kind: 'validate-data' }>];
    const suites = readJunit(renderJunit([{ document: validation }]));
    const failed = validation.checks.filter((c) => c.status === 'fail' && c.locations.some((l) => l.line !== undefined));
    expect(failed.length).toBeGreaterThan(3);
    for (const c of failed) {
      // The example validates two files with the same checks: a repeated title carries the check's id.
      const junit = suites[0]!.cases.find((k) => k.name === c.title || k.name === `${c.title} (${c.id})`)!;
      expect(junit.outcome).toBe('failure');
      expect(junit.classname).toBe(`validate-data.${c.locations[0]!.file.replaceAll('.', '_')}`);
      for (const l of c.locations) expect(junit.body).toContain(`${l.file}:${l.line}`);
    }
    // validate/failing.csv line 6 holds the customer id that breaks the pattern.
    expect(suites[0]!.cases.find((k) => k.name === 'customer_id: matches /C[0-9]{6}/ (validate/failing.csv#field:customer_id:pattern)')!.body).toContain('validate/failing.csv:6');
  });

  it('error is <error>, warn passes (or fails where the step fails on warn), titles stay unique', () => {
    const document = documentWith([
      check('a', 'Schema', 'error', { message: 'schema.yaml: no such file' }),
      check('b', 'Rows', 'warn', { message: 'only 10 rows', locations: [{ file: 'data/train.csv' }] }),
      check('c', 'Same title', 'pass'),
      check('d', 'Same title', 'fail', { count: 3, locations: [{ file: 'data/train.csv', line: 4 }] }),
    ]);
    const cases = readJunit(renderJunit([{ document }]))[0]!.cases;
    expect(cases.map((c) => [c.name, c.outcome])).toEqual([
      ['Schema', 'error'],
      ['Rows', 'passed'],
      ['Same title (c)', 'passed'],
      ['Same title (d)', 'failure'],
    ]);
    expect(cases[0]!.message).toBe('schema.yaml: no such file');
    expect(cases[1]!.out).toContain('warning: only 10 rows');
    // Three errors counted, one located: the body says how many more.
    expect(cases[3]!.body).toContain('data/train.csv:4');
    expect(cases[3]!.body).toContain('… and 2 more');
    expect(readJunit(renderJunit([{ document }], { warnFails: true }))[0]!.cases[1]!.outcome).toBe('failure');
  });

  it('two documents with one title get their files in the suite name', async () => {
    const document = documentWith([check('a', 'Rows', 'pass')]);
    const suites = readJunit(renderJunit([{ document, file: 'r/a.json' }, { document, file: 'r/b.json' }]));
    expect(suites.map((s) => s.name)).toEqual(['Data validation (r/a.json)', 'Data validation (r/b.json)']);
  });
});

describe('escaping: any text survives, as XML 1.0 can hold it', () => {
  // junit-report-builder's spec/e2e.spec.ts: quotes in a message, characters XML cannot hold, an emoji.
  it("junit-report-builder's cases: quoted, invalid characters stripped, emoji", () => {
    const document = documentWith([
      check('q', 'quoted', 'error', { message: 'it is "quoted"' }),
      check('i', 'invalid', 'error', { message: 'Invalid\x00Characters\x08Stripped' }),
      check('e', 'emoji', 'pass', { message: 'Emoji: 🤦' }),
    ]);
    const xml = renderJunit([{ document }]);
    expect(xml).toContain('message="it is &quot;quoted&quot;"');
    expect(xml).toContain('message="InvalidCharactersStripped"');
    expect(xml).toContain('<![CDATA[Emoji: 🤦]]>');
    const cases = readJunit(xml)[0]!.cases;
    expect(cases.map((c) => c.message ?? c.out)).toEqual(['it is "quoted"', 'InvalidCharactersStripped', 'Emoji: 🤦']);
  });

  it(']]> inside a body is split across two CDATA sections; newlines and tabs in attributes come back as they were', () => {
    const message = 'a ]]> b ]]]]> c\n\tsecond line';
    const document = documentWith([check('x', 'tab\there\nand newline & <tag> "q"', 'fail', { message })]);
    const xml = renderJunit([{ document }]);
    expect(xml).toContain(cdata(message));
    expect(cdata(']]>')).toBe('<![CDATA[]]]]><![CDATA[>]]>');
    const [c] = readJunit(xml)[0]!.cases;
    expect(c!.name).toBe('tab\there\nand newline & <tag> "q"');
    expect(c!.body.startsWith(message)).toBe(true);
    expect(c!.message).toBe('a ]]> b ]]]]> c');
  });

  it('removes lone surrogates, U+FFFE, U+FFFF and C0 controls; keeps tab, newline, carriage return and astral characters', () => {
    expect(xmlText('a\uD800b\uDFFFc\uFFFEd\uFFFFe\x1Ff\x7Fg\t\n\r😀')).toBe('abcdef\x7Fg\t\n\r😀');
    expect(xmlAttribute('\r\n\t<&>"')).toBe('&#13;&#10;&#9;&lt;&amp;&gt;&quot;');
  });

  it('property: any title, message and file name reads back as the text XML can hold', async () => {
    const hostile = fc.oneof(
      fc.constantFrom(']]>', ']]', '&', '<', '>', '"', "'", '\n', '\r', '\t', '\u0000', '\uFFFE', '\uD83D', '\uDE00', '😀', '&amp;', '<![CDATA['),
      fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
    );
    const text = fc.array(hostile, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, text, (title, message, file) => {
        const document = documentWith([check('x', title, 'fail', { message, locations: [{ file, line: 3 }] })], { title: `${title} suite` });
        const xml = renderJunit([{ document, file }]);
        const suites = readJunit(xml);
        const [c] = suites[0]!.cases;
        expect(suites[0]!.name).toBe(xmlText(`${title} suite`));
        expect(suites[0]!.properties['results-file'] ?? '').toBe(xmlText(file));
        expect(c!.name).toBe(xmlText(title));
        const shownMessage = xmlText(message === '' ? title : message);
        expect(c!.message).toBe(shownMessage.split('\n')[0]);
        // Parsers read a carriage return in character data as a newline.
        expect(c!.body.startsWith(shownMessage.replace(/\r\n?/g, '\n'))).toBe(true);
        expect(c!.body).toContain(`${xmlText(file).replace(/\r\n?/g, '\n')}:3`);
      }),
      { numRuns: 300 },
    );
  });
});

xmllint().describe('valid against the JUnit schema Jenkins accepts (junit-10.xsd, xmllint)', () => {
  it("the peers' reports: the xUnit plugin's inputs are valid, junit-report-builder's report is not (and why)", () => {
    for (const name of ['xunit-plugin-testcase1.xml', 'xunit-plugin-testcase2.xml', 'xunit-plugin-testcase3.xml']) {
      const result = validateJunitFile(join(FIXTURES, name));
      expect(result.valid, result.messages).toBe(true);
    }
    const builder = validateJunitFile(join(FIXTURES, 'junit-report-builder-expected_report.xml'));
    expect(builder.valid).toBe(false);
    expect(builder.messages).toContain("attribute 'skipped': The attribute 'skipped' is not allowed");
    expect(builder.messages).toContain("Element 'testcase': This element is not expected");
  });

  it('holdout reports: examples, the demo, hostile names, every status, escaping', async () => {
    const dir = await tempDir();
    const reports: Record<string, JunitDocument[]> = {
      examples: (await exampleDocuments()).map((document) => ({ document, file: `holdout-results/${document.kind}.json` })),
      demo: (await demoDocuments()).map((document) => ({ document })),
      hostile: (await hostileDocuments()).map((document) => ({ document, file: 'r/<&>".json' })),
      statuses: [{ document: documentWith([check('a', 'e', 'error'), check('b', 'w', 'warn'), check('c', 'f', 'fail', { message: ']]>\u0000\uD800' }), check('d', 'p', 'pass')]) }],
      empty: [],
    };
    for (const [name, documents] of Object.entries(reports)) {
      const result = validateJunitText(renderJunit(documents), dir, `${name}.xml`);
      expect(result.valid, `${name}: ${result.messages}`).toBe(true);
    }
  });

  it('the check notices a report that breaks the schema (a file attribute on a testcase)', async () => {
    const dir = await tempDir();
    const xml = renderJunit([{ document: documentWith([check('a', 'Rows', 'pass')]) }]).replace('<testcase ', '<testcase file="data/train.csv" ');
    const result = validateJunitText(xml, dir);
    expect(result.valid).toBe(false);
    expect(result.messages).toContain("attribute 'file': The attribute 'file' is not allowed");
  });
});
