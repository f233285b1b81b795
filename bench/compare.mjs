// compare-metrics statistics against what a user would run instead:
//   DeLong's paired test on 1,000,000 predictions vs R pROC (roc + roc.test),
//   each as a whole process (start, read the CSV, test, exit), paired runs:
//   holdout reads a candidate and a baseline predictions file as
//   compare-metrics does, R one CSV y,a,b with read.csv;
//   a 2,000-resample paired bootstrap of ROC AUC on 100,000 rows vs numpy
//   vectorised the same way (draw counts per resample, weighted AUC over
//   scores sorted once: the same O(n) method) and vs a scikit-learn loop
//   (roc_auc_score per resample, both models). The bootstrap sides time
//   their computation only (data already in memory).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, timed } from './validate.mjs';

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

export async function benchCompare(root, dataDir, python, pairs = 5) {
  // BENCH_BUILD: a copy of build/, so that a rebuild during the run changes nothing.
  const build = process.env.BENCH_BUILD ?? join(root, 'build');
  const { pairedDeLong } = await import(join(build, 'shared/stats/delong.js'));
  const { pairedBootstrap } = await import(join(build, 'shared/stats/bootstrap.js'));
  const { rocAucMetric } = await import(join(build, 'shared/metrics/rank.js'));
  const { Random } = await import(join(build, 'shared/stats/random.js'));

  const make = (n, seed) => {
    const r = new Random(seed);
    const y = new Uint8Array(n), a = new Float64Array(n), b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      y[i] = r.nextUint32() % 5 === 0 ? 1 : 0;
      // Rounded scores: realistic ties.
      a[i] = Math.round((y[i] * 0.9 + r.nextUint32() / 4294967296) * 1e4) / 1e4;
      b[i] = Math.round((y[i] * 0.8 + r.nextUint32() / 4294967296) * 1e4) / 1e4;
    }
    return { y, a, b };
  };
  const writeCsv = (file, { y, a, b }) => {
    let text = 'y,a,b\n';
    for (let i = 0; i < y.length; i++) text += `${y[i]},${a[i]},${b[i]}\n`;
    writeFileSync(file, text);
  };

  // DeLong, 1M rows: whole processes (start, read the CSV, test, exit; no warm-up), paired and alternating.
  const big = make(1_000_000, 7);
  const bigFile = join(dataDir, 'delong-1m.csv');
  writeCsv(bigFile, big);
  // holdout reads what compare-metrics reads: a candidate and a baseline predictions file (id,label,score), joined by id.
  const predictionsCsv = (file, score) => {
    let text = 'id,label,score\n';
    for (let i = 0; i < big.y.length; i++) text += `${i},${big.y[i]},${score[i]}\n`;
    writeFileSync(file, text);
  };
  const candidateFile = join(dataDir, 'delong-1m-candidate.csv');
  const baselineFile = join(dataDir, 'delong-1m-baseline.csv');
  predictionsCsv(candidateFile, big.a);
  predictionsCsv(baselineFile, big.b);
  const delong = pairedDeLong(big.y, big.a, big.b);
  const rScript = `suppressMessages(library(pROC)); x <- read.csv("${bigFile}");
    r1 <- roc(x$y, x$a, levels=c(0,1), direction="<", quiet=TRUE); r2 <- roc(x$y, x$b, levels=c(0,1), direction="<", quiet=TRUE);
    tt <- roc.test(r1, r2, method="delong", paired=TRUE); cat(unname(tt$statistic), tt$p.value, "\\n")`;
  const holdoutRuns = [], rRuns = [];
  let rZ;
  for (let p = 0; p < pairs; p++) {
    const order = p % 2 === 0 ? ['holdout', 'R'] : ['R', 'holdout'];
    for (const side of order) {
      if (side === 'holdout') {
        const h = timed(process.execPath, [join(root, 'bench/delong-process.mjs'), build, candidateFile, baselineFile]);
        if (h.status !== 0) throw new Error(h.stderr);
        const hZ = Number(h.stdout.trim().split(/\s+/)[0]);
        if (Math.abs(hZ - delong.z) > 1e-9 * Math.abs(delong.z)) throw new Error(`holdout process z ${hZ} ≠ ${delong.z}`);
        holdoutRuns.push(h);
      } else {
        const r = timed('Rscript', ['-e', rScript]);
        if (r.status !== 0) throw new Error(r.stderr);
        rZ = Number(r.stdout.trim().split(/\s+/)[0]);
        rRuns.push(r);
      }
    }
  }
  const dl = holdoutRuns.map((h, i) => rRuns[i].seconds / h.seconds);
  const dlCpu = holdoutRuns.map((h, i) => rRuns[i].cpu / h.cpu);
  console.log(`\nDeLong paired test, 1,000,000 predictions, whole processes (read CSV + test, ${(await import('node:os')).availableParallelism()} cores; z = ${delong.z.toFixed(6)}; pROC z = ${rZ.toFixed(6)}), ${pairs} paired runs`);
  console.log(`  holdout (node: readPredictionsFile ×2, joinById, toTaskData, pairedDeLong; 2 files id,label,score):`);
  console.log(`  holdout (node, build/ modules)       : wall median ${median(holdoutRuns.map((r) => r.seconds)).toFixed(2)} s [${rangeOf(holdoutRuns.map((r) => r.seconds))}]  peak RSS ${median(holdoutRuns.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  Rscript pROC roc() ×2 + roc.test()    : wall median ${median(rRuns.map((r) => r.seconds)).toFixed(2)} s [${rangeOf(rRuns.map((r) => r.seconds))}]  peak RSS ${median(rRuns.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  ratio pROC/holdout: wall ${median(dl).toFixed(1)}× [${rangeOf(dl, 1)}], CPU ${median(dlCpu).toFixed(1)}× [${rangeOf(dlCpu, 1)}] (target ≥ 5×); CPU medians holdout ${median(holdoutRuns.map((r) => r.cpu)).toFixed(2)} s, pROC ${median(rRuns.map((r) => r.cpu)).toFixed(2)} s`);

  // Bootstrap, 100k rows × 2000 resamples.
  const small = make(100_000, 11);
  const smallFile = join(dataDir, 'bootstrap-100k.csv');
  writeCsv(smallFile, small);
  // Wall and CPU time (user + system of this process, which runs nothing else meanwhile): a loaded machine disturbs CPU time less.
  const runBoot = () => {
    const t = performance.now();
    const c = process.cpuUsage();
    const out = pairedBootstrap({ candidate: rocAucMetric(small.y, small.a), baseline: rocAucMetric(small.y, small.b), n: small.y.length, strata: small.y, resamples: 2000, seed: 1, confidence: 0.95 });
    const used = process.cpuUsage(c);
    return { seconds: (performance.now() - t) / 1000, cpu: (used.user + used.system) / 1e6, out };
  };
  // numpy, vectorised the same way: per resample, draw counts within each class (bincount of integer
  // draws, O(n)), then the weighted Mann–Whitney AUC of both models over scores sorted once (O(n)).
  const numpyRun = () => {
    const r = spawnSync(python, ['-c', NUMPY_BOOTSTRAP, smallFile], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const [seconds, lo, hi, cpu] = r.stdout.trim().split(/\s+/).map(Number);
    return { seconds, lo, hi, cpu };
  };
  const hb = [], nb = [];
  for (let p = 0; p < Math.min(pairs, 3); p++) {
    if (p % 2 === 0) { hb.push(runBoot()); nb.push(numpyRun()); } else { nb.push(numpyRun()); hb.push(runBoot()); }
  }
  const boot = hb[0].out;
  const holdoutSeconds = median(hb.map((h) => h.seconds));
  const nr = hb.map((h, i) => nb[i].seconds / h.seconds);
  const nrCpu = hb.map((h, i) => nb[i].cpu / h.cpu);
  const py = spawnSync(python, ['-c', `
import time, numpy as np, pandas as pd
from sklearn.metrics import roc_auc_score
d = pd.read_csv("${smallFile}"); y = d.y.to_numpy(); a = d.a.to_numpy(); b = d.b.to_numpy()
rng = np.random.default_rng(1); n = len(y); out = np.empty(200)
t = time.perf_counter()
for i in range(200):
    idx = rng.integers(0, n, n)
    out[i] = roc_auc_score(y[idx], a[idx]) - roc_auc_score(y[idx], b[idx])
print((time.perf_counter() - t) * 10, np.percentile(out, 2.5), np.percentile(out, 97.5))
`], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  const [skSeconds, skLo, skHi] = py.stdout.trim().split(/\s+/).map(Number);
  console.log(`\nPaired bootstrap of ROC AUC, 100,000 rows × 2,000 resamples (holdout 95% BCa [${boot.bca[0].toFixed(5)}, ${boot.bca[1].toFixed(5)}]; scikit-learn loop percentile [${skLo.toFixed(5)}, ${skHi.toFixed(5)}])`);
  console.log(`  holdout pairedBootstrap (stratified, + BCa jackknife): median ${holdoutSeconds.toFixed(2)} s [${rangeOf(hb.map((h) => h.seconds))}]`);
  console.log(`  scikit-learn roc_auc_score loop (200 resamples × 10)   : ${skSeconds.toFixed(2)} s`);
  console.log(`  numpy vectorised (draw counts, weighted AUC, percentile): median ${median(nb.map((x) => x.seconds)).toFixed(2)} s [${rangeOf(nb.map((x) => x.seconds))}]  percentile [${nb[0].lo.toFixed(5)}, ${nb[0].hi.toFixed(5)}]`);
  console.log(`  ratio numpy/holdout: wall ${median(nr).toFixed(1)}× [${rangeOf(nr, 1)}], CPU ${median(nrCpu).toFixed(1)}× [${rangeOf(nrCpu, 1)}] over ${nr.length} pairs (target ≥ 10×); CPU medians holdout ${median(hb.map((h) => h.cpu)).toFixed(2)} s, numpy ${median(nb.map((x) => x.cpu)).toFixed(2)} s; scikit-learn/holdout: ${(skSeconds / holdoutSeconds).toFixed(1)}×`);
}
