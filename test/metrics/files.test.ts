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

  it('a non-numeric or NaN value is an error naming the file, line and key', async () => {
    await expect(read('m.json', '{\n  "test": {\n    "auc": "NaN"\n  }\n}')).rejects.toThrow('m.json:3: test.auc: metric value "NaN" is not a finite number');
    await expect(read('m.yaml', 'auc: .nan\n')).rejects.toThrow('m.yaml:1: auc: metric value NaN is not a finite number');
    await expect(read('m.csv', 'name,value\nauc,high\n')).rejects.toThrow('m.csv:2: auc: metric value "high" is not a finite number');
    await expect(read('m.json', '')).rejects.toThrow('m.json: is empty');
  });
});
