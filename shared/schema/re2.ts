// The RE2 engine (re2js) for the `pattern` constraints, loaded on demand:
// re2js is 257 KB and builds its Unicode tables when it is evaluated, which
// cost every action's start while most schemas have no pattern. Schema
// loading is asynchronous, so it loads the engine (a dynamic import) when the
// schema text may hold a pattern; compiling stays synchronous and takes the
// loaded engine from here.

import { createRequire } from 'node:module';
import type { RE2JS } from 're2js';

// Defined inside a webpack (ncc) bundle, where `typeof` of it is "function"; undefined when unbundled.
declare const __webpack_require__: unknown;

let engine: typeof RE2JS | undefined;

/** Loads re2js once; later calls return at once. */
export async function loadRe2(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/**
 * Whether a schema text may hold a `pattern` or `patternProperties` key: the
 * word itself, or any backslash (a JSON or YAML escape could spell the key).
 * Errs towards loading.
 */
export function mayHavePattern(text: string): boolean {
  return text.includes('pattern') || text.includes('\\');
}

/** Loads re2js when the schema text may need it. */
export async function loadRe2For(text: string): Promise<void> {
  if (mayHavePattern(text)) await loadRe2();
}

/**
 * The engine, for a synchronous compile. In the bundles it has been loaded by
 * the schema loader; unbundled (build/ and the tests, which compile schema
 * texts synchronously) it is required from node_modules on first use.
 */
export function re2(): typeof RE2JS {
  if (engine) return engine;
  if (typeof __webpack_require__ !== 'function') {
    engine = (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JS }).RE2JS;
    return engine;
  }
  throw new Error('internal error: the pattern engine was not loaded before a schema with a pattern was compiled (loadRe2For)');
}
