// The installable CLI: `npm pack` of this repository holds only the bundles,
// the examples, the docs, README, CHANGELOG and LICENSE; the bundles run with
// no node_modules at all; and the tarball installed into an empty directory
// (locally for npx, and globally) runs `holdout --version` and `holdout demo`.
// Runs the built dist/ (npm run build), with the system's node and npm.
import { execFile } from 'node:child_process';
import { readFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const exec = promisify(execFile);
const VERSION = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version as string;

interface Packed {
  filename: string;
  files: Array<{ path: string }>;
}

let tarball: string;
let packed: Packed;

beforeAll(async () => {
  const out = await tempDir('holdout-pack-');
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', out], { cwd: ROOT, maxBuffer: 1 << 26 });
  packed = (JSON.parse(stdout) as Packed[])[0]!;
  tarball = join(out, packed.filename);
}, 120_000);

describe('the npm package', () => {
  it('holds only the CLI and worker bundles, the examples, the docs, README, CHANGELOG, LICENSE and package.json', () => {
    const paths = packed.files.map((f) => f.path);
    const outside = paths.filter((p) => !/^(dist\/(cli|worker)\/|examples\/|docs\/)/.test(p) && !['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(p));
    expect(outside).toEqual([]);
    expect(paths).toEqual(expect.arrayContaining(['dist/cli/index.js', 'dist/worker/index.js', 'LICENSE', 'CHANGELOG.md', 'README.md', 'examples/validate/schema.yaml', 'docs/releasing.md']));
    expect(paths.some((p) => p.startsWith('dist/holdout/') || p.startsWith('shared/') || p.startsWith('test/'))).toBe(false);
  });

  it('runs with no node_modules anywhere: the bundles are self-contained', async () => {
    const dir = await tempDir('holdout-bare-');
    await exec('tar', ['-xzf', tarball, '-C', dir]);
    const { stdout } = await exec(process.execPath, [join(dir, 'package/dist/cli/index.js'), '--version'], { cwd: dir });
    expect(stdout).toBe(`${VERSION}\n`);
  });

  it('installs into an empty directory; npx holdout --version and npx holdout demo run', async () => {
    const dir = await tempDir('holdout-install-');
    await exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { cwd: dir, maxBuffer: 1 << 26 });
    const version = await exec('npx', ['--no-install', 'holdout', '--version'], { cwd: dir });
    expect(version.stdout).toBe(`${VERSION}\n`);
    const demo = await exec('npx', ['--no-install', 'holdout', 'demo'], { cwd: dir, maxBuffer: 1 << 26 });
    expect(demo.stdout).toMatch(/^Demo verdicts: passing\.csv: pass \(0 errors\); failing\.csv: fail/m);
    expect(JSON.parse(await readFile(join(dir, 'holdout-results/demo/compare-metrics.json'), 'utf8')).kind).toBe('compare-metrics');
  }, 180_000);

  it('installs globally (npm i -g) and runs as holdout', async () => {
    const prefix = await tempDir('holdout-global-');
    await mkdir(join(prefix, 'work'));
    await exec('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], { maxBuffer: 1 << 26 });
    const { stdout } = await exec(join(prefix, 'bin/holdout'), ['--version'], { cwd: join(prefix, 'work') });
    expect(stdout).toBe(`${VERSION}\n`);
  }, 180_000);
});
