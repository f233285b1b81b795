// Predictions: joined by id whatever the row order, mismatches reported with
// a few ids (or dropped on request), labels checked, the task inferred.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalLabel, inferTask, joinById, readPredictionsFile, toTaskData } from '../../shared/metrics/predictions.js';
import { tempDir, writeFiles } from '../helpers.js';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { userFile } from '../../shared/io/user-file.js';

const COLUMNS = { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] };

async function load(files: Record<string, string>) {
  const dir = await tempDir();
  await writeFiles(dir, files);
  return Object.fromEntries(await Promise.all(Object.keys(files).map(async (name) => [name, await readPredictionsFile(userFile(dir, name), COLUMNS)] as const)));
}

describe('predictions', () => {
  it('joins by id, never by order', async () => {
    const f = await load({ 'c.csv': 'id,label,score\nb,0,0.2\na,1,0.9\n', 'b.jsonl': '{"id":"a","label":1,"score":0.7}\n{"id":"b","label":0,"score":0.4}\n' });
    const joined = joinById(f['c.csv']!, f['b.jsonl']!, 'error');
    expect([...joined.candidate.ids]).toEqual(['b', 'a']);
    expect([...joined.baseline.score!]).toEqual([0.4, 0.7]);
  });

  it('ids on one side only: an error listing a few, or dropped and counted', async () => {
    const f = await load({ 'c.csv': 'id,label,score\na,1,0.9\nb,0,0.2\nx,1,0.5\n', 'b.csv': 'id,label,score\na,1,0.7\nb,0,0.4\ny,0,0.1\nz,0,0.3\n' });
    expect(() => joinById(f['c.csv']!, f['b.csv']!, 'error')).toThrow('candidate and baseline predictions are not on the same rows: 1 id(s) only in the candidate (c.csv): "x"; 2 id(s) only in the baseline (b.csv): "y", "z". Set on-mismatch: drop to compare on the common rows.');
    const dropped = joinById(f['c.csv']!, f['b.csv']!, 'drop');
    expect([...dropped.candidate.ids]).toEqual(['a', 'b']);
    expect(dropped.dropped).toEqual({ candidateOnly: 1, baselineOnly: 2 });
  });

  it('different labels for the same id, duplicate ids and bad scores are errors with lines', async () => {
    const f = await load({ 'c.csv': 'id,label,score\na,1,0.9\nb,1,0.2\n', 'b.csv': 'id,label,score\na,1,0.7\nb,0,0.4\n' });
    expect(() => joinById(f['c.csv']!, f['b.csv']!, 'error')).toThrow(/c\.csv:3: 1 id\(s\) have different labels .* id "b": "1" vs "0"/);
    const dup = await load({ 'd.csv': 'id,label,score\na,1,0.9\na,0,0.2\n', 'b.csv': 'id,label,score\na,1,0.7\n' });
    expect(() => joinById(dup['d.csv']!, dup['b.csv']!, 'error')).toThrow('d.csv:3: id "a" appears twice');
    await expect(load({ 'n.csv': 'id,label,score\na,1,NaN\n' })).rejects.toThrow('n.csv:2: score "NaN" in row 1 is not a finite number');
    await expect(load({ 'm.csv': 'id,target,score\na,1,0.5\n' })).rejects.toThrow('m.csv:1: has no label column "label" (columns: id, target, score)');
  });

  it('infers the task and the positive class, and asks when it cannot', async () => {
    const f = await load({
      'bin.csv': 'id,label,score\na,yes,0.9\nb,no,0.2\n',
      'multi.csv': 'id,label,score_cat,score_dog,score_eel\na,cat,0.7,0.2,0.1\nb,eel,0.1,0.1,0.8\n',
      'reg.csv': 'id,label,prediction\na,1.5,1.4\nb,-2,-1.7\nc,3,2.5\n',
    });
    expect(inferTask(f['bin.csv']!)).toBe('binary');
    const binary = toTaskData(f['bin.csv']!, 'binary', { threshold: 0.5 });
    expect(binary.task === 'binary' && [...binary.data.y]).toEqual([1, 0]);
    expect(inferTask(f['multi.csv']!)).toBe('multiclass');
    const multi = toTaskData(f['multi.csv']!, 'multiclass', { threshold: 0.5 });
    expect(multi.task === 'multiclass' && [...multi.data.pred]).toEqual([0, 2]);
    expect(inferTask(f['reg.csv']!)).toBe('regression');
    const odd = await load({ 'odd.csv': 'id,label,score\na,left,0.9\nb,right,0.2\n' });
    expect(() => toTaskData(odd['odd.csv']!, 'binary', { threshold: 0.5 })).toThrow('odd.csv: cannot tell the positive class among labels "left", "right"; set pos-label');
    expect(toTaskData(odd['odd.csv']!, 'binary', { threshold: 0.5, posLabel: 'left' }).task).toBe('binary');
  });

  it('labels that spell one number are one class; true/True/TRUE are one class', async () => {
    expect(['1', '1.0', '1.00', '1e0', '+1', ' 1 ', '0.0', '-0', '0'].map(canonicalLabel)).toEqual(['1', '1', '1', '1', '1', '1', '0', '0', '0']);
    expect(['true', 'True', 'TRUE', 'False', 'yes', '01234567890123456789'].map(canonicalLabel)).toEqual(['true', 'true', 'true', 'false', 'yes', '01234567890123456789']);
    const f = await load({
      'float.csv': 'id,label,score\na,1.0,0.9\nb,0.0,0.2\nc,1.0,0.4\nd,0.0,0.6\n',
      'mixed.csv': 'id,label,score\na,1,0.7\nb,0,0.4\nc,1e0,0.8\nd,0,0.1\n',
      'bool.csv': 'id,label,prediction\na,True,TRUE\nb,false,False\nc,TRUE,false\n',
    });
    expect(inferTask(f['mixed.csv']!)).toBe('binary');
    const float = toTaskData(f['float.csv']!, 'binary', { threshold: 0.5, posLabel: '1' });
    expect(float.task === 'binary' && [...float.data.y]).toEqual([1, 0, 1, 0]);
    expect(float.task === 'binary' && [...float.data.pred]).toEqual([1, 0, 0, 1]);
    // The default positive class is found whatever the spelling.
    const byDefault = toTaskData(f['float.csv']!, 'binary', { threshold: 0.5 });
    expect(byDefault.task === 'binary' && byDefault.posLabel).toBe('1');
    // Candidate 1.0/0.0 and baseline 1/0 on the same ids are the same labels.
    expect([...joinById(f['float.csv']!, f['mixed.csv']!, 'error').candidate.ids]).toEqual(['a', 'b', 'c', 'd']);
    const bool = toTaskData(f['bool.csv']!, 'binary', { threshold: 0.5, posLabel: 'True' });
    expect(bool.task === 'binary' && [[...bool.data.y], [...bool.data.pred]]).toEqual([[1, 0, 1], [1, 0, 0]]);
  });

  it('a pos-label that names no label is refused, listing the labels found', async () => {
    const f = await load({ 'p.csv': 'id,label,score\na,1,0.9\nb,0,0.2\n', 'one.csv': 'id,label,score\na,0,0.9\nb,0,0.2\n' });
    expect(() => toTaskData(f['p.csv']!, 'binary', { threshold: 0.5, posLabel: 'yes' })).toThrow('p.csv: pos-label "yes" names no label of this file (labels found: "0", "1")');
    // Through compare-metrics: an input problem (exit 2 in the CLI), one line naming the file and the labels.
    const dir = await tempDir();
    await writeFiles(dir, { 'c.csv': 'id,label,score\na,1,0.9\nb,0,0.2\n' });
    const policy = { ...(await loadPolicy(undefined)), allow_missing_baseline: true };
    const { problems } = await compareModels({ candidate: userFile(dir, 'c.csv'), baseline: { missing: 'none' }, policy, options: { columns: COLUMNS, posLabel: 'yes', threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' } });
    expect(problems.map((p) => p.message)).toEqual(['c.csv: pos-label "yes" names no label of this file (labels found: "0", "1")']);
    // A file of one class may lack the positive one: its rows are all negatives.
    const one = toTaskData(f['one.csv']!, 'binary', { threshold: 0.5, posLabel: '1' });
    expect(one.task === 'binary' && [...one.data.y]).toEqual([0, 0]);
  });
});
