// The config's monitor section is checked with the monitor step's options,
// which loadPipelineConfig loads only for a config that has the section (a
// pull-request pipeline's never loads the monitor step). Reading is the same
// either way: the same options, and the same one-line errors, with the key
// still known to "did you mean" hints when the section is absent.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { userFile } from '../../shared/io/user-file.js';
import { loadPipelineConfig, monitorOptionsOf } from '../../shared/steps/pipeline.js';
import { tempDir } from '../helpers.js';

async function load(text: string) {
  const dir = await tempDir('holdout-pipeline-');
  await writeFile(join(dir, 'holdout.yml'), text);
  return loadPipelineConfig(userFile(dir, 'holdout.yml'));
}

async function errorOf(text: string): Promise<string> {
  return load(text).then(
    () => 'read',
    (error: Error) => error.message,
  );
}

describe('the monitor section of the all-in-one config', () => {
  it('is read with the monitor options when present: defaults and the section in option names', async () => {
    const loaded = await load('monitor:\n  data: [x.csv]\n  model: m\n');
    expect(loaded.monitorOptions).toBeDefined();
    expect(loaded.config.monitor).toMatchObject({ out_of_range: { warn: 0.01, fail: 0.05 }, issue: { history: 30 } });
    expect(monitorOptionsOf(loaded)?.options).toMatchObject({ data: ['x.csv'], model: 'm', 'out-of-range-warn': 0.01, history: 30, 'dispatch-on': 'new-failure' });
  });

  it('leaves the monitor options unloaded without a section', async () => {
    const loaded = await load('data:\n  - files: a.csv\n    schema: s.yaml\n');
    expect(loaded.monitorOptions).toBeUndefined();
    expect(monitorOptionsOf(loaded)).toBeUndefined();
  });

  it.each([
    ['a misspelt section, with no monitor section', 'data:\n  - files: a.csv\n    schema: s.yaml\nmonitr: {}\n', 'holdout.yml:4: monitr: unknown key (did you mean "monitor"?)'],
    ['an empty section', 'monitor:\n', 'holdout.yml:1: monitor: is required'],
    ['a section that is not a mapping', 'model:\n  candidate: c.csv\nmonitor: 3\n', 'holdout.yml:3: monitor: is required'],
    ['a value out of range, beside an unknown key (the section is checked in its place, not after)', 'bogus: 1\nmonitor:\n  out_of_range:\n    warn: 2\n', 'holdout.yml:4: monitor.out_of_range.warn: Too big: expected number to be <=1'],
    ['a misspelt key inside the section', 'monitor:\n  out_of_rang: 1\n', 'holdout.yml:2: monitor.out_of_rang: unknown key (did you mean "out_of_range"?)'],
  ])('names the key of %s', async (_what, text, message) => {
    expect(await errorOf(text)).toBe(message);
  });
});
