// Cold start of each action bundle on a tiny input: node dist/<action>/index.js
// started as the runner starts it (node 24, INPUT_* variables, GITHUB_OUTPUT /
// GITHUB_STEP_SUMMARY files, an event payload — the environment of
// test/e2e/harness.ts), timed from spawn to exit. Prints, per action, the
// median and min–max wall time over the runs (and CPU time, user + system,
// where python3 or GNU time is installed) and the size of the bundle (its
// index.js and every chunk beside it). A benchmark, not a test: nothing here
// asserts a time.
//
//   node_modules/node/bin/node bench/coldstart.mjs [--runs 15] [--only validate-data,gate] [--json out.json]
//       [--dist DIR --dist OTHER]   (A/B: the bundles of each dist folder, runs interleaved; default dist/)
//       [--node-flag --cpu-prof --node-flag --cpu-prof-dir=/tmp/prof]   (flags for the measured node processes, e.g. a profile)
//       [--no-pattern]   (the example schema without its one `pattern` constraint: a schema that needs no regex engine)
//
// The floor is measured in the same runs: `node -e 0`, node 24 starting and
// exiting with nothing to load, which no bundle can beat.
//
// The inputs are ten-row files: ten rows of examples/drift/reference.csv
// against examples/validate/schema.yaml, the same ten rows of each example
// prediction file for the comparison; report and gate read the two documents
// those produced, the monitor a profile of the ten reference rows; the CLI
// (`holdout validate`) the same ten rows against the same schema. No token is
// given, so nothing talks to a network: the time is the bundle's own (load,
// compile, parse the inputs, run the step, write results).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE24 = join(ROOT, 'node_modules/node/bin/node');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : undefined;
const RUSAGE = [
  'import os, sys, time',
  'out, argv = sys.argv[1], sys.argv[2:]',
  't = time.perf_counter()',
  'pid = os.fork()',
  'if pid == 0: os.execv(argv[0], argv)',
  '_, status, ru = os.wait4(pid, 0)',
  'wall = time.perf_counter() - t',
  'open(out, "w").write(f"{wall * 1000} {(ru.ru_utime + ru.ru_stime) * 1000}")',
  'sys.exit(os.waitstatus_to_exitcode(status))',
].join('\n');

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const runs = Number(flag('--runs') ?? 15);
const only = flag('--only')?.split(',');  // action names; `cli` for the CLI
const jsonOut = flag('--json');
const nodeFlags = args.flatMap((arg, k) => (arg === '--node-flag' && args[k + 1] ? [args[k + 1]] : []));
const noPattern = args.includes('--no-pattern');
const dists = args.flatMap((arg, k) => (arg === '--dist' && args[k + 1] ? [resolve(args[k + 1])] : []));
if (dists.length === 0) dists.push(join(ROOT, 'dist'));
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number');

const head = (file, rows) => readFileSync(join(ROOT, file), 'utf8').split('\n').slice(0, rows + 1).join('\n') + '\n';

