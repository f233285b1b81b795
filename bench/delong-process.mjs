// One whole process for the DeLong benchmark, doing what compare-metrics does
// with two prediction files: read the candidate's and the baseline's
// predictions (id,label,score) with holdout's predictions reader
// (readPredictionsFile → openTable → the CSV reader), join them by id, turn
// them into binary task data (labels as compared, the positive class found),
// run the paired DeLong test and print z and p. Timed from process start to
// exit (module loading and reading included, no warm-up), like Rscript.
import { join } from 'node:path';

const [build, candidateFile, baselineFile] = process.argv.slice(2);
const { readPredictionsFile, joinById, inferTask, toTaskData } = await import(join(build, 'shared/metrics/predictions.js'));
const { userFile } = await import(join(build, 'shared/io/user-file.js'));
const { pairedDeLong } = await import(join(build, 'shared/stats/delong.js'));

const columns = { id: 'id', label: 'label', score: 'score', slices: [] };
const candidate = await readPredictionsFile(userFile(process.cwd(), candidateFile), columns);
const baseline = await readPredictionsFile(userFile(process.cwd(), baselineFile), columns);
const joined = joinById(candidate, baseline, 'error');
const task = inferTask(joined.candidate);
if (task !== 'binary') throw new Error(`expected binary predictions, inferred ${task}`);
const options = { task, threshold: 0.5 };
const c = toTaskData(joined.candidate, task, options);
const b = toTaskData(joined.baseline, task, { ...options, posLabel: c.posLabel });
const r = pairedDeLong(c.data.y, c.data.score, b.data.score);
process.stdout.write(`${r.z} ${r.pValue}\n`);
