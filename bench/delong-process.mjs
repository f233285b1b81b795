// One whole process for the DeLong benchmark, doing what compare-metrics does
// with two prediction files: read the candidate's and the baseline's
// predictions (id,label,score) with holdout's predictions reader
// (readPredictionsFile → openTable → the CSV reader), join them by id, turn
// them into binary task data (labels as compared, the positive class found),
// run the paired DeLong test and print z and p. Timed from process start to
// exit (module loading and reading included, no warm-up), like Rscript.
// DELONG_PHASES=1: each step's wall and CPU milliseconds and minor page faults
// on stderr (on a VM where a fresh 4 KiB page costs a fault of ~13 µs, touched
// memory is much of the time).
import { join } from 'node:path';

const phases = process.env.DELONG_PHASES === '1' ? [] : undefined;
let last = { wall: 0, cpu: 0, faults: 0 };
const phase = (name) => {
  if (!phases) return;
  const cpu = process.cpuUsage();
  const now = { wall: performance.now(), cpu: (cpu.user + cpu.system) / 1000, faults: process.resourceUsage().minorPageFault };
  phases.push(`${name} ${(now.wall - last.wall).toFixed(0)}/${(now.cpu - last.cpu).toFixed(0)} ms ${now.faults - last.faults} faults`);
  last = now;
};

const [build, candidateFile, baselineFile] = process.argv.slice(2);
phase('start');
const { readPredictionsFile, joinById, inferTask, toTaskData } = await import(join(build, 'shared/metrics/predictions.js'));
const { userFile } = await import(join(build, 'shared/io/user-file.js'));
const { pairedDeLong } = await import(join(build, 'shared/stats/delong.js'));
phase('load');

const columns = { id: 'id', label: 'label', score: 'score', slices: [] };
const candidate = await readPredictionsFile(userFile(process.cwd(), candidateFile), columns);
phase('read candidate');
const baseline = await readPredictionsFile(userFile(process.cwd(), baselineFile), columns);
phase('read baseline');
const joined = joinById(candidate, baseline, 'error');
const task = inferTask(joined.candidate);
if (task !== 'binary') throw new Error(`expected binary predictions, inferred ${task}`);
const options = { task, threshold: 0.5 };
const c = toTaskData(joined.candidate, task, options);
const b = toTaskData(joined.baseline, task, { ...options, posLabel: c.posLabel });
phase('join + task data');
const r = pairedDeLong(c.data.y, c.data.score, b.data.score);
phase('DeLong');
process.stdout.write(`${r.z} ${r.pValue}\n`);
if (phases) process.stderr.write(`${phases.join('; ')}\n`);
