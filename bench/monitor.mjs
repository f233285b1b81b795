// npm run bench -- monitor: monitoring 1M production rows against a saved
// reference profile (holdout monitor: schema, drift, missing rate, unseen
// categories and the out-of-range share per numeric column) against what it
// must not exceed, validate-data with the same saved reference, in
// alternating runs on the same files.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCsv, SCHEMA } from './generate.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall and CPU seconds (user + system, every thread: the worker included) and peak RSS of one run; CPU time is what a shared machine disturbs least. */
function measureCpu(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kb, user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpu: user + system, rssMb: kb / 1024, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export async function benchMonitor(root, dataDir, measure = measureCpu, runs = 5) {
  measure = measureCpu;
  const node = process.execPath;
  const cli = join(root, 'dist/cli/index.js');
  const reference = join(dataDir, 'validate-1000000.csv');
  const current = join(dataDir, 'current-1000000.csv');
  if (!existsSync(reference)) await generateCsv(reference, 1_000_000);
  if (!existsSync(current)) await generateCsv(current, 1_000_000, 43);
  const schema = join(dataDir, 'schema.json');
  writeFileSync(schema, JSON.stringify(SCHEMA, null, 2));
  const profile = join(dataDir, 'reference.profile.json');
  if (!existsSync(profile)) {
    const made = measure(node, [cli, 'validate', reference, '--schema', schema, '--profile-out', profile, '--format', 'json']);
    if (made.status > 1) throw new Error(`holdout --profile-out failed: ${made.stderr.slice(0, 2000)}`);
  }
  const validate = [];
  const monitor = [];
  let checks;
  for (let i = 0; i < runs; i++) {
    const v = measure(node, [cli, 'validate', current, '--schema', schema, '--reference', profile, '--format', 'json']);
    if (v.status > 1) throw new Error(`holdout validate failed: ${v.stderr.slice(0, 2000)}`);
    const m = measure(node, [cli, 'monitor', current, '--schema', schema, '--reference', profile, '--no-publish', '--format', 'json']);
    if (m.status > 1) throw new Error(`holdout monitor failed: ${m.stderr.slice(0, 2000)}`);
    checks ??= JSON.parse(m.stdout).data.checks.filter((c) => c.id.startsWith('outOfRange:')).length;
    validate.push(v);
    monitor.push(m);
  }
  const vs = validate.map((r) => r.seconds);
  const ms = monitor.map((r) => r.seconds);
  const ratios = ms.map((m, i) => m / vs[i]);
  const vc = validate.map((r) => r.cpu);
  const mc = monitor.map((r) => r.cpu);
  const cpuRatios = mc.map((m, i) => m / vc[i]);
  console.log(`\nmonitor, 1,000,000 production rows × 12 columns against a saved 1,000,000-row reference profile (${checks} out-of-range checks on top of validate-data's), ${runs} alternating runs`);
  console.log(`  holdout validate --reference profile : median ${median(vs).toFixed(2)} s [${Math.min(...vs).toFixed(2)}–${Math.max(...vs).toFixed(2)}]  peak RSS ${Math.max(...validate.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  holdout monitor  --reference profile : median ${median(ms).toFixed(2)} s [${Math.min(...ms).toFixed(2)}–${Math.max(...ms).toFixed(2)}]  peak RSS ${Math.max(...monitor.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  CPU seconds (user + system)          : validate median ${median(vc).toFixed(2)} [${Math.min(...vc).toFixed(2)}–${Math.max(...vc).toFixed(2)}], monitor median ${median(mc).toFixed(2)} [${Math.min(...mc).toFixed(2)}–${Math.max(...mc).toFixed(2)}]`);
  console.log(`  ratio monitor/validate, paired: wall median ${median(ratios).toFixed(3)} [${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}], CPU median ${median(cpuRatios).toFixed(3)} [${Math.min(...cpuRatios).toFixed(3)}–${Math.max(...cpuRatios).toFixed(3)}]  (target ≤ 1)`);
}
