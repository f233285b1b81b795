// An Octokit that is built on its first call. The client's module graph
// (@actions/github, @octokit/*, @actions/http-client, undici: about 1.5 MB)
// is the largest part of an action bundle, and most runs never call GitHub (a
// comparison against a path baseline, a report outside a pull request): an
// action entry loads that graph in a chunk of its own, when a step first
// calls `octokit.rest.<scope>.<method>(…)`, `octokit.paginate(method, …)` or
// `octokit.request(…)`. Every such call returns a promise, so a proxy that
// loads the client and then makes the call is indistinguishable to the caller.

import type { Octokit } from './octokit.js';

const PATH = Symbol('octokit path');

type Callable = ((...args: unknown[]) => unknown) & { [PATH]?: string[] };

function at(root: unknown, path: readonly string[]): any {
  let value: any = root;
  for (const key of path) value = value[key];
  return value;
}

/** An Octokit whose calls first run `load` (once), then the same call on the Octokit it gives. */
export function lazyOctokit(load: () => Promise<Octokit>): Octokit {
  let loaded: Promise<Octokit> | undefined;
  const real = () => (loaded ??= load());
  const proxy = (path: string[]): Callable =>
    new Proxy(Object.assign(function () {}, { [PATH]: path }) as Callable, {
      get(target, key) {
        if (key === PATH) return path;
        // Not a promise (awaiting a member must not call it), not a primitive, and no symbol-keyed members.
        if (typeof key === 'symbol' || key === 'then' || key === 'toString' || key === 'valueOf' || key === 'toJSON') return undefined;
        return proxy([...path, key]);
      },
      async apply(_target, _this, args: unknown[]) {
        const octokit = await real();
        // A lazy method passed as an argument (octokit.paginate(octokit.rest.issues.listComments, …)) becomes the real one.
        const real_args = args.map((arg) => (typeof arg === 'function' && (arg as Callable)[PATH] ? at(octokit, (arg as Callable)[PATH]!) : arg));
        return at(octokit, path).apply(at(octokit, path.slice(0, -1)), real_args);
      },
    });
  return proxy([]) as unknown as Octokit;
}
