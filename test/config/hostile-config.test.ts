// Hostile config files (schemas, metrics files, the all-in-one config all go
// through parseConfigText): a YAML alias bomb and deeply nested JSON are one
// line of bad input (exit 2 in the CLI), never a stack trace or an out-of-memory crash.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { MAX_CONFIG_DEPTH, parseConfigText } from '../../shared/config/load.js';
import { ConfigurationError } from '../../shared/errors.js';
import { tempDir, writeFiles } from '../helpers.js';

// The "billion laughs" document, as the yaml package's own docs show it (9 levels of 9 aliases).
const BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat('bcdefghi'.split('').map((k, i) => {
    const prev = 'abcdefghi'[i]!;
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
  }))
  .join('\n');

function parseError(text: string): ConfigurationError {
  try {
    parseConfigText(text, 'c.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('config limits', () => {
  it('an alias bomb is one ConfigurationError naming the file', () => {
    expect(parseError(BOMB).message).toBe('c.yaml: expands its YAML aliases (*name) too many times (an alias bomb?): write the values out, or use fewer aliases');
    // Aliases in ordinary use still work.
    expect(parseConfigText('base: &b {warn: 0.1}\nx: *b\ny: *b\n', 'c.yaml').value).toEqual({ base: { warn: 0.1 }, x: { warn: 0.1 }, y: { warn: 0.1 } });
  });

  it('deep nesting (JSON or YAML, flow or block) is refused before the parser recurses, with the line', () => {
    const started = performance.now();
    expect(parseError('{"a":'.repeat(5000) + '1' + '}'.repeat(5000)).message).toBe(`c.yaml:1: is nested more than ${MAX_CONFIG_DEPTH} levels deep; a config or schema needs far fewer`);
    expect(parseError('x: 1\ny: ' + '['.repeat(200_000) + ']'.repeat(200_000)).line).toBe(2);
    const block = Array.from({ length: 80 }, (_, k) => `${' '.repeat(k)}k${k}:`).join('\n') + ' 1\n';
    expect(parseError(block).line).toBe(MAX_CONFIG_DEPTH + 1);
    expect(parseError('- '.repeat(100) + 'x\n').line).toBe(1);
    expect(performance.now() - started).toBeLessThan(5000);
    // Ordinary nesting, brackets in strings and comments are not counted.
    const fine = JSON.stringify({ fields: [{ name: 'a', constraints: { enum: ['[[[[', '{{{{'] } }] }, null, 2);
    expect(parseConfigText(fine + '\n# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n', 'c.json').value).toMatchObject({ fields: [{ name: 'a' }] });
    expect(parseConfigText(`note: don't ${'['.repeat(10)}\n`, 'c.yaml').value).toEqual({ note: `don't ${'['.repeat(10)}` });
  });

  it('the CLI exits 2 with one line for a bombed schema and a deeply nested metrics file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'bomb.yaml': `${BOMB}\nfields: [{name: a}]\n`,
      'deep.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'd.csv': 'a\n1\n',
      'base.json': '{"accuracy": 0.9}',
    });
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: dir, isTty: false, examplesDir: join(dir, 'none') });
      return { code, stdout, stderr };
    };
    const bombed = await run(['validate', 'd.csv', '--schema', 'bomb.yaml']);
    expect(bombed.code).toBe(2);
    expect(bombed.stderr).toContain('bomb.yaml: expands its YAML aliases');
    expect(bombed.stderr).not.toMatch(/\n\s+at /);
    const deep = await run(['compare', '--candidate', 'deep.json', '--baseline', 'base.json']);
    expect(deep.code).toBe(2);
    expect(deep.stderr).toContain(`deep.json:1: is nested more than ${MAX_CONFIG_DEPTH} levels deep`);
    expect(deep.stderr).not.toMatch(/\n\s+at /);
  });
});
