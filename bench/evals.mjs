// Eval-suite comparison against what a user would write instead: a
// 10,000-case suite with 20 pass/fail assertions and one score, candidate
// against baseline. holdout reads both JSONL files and compares them
// (McNemar per assertion, the 2,000-resample paired BCa bootstrap of the
// score, Holm across the family); the reference is the same tests in
// Python: statsmodels' mcnemar per assertion, scipy.stats.bootstrap
// (paired, BCa, vectorized) and multipletests, reading the same files with
// pandas. Runs alternate, five each; the ratio of each pair is reported
// with its median and range.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function benchEvals(root, dataDir, python) {
  const { readEvalSuite } = await import(join(root, 'build/shared/evals/read.js'));
  const { compareEvalSuites } = await import(join(root, 'build/shared/evals/compare.js'));
  const { loadPolicy } = await import(join(root, 'build/shared/compare/policy.js'));
  const { userFile } = await import(join(root, 'build/shared/io/user-file.js'));
  const { Random } = await import(join(root, 'build/shared/stats/random.js'));

  const cases = 10_000, assertions = 20;
  const r = new Random(11);
  const u = () => r.nextUint32() / 4294967296;
  const lines = [[], []];
  for (let i = 0; i < cases; i++) {
    const ease = u();
    for (const side of [0, 1]) {
      const record = { id: `case-${i}`, topic: `t${i % 8}` };
      for (let a = 0; a < assertions; a++) record[`a${a}`] = ease * 0.6 + u() * 0.4 < 0.7 - side * 0.01 * (a % 3);
      record.quality = Math.round((ease * 4 + u()) * 1000) / 1000;
      lines[side].push(JSON.stringify(record));
    }
  }
  const files = ['evals-candidate.jsonl', 'evals-baseline.jsonl'].map((name, k) => {
    writeFileSync(join(dataDir, name), lines[k].join('\n') + '\n');
    return join(dataDir, name);
  });
  const policyText = `metrics:\n${Array.from({ length: assertions }, (_, a) => `  a${a}.pass_rate: { non_inferiority: { margin: 0.02 } }`).join('\n')}\n  quality: { direction: higher, max_regression: 0.05 }\n`;
  const policy = await loadPolicy(policyText);

  const holdoutOnce = async () => {
    const t = performance.now();
    const [candidate, baseline] = await Promise.all(files.map((f) => readEvalSuite(userFile(dataDir, f))));
    const result = compareEvalSuites({ candidate, baseline, policy, options: { confidence: 0.95, resamples: 2000, seed: 1, file: 'c' } });
    return { seconds: (performance.now() - t) / 1000, rows: result.rows.length };
  };
  const pythonScript = `
import time, json, numpy as np, pandas as pd
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.multitest import multipletests
t0 = time.perf_counter()
c = pd.read_json(${JSON.stringify(files[0])}, lines=True); b = pd.read_json(${JSON.stringify(files[1])}, lines=True)
m = c.merge(b, on="id", suffixes=("_c", "_b"))
ps = []
for a in range(${assertions}):
    x = m[f"a{a}_c"].to_numpy(); y = m[f"a{a}_b"].to_numpy()
    t = [[int(np.sum(x & y)), int(np.sum(x & ~y))], [int(np.sum(~x & y)), int(np.sum(~x & ~y))]]
    ps.append(mcnemar(t, exact=True).pvalue)
res = stats.bootstrap((m["quality_c"].to_numpy(), m["quality_b"].to_numpy()), lambda x, y, axis=-1: np.mean(x, axis=axis) - np.mean(y, axis=axis), paired=True, vectorized=True, n_resamples=2000, method="BCa", random_state=np.random.default_rng(1))
multipletests(ps, method="holm")
print(time.perf_counter() - t0)`;
  const pythonOnce = () => {
    const p = spawnSync(python, ['-c', pythonScript], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    return { seconds: Number(p.stdout.trim()) };
  };
  await holdoutOnce(); // warm-up (JIT)
  const ratios = [];
  const ours = [];
  const theirs = [];
  for (let k = 0; k < 5; k++) {
    const h = await holdoutOnce();
    const p = pythonOnce();
    ours.push(h.seconds);
    theirs.push(p.seconds);
    ratios.push(h.seconds / p.seconds);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\neval suites, ${cases.toLocaleString('en-US')} cases × ${assertions} assertions + 1 score, candidate vs baseline (read, join, McNemar ×${assertions}, 2,000-resample BCa, Holm; 5 paired runs)`);
  console.log(`  holdout          : median ${median(ours).toFixed(2)} s (target < 2 s)  [${Math.min(...ours).toFixed(2)}–${Math.max(...ours).toFixed(2)}]`);
  console.log(`  pandas + scipy + statsmodels: median ${median(theirs).toFixed(2)} s  [${Math.min(...theirs).toFixed(2)}–${Math.max(...theirs).toFixed(2)}]`);
  console.log(`  ratio holdout/python per pair: median ${median(ratios).toFixed(2)}  [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`);
}
