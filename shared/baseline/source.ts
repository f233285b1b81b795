// Baseline sources as the user writes them: a path; git:<ref>:<path> (the
// file at a ref); artifact:<name>[:<file in it>] (from the newest successful
// run on the default branch); deployment:<environment> (the metrics the gate
// recorded in the newest successful deployment there).

import { ConfigurationError } from '../errors.js';

export type BaselineSource =
  | { kind: 'path'; path: string; spec: string }
  | { kind: 'git'; ref: string; path: string; spec: string }
  | { kind: 'artifact'; name: string; file?: string; spec: string }
  | { kind: 'deployment'; environment: string; spec: string };

export function parseBaselineSource(spec: string): BaselineSource {
  const s = spec.trim();
  const at = s.indexOf(':');
  const scheme = at > 0 ? s.slice(0, at) : '';
  const rest = s.slice(at + 1);
  switch (scheme) {
    case 'git': {
      const split = rest.indexOf(':');
      if (split <= 0 || split === rest.length - 1) throw new ConfigurationError(`baseline "${s}": write git:<ref>:<path>, e.g. git:main:metrics/holdout.json`);
      return { kind: 'git', ref: rest.slice(0, split), path: rest.slice(split + 1).replace(/^\.?\//, ''), spec: s };
    }
    case 'artifact': {
      if (rest === '') throw new ConfigurationError(`baseline "${s}": write artifact:<name> or artifact:<name>:<file in the artifact>`);
      const split = rest.indexOf(':');
      return split < 0 ? { kind: 'artifact', name: rest, spec: s } : { kind: 'artifact', name: rest.slice(0, split), file: rest.slice(split + 1), spec: s };
    }
    case 'deployment':
      if (rest === '') throw new ConfigurationError(`baseline "${s}": write deployment:<environment>, e.g. deployment:production`);
      return { kind: 'deployment', environment: rest, spec: s };
    default:
      return { kind: 'path', path: s, spec: s };
  }
}
