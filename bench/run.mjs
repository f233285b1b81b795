// npm run bench: holdout against what a user would run instead, in the same
// run, on the same files; prints ratios. Not a timed test.
//   validate-data: holdout validate vs DuckDB (SQL), nodejs-polars and pandas.read_csv (parse only),
//     1M and 5M rows, every core and one core, paired runs (BENCH_PAIRS, default 5).
//   drift: profile + drift vs pandas + scipy, 1M rows against 1M; merge of 16 shard profiles.
//   compare: DeLong 1M (whole processes) vs pROC; paired bootstrap 2000 × 100k vs numpy and scikit-learn.
//   monitor: holdout monitor vs validate-data, both against a saved reference profile, 1M rows.
//   evals: a 10,000-case × 20-assertion eval suite vs pandas + scipy + statsmodels.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCompare } from './compare.mjs';
import { benchDrift } from './drift.mjs';
import { benchEvals } from './evals.mjs';
import { benchMonitor } from './monitor.mjs';
import { benchValidatePaired } from './validate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench/.data');
mkdirSync(dataDir, { recursive: true });
const node = process.execPath;
const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const only = process.argv.slice(2);

function measure(cmd, args) {
  // GNU time gives wall seconds and peak RSS of the child alone.
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const last = r.stderr.trim().split('\n').pop();
  const [seconds, kb] = last.split(' ').map(Number);
  return { seconds, rssMb: kb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function best(n, fn) {
  let out;
  for (let i = 0; i < n; i++) {
    const r = fn();
    if (!out || r.seconds < out.seconds) out = { ...r, rssMb: Math.max(r.rssMb, out?.rssMb ?? 0) };
  }
  return out;
}

if (!process.env.BENCH_CLI && (!existsSync(join(root, 'dist/cli/index.js')) || !existsSync(join(root, 'build')))) execFileSync(node, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (only.length === 0 || only.includes('validate')) {
  const pairs = Number(process.env.BENCH_PAIRS ?? 5);
  await benchValidatePaired(root, dataDir, python, { sizes: only.includes('--quick') ? [1_000_000] : [1_000_000, 5_000_000], pairs });
}
if (only.length === 0 || only.includes('drift')) await benchDrift(root, dataDir, python, measure, best);
if (only.length === 0 || only.includes('monitor')) await benchMonitor(root, dataDir, measure);
if (only.length === 0 || only.includes('compare')) await benchCompare(root, dataDir, python, Number(process.env.BENCH_PAIRS ?? 5));
if (only.length === 0 || only.includes('evals')) await benchEvals(root, dataDir, python);