/** A workspace with the tiny inputs every scenario reads. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'holdout-coldstart-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'model'));
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, 'data/batch.csv'), head('examples/drift/reference.csv', 10));
  writeFileSync(join(dir, 'data/reference.csv'), head('examples/drift/reference.csv', 10));
  const schema = readFileSync(join(ROOT, 'examples/validate/schema.yaml'), 'utf8');
  const withoutPattern = schema.replace(/, pattern: "[^"]*"/, '');
  if (noPattern && (withoutPattern === schema || withoutPattern.includes('pattern'))) throw new Error('--no-pattern: the example schema no longer has its one pattern constraint where expected');
  writeFileSync(join(dir, 'data/schema.yaml'), noPattern ? withoutPattern : schema);
  // The same ten ids in both (the example files list them in opposite orders).
  const baseline = head('examples/compare/baseline-predictions.csv', 10);
  const ids = new Set(baseline.split('\n').slice(1, -1).map((line) => line.split(',')[0]));
  const candidate = readFileSync(join(ROOT, 'examples/compare/candidate-predictions.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'model/candidate.csv'), [candidate[0], ...candidate.filter((line) => ids.has(line.split(',')[0]))].join('\n') + '\n');
  writeFileSync(join(dir, 'model/baseline.csv'), baseline);
  writeFileSync(
    join(dir, '.github/holdout.yml'),
    ['data:', '  - name: batch', '    files: data/batch.csv', '    schema: data/schema.yaml', 'model:', '  candidate: model/candidate.csv', '  baseline: model/baseline.csv', ''].join('\n'),
  );
  return dir;
}

/** The runner's environment (test/e2e/harness.ts runBundle), a push to main. */
function runnerEnv(ws, runnerDir, inputs) {
  const event = join(runnerDir, 'event.json');
  writeFileSync(event, JSON.stringify({ ref: 'refs/heads/main', after: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', repository: { full_name: 'Codertocat/Hello-World', default_branch: 'main' } }));
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'),
    GITHUB_API_URL: 'http://127.0.0.1:9/',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_RUN_ID: '1234',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_SHA: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: event,
    RUNNER_TEMP: join(runnerDir, 'temp'),
    RUNNER_OS: 'Linux',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}

const SCENARIOS = [
  { action: 'validate-data', inputs: { data: 'data/batch.csv', schema: 'data/schema.yaml', 'results-file': 'holdout-results/validate-data.json' } },
  { action: 'compare-metrics', inputs: { candidate: 'model/candidate.csv', baseline: 'model/baseline.csv', 'results-file': 'holdout-results/compare-metrics.json' } },
  { action: 'report', inputs: { results: 'holdout-results/*.json' } },
  { action: 'gate', inputs: { results: 'holdout-results/*.json' } },
  { action: 'monitor', inputs: { data: 'data/batch.csv', schema: 'data/schema.yaml', reference: 'data/reference.json', 'results-file': 'monitor/data.json' } },
  { action: 'holdout', inputs: { config: '.github/holdout.yml', 'results-dir': 'pipeline-results' } },
  // The CLI (dist/cli) validating the same ten rows: `holdout validate`.
  { action: 'cli', label: 'cli validate', args: ['validate', 'data/batch.csv', '--schema', 'data/schema.yaml', '--out', 'cli-results/validate-data.json'], inputs: {} },
];

/** Bytes of dist/<name>/*.js: the entry and the chunks it may load. */
function bundleBytes(dist, name) {
  const dir = join(dist, name);
  let entry = 0;
  let chunks = 0;
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js')) continue;
    const size = statSync(join(dir, file)).size;
    if (file === 'index.js') entry = size;
    else chunks += size;
  }
  return { entry, chunks };
}

function once(ws, scenario, dist) {
  const runnerDir = mkdtempSync(join(tmpdir(), 'holdout-runner-'));
  mkdirSync(join(runnerDir, 'temp'));
  writeFileSync(join(runnerDir, 'output'), '');
  writeFileSync(join(runnerDir, 'summary'), '');
  const env = runnerEnv(ws, runnerDir, scenario.inputs);
  const command = scenario.floor ? [NODE24, '-e', '0'] : [NODE24, ...nodeFlags, join(dist, scenario.action, 'index.js'), ...(scenario.args ?? [])];
  const cpuFile = join(runnerDir, 'cpu');
  // The child's own wall and CPU time (user + system, from wait4's rusage, in
  // microseconds), measured by a python3 parent around fork/exec, where there
  // is one: CPU time is steadier than wall time on a busy machine, and GNU
  // time's centiseconds are too coarse for a 100 ms process.
  if (PYTHON) command.unshift(PYTHON, '-c', RUSAGE, cpuFile);
  else if (TIME) command.unshift(TIME, '-o', cpuFile, '-f', '%U %S');
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd: ws, env, encoding: 'utf8' });
  let ms = Number(process.hrtime.bigint() - started) / 1e6;
  let cpuMs = NaN;
  if (PYTHON) [ms, cpuMs] = readFileSync(cpuFile, 'utf8').split(' ').map(Number);
  else if (TIME) cpuMs = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1).split(' ').reduce((sum, s) => sum + Number(s) * 1000, 0);
  rmSync(runnerDir, { recursive: true, force: true });
  if (result.status === null || result.status > 1 || /internal error|    at /.test(result.stdout + result.stderr)) {
    throw new Error(`${scenario.action} did not run cleanly (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return { ms, cpuMs, exit: result.status, stdout: result.stdout };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

const ws = workspace();
const rows = [];
// Each dist folder is copied out of the repository first, as the runner's copy
// of an action has no node_modules above it: run in place, a bundle would
// find the repository's node_modules (fdir's optional require of picomatch
// does), which costs time a runner does not spend.
const given = [...dists];
dists.length = 0;
given.forEach((dist, k) => {
  const copy = join(ws, `.dist-${k}`);
  cpSync(dist, copy, { recursive: true, dereference: true });
  dists.push(copy);
});
const label = (dist) => given[dists.indexOf(dist)];
try {
  const chosen = SCENARIOS.filter((s) => !only || only.includes(s.action));
  // Report and gate read what validate-data and compare-metrics write, the monitor a profile of the reference: made once first.
  for (const s of SCENARIOS.slice(0, 2)) once(ws, s, dists[0]);
  const profile = { action: 'validate-data', inputs: { data: 'data/reference.csv', schema: 'data/schema.yaml', 'profile-out': 'data/reference.json', 'results-file': 'profile/validate-data.json' } };
  once(ws, profile, dists[0]);
  for (const dist of dists) for (const s of chosen) once(ws, s, dist); // warm the file cache, not the process
  // Interleaved, so that a busy moment of the machine falls on every action and every dist alike.
  const times = new Map(dists.flatMap((dist) => chosen.map((s) => [`${dist} ${s.action}`, { wall: [], cpu: [], exit: undefined }])));
  const floor = { wall: [], cpu: [] };
  for (let r = 0; r < runs; r++) {
    const bare = once(ws, { action: 'node -e 0', floor: true, inputs: {} }, dists[0]);
    floor.wall.push(bare.ms);
    floor.cpu.push(bare.cpuMs);
    for (const s of chosen) {
      for (const dist of dists) {
        const { ms, cpuMs, exit } = once(ws, s, dist);
        const t = times.get(`${dist} ${s.action}`);
        t.wall.push(ms);
        t.cpu.push(cpuMs);
        t.exit = exit;
      }
    }
  }
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`cold start on a 10-row input${noPattern ? " (schema without a pattern)" : ""}, ${runs} runs each, node ${spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim()}, load average ${load}`);
  const span = (t) => `${t.median.toFixed(0).padStart(5)} (${t.min.toFixed(0)}–${t.max.toFixed(0)})`.padEnd(22);
  const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });
  console.log(`floor: node -e 0  ${span(stats(floor.wall))}     ${span(stats(floor.cpu))}`);
  rows.push({ action: 'node -e 0', wallMs: stats(floor.wall), cpuMs: stats(floor.cpu) });
  for (const dist of dists) {
    console.log(`${label(dist)}\naction            wall median (min–max) ms   CPU median (min–max) ms   exit  index.js    chunks`);
    for (const s of chosen) {
      const { wall, cpu, exit } = times.get(`${dist} ${s.action}`);
      const size = bundleBytes(dist, s.action);
      const row = {
        dist: label(dist),
        action: s.label ?? s.action,
        wallMs: stats(wall),
        cpuMs: stats(cpu),
        exit,
        indexBytes: size.entry,
        chunkBytes: size.chunks,
      };
      rows.push(row);
      console.log(`${(s.label ?? s.action).padEnd(16)}  ${span(row.wallMs)}     ${span(row.cpuMs)}    ${String(row.exit).padStart(2)}  ${kib(size.entry).padStart(9)} ${kib(size.chunks).padStart(9)}`);
    }
  }
} finally {
  rmSync(ws, { recursive: true, force: true });
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(rows, null, 2) + '\n');
