// npm run bench -- validate: holdout validate against DuckDB (the schema's
// checks as one SQL query over text columns), nodejs-polars (the same checks
// as expressions) and pandas.read_csv (parse only, as before), on the same
// 1M- and 5M-row × 12-column files, with every core and with one core.
//
// Paired A/B runs: each pair runs every engine once, in forward order on even
// pairs and reversed on odd ones, so drift in the machine's load falls on
// both sides; a ratio is taken within a pair, and the medians and min–max
// over pairs are printed. One core means `taskset -c 0` for every engine
// (the honest limit for all three; holdout's threads follow the affinity,
// os.availableParallelism), plus each engine's own knob: DuckDB
// `threads = 1`, POLARS_MAX_THREADS=1.
//
// Then the 1M file gzip-compressed (which holdout cannot split: inflated and
// parsed on one thread, checked on another when there are two cores):
// holdout on every core vs on one core, and vs DuckDB reading the .gz.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCsv, SCHEMA } from './generate.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

/** Wall seconds, CPU seconds (user + system, all threads) and peak RSS (GNU time %M) of one process. */
export function timed(cmd, args, env) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  const [seconds, kb, user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rssMb: kb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function benchValidatePaired(root, dataDir, python, { sizes = [1_000_000, 5_000_000], pairs = 5 } = {}) {
  const node = process.execPath;
  // BENCH_CLI: a copy of dist/cli/index.js (with dist/worker beside it), so that a rebuild during the run changes nothing.
  const cli = process.env.BENCH_CLI ?? join(root, 'dist/cli/index.js');
  const engines = join(root, 'bench/engines.mjs');
  const schema = join(dataDir, 'schema.json');
  writeFileSync(schema, JSON.stringify(SCHEMA, null, 2));
  const cores = availableParallelism();
  console.log(`\nvalidate-data vs DuckDB, nodejs-polars and pandas: ${cores} cores available (${cpus()[0]?.model ?? 'unknown CPU'}), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}; ${pairs} paired runs per setting, alternating order`);
  for (const rows of sizes) {
    const file = join(dataDir, `validate-${rows}.csv`);
    if (!existsSync(file)) await generateCsv(file, rows);
    const mb = statSync(file).size / 1e6;
    for (const oneCore of [false, true]) {
      const pin = (cmd, args) => (oneCore ? ['taskset', ['-c', '0', cmd, ...args]] : [cmd, args]);
      const one = oneCore ? { POLARS_MAX_THREADS: '1' } : {};
      const runners = {
        holdout: () => timed(...pin(node, [cli, 'validate', file, '--schema', schema, '--format', 'json']), one),
        duckdb: () => timed(...pin(node, [engines, 'duckdb', file, ...(oneCore ? ['1'] : [])]), one),
        polars: () => timed(...pin(node, [engines, 'polars', file]), one),
        pandas: () => timed(...pin(python, ['-c', `import pandas as pd; df = pd.read_csv(${JSON.stringify(file)}); print(len(df))`]), one),
      };
      const names = Object.keys(runners);
      const runs = Object.fromEntries(names.map((n) => [n, []]));
      let verdict;
      for (let p = 0; p < pairs; p++) {
        for (const name of p % 2 === 0 ? names : [...names].reverse()) {
          const r = runners[name]();
          if (r.status !== 0) throw new Error(`${name} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
          if (name === 'holdout') {
            const doc = JSON.parse(r.stdout);
            verdict = `${doc.checks.length} checks, ${doc.data.errorCount} errors, status ${doc.status}`;
          } else if (name !== 'pandas') {
            const counts = JSON.parse(r.stdout);
            if (Number(counts.rows) !== rows) throw new Error(`${name} counted ${counts.rows} rows, not ${rows}`);
          }
          runs[name].push(r);
        }
      }
      const wall = (n) => runs[n].map((r) => r.seconds);
      const cpu = (n) => runs[n].map((r) => r.cpu);
      const rss = (n) => runs[n].map((r) => r.rssMb);
      console.log(`\n  ${rows.toLocaleString('en-US')} rows × 12 columns (${mb.toFixed(0)} MB), ${oneCore ? 'one core (taskset -c 0; DuckDB threads=1, POLARS_MAX_THREADS=1)' : `all ${cores} cores`}; holdout: ${verdict}`);
      for (const n of names) {
        console.log(`    ${n.padEnd(8)} wall median ${median(wall(n)).toFixed(2)} s [${range(wall(n))}]  CPU ${median(cpu(n)).toFixed(2)} s [${range(cpu(n))}]  peak RSS median ${median(rss(n)).toFixed(0)} MB (max ${Math.max(...rss(n)).toFixed(0)})${n === 'pandas' ? '  (parse only, no checks)' : ''}`);
      }
      for (const other of ['duckdb', 'polars', 'pandas']) {
        const w = runs.holdout.map((r, i) => r.seconds / runs[other][i].seconds);
        const c = runs.holdout.map((r, i) => r.cpu / runs[other][i].cpu);
        const m = runs.holdout.map((r, i) => r.rssMb / runs[other][i].rssMb);
        console.log(`    holdout/${other.padEnd(7)} wall ${median(w).toFixed(2)} [${range(w)}]  CPU ${median(c).toFixed(2)} [${range(c)}]  peak RSS ${median(m).toFixed(2)} [${range(m)}]`);
      }
    }
  }
  // gzip-compressed: not split; read on one thread and checked on another (two cores) or both on one.
  const plain = join(dataDir, `validate-${sizes[0]}.csv`);
  const gz = `${plain}.gz`;
  if (!existsSync(gz)) writeFileSync(gz, gzipSync(readFileSync(plain), { level: 6 }));
  const gzRuns = { all: [], one: [], duckdb: [] };
  const gzRunners = {
    all: () => timed(node, [cli, 'validate', gz, '--schema', schema, '--format', 'json']),
    one: () => timed('taskset', ['-c', '0', node, cli, 'validate', gz, '--schema', schema, '--format', 'json']),
    duckdb: () => timed(node, [engines, 'duckdb', gz]),
  };
  for (let p = 0; p < pairs; p++) {
    for (const name of p % 2 === 0 ? Object.keys(gzRunners) : Object.keys(gzRunners).reverse()) {
      const r = gzRunners[name]();
      if (r.status !== 0 && !(name !== 'duckdb' && r.status === 1)) throw new Error(`${name} on ${gz} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
      gzRuns[name].push(r);
    }
  }
  console.log(`\n  ${sizes[0].toLocaleString('en-US')} rows gzip-compressed (${(statSync(gz).size / 1e6).toFixed(0)} MB), load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  for (const [name, label] of [['all', `holdout, all ${cores} cores`], ['one', 'holdout, one core'], ['duckdb', `DuckDB, all ${cores} cores`]]) {
    const w = gzRuns[name].map((r) => r.seconds);
    const c = gzRuns[name].map((r) => r.cpu);
    console.log(`    ${label.padEnd(24)} wall median ${median(w).toFixed(2)} s [${range(w)}]  CPU ${median(c).toFixed(2)} s [${range(c)}]  peak RSS median ${median(gzRuns[name].map((r) => r.rssMb)).toFixed(0)} MB`);
  }
  const ratio = (a, b) => gzRuns[a].map((r, i) => r.seconds / gzRuns[b][i].seconds);
  console.log(`    holdout all cores / one core wall ${median(ratio('all', 'one')).toFixed(2)} [${range(ratio('all', 'one'))}]; holdout / DuckDB (all cores) wall ${median(ratio('all', 'duckdb')).toFixed(2)} [${range(ratio('all', 'duckdb'))}]`);
}
