// The reading side of the JUnit tests: a small XML 1.0 parser (elements,
// attributes with the spec's value normalisation, character and entity
// references, CDATA, comments, the declaration) that throws on what is not
// well-formed, and a JUnit reader over it that sees a report as the CI tools
// do: suites (nested too), their properties, and each test case's outcome,
// message and body. Checked on reports other tools wrote (test/fixtures/junit/)
// before it reads holdout's.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (text and CDATA), concatenated. */
  text: string;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
/** Characters an XML 1.0 document may contain. */
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

export function parseXml(source: string): XmlElement {
  if (!XML_CHAR.test(source)) throw new Error('a character XML 1.0 does not allow');
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}: ${JSON.stringify(source.slice(at, at + 30))}`);
  };
  const skipSpace = () => {
    while (at < source.length && /\s/.test(source[at]!)) at++;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const m = NAME.exec(source);
    if (!m) fail('expected a name');
    at += m![0].length;
    return m![0];
  };
  const references = (text: string, inAttribute: boolean): string => {
    // Attribute-value normalisation: a literal tab, newline or carriage return is a space; references keep the character.
    const normalised = inAttribute ? text.replace(/\r\n|[\t\n\r]/g, ' ') : text.replace(/\r\n?/g, '\n');
    return normalised.replace(/&([^;&\s]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) return fail('a bare &');
      if (ref === 'amp') return '&';
      if (ref === 'lt') return '<';
      if (ref === 'gt') return '>';
      if (ref === 'quot') return '"';
      if (ref === 'apos') return "'";
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] !== undefined ? parseInt(ref.slice(2), 16) : /^#(\d+)$/.test(ref) ? Number(ref.slice(1)) : NaN;
      if (Number.isNaN(code)) return fail(`unknown entity ${whole}`);
      const char = String.fromCodePoint(code);
      if (!XML_CHAR.test(char)) fail(`a reference to a character XML 1.0 does not allow (${whole})`);
      return char;
    });
  };
  const misc = () => {
    for (;;) {
      skipSpace();
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at + 4);
        if (end < 0) fail('unterminated comment');
        at = end + 3;
      } else if (source.startsWith('<?', at)) {
        const end = source.indexOf('?>', at + 2);
        if (end < 0) fail('unterminated processing instruction');
        at = end + 2;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('expected <');
    at++;
    const el: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', at)) {
        at += 2;
        return el;
      }
      if (source[at] === '>') {
        at++;
        break;
      }
      const attribute = name();
      skipSpace();
      if (source[at] !== '=') fail('expected =');
      at++;
      skipSpace();
      const quote = source[at];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = source.indexOf(quote!, at + 1);
      if (end < 0) fail('unterminated attribute');
      const raw = source.slice(at + 1, end);
      if (raw.includes('<')) fail('< in an attribute value');
      if (attribute in el.attributes) fail(`attribute ${attribute} repeated`);
      el.attributes[attribute] = references(raw, true);
      at = end + 1;
    }
    for (;;) {
      if (at >= source.length) fail(`unclosed <${el.name}>`);
      if (source.startsWith('</', at)) {
        at += 2;
        if (name() !== el.name) fail(`mismatched end tag for <${el.name}>`);
        skipSpace();
        if (source[at] !== '>') fail('expected >');
        at++;
        return el;
      }
      if (source.startsWith('<![CDATA[', at)) {
        const end = source.indexOf(']]>', at + 9);
        if (end < 0) fail('unterminated CDATA');
        el.text += source.slice(at + 9, end).replace(/\r\n?/g, '\n');
        at = end + 3;
      } else if (source.startsWith('<!--', at) || source.startsWith('<?', at)) misc();
      else if (source[at] === '<') el.children.push(element());
      else {
        const end = source.indexOf('<', at);
        const raw = source.slice(at, end < 0 ? source.length : end);
        if (raw.includes(']]>')) fail(']]> in text');
        el.text += references(raw, false);
        at += raw.length;
      }
    }
  };
  misc();
  const root = element();
  misc();
  if (at !== source.length) fail('content after the root element');
  return root;
}

export interface JunitCase {
  classname?: string;
  name: string;
  outcome: 'passed' | 'failure' | 'error' | 'skipped';
  message?: string;
  type?: string;
  body: string;
  out: string;
}

export interface JunitSuite {
  name: string;
  attributes: Record<string, string>;
  properties: Record<string, string>;
  cases: JunitCase[];
  suites: JunitSuite[];
}

/** A JUnit report as the CI tools read it: the suites (a <testsuite> root is one suite). */
export function readJunit(source: string): JunitSuite[] {
  const root = parseXml(source);
  if (root.name === 'testsuite') return [suiteOf(root)];
  if (root.name !== 'testsuites') throw new Error(`the root is <${root.name}>, not <testsuites> or <testsuite>`);
  return root.children.filter((c) => c.name === 'testsuite').map(suiteOf);
}

function suiteOf(el: XmlElement): JunitSuite {
  const properties: Record<string, string> = {};
  for (const p of el.children.filter((c) => c.name === 'properties').flatMap((c) => c.children)) properties[p.attributes.name!] = p.attributes.value ?? p.text;
  return {
    name: el.attributes.name ?? '',
    attributes: el.attributes,
    properties,
    cases: el.children.filter((c) => c.name === 'testcase').map(caseOf),
    suites: el.children.filter((c) => c.name === 'testsuite').map(suiteOf),
  };
}

function caseOf(el: XmlElement): JunitCase {
  const result = el.children.find((c) => c.name === 'failure' || c.name === 'error' || c.name === 'skipped');
  const out = el.children.filter((c) => c.name === 'system-out').map((c) => c.text).join('');
  return {
    classname: el.attributes.classname,
    name: el.attributes.name ?? '',
    outcome: result ? (result.name as JunitCase['outcome']) : 'passed',
    message: result?.attributes.message,
    type: result?.attributes.type,
    body: result?.text ?? '',
    out,
  };
}

/** Every test case of the suites, nested suites included. */
export function allCases(suites: readonly JunitSuite[]): JunitCase[] {
  return suites.flatMap((s) => [...s.cases, ...allCases(s.suites)]);
}
