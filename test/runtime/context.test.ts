// The run context read from the runner's environment: the event payload is
// read from GITHUB_EVENT_PATH, and a payload that is named but cannot be read
// is an error naming the path — never an empty payload, with which report and
// gate would silently find no pull request.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { readRunContext } from '../../shared/runtime/context.js';
import { tempDir, writeFiles } from '../helpers.js';

function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('readRunContext', () => {
  it('reads the event payload, the repository and the run link', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'event.json': JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc' } } }) });
    const context = readRunContext({
      GITHUB_EVENT_PATH: join(dir, 'event.json'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'octo/models',
      GITHUB_RUN_ID: '42',
      GITHUB_WORKSPACE: dir,
    });
    expect(context.payload).toEqual({ pull_request: { number: 7, head: { sha: 'abc' } } });
    expect(context.eventName).toBe('pull_request');
    expect(context.repository).toEqual({ owner: 'octo', repo: 'models' });
    expect(context.runUrl).toBe('https://github.com/octo/models/actions/runs/42');
    expect(context.workspace).toBe(dir);
  });

  it('has an empty payload outside Actions (no GITHUB_EVENT_PATH)', () => {
    expect(readRunContext({ GITHUB_WORKSPACE: '/w' }).payload).toEqual({});
    expect(readRunContext({ GITHUB_WORKSPACE: '/w', GITHUB_EVENT_PATH: '' }).payload).toEqual({});
  });

  it('fails naming the path when GITHUB_EVENT_PATH names a missing file', async () => {
    const path = join(await tempDir(), 'missing-event.json');
    const error = thrownBy(() => readRunContext({ GITHUB_EVENT_PATH: path }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(`GITHUB_EVENT_PATH ${path}: cannot read the event payload: no such file`);
  });

  it('fails naming the path when the payload is a directory', async () => {
    const path = await tempDir();
    const error = thrownBy(() => readRunContext({ GITHUB_EVENT_PATH: path }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(new RegExp(`^GITHUB_EVENT_PATH ${escape(path)}: cannot read the event payload: `));
  });

  it.each([
    ['not JSON', '{"pull_request": {"number": 7', /not JSON \(/],
    ['empty', '', /not JSON \(/],
    ['JSON but not an object', '[1, 2]', /not a JSON object$/],
    ['null', 'null', /not a JSON object$/],
  ])('fails naming the path when the payload is %s', async (_, text, why) => {
    const dir = await tempDir();
    await writeFiles(dir, { 'event.json': text });
    const path = join(dir, 'event.json');
    const error = thrownBy(() => readRunContext({ GITHUB_EVENT_PATH: path }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(new RegExp(`^GITHUB_EVENT_PATH ${escape(path)}: cannot read the event payload: `));
    expect((error as Error).message).toMatch(why);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
