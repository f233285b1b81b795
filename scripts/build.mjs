// Build: compile TypeScript with tsc, then bundle each action entry and the
// CLI with ncc into dist/<name>/index.js (ESM). dist/ is committed; CI
// rebuilds and diffs it, so the output must be deterministic.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ncc = require('@vercel/ncc');
const { version } = JSON.parse((await import('node:fs')).readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(join(root, 'build'), { recursive: true, force: true });
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const entries = readdirSync(join(root, 'actions'))
  .filter((name) => existsSync(join(root, 'actions', name, 'main.ts')))
  .map((name) => ({ name, input: join(root, 'build/actions', name, 'main.js') }));
if (existsSync(join(root, 'action.ts'))) entries.push({ name: 'holdout', input: join(root, 'build/action.js') });
entries.push({ name: 'cli', input: join(root, 'build/cli/bin.js'), bin: true });
entries.push({ name: 'worker', input: join(root, 'build/worker/main.js') });

for (const entry of entries) {
  const { code, assets } = await ncc(entry.input, { minify: false, sourceMap: false, quiet: true, license: 'licenses.txt' });
  const out = join(root, 'dist', entry.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The version, in whichever file (index.js or a chunk) holds shared/version.ts.
  const withVersion = (source) => source.replaceAll('typeof HOLDOUT_VERSION', JSON.stringify('string')).replaceAll('HOLDOUT_VERSION', JSON.stringify(version));
  let text = withVersion(code);
  if (entry.bin && !text.startsWith('#!')) text = '#!/usr/bin/env node\n' + text;
  writeFileSync(join(out, 'index.js'), text);
  for (const [file, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), file.endsWith('.js') ? withVersion(String(asset.source)) : asset.source);
  }
  if (entry.bin) chmodSync(join(out, 'index.js'), 0o755);
  console.log(`dist/${entry.name}/index.js  ${(text.length / 1024).toFixed(0)} KiB`);
}
