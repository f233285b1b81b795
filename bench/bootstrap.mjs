// compare-metrics' paired bootstrap against what a user would run instead: a
// 2,000-resample paired bootstrap of ROC AUC on 100,000 rows, holdout's
// bootstrap entry (pairedBootstrapOnThreads: what compare-metrics runs for a
// bootstrapped metric, its resamples drawn on every core by worker threads
// it starts, as compare-metrics starts them) vs numpy vectorised the same way
// (draw counts per resample, weighted AUC over scores sorted once: the same
// O(n) method) and a scikit-learn loop (roc_auc_score per resample, both
// models). Every side times its computation only (data already in memory);
// holdout also in one thread, and its result must be the same either way.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { median } from './validate.mjs';

const rangeOf = (xs, digits = 2) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

const NUMPY_BOOTSTRAP = `
import sys, time, numpy as np
d = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
y = d[:, 0].astype(np.int8); a = d[:, 1]; b = d[:, 2]
pos = np.flatnonzero(y == 1); neg = np.flatnonzero(y == 0)
t = time.perf_counter(); c = time.process_time()
def prepare(s):
    order = np.argsort(s, kind="stable"); ss = s[order]
    group = np.concatenate(([0], np.cumsum(ss[1:] != ss[:-1])))  # tie group of each sorted row
    return order, group, group[-1] + 1
prepared = [prepare(a), prepare(b)]
def auc(w, order, group, groups):
    wp = np.bincount(group, weights=(w * y)[order], minlength=groups)
    wn = np.bincount(group, weights=(w * (1 - y))[order], minlength=groups)
    below = np.cumsum(wn) - wn
    return float(np.sum(wp * (below + 0.5 * wn)) / (wp.sum() * wn.sum()))
rng = np.random.default_rng(1); out = np.empty(2000); n = len(y)
for i in range(2000):
    w = np.zeros(n)
    w[pos] = np.bincount(rng.integers(0, len(pos), len(pos)), minlength=len(pos))
    w[neg] = np.bincount(rng.integers(0, len(neg), len(neg)), minlength=len(neg))
    out[i] = auc(w, *prepared[0]) - auc(w, *prepared[1])
print(time.perf_counter() - t, np.percentile(out, 2.5), np.percentile(out, 97.5), time.process_time() - c)
`;

