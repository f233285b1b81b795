// The all-in-one root action on a fixture workspace against the fake GitHub:
// one step runs the data checks, the comparison, the gate and the report.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';
import { ROOT, runBundle, webhookExample } from './harness.js';

const REPO = 'Codertocat/Hello-World';
let gh: FakeGitHub;
let workspace: string;

const CONFIG = `# holdout pipeline for the example churn model
data:
  - name: holdout
    files: data/*.csv
    schema: data/schema.yaml
model:
  candidate: model/candidate-predictions.csv
  baseline: model/baseline-predictions.csv
  policy: model/policy.yaml
report:
  title: churn model
`;

beforeEach(async () => {
  gh = await FakeGitHub.start();
  gh.addToken('ghs_bot', { user: 'github-actions[bot]', installation: true });
  gh.addPullRequest(REPO, { number: 2, author: 'Codertocat', headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' });
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  await cp(join(ROOT, 'examples/compare'), join(workspace, 'model'), { recursive: true });
  await mkdir(join(workspace, '.github'), { recursive: true });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.stop();
});

const run = () => runBundle({ bundle: 'holdout', workspace, apiUrl: gh.url, event: webhookExample('pull_request', 'opened'), inputs: { config: '.github/holdout.yml', token: 'ghs_bot' }, timeoutMs: 120_000 });

describe('root action', () => {
  it('runs the whole pipeline in one step: results, check run, sticky comment, outputs', async () => {
    await writeFile(join(workspace, '.github/holdout.yml'), CONFIG);
    const r = await run();
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs.decision).toBe('fail');
    expect(r.outputs['results-dir']).toBe('holdout-results');
    expect((await readdir(join(workspace, 'holdout-results'))).sort()).toEqual(['compare-metrics.json', 'gate.json', 'validate-data-holdout.json']);
    expect(gh.checkRunsFor(REPO)[0]).toMatchObject({ name: 'holdout / gate', conclusion: 'failure' });
    const [comment] = gh.commentsOn(REPO, 2);
    expect(r.outputs['comment-url']).toContain(`#issuecomment-${comment!.id}`);
    expect(comment!.body.split('\n')[0]).toMatch(/^❌ \*\*churn model: fails\*\* — /);
    expect(comment!.body).toContain('#### ❌ Gate');
    expect(r.annotations.some((a) => a.properties.file === 'data/bad.csv' && a.properties.line === '3')).toBe(true);
    expect(JSON.parse(await readFile(join(workspace, 'holdout-audit/gate-audit.json'), 'utf8')).inputs).toHaveLength(2);
  });

  it('checks drift against a reference and puts drifted columns, with a chart, in the comment', async () => {
    await writeFiles(workspace, {
      'drift/schema.json': JSON.stringify(DRIFT_SCHEMA),
      'drift/reference.csv': driftCsv({ n: 2000, seed: 1 }),
      'drift/eval.csv': driftCsv({ n: 1500, seed: 2, shift: 1.5 }),
      '.github/holdout.yml': 'data:\n  - name: eval\n    files: drift/eval.csv\n    schema: drift/schema.json\n    reference: drift/reference.csv\n    profile_out: holdout-results/eval.profile.json\n',
    });
    const r = await run();
    expect(r.exitCode, r.stdout).toBe(1);
    const [comment] = gh.commentsOn(REPO, 2);
    expect(comment!.body.split('\n')[0]).toBe('❌ **holdout: fails** — drift in 1 of 5 columns \\(x\\)');
    expect(comment!.body).toMatch(/^#### ❌ .*: drift in 1 of 5 columns/m);
    expect(comment!.body).toMatch(/\| ❌ x<br><sub>Wasserstein \\\(σ\\\) \\\(auto\\\) [^|]*\| [0-9.]+ ±[0-9.]+ \|/);
    expect(comment!.body).toContain('xychart-beta');
    expect(JSON.parse(await readFile(join(workspace, 'holdout-results/eval.profile.json'), 'utf8')).rows).toBe(1500);
  });

  it('a config mistake names the file, line and key path', async () => {
    await writeFile(join(workspace, '.github/holdout.yml'), CONFIG.replace('  policy: model/policy.yaml', '  polcy: model/policy.yaml'));
    const r = await run();
    expect(r.exitCode).toBe(1);
    expect(r.failures).toEqual(['.github/holdout.yml:9: model.polcy: unknown key (did you mean "policy"?)']);
    await writeFile(join(workspace, '.github/holdout.yml'), 'data:\n  - files: data/*.csv\n');
    expect((await run()).failures).toEqual(['.github/holdout.yml:2: data[0].schema: is required']);
  });
});
