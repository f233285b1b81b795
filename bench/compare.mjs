// compare-metrics statistics against what a user would run instead:
//   DeLong's paired test on 1,000,000 predictions vs R pROC (roc + roc.test);
//   a 2,000-resample paired bootstrap of ROC AUC on 100,000 rows vs a
//   scikit-learn loop (roc_auc_score per resample, both models).
// Each side times its computation only (data already in memory).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function benchCompare(root, dataDir, python) {
  const { pairedDeLong } = await import(join(root, 'build/shared/stats/delong.js'));
  const { pairedBootstrap } = await import(join(root, 'build/shared/stats/bootstrap.js'));
  const { rocAucMetric } = await import(join(root, 'build/shared/metrics/rank.js'));
  const { Random } = await import(join(root, 'build/shared/stats/random.js'));

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

  // DeLong, 1M rows.
  const big = make(1_000_000, 7);
  const bigFile = join(dataDir, 'delong-1m.csv');
  writeCsv(bigFile, big);
  let best = Infinity, delong;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    delong = pairedDeLong(big.y, big.a, big.b);
    best = Math.min(best, (performance.now() - t) / 1000);
  }
  const r = spawnSync('Rscript', ['-e', `suppressMessages(library(pROC)); x <- read.csv("${bigFile}");
    t0 <- proc.time()[["elapsed"]]; r1 <- roc(x$y, x$a, levels=c(0,1), direction="<", quiet=TRUE); r2 <- roc(x$y, x$b, levels=c(0,1), direction="<", quiet=TRUE);
    t1 <- proc.time()[["elapsed"]]; tt <- roc.test(r1, r2, method="delong", paired=TRUE); t2 <- proc.time()[["elapsed"]];
    cat(t2 - t0, t2 - t1, unname(tt$statistic), tt$p.value, "\\n")`], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  const [rTotal, rTest, rZ] = r.stdout.trim().split(/\s+/).map(Number);
  console.log(`\nDeLong paired test, 1,000,000 predictions (z = ${delong.z.toFixed(6)}; pROC z = ${rZ.toFixed(6)})`);
  console.log(`  holdout pairedDeLong : ${best.toFixed(3)} s`);
  console.log(`  pROC roc()+roc.test(): ${rTotal.toFixed(3)} s   (roc.test alone ${rTest.toFixed(3)} s)`);
  console.log(`  ratio pROC/holdout: ${(rTotal / best).toFixed(1)}× (roc.test alone ${(rTest / best).toFixed(1)}×; target > 1)`);

  // Bootstrap, 100k rows × 2000 resamples.
  const small = make(100_000, 11);
  const smallFile = join(dataDir, 'bootstrap-100k.csv');
  writeCsv(smallFile, small);
  const t = performance.now();
  const boot = pairedBootstrap({ candidate: rocAucMetric(small.y, small.a), baseline: rocAucMetric(small.y, small.b), n: small.y.length, strata: small.y, resamples: 2000, seed: 1, confidence: 0.95 });
  const holdoutSeconds = (performance.now() - t) / 1000;
  const py = spawnSync(python, ['-c', `
import time, numpy as np, pandas as pd
from sklearn.metrics import roc_auc_score
d = pd.read_csv("${smallFile}"); y = d.y.to_numpy(); a = d.a.to_numpy(); b = d.b.to_numpy()
rng = np.random.default_rng(1); n = len(y); out = np.empty(2000)
t = time.perf_counter()
for i in range(2000):
    idx = rng.integers(0, n, n)
    out[i] = roc_auc_score(y[idx], a[idx]) - roc_auc_score(y[idx], b[idx])
print(time.perf_counter() - t, np.percentile(out, 2.5), np.percentile(out, 97.5))
`], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error(py.stderr);
  const [skSeconds, skLo, skHi] = py.stdout.trim().split(/\s+/).map(Number);
  console.log(`\nPaired bootstrap of ROC AUC, 100,000 rows × 2,000 resamples (holdout 95% BCa [${boot.bca[0].toFixed(5)}, ${boot.bca[1].toFixed(5)}]; scikit-learn loop percentile [${skLo.toFixed(5)}, ${skHi.toFixed(5)}])`);
  console.log(`  holdout pairedBootstrap (stratified, + BCa jackknife): ${holdoutSeconds.toFixed(2)} s`);
  console.log(`  scikit-learn roc_auc_score loop                       : ${skSeconds.toFixed(2)} s`);
  console.log(`  ratio scikit-learn/holdout: ${(skSeconds / holdoutSeconds).toFixed(1)}× (target ≥ 20×)`);
}
