// The sharded-validation workflow with the built bundles, as the runner runs
// them: a matrix of three validate-data jobs (each on its own checkout,
// shard i/3 by a hash of the key, against the reference), their results
// documents carried over as artifacts, and one fan-in job that merges them.
// The merged verdict must be the one a single unsharded job gives.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';
import { NODE24, ROOT, runBundle, webhookExample } from './harness.js';

const pullRequest = webhookExample('pull_request', 'opened');

async function checkout(): Promise<string> {
  const workspace = await tempDir('holdout-ws-');
  await writeFiles(workspace, {
    'data/schema.json': JSON.stringify({ ...DRIFT_SCHEMA, 'x-holdout': { rowCount: { min: 1000 } } }),
    'data/reference.csv': driftCsv({ n: 3000, seed: 1 }),
    'data/eval.csv': driftCsv({ n: 2400, seed: 9, shift: 1, shares: [0.25, 0.25, 0.25, 0.25] }),
  });
  return workspace;
}

describe('sharded validation with the bundles (matrix fan-out, one fan-in)', () => {
  it('merges three shard jobs into the unsharded verdict', async () => {
    const inputs = { data: 'data/eval.csv', schema: 'data/schema.json', reference: 'data/reference.csv' };
    const single = await checkout();
    const whole = await runBundle({ bundle: 'validate-data', workspace: single, event: pullRequest, inputs });
    expect(whole.exitCode).toBe(1); // drift in x and region
    const wholeDoc = parseResults(await readFile(join(single, 'holdout-results/validate-data.json'), 'utf8'), 'whole');

    const fanIn = await checkout();
    await mkdir(join(fanIn, 'shards'), { recursive: true });
    for (const i of [1, 2, 3]) {
      const job = await checkout();
      const run = await runBundle({ bundle: 'validate-data', workspace: job, event: pullRequest, inputs: { ...inputs, shard: `${i}/3`, 'shard-by': 'id', 'results-file': `holdout-results/shard-${i}.json` } });
      // A shard judges its own rows; drift and the row count wait for the merge.
      expect(run.exitCode, run.stderr).toBe(0);
      expect(Number(run.outputs.rows)).toBeGreaterThan(600);
      expect(run.outputs['dataset-drift']).toBeUndefined();
      await cp(join(job, `holdout-results/shard-${i}.json`), join(fanIn, `shards/shard-${i}.json`)); // upload-artifact → download-artifact
    }
    const merged = await runBundle({ bundle: 'validate-data', workspace: fanIn, event: pullRequest, inputs: { merge: 'shards/*.json', schema: 'data/schema.json', reference: 'data/reference.csv', 'profile-out': 'holdout-results/eval.profile.json' } });
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs).toEqual({ ...whole.outputs });
    expect(merged.outputs['drifted-columns']).toBe('2');
    const mergedDoc = parseResults(await readFile(join(fanIn, 'holdout-results/validate-data.json'), 'utf8'), 'merged');
    expect(mergedDoc.checks).toEqual(wholeDoc.checks);
    expect(mergedDoc.kind === 'validate-data' && mergedDoc.data.drift).toEqual(wholeDoc.kind === 'validate-data' && wholeDoc.data.drift);
    expect(merged.summary).toContain('**Drift**');
    expect(JSON.parse(await readFile(join(fanIn, 'holdout-results/eval.profile.json'), 'utf8')).rows).toBe(2400);
  });

  it('fails the fan-in when a shard is missing', async () => {
    const fanIn = await checkout();
    const job = await checkout();
    await runBundle({ bundle: 'validate-data', workspace: job, event: pullRequest, inputs: { data: 'data/eval.csv', schema: 'data/schema.json', shard: '1/2', 'results-file': 'holdout-results/shard-1.json' } });
    await mkdir(join(fanIn, 'shards'), { recursive: true });
    await cp(join(job, 'holdout-results/shard-1.json'), join(fanIn, 'shards/shard-1.json'));
    const merged = await runBundle({ bundle: 'validate-data', workspace: fanIn, event: pullRequest, inputs: { merge: 'shards/*.json', schema: 'data/schema.json' } });
    expect(merged.exitCode).toBe(1);
    expect(merged.outputs.status).toBe('error');
    expect(merged.stdout).toContain('shard 2/2 is missing: the verdict needs every shard');
  });

  it('--shard i/n on one CSV file reads its byte range, and the merge is the whole run', async () => {
    // One file, three shards by position: each reads its third of the bytes (besides the header),
    // not every row to keep every third. Quoted values span lines; errors sit in every third.
    const dir = await tempDir('holdout-ws-');
    const lines = ['id,note,amount'];
    for (let i = 1; i <= 3000; i++) {
      const note = i % 7 === 0 ? `"a note over\ntwo lines, with a comma"` : `plain ${i}`;
      const amount = i % 401 === 0 ? 'n/a' : String(i % 50);
      lines.push(`${i},${note},${amount}`);
    }
    await writeFiles(dir, {
      'schema.json': JSON.stringify({ fields: [{ name: 'id', type: 'integer' }, { name: 'note', type: 'string' }, { name: 'amount', type: 'integer', constraints: { minimum: 0 } }] }),
      'data.csv': lines.join('\n') + '\n',
    });
    const cli = (args: string[]) => spawnSync(NODE24, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: dir, encoding: 'utf8' });
    const whole = cli(['validate', 'data.csv', '--schema', 'schema.json', '--out', 'whole.json']);
    expect(whole.status, whole.stderr).toBe(1);
    const size = (await stat(join(dir, 'data.csv'))).size;
    const ranges = [];
    const shardErrors: Array<{ line?: number; cell?: string }> = [];
    for (const i of [1, 2, 3]) {
      const run = cli(['validate', 'data.csv', '--schema', 'schema.json', '--shard', `${i}/3`, '--out', `shard-${i}.json`]);
      expect(run.status, run.stderr).toBe(1);
      const doc = parseResults(await readFile(join(dir, `shard-${i}.json`), 'utf8'), `shard ${i}`);
      const shard = doc.kind === 'validate-data' ? doc.data.shard : undefined;
      expect(shard?.mode).toBe('rows');
      expect(shard?.ranges).toHaveLength(1);
      ranges.push(shard!.ranges![0]!);
      shardErrors.push(...(doc.kind === 'validate-data' ? doc.data.errors : []));
    }
    // The ranges tile the file, about a third each.
    expect(ranges[0]!.start).toBe(0);
    expect(ranges[1]!.start).toBe(ranges[0]!.end);
    expect(ranges[2]!.start).toBe(ranges[1]!.end);
    expect(ranges[2]!.end).toBe(size);
    for (const r of ranges) expect(Math.abs(r.end - r.start - size / 3)).toBeLessThan(200);
    const merged = cli(['validate', '--merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '--schema', 'schema.json', '--out', 'merged.json']);
    expect(merged.status, merged.stderr).toBe(1);
    const wholeDoc = parseResults(await readFile(join(dir, 'whole.json'), 'utf8'), 'whole');
    const mergedDoc = parseResults(await readFile(join(dir, 'merged.json'), 'utf8'), 'merged');
    expect(mergedDoc.checks).toEqual(wholeDoc.checks);
    expect(mergedDoc.subject.files).toEqual(wholeDoc.subject.files);
    const data = (d: typeof wholeDoc) => (d.kind === 'validate-data' ? { rows: d.data.rows, errorCount: d.data.errorCount, errors: d.data.errors, tables: d.data.tables } : undefined);
    expect(data(mergedDoc)).toEqual(data(wholeDoc));
    // Rows and lines are the file's: row 2005 ("n/a") starts on line 2005 + 1 + the 286 extra lines of the notes before it.
    expect(data(mergedDoc)!.errors).toContainEqual(expect.objectContaining({ row: 2005, line: 2005 + 1 + Math.floor(2004 / 7), cell: 'n/a' }));
    // Each shard's own errors (and so its annotations) already name the file's lines.
    expect(shardErrors.map((e) => e.line)).toEqual(data(wholeDoc)!.errors.map((e) => e.line));
  }, 120_000);
});
