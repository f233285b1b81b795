// npm run bench -- drift: profile and drift-check 1M rows × 12 columns against
// a 1M-row reference, holdout vs the same computed with pandas + scipy
// (Evidently's method choice for a large reference: Wasserstein / std for
// numeric columns, Jensen–Shannon for categorical ones, plus the profile:
// counts, missing, min/max, mean/variance, reference deciles and histograms,
// missing-rate change, unseen categories); and merging 16 shard profiles.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateCsv, SCHEMA } from './generate.mjs';

const PANDAS_SCIPY = `
import sys, json, numpy as np, pandas as pd
from scipy import stats
from scipy.spatial.distance import jensenshannon
ref_path, cur_path = sys.argv[1], sys.argv[2]
numeric = ["age", "income", "score", "tenure_months", "sessions", "signup_date", "last_seen"]
categorical = ["plan", "region", "active"]
def load(path):
    df = pd.read_csv(path, keep_default_na=False, na_values=["", "NA"])
    df["signup_date"] = pd.to_datetime(df["signup_date"]).astype("int64") // 86400_000_000_000
    df["last_seen"] = pd.to_datetime(df["last_seen"]).astype("int64") // 1_000_000
    return df
ref, cur = load(ref_path), load(cur_path)
out = {}
for col in numeric:
    a, b = ref[col].dropna().to_numpy(float), cur[col].dropna().to_numpy(float)
    edges = np.unique(np.quantile(a, np.arange(1, 10) / 10))
    grid = np.unique(np.quantile(a, np.r_[0.001, 0.005, np.arange(1, 100) / 100, 0.995, 0.999]))
    hist = [np.bincount(np.searchsorted(e, x, side="right"), minlength=len(e) + 1) for e in (edges, grid) for x in (a, b)]
    profile = [len(a), ref[col].isna().sum(), a.min(), a.max(), a.mean(), a.var(), len(b), cur[col].isna().sum(), b.min(), b.max(), b.mean(), b.var()]
    out[col] = {"wasserstein": stats.wasserstein_distance(a, b) / np.std(a), "missing_change": cur[col].isna().mean() - ref[col].isna().mean()}
for col in categorical:
    a, b = ref[col].dropna().astype(str), cur[col].dropna().astype(str)
    va, vb = a.value_counts(), b.value_counts()
    keys = sorted(set(va.index) | set(vb.index))
    out[col] = {"jensenshannon": float(jensenshannon([va.get(k, 0) for k in keys], [vb.get(k, 0) for k in keys])),
                "unseen": float(b[~b.isin(va.index)].size / b.size), "missing_change": cur[col].isna().mean() - ref[col].isna().mean()}
print(json.dumps({k: {m: float(v) for m, v in d.items()} for k, d in out.items()}))
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const spread = (xs, digits = 2) => `median ${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;

/** Wall and CPU seconds (user + system, every thread) and peak RSS of one process. */
function measureCpu(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kb, user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rssMb: kb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function benchDrift(root, dataDir, python, measure, best) {
  const pairs = Number(process.env.BENCH_PAIRS ?? 5);
  const node = process.execPath;
  const cli = join(root, 'dist/cli/index.js');
  const reference = join(dataDir, 'validate-1000000.csv');
  const current = join(dataDir, 'current-1000000.csv');
  if (!existsSync(reference)) await generateCsv(reference, 1_000_000);
  if (!existsSync(current)) await generateCsv(current, 1_000_000, 43);
  const schema = join(dataDir, 'schema.json');
  writeFileSync(schema, JSON.stringify(SCHEMA, null, 2));
  const script = join(dataDir, 'drift_pandas_scipy.py');
  writeFileSync(script, PANDAS_SCIPY);
  const profile = join(dataDir, 'reference.profile.json');

  const fromData = best(2, () => measure(node, [cli, 'validate', current, '--schema', schema, '--reference', reference, '--format', 'json']));
  if (fromData.status > 1) throw new Error(`holdout validate --reference failed: ${fromData.stderr.slice(0, 2000)}`);
  const drift = JSON.parse(fromData.stdout).data.drift;
  const made = best(1, () => measure(node, [cli, 'validate', reference, '--schema', schema, '--profile-out', profile, '--format', 'json']));
  if (made.status > 1) throw new Error(`holdout --profile-out failed: ${made.stderr.slice(0, 2000)}`);
  const plain = best(2, () => measure(node, [cli, 'validate', current, '--schema', schema, '--format', 'json']));
  // The CI setup (a saved reference profile) against pandas + scipy: paired runs, alternating which goes first.
  const load = loadavg()[0];
  const runs = { holdout: [], scipy: [] };
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 === 0 ? ['holdout', 'scipy'] : ['scipy', 'holdout'];
    for (const which of order) {
      const r = which === 'holdout' ? measureCpu(node, [cli, 'validate', current, '--schema', schema, '--reference', profile, '--format', 'json']) : measureCpu(python, [script, reference, current]);
      if (which === 'holdout' && r.status > 1) throw new Error(`holdout validate --reference profile failed: ${r.stderr.slice(0, 2000)}`);
      if (which === 'scipy' && r.status !== 0) throw new Error(`pandas + scipy failed: ${r.stderr}`);
      runs[which].push(r);
    }
  }
  const fromProfile = runs.holdout.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const scipy = runs.scipy.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const ratios = runs.holdout.map((r, i) => r.seconds / runs.scipy[i].seconds);
  const cpuRatios = runs.holdout.map((r, i) => r.cpu / runs.scipy[i].cpu);
  console.log(`\ndrift, 1,000,000 rows × 12 columns against a 1,000,000-row reference: ${drift.columns.length} columns compared (${drift.columns.map((c) => `${c.column} ${c.method}`).join(', ')}), ${drift.skipped.length} left out`);
  console.log(`  pandas + scipy (read both, profile, drift)          : ${scipy.seconds.toFixed(2)} s  peak RSS ${scipy.rssMb.toFixed(0)} MB`);
  console.log(`  holdout, reference as a dataset (validate + drift)  : ${fromData.seconds.toFixed(2)} s  peak RSS ${fromData.rssMb.toFixed(0)} MB  → ${(fromData.seconds / scipy.seconds).toFixed(2)}× pandas + scipy's time`);
  console.log(`  holdout, reference as a saved profile               : ${fromProfile.seconds.toFixed(2)} s  peak RSS ${fromProfile.rssMb.toFixed(0)} MB  → ${(fromProfile.seconds / scipy.seconds).toFixed(2)}× (the CI setup: profile once, ${made.seconds.toFixed(2)} s)`);
  console.log(`  saved profile vs pandas + scipy, ${pairs} paired runs, ${availableParallelism()} cores (load ${load.toFixed(1)} at the start):`);
  console.log(`    wall s   holdout ${spread(runs.holdout.map((r) => r.seconds))}, pandas + scipy ${spread(runs.scipy.map((r) => r.seconds))}; ratio ${spread(ratios)} (target ≤ 0.2)`);
  console.log(`    CPU s    holdout ${spread(runs.holdout.map((r) => r.cpu))}, pandas + scipy ${spread(runs.scipy.map((r) => r.cpu))}; ratio ${spread(cpuRatios)}`);
  console.log(`    peak RSS holdout ${Math.max(...runs.holdout.map((r) => r.rssMb)).toFixed(0)} MB, pandas + scipy ${Math.max(...runs.scipy.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  (holdout validate alone, no reference: ${plain.seconds.toFixed(2)} s; the profile and drift add ${(fromProfile.seconds - plain.seconds).toFixed(2)} s)`);
  // Accuracy of the grid Wasserstein against scipy's raw-sample value, and the bound each check states.
  const raw = JSON.parse(scipy.stdout);
  const accuracy = drift.columns.filter((c) => c.method === 'wasserstein').map((c) => ({ column: c.column, off: Math.abs(c.statistic - raw[c.column].wasserstein), bound: c.bound ?? 0 }));
  const worst = accuracy.reduce((a, b) => (b.off > a.off ? b : a));
  const within = accuracy.every((a) => a.off <= a.bound + 1e-12);
  console.log(`  Wasserstein/std on the grid vs scipy on the raw samples: largest difference ${worst.off.toExponential(2)} (${worst.column}); stated bounds ${accuracy.map((a) => `${a.column} ±${a.bound.toPrecision(2)}`).join(', ')}; all within: ${within}`);

  // 16 shard profiles of the current data, merged.
  const shardDir = join(dataDir, 'shards16');
  mkdirSync(shardDir, { recursive: true });
  const shards = [];
  for (let i = 1; i <= 16; i++) {
    // Made afresh each run: shards from an older build or reference profile would not merge against this one.
    const out = join(shardDir, `shard-${i}.json`);
    const r = spawnSync(node, [cli, 'validate', current, '--schema', schema, '--reference', profile, '--shard', `${i}/16`, '--shard-by', 'customer_id', '--out', out], { encoding: 'utf8' });
    if (r.status > 1) throw new Error(`shard ${i} failed: ${r.stderr}`);
    shards.push(out);
  }
  const merge = best(3, () => measure(node, [cli, 'validate', '--merge', ...shards, '--schema', schema, '--reference', profile, '--format', 'json']));
  if (merge.status > 1) throw new Error(`holdout validate --merge failed: ${merge.stderr.slice(0, 2000)}`);
  const merged = JSON.parse(merge.stdout);
  const whole = JSON.parse(fromProfile.stdout);
  const same = JSON.stringify(merged.checks) === JSON.stringify(whole.checks);
  // The merge alone, in process: profiles and tallies of 16 shards.
  const { mergeProfiles } = await import(join(root, 'build/shared/profile/profile.js'));
  const profiles = shards.map((f) => JSON.parse(readFileSync(f, 'utf8')).data.profile);
  const t0 = performance.now();
  for (let k = 0; k < 10; k++) mergeProfiles(profiles);
  const mergeMs = (performance.now() - t0) / 10;
  console.log(`  merge of 16 shard documents (holdout validate --merge, process start to verdict): ${merge.seconds.toFixed(2)} s; mergeProfiles alone ${mergeMs.toFixed(1)} ms (target well under 1 s); verdict identical to the unsharded run: ${same}`);
}
