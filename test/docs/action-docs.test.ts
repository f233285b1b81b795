// The input and output tables in each action's README are generated from its
// action.yml (scripts/action-docs.mjs): the checked-in READMEs must be up to
// date, and the check must notice when they are not.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { marked } from 'marked';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const SCRIPT = join(ROOT, 'scripts/action-docs.mjs');

interface ActionDocs {
  escapeCell(text: string): string;
  codeCell(value: unknown): string;
  renderInputs(metadata: unknown): string;
  renderOutputs(metadata: unknown): string;
  insertSection(readme: string, section: 'inputs' | 'outputs', body: string): string;
  renderReadme(actionYml: string, readme: string): string;
}
// A plain .mjs script: imported by URL, so the typecheck does not need its types.
const docs: ActionDocs = await import(pathToFileURL(SCRIPT).href);

function cli(...args: string[]) {
  const child = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const actions = readdirSync(join(ROOT, 'actions')).filter((name) => {
  try {
    readFileSync(join(ROOT, 'actions', name, 'action.yml'));
    return true;
  } catch {
    return false;
  }
});

describe('action READMEs', () => {
  it('are up to date with their action.yml (npm run docs)', () => {
    expect(actions).toEqual(expect.arrayContaining(['validate-data', 'compare-metrics', 'report', 'gate']));
    const result = cli('--check');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.each(actions)('%s: one table row per input and output, in action.yml order', (name) => {
    const metadata = parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const readme = readFileSync(join(ROOT, 'actions', name, 'README.md'), 'utf8');
    const tables = marked.lexer(readme).filter((token) => token.type === 'table') as Array<{ header: Array<{ text: string }>; rows: Array<Array<{ text: string }>> }>;
    const inputs = tables.find((t) => t.header.map((h) => h.text).join() === 'Name,Description,Required,Default');
    const outputs = tables.find((t) => t.header.map((h) => h.text).join() === 'Name,Description');
    expect(inputs?.rows.map((row) => row[0]?.text)).toEqual(Object.keys(metadata.inputs).map((k) => `\`${k}\``));
    expect(outputs?.rows.map((row) => row[0]?.text)).toEqual(Object.keys(metadata.outputs).map((k) => `\`${k}\``));
  });

  it('a changed action.yml fails the check, and writing fixes it', async () => {
    const dir = await tempDir('holdout-action-docs-');
    mkdirSync(join(dir, 'actions/gate'), { recursive: true });
    for (const file of ['action.yml', 'README.md']) copyFileSync(join(ROOT, 'actions/gate', file), join(dir, 'actions/gate', file));
    expect(cli('--check', '--root', dir).code).toBe(0);

    const yml = join(dir, 'actions/gate/action.yml');
    const before = readFileSync(yml, 'utf8');
    const after = before.replace("default: 'holdout / gate'", "default: 'holdout / deploy gate'");
    expect(after).not.toBe(before);
    writeFileSync(yml, after);

    const stale = cli('--check', '--root', dir);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('actions/gate/README.md is out of date');
    const unchanged = readFileSync(join(dir, 'actions/gate/README.md'), 'utf8');
    expect(unchanged).toBe(readFileSync(join(ROOT, 'actions/gate/README.md'), 'utf8'));

    const write = cli('--root', dir);
    expect(write.code).toBe(0);
    expect(write.stdout).toContain('updated actions/gate/README.md');
    const fixed = readFileSync(join(dir, 'actions/gate/README.md'), 'utf8');
    expect(fixed).toContain('| `check-name` | Name of the check run (require it in branch protection). | no | `holdout / deploy gate` |');
    // Only the table changed: the prose around it is as written.
    expect(fixed.replace('holdout / deploy gate', 'holdout / gate')).toBe(unchanged);
    expect(cli('--check', '--root', dir)).toMatchObject({ code: 0, stderr: '' });
  });

  it('a README without its markers is an error naming it, not silently skipped', async () => {
    const dir = await tempDir('holdout-action-docs-');
    mkdirSync(join(dir, 'actions/report'), { recursive: true });
    copyFileSync(join(ROOT, 'actions/report/action.yml'), join(dir, 'actions/report/action.yml'));
    writeFileSync(join(dir, 'actions/report/README.md'), '# report\n\n<!-- action-docs-inputs -->\n<!-- action-docs-inputs-end -->\n');
    const result = cli('--check', '--root', dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('actions/report/README.md: missing <!-- action-docs-outputs -->');
    expect(cli('--bogus').code).toBe(2);
  });
});

describe('rendering', () => {
  const metadata = {
    inputs: {
      source: { description: 'A path | or git:<ref>:<path>, see `a|b <c>`.\nSecond line.\n', required: true },
      level: { description: 'Level.', required: 'true', default: 0.95 },
      flag: { description: 'Flag.', default: false },
      empty: { description: 'Empty default.', default: '' },
      tick: { description: 'Backticks.', default: 'a`b' },
      bare: null,
    },
    outputs: { status: { description: 'pass | fail' } },
  };

  it('escapes pipes, line breaks and tags, and keeps code spans as written', () => {
    expect(docs.escapeCell('a | b\r\nc\n\nd <em>e</em> x < y')).toBe('a \\| b<br>c<br><br>d \\<em>e\\</em> x < y');
    expect(docs.escapeCell('`<a|b>` and `two\nlines`')).toBe('`<a\\|b>` and `two lines`');
    expect(docs.codeCell('a`b')).toBe('``a`b``');
    expect(docs.codeCell('`x')).toBe('`` `x ``');
    expect(docs.codeCell('a|b')).toBe('`a\\|b`');
  });

  it('renders tables that Markdown reads back cell for cell', () => {
    const inputs = docs.renderInputs(metadata);
    expect(inputs.split('\n')).toHaveLength(2 + 6);
    const [table] = marked.lexer(inputs) as unknown as Array<{ type: string; rows: Array<Array<{ text: string }>> }>;
    expect(table?.type).toBe('table');
    expect(table?.rows.map((row) => row.length)).toEqual([4, 4, 4, 4, 4, 4]);
    expect(table?.rows.map((row) => [row[0]?.text, row[2]?.text, row[3]?.text])).toEqual([
      ['`source`', 'yes', ''],
      ['`level`', 'yes', '`0.95`'],
      ['`flag`', 'no', '`false`'],
      ['`empty`', 'no', '`""`'],
      ['`tick`', 'no', '``a`b``'],
      ['`bare`', 'no', ''],
    ]);
    const html = marked.parse(inputs) as string;
    expect(html).toContain('A path | or git:&lt;ref&gt;:&lt;path&gt;, see <code>a|b &lt;c&gt;</code>.<br>Second line.');
    expect(docs.renderOutputs(metadata)).toBe('| Name | Description |\n| --- | --- |\n| `status` | pass \\| fail |');
    expect(docs.renderOutputs({ inputs: {} })).toBe('_This action has no outputs._');
  });

  it('replaces only what is between the markers, and is idempotent', () => {
    const yml = 'inputs:\n  a:\n    description: A.\noutputs:\n  b:\n    description: B.\n';
    const readme = '# x\n\n<!-- action-docs-inputs -->\nold table\n<!-- action-docs-inputs-end -->\n\ntext\n\n<!-- action-docs-outputs --><!-- action-docs-outputs-end -->\n';
    const once = docs.renderReadme(yml, readme);
    expect(once).toBe(
      '# x\n\n<!-- action-docs-inputs -->\n\n| Name | Description | Required | Default |\n| --- | --- | --- | --- |\n| `a` | A. | no |  |\n\n<!-- action-docs-inputs-end -->\n\ntext\n\n' +
        '<!-- action-docs-outputs -->\n\n| Name | Description |\n| --- | --- |\n| `b` | B. |\n\n<!-- action-docs-outputs-end -->\n',
    );
    expect(docs.renderReadme(yml, once)).toBe(once);
    const crlf = docs.renderReadme(yml, readme.replace(/\n/g, '\r\n'));
    expect(crlf).toBe(once.replace(/\n/g, '\r\n'));
    expect(() => docs.insertSection('<!-- action-docs-inputs-end --><!-- action-docs-inputs -->', 'inputs', '')).toThrow(/comes before/);
    expect(() => docs.insertSection('<!-- action-docs-inputs --><!-- action-docs-inputs --><!-- action-docs-inputs-end -->', 'inputs', '')).toThrow(/appears 2 times/);
  });
});
