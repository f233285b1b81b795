// Generates the input and output tables of each action's README from its
// action.yml, between marker comments:
//
//   <!-- action-docs-inputs -->   …   <!-- action-docs-inputs-end -->
//   <!-- action-docs-outputs -->  …   <!-- action-docs-outputs-end -->
//
// Everything outside the markers is left as written. The result is a pure
// function of action.yml and the README, so it stays right whoever edits
// action.yml (by hand or generated).
//
//   node scripts/action-docs.mjs            rewrite the tables
//   node scripts/action-docs.mjs --check    exit 1 naming each README that is out of date
//   … --root DIR                            the repository root (default: this script's ..)
//
// Every actions/<name>/ with an action.yml is covered, and needs a README.md
// with both marker pairs (a missing or misplaced marker exits 2). The root
// action is not: its docs (docs/config.md) document the config file, not
// the action's inputs.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

export const SECTIONS = ['inputs', 'outputs'];

export function markers(section) {
  return { start: `<!-- action-docs-${section} -->`, end: `<!-- action-docs-${section}-end -->` };
}

// One table cell of Markdown text: the table must survive whatever the text
// holds. `|` is escaped, line breaks become <br>, and outside code spans a
// `<` that would open an HTML tag or autolink (git:<ref>:<path>) is escaped,
// else GitHub would drop it as an unknown tag. Other Markdown (`code`,
// links) is kept.
export function escapeCell(text) {
  const source = String(text).replace(/\r\n?/g, '\n').trim();
  let out = '';
  let at = 0;
  const prose = (part) => part.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/[ \t]*\n[ \t]*/g, '<br>');
  for (const run of source.matchAll(/`+/g)) {
    if (run.index < at) continue;
    const close = source.slice(run.index + run[0].length).search(new RegExp(`(?<!\`)${run[0]}(?!\`)`));
    if (close === -1) continue;
    const end = run.index + run[0].length + close + run[0].length;
    out += prose(source.slice(at, run.index)) + source.slice(run.index, end).replace(/\s*\n\s*/g, ' ');
    at = end;
  }
  return (out + prose(source.slice(at))).replace(/\|/g, '\\|');
}

// A value shown verbatim as a code span, one per line; the fence is longer
// than any run of backticks in the value, and `|` is still escaped (GFM
// splits the row before it reads code spans).
export function codeCell(value) {
  const lines = String(value).replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  return lines
    .map((line) => {
      if (line === '') return '';
      const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
      return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
    })
    .join('<br>');
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function entries(metadata, section) {
  const value = metadata?.[section];
  if (value == null) return [];
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`${section}: expected a mapping of names`);
  return Object.entries(value).map(([name, spec]) => {
    if (spec != null && (typeof spec !== 'object' || Array.isArray(spec))) throw new Error(`${section}.${name}: expected a mapping`);
    return [name, spec ?? {}];
  });
}

function isRequired(spec) {
  return spec.required === true || (typeof spec.required === 'string' && spec.required.trim().toLowerCase() === 'true');
}

function defaultCell(spec) {
  if (!('default' in spec) || spec.default === null) return '';
  if (spec.default === '') return '`""`';
  return codeCell(spec.default);
}

// The inputs table of parsed action metadata: Name, Description, Required, Default.
export function renderInputs(metadata) {
  const inputs = entries(metadata, 'inputs');
  if (inputs.length === 0) return '_This action has no inputs._';
  return table(
    ['Name', 'Description', 'Required', 'Default'],
    inputs.map(([name, spec]) => [codeCell(name), escapeCell(spec.description ?? ''), isRequired(spec) ? 'yes' : 'no', defaultCell(spec)]),
  );
}

// The outputs table of parsed action metadata: Name, Description.
export function renderOutputs(metadata) {
  const outputs = entries(metadata, 'outputs');
  if (outputs.length === 0) return '_This action has no outputs._';
  return table(['Name', 'Description'], outputs.map(([name, spec]) => [codeCell(name), escapeCell(spec.description ?? '')]));
}

function occurrences(text, needle) {
  const at = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

// Puts body between the section's markers, replacing what was there. Throws
// when a marker is missing, repeated, or the end comes first.
export function insertSection(readme, section, body) {
  const { start, end } = markers(section);
  const starts = occurrences(readme, start);
  const ends = occurrences(readme, end);
  if (starts.length !== 1) throw new Error(starts.length ? `${start} appears ${starts.length} times` : `missing ${start}`);
  if (ends.length !== 1) throw new Error(ends.length ? `${end} appears ${ends.length} times` : `missing ${end}`);
  const from = starts[0] + start.length;
  if (ends[0] < from) throw new Error(`${end} comes before ${start}`);
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const content = `${eol}${eol}${body.replace(/\n/g, eol)}${eol}${eol}`;
  return readme.slice(0, from) + content + readme.slice(ends[0]);
}

// The README with both tables generated from the action.yml text.
export function renderReadme(actionYml, readme) {
  const metadata = parse(actionYml);
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) throw new Error('action metadata is not a mapping');
  let out = insertSection(readme, 'inputs', renderInputs(metadata));
  out = insertSection(out, 'outputs', renderOutputs(metadata));
  return out;
}

// The actions under root: each actions/<name>/ with an action.yml.
export function findActions(root) {
  const dir = join(root, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'action.yml')))
    .map((entry) => ({ metadata: join(dir, entry.name, 'action.yml'), readme: join(dir, entry.name, 'README.md') }))
    .sort((a, b) => a.readme.localeCompare(b.readme));
}

// Renders every action's README; with write, saves those that changed.
// Returns the READMEs that were (or, without write, are) out of date.
export function run(root, { write }) {
  const stale = [];
  for (const action of findActions(root)) {
    const name = relative(root, action.readme);
    let readme;
    let next;
    try {
      readme = readFileSync(action.readme, 'utf8');
      next = renderReadme(readFileSync(action.metadata, 'utf8'), readme);
    } catch (error) {
      throw new Error(`${name}: ${error.code === 'ENOENT' ? `cannot read ${relative(root, error.path ?? '')}` : error.message}`);
    }
    if (next === readme) continue;
    stale.push(name);
    if (write) writeFileSync(action.readme, next);
  }
  return stale;
}

function main(argv) {
  let check = false;
  let root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--root' && i + 1 < argv.length) root = resolve(argv[++i]);
    else {
      console.error(`action-docs: unknown argument ${argv[i]}\nusage: node scripts/action-docs.mjs [--check] [--root DIR]`);
      return 2;
    }
  }
  let stale;
  try {
    if (findActions(root).length === 0) throw new Error(`no actions/*/action.yml under ${root}`);
    stale = run(root, { write: !check });
  } catch (error) {
    console.error(`action-docs: ${error.message}`);
    return 2;
  }
  if (check) {
    for (const name of stale) console.error(`${name} is out of date with its action.yml: run npm run docs`);
    return stale.length ? 1 : 0;
  }
  for (const name of stale) console.log(`updated ${name}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
