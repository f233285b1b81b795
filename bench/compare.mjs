// compare-metrics statistics against what a user would run instead:
//   DeLong's paired test on 1,000,000 predictions vs R pROC (roc + roc.test),
//   each as a whole process (start, read the CSV, test, exit), paired runs:
//   holdout reads a candidate and a baseline predictions file as
//   compare-metrics does, R one CSV y,a,b with read.csv;
//   a 2,000-resample paired bootstrap of ROC AUC on 100,000 rows vs numpy
//   and scikit-learn (bench/bootstrap.mjs).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchBootstrap } from './bootstrap.mjs';
import { median, timed } from './validate.mjs';

const rangeOf = (xs, digits = 2) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`;

export async function benchCompare(root, dataDir, python, pairs = 5) {
  // BENCH_BUILD: a copy of build/, so that a rebuild during the run changes nothing.
  const build = process.env.BENCH_BUILD ?? join(root, 'build');
  const { pairedDeLong } = await import(join(build, 'shared/stats/delong.js'));
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

  // The paired bootstrap, 100k rows × 2000 resamples: bench/bootstrap.mjs.
  await benchBootstrap(build, dataDir, python, Math.min(pairs, 3));
}