/** `build`: compiled sources (build/ or BENCH_BUILD); its worker/main.js is the worker script the threads run. */
export async function benchBootstrap(build, dataDir, python, pairs = 3) {
  const { pairedBootstrapOnThreads } = await import(join(build, 'shared/compare/paired.js'));
  const { bootstrapBlocksTask } = await import(join(build, 'shared/steps/tasks/compare-metrics.js'));
  const { forkOf } = await import(join(build, 'shared/steps/worker.js'));
  const { Random } = await import(join(build, 'shared/stats/random.js'));

  const n = 100_000;
  const r = new Random(11);
  const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = r.nextUint32() % 5 === 0 ? 1 : 0;
    // Rounded scores: realistic ties.
    a[i] = Math.round((y[i] * 0.9 + r.nextUint32() / 4294967296) * 1e4) / 1e4;
    b[i] = Math.round((y[i] * 0.8 + r.nextUint32() / 4294967296) * 1e4) / 1e4;
  }
  const file = join(dataDir, 'bootstrap-100k.csv');
  let text = 'y,a,b\n';
  for (let i = 0; i < n; i++) text += `${y[i]},${a[i]},${b[i]}\n`;
  writeFileSync(file, text);

  // The task data compare-metrics builds from two predictions files (toTaskData), and its options.
  const taskData = (score) => ({ task: 'binary', posLabel: '1', data: { y, pred: new Uint8Array(n), score }, probabilities: false });
  const candidate = taskData(a), baseline = taskData(b);
  const options = { resamples: 2000, seed: 1, confidence: 0.95 };
  // compare-metrics' threads: the task's fork (forkOf; in the calling thread, new worker threads) as bootstrapBlocks runs.
  const fork = forkOf(join(build, 'worker/main.js'));
  const threads = { workers: fork.workers, run: (input) => fork.run(bootstrapBlocksTask.name, input) };
  // Wall and CPU time of the whole process (user + system, every thread): a loaded machine disturbs CPU time less.
  const runHoldout = async (on) => {
    const t = performance.now();
    const c = process.cpuUsage();
    const m = process.threadCpuUsage();
    const out = await pairedBootstrapOnThreads('roc_auc', candidate, baseline, options, on);
    const used = process.cpuUsage(c);
    const main = process.threadCpuUsage(m);
    return { seconds: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6, mainCpu: (main.user + main.system) / 1e6, out };
  };
  const numpyRun = () => {
    const p = spawnSync(python, ['-c', NUMPY_BOOTSTRAP, file], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(p.stderr);
    const [seconds, lo, hi, cpu] = p.stdout.trim().split(/\s+/).map(Number);
    return { seconds, lo, hi, cpu };
  };
  const all = [], one = [], numpy = [];
  for (let p = 0; p < pairs; p++) {
    const sides = [async () => all.push(await runHoldout(threads)), async () => one.push(await runHoldout(undefined)), async () => numpy.push(numpyRun())];
    for (const side of p % 2 === 0 ? sides : sides.reverse()) await side();
  }
  // The same numbers on every core as in one thread: every resample's difference, in sorted order, bit for bit.
  for (const h of [...all, ...one]) {
    const same = h.out.differences.length === one[0].out.differences.length && h.out.differences.every((d, i) => Object.is(d, one[0].out.differences[i])) && h.out.bca[0] === one[0].out.bca[0] && h.out.bca[1] === one[0].out.bca[1];
    if (!same) throw new Error('the bootstrap on every core differs from the one in a single thread');
  }
  const py = spawnSync(python, ['-c', `
import time, numpy as np, pandas as pd
from sklearn.metrics import roc_auc_score
d = pd.read_csv("${file}"); y = d.y.to_numpy(); a = d.a.to_numpy(); b = d.b.to_numpy()
rng = np.random.default_rng(1); n = len(y); out = np.empty(200)
t = time.perf_counter()
for i in range(200):
    idx = rng.integers(0, n, n)
    out[i] = roc_auc_score(y[idx], a[idx]) - roc_auc_score(y[idx], b[idx])
print((time.perf_counter() - t) * 10, np.percentile(out, 2.5), np.percentile(out, 97.5))
`], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  const [skSeconds, skLo, skHi] = py.stdout.trim().split(/\s+/).map(Number);
  const boot = all[0].out;
  const wall = all.map((h, i) => numpy[i].seconds / h.seconds);
  const cpu = all.map((h, i) => numpy[i].cpu / h.cpu);
  const speedup = all.map((h, i) => one[i].seconds / h.seconds);
  const holdoutSeconds = median(all.map((h) => h.seconds));
  console.log(`\nPaired bootstrap of ROC AUC, 100,000 rows × 2,000 resamples (holdout 95% BCa [${boot.bca[0].toFixed(5)}, ${boot.bca[1].toFixed(5)}]; scikit-learn loop percentile [${skLo.toFixed(5)}, ${skHi.toFixed(5)}]), ${pairs} paired runs`);
  // This thread's CPU on every core: what its wall time would be with the other cores idle (its share of the blocks, and the rest).
  console.log(`  holdout pairedBootstrapOnThreads, ${availableParallelism()} threads (stratified, + BCa jackknife): wall median ${holdoutSeconds.toFixed(2)} s [${rangeOf(all.map((h) => h.seconds))}], CPU ${median(all.map((h) => h.cpu)).toFixed(2)} s [${rangeOf(all.map((h) => h.cpu))}], of it this thread's ${median(all.map((h) => h.mainCpu)).toFixed(2)} s [${rangeOf(all.map((h) => h.mainCpu))}]`);
  console.log(`  holdout, one thread (the same differences, bit for bit)       : wall median ${median(one.map((h) => h.seconds)).toFixed(2)} s [${rangeOf(one.map((h) => h.seconds))}], CPU ${median(one.map((h) => h.cpu)).toFixed(2)} s [${rangeOf(one.map((h) => h.cpu))}]; one thread ÷ every core: wall ${median(speedup).toFixed(2)}× [${rangeOf(speedup)}]`);
  console.log(`  scikit-learn roc_auc_score loop (200 resamples × 10)   : ${skSeconds.toFixed(2)} s`);
  console.log(`  numpy vectorised (draw counts, weighted AUC, percentile): wall median ${median(numpy.map((x) => x.seconds)).toFixed(2)} s [${rangeOf(numpy.map((x) => x.seconds))}], CPU ${median(numpy.map((x) => x.cpu)).toFixed(2)} s  percentile [${numpy[0].lo.toFixed(5)}, ${numpy[0].hi.toFixed(5)}]`);
  console.log(`  ratio numpy/holdout (every core): wall ${median(wall).toFixed(1)}× [${rangeOf(wall, 1)}], CPU ${median(cpu).toFixed(1)}× [${rangeOf(cpu, 1)}] over ${pairs} pairs (target ≥ 10×); scikit-learn/holdout: ${(skSeconds / holdoutSeconds).toFixed(1)}×`);
}
