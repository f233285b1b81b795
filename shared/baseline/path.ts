// A path: a metrics or predictions file in the workspace (the CLI: the
// working directory). Any spec whose prefix is not a registered scheme is a
// path (`C:\metrics.json` too); `path:<file>` names one explicitly, for a file
// whose name starts like a scheme.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { BaselineResolver } from './resolver.js';

export interface PathSource {
  kind: 'path';
  path: string;
  spec: string;
}

export const pathResolver: BaselineResolver<PathSource> = {
  scheme: 'path',
  syntax: '[path:]<path>',
  parse(rest, spec) {
    if (rest === '') throw new ConfigurationError(`baseline "${spec}": write a path, e.g. metrics/baseline.json (or path:metrics/baseline.json)`);
    return { kind: 'path', path: rest, spec };
  },
  async resolve(source, context) {
    const path = resolve(context.baseDir, source.path);
    if (!existsSync(path)) return { missing: `${source.spec}: no such file` };
    return { path, written: source.path, display: source.path, source: source.spec };
  },
};
