// npm run bench: holdout against what a user would run instead, in the same
// run, on the same files; prints ratios. Not a timed test.
//   validate-data: holdout validate vs pandas.read_csv (parse only), 1M and 5M rows.
//   drift: profile + drift vs pandas + scipy, 1M rows against 1M; merge of 16 shard profiles.
//   monitor: holdout monitor vs validate-data, both against a saved reference profile, 1M rows.
//   evals: a 10,000-case × 20-assertion eval suite vs pandas + scipy + statsmodels.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCsv, SCHEMA } from './generate.mjs';
import { benchCompare } from './compare.mjs';
import { benchDrift } from './drift.mjs';
import { benchEvals } from './evals.mjs';
import { benchMonitor } from './monitor.mjs';

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

async function benchValidate(rows) {
  const file = join(dataDir, `validate-${rows}.csv`);
  if (!existsSync(file)) await generateCsv(file, rows);
  const schema = join(dataDir, 'schema.json');
  writeFileSync(schema, JSON.stringify(SCHEMA, null, 2));
  const mb = statSync(file).size / 1e6;
  const repeats = rows > 1e6 ? 1 : 3;
  const holdout = best(repeats, () => measure(node, [join(root, 'dist/cli/index.js'), 'validate', file, '--schema', schema, '--format', 'json']));
  if (holdout.status !== 0) throw new Error(`holdout validate failed (${holdout.status}): ${holdout.stderr.slice(0, 2000)}`);
  const doc = JSON.parse(holdout.stdout);
  const pandas = best(repeats, () => measure(python, ['-c', `import pandas as pd; df = pd.read_csv(${JSON.stringify(file)}); print(len(df))`]));
  if (pandas.status !== 0) throw new Error(`pandas failed: ${pandas.stderr}`);
  console.log(`\nvalidate-data, ${rows.toLocaleString('en-US')} rows × 12 columns (${mb.toFixed(0)} MB), schema with every constraint kind; ${doc.checks.length} checks, ${doc.data.errorCount} errors`);
  console.log(`  holdout validate : ${holdout.seconds.toFixed(2)} s  ${(rows / holdout.seconds / 1e6).toFixed(2)} M rows/s  ${(mb / holdout.seconds).toFixed(0)} MB/s  peak RSS ${holdout.rssMb.toFixed(0)} MB`);
  console.log(`  pandas.read_csv  : ${pandas.seconds.toFixed(2)} s  ${(rows / pandas.seconds / 1e6).toFixed(2)} M rows/s  ${(mb / pandas.seconds).toFixed(0)} MB/s  peak RSS ${pandas.rssMb.toFixed(0)} MB  (parse only, no checks)`);
  console.log(`  ratio holdout/pandas time: ${(holdout.seconds / pandas.seconds).toFixed(2)}  (target ≤ 1.00); peak RSS ${holdout.rssMb.toFixed(0)} MB (target < 200 MB)`);
}

if (!existsSync(join(root, 'dist/cli/index.js')) || !existsSync(join(root, 'build'))) execFileSync(node, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' });
if (only.length === 0 || only.includes('validate')) {
  await benchValidate(1_000_000);
  if (!only.includes('--quick')) await benchValidate(5_000_000);
}
if (only.length === 0 || only.includes('drift')) await benchDrift(root, dataDir, python, measure, best);
if (only.length === 0 || only.includes('monitor')) await benchMonitor(root, dataDir, measure);
if (only.length === 0 || only.includes('compare')) await benchCompare(root, dataDir, python);
if (only.length === 0 || only.includes('evals')) await benchEvals(root, dataDir, python);
