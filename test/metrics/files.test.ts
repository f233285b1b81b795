// Metric files as DVC, MLflow and people write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMetricsFile } from '../../shared/metrics/files.js';
import { tempDir, writeFiles } from '../helpers.js';
import { userFile } from '../../shared/io/user-file.js';

async function read(name: string, contents: string) {
  const dir = await tempDir();
  await writeFiles(dir, { [name]: contents });
  return readMetricsFile(userFile(dir, name));
}

describe('readMetricsFile', () => {
  it('flattens nested JSON and YAML keys with dots (DVC metrics files)', async () => {
    expect([...(await read('m.json', '{"test": {"auc": 0.91, "loss": 0.3}, "train": {"auc": 0.95}}')).metrics]).toEqual([['test.auc', 0.91], ['test.loss', 0.3], ['train.auc', 0.95]]);
    expect([...(await read('m.yaml', 'avg_prec: 0.8\nroc:\n  auc: 0.9\n')).metrics]).toEqual([['avg_prec', 0.8], ['roc.auc', 0.9]]);
  });

  it("reads MLflow's run JSON and metric history, latest step winning", async () => {
    const run = { info: { run_id: 'x' }, data: { metrics: { accuracy: 0.9, f1: 0.8 }, params: { depth: '3' } } };
    expect([...(await read('run.json', JSON.stringify(run))).metrics]).toEqual([['accuracy', 0.9], ['f1', 0.8]]);
    const rest = { run: { data: { metrics: [{ key: 'auc', value: 0.7, step: 1 }, { key: 'auc', value: 0.8, step: 3 }, { key: 'auc', value: 0.75, step: 2 }] } } };
    expect([...(await read('rest.json', JSON.stringify(rest))).metrics]).toEqual([['auc', 0.8]]);
  });

  it('reads CSV as name,value rows (latest step) or one row of values', async () => {
    expect([...(await read('m.csv', 'name,value,step\nauc,0.7,1\nauc,0.9,2\nloss,0.2,2\n')).metrics]).toEqual([['auc', 0.9], ['loss', 0.2]]);
    expect([...(await read('m.tsv', 'auc\tloss\n0.91\t0.25\n')).metrics]).toEqual([['auc', 0.91], ['loss', 0.25]]);
  });

  it('skips a non-numeric, NaN or underscore value with a note naming key and line; a file of nothing else is an error saying so', async () => {
    const m = await read('m.json', '{\n  "test": {\n    "auc": "NaN",\n    "f1": 0.8\n  },\n  "model": "ckpt-10",\n  "_step": 3\n}');
    expect([...m.metrics]).toEqual([['test.f1', 0.8]]);
    expect(m.notes).toEqual([
      'skipped 1 not a finite number: test.auc ("NaN", line 3)',
      'skipped 1 not a number: model ("ckpt-10", line 6)',
      'skipped 1 underscore-prefixed key (the tracker’s own bookkeeping): _step',
    ]);
    expect(m.skipped.get('test.auc')).toBe('"NaN", not a finite number');
    await expect(read('m.json', '{\n  "test": {\n    "auc": "NaN"\n  }\n}')).rejects.toThrow('m.json: holds no numeric metrics (skipped 1 not a finite number: test.auc ("NaN", line 3))');
    await expect(read('m.yaml', 'auc: .nan\n')).rejects.toThrow('m.yaml: holds no numeric metrics (skipped 1 not a finite number: auc (NaN, line 1))');
    await expect(read('m.csv', 'name,value\nauc,high\n')).rejects.toThrow('m.csv: holds no numeric metrics (skipped 1 not a number: auc ("high"))');
    const csv = await read('n.csv', 'name,value\nauc,high\nf1,0.7\n');
    expect([...csv.metrics]).toEqual([['f1', 0.7]]);
    await expect(read('m.json', '')).rejects.toThrow('m.json: is empty');
  });
});
