// shared/runtime/runner.ts speaks to the runner exactly as @actions/core 3
// does: every function here is run next to its @actions/core counterpart on
// the same arguments, and the bytes on stdout and in the runner's files must
// be the same (the output delimiter is random in both, so it is named before
// comparing).
import * as core from '@actions/core';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../../shared/runtime/runner.js';
import { tempDir } from '../helpers.js';

/** What `act` writes to stdout. */
function stdoutOf(act: () => void): string {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  try {
    act();
  } finally {
    spy.mockRestore();
  }
  return text;
}

const MESSAGES = ['plain', 'a: b, c', '100% sure\r\nnext line\nlast', '', '::error::injected', 'unicode – ✅'];
const PROPERTIES: Array<runner.AnnotationProperties | undefined> = [
  undefined,
  {},
  { title: 'holdout: bad input', file: 'data/train.csv', startLine: 12 },
  { title: 'a, b: c%\nd', file: 'dir with space/f,ile:1.csv', startLine: 1 },
  { title: undefined, file: undefined, startLine: undefined },
  { file: 'policy.yaml' },
  { title: 'line zero', startLine: 0 },
];

const env = { ...process.env };
let exitCode: typeof process.exitCode;
beforeEach(() => {
  exitCode = process.exitCode;
});
afterEach(() => {
  process.env = { ...env };
  process.exitCode = exitCode;
});

describe('runner protocol, byte for byte as @actions/core', () => {
  it.each(['error', 'warning', 'notice'] as const)('%s annotations', (level) => {
    for (const message of MESSAGES) {
      for (const properties of PROPERTIES) {
        const ours = stdoutOf(() => runner[level](message, properties));
        const theirs = stdoutOf(() => core[level](message, properties));
        expect(ours, JSON.stringify({ message, properties })).toBe(theirs);
      }
    }
  });

  it('debug and info', () => {
    for (const message of MESSAGES) {
      expect(stdoutOf(() => runner.debug(message))).toBe(stdoutOf(() => core.debug(message)));
      expect(stdoutOf(() => runner.info(message))).toBe(stdoutOf(() => core.info(message)));
    }
  });

  it('setFailed: exit code 1 and the error command', () => {
    process.exitCode = 0;
    const ours = stdoutOf(() => runner.setFailed('holdout: fail: 2 checks failed'));
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const theirs = stdoutOf(() => core.setFailed('holdout: fail: 2 checks failed'));
    expect(process.exitCode).toBe(1);
    expect(ours).toBe(theirs);
  });

  it('getInput: INPUT_<NAME> with spaces as underscores, trimmed, empty when absent', () => {
    process.env.INPUT_FAIL_ON = '  warn \n';
    process.env['INPUT_MODEL_CARD'] = 'yes';
    process.env['INPUT_TWO_WORDS'] = ' a b ';
    for (const name of ['fail_on', 'FAIL_ON', 'model_card', 'two words', 'absent']) expect(runner.getInput(name)).toBe(core.getInput(name));
    expect(runner.getInput('two words')).toBe('a b');
  });

  it('setOutput: the GITHUB_OUTPUT file, multi-line values included', async () => {
    const dir = await tempDir();
    const values = ['pass', 'line one\nline two', '', '50% of 3: ok, fine'];
    const written: string[] = [];
    for (const write of [runner.setOutput, core.setOutput]) {
      const file = join(dir, `output-${written.length}`);
      await writeFile(file, '');
      process.env.GITHUB_OUTPUT = file;
      values.forEach((value, k) => write(`out-${k}`, value));
      written.push((await readFile(file, 'utf8')).replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X'));
    }
    expect(written[0]).toBe(written[1]);
    expect(written[0]).toContain('out-1<<ghadelimiter_X\nline one\nline two\nghadelimiter_X\n');
  });

  it('setOutput without GITHUB_OUTPUT: the set-output command', () => {
    delete process.env.GITHUB_OUTPUT;
    expect(stdoutOf(() => runner.setOutput('status', 'a,b: 100%'))).toBe(stdoutOf(() => core.setOutput('status', 'a,b: 100%')));
  });

  it('setOutput with a GITHUB_OUTPUT file that is gone: the same error', () => {
    process.env.GITHUB_OUTPUT = '/nonexistent/holdout-output';
    expect(() => runner.setOutput('a', 'b')).toThrow('Missing file at path: /nonexistent/holdout-output');
    expect(() => core.setOutput('a', 'b')).toThrow('Missing file at path: /nonexistent/holdout-output');
  });

  it('appendSummary: appends the markdown and a line end, as summary.addRaw(text, true).write()', async () => {
    const dir = await tempDir();
    const texts = ['## holdout\n\n| a | b |\n| - | - |', 'second block'];
    const written: string[] = [];
    for (const append of [runner.appendSummary, (text: string) => core.summary.addRaw(text, true).write().then(() => undefined)]) {
      const file = join(dir, `summary-${written.length}`);
      await writeFile(file, 'before\n');
      process.env.GITHUB_STEP_SUMMARY = file;
      for (const text of texts) await append(text);
      written.push(await readFile(file, 'utf8'));
    }
    expect(written[0]).toBe(written[1]);
    expect(written[0]).toBe('before\n## holdout\n\n| a | b |\n| - | - |\nsecond block\n');
  });

  it('appendSummary without a summary file: the same errors', async () => {
    delete process.env.GITHUB_STEP_SUMMARY;
    (core.summary as unknown as { _filePath?: string })._filePath = undefined; // @actions/core keeps the path it found first
    const theirs = await core.summary.addRaw('x').write().catch((e: Error) => e.message);
    core.summary.emptyBuffer();
    await expect(runner.appendSummary('x')).rejects.toThrow(theirs as string);
  });
});
