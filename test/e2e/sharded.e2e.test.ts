// The sharded-validation workflow with the built bundles, as the runner runs
// them: a matrix of three validate-data jobs (each on its own checkout,
// shard i/3 by a hash of the key, against the reference), their results
// documents carried over as artifacts, and one fan-in job that merges them.
// The merged verdict must be the one a single unsharded job gives.
import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';
import { runBundle, webhookExample } from './harness.js';

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
});
