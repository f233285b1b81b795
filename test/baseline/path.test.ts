import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineSchemeOf, resolveBaseline } from '../../shared/baseline/index.js';
import { configurationError, offlineContext } from './fake.js';

describe('baseline <path>', () => {
  it('found: resolved against baseDir, displayed as written', async () => {
    const context = await offlineContext();
    await mkdir(join(context.baseDir, 'metrics'));
    await writeFile(join(context.baseDir, 'metrics/b.json'), '{"auc": 0.9}');
    expect(await resolveBaseline('metrics/b.json', context)).toEqual({ path: join(context.baseDir, 'metrics/b.json'), written: 'metrics/b.json', display: 'metrics/b.json', source: 'metrics/b.json' });
    expect(await resolveBaseline('  metrics/b.json \n', context)).toMatchObject({ written: 'metrics/b.json', display: 'metrics/b.json', source: 'metrics/b.json' });
    const absolute = join(context.baseDir, 'metrics/b.json');
    expect(await resolveBaseline(absolute, await offlineContext())).toMatchObject({ path: absolute, written: absolute, display: absolute });
  });

  it('path:<path> names a path explicitly, for a file whose name starts like a scheme', async () => {
    const context = await offlineContext();
    await writeFile(join(context.baseDir, 'git:main.json'), '{}');
    expect(await resolveBaseline('path:git:main.json', context)).toEqual({ path: join(context.baseDir, 'git:main.json'), written: 'git:main.json', display: 'git:main.json', source: 'path:git:main.json' });
  });

  it('not found: a missing reason naming the spec', async () => {
    expect(await resolveBaseline('nope.json', await offlineContext())).toEqual({ missing: 'nope.json: no such file' });
  });

  it('no spec: no baseline was given', async () => {
    for (const spec of [undefined, '', '   ']) expect(await resolveBaseline(spec, await offlineContext())).toEqual({ missing: 'no baseline was given' });
  });

  it('a prefix that is not a registered scheme is a path, and so is a Windows drive', async () => {
    for (const spec of ['C:\\models\\baseline.json', 'c:/models/baseline.json', 's3:bucket/b.json', 'Git:main:b.json', ':b.json']) {
      expect(baselineSchemeOf(spec)).toBe('path');
      expect(await resolveBaseline(spec, await offlineContext())).toEqual({ missing: `${spec}: no such file` });
    }
  });

  it('bad spec: one line naming it and the way to write it', async () => {
    expect(await configurationError(resolveBaseline('path:', await offlineContext()))).toBe('baseline "path:": write a path, e.g. metrics/baseline.json (or path:metrics/baseline.json)');
  });
});
