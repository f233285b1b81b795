// A worker script for the bootstrap thread tests: serves the bootstrap engine
// from the TypeScript sources (Node strips the types; the sources' `.js`
// import specifiers are resolved to their `.ts` files).
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
const { bootstrapBlocksTask } = await import('../../shared/steps/tasks/compare-metrics.ts');
const { serveWorkerTask } = await import('../../shared/steps/worker.ts');
await serveWorkerTask([bootstrapBlocksTask]);
