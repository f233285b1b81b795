// The compare-metrics bundle with a sagemaker: baseline, as the runner runs it
// (AWS_REGION, credentials and endpoint overrides in the step's environment),
// against the fake SageMaker + S3.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseResults } from '../../shared/results/io.js';
import { FakeSageMaker } from '../fake-sagemaker/server.js';
import { tempDir } from '../helpers.js';
import { ROOT, runBundle, webhookExample } from './harness.js';

const KEY_ID = 'AKIAFAKEKEYID0000002';
const SECRET = 'fakeSecretAccessKey/e2e0123456789abcdefgh';
let aws: FakeSageMaker;
let workspace: string;

beforeEach(async () => {
  aws = await FakeSageMaker.start();
  aws.addAccessKey(KEY_ID);
  workspace = await tempDir('holdout-ws-');
  await cp(join(ROOT, 'examples/compare'), join(workspace, 'model'), { recursive: true });
});
afterEach(async () => {
  expect(aws.violations).toEqual([]);
  await aws.stop();
});

const run = (inputs: Record<string, string>) =>
  runBundle({
    bundle: 'compare-metrics',
    workspace,
    event: webhookExample('pull_request', 'opened'),
    inputs,
    env: {
      AWS_REGION: aws.region,
      AWS_ACCESS_KEY_ID: KEY_ID,
      AWS_SECRET_ACCESS_KEY: SECRET,
      AWS_ENDPOINT_URL_SAGEMAKER: aws.url,
      AWS_ENDPOINT_URL_S3: aws.url,
      AWS_CONFIG_FILE: join(workspace, 'no-aws-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(workspace, 'no-aws-credentials'),
    },
  });

async function results() {
  const document = parseResults(await readFile(join(workspace, 'holdout-results/compare-metrics.json'), 'utf8'), 'results');
  if (document.kind !== 'compare-metrics') throw new Error('wrong kind');
  return document;
}

describe('compare-metrics with a sagemaker: baseline', () => {
  it("compares with the newest Approved package's model-quality statistics", async () => {
    // The SageMaker Developer Guide's binary statistics example (accuracy 0.5, f1 0.5, auc 1.0).
    aws.putObject('s3://models/churn/2/statistics.json', await readFile(join(ROOT, 'test/fixtures/metrics-exports/sagemaker/binary-statistics.json')));
    aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/churn/1/statistics.json' });
    const approved = aws.addPackage({ group: 'churn', status: 'Approved', statistics: 's3://models/churn/2/statistics.json' });
    await writeFile(join(workspace, 'model/candidate.json'), JSON.stringify({ binary_classification_metrics: { accuracy: { value: 0.6 }, f1: { value: 0.55 } } }));
    const policy = 'metrics:\n  binary_classification_metrics.accuracy: { max_regression: 0.01 }\n  binary_classification_metrics.f1: { max_regression: 0.01 }\n';
    const r = await run({ candidate: 'model/candidate.json', baseline: 'sagemaker:churn', policy });
    const doc = await results();
    expect(doc.comparison.baseline, r.stdout + r.stderr).toMatchObject({ source: 'sagemaker:churn', kind: 'metrics', id: approved });
    expect(doc.comparison.metrics.find((m) => m.name === 'binary_classification_metrics.accuracy')!.baseline).toBe(0.5);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(aws.requests.map((q) => q.operation)).toEqual(['ListModelPackages', 'DescribeModelPackage', 'GetObject']);
    const written = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), ...(await Promise.all((await readdir(join(workspace, 'holdout-results'))).map((f) => readFile(join(workspace, 'holdout-results', f), 'utf8'))))];
    expect(written.join('\n')).not.toContain(SECRET);
  });

  it('no Approved package yet: no baseline, said', async () => {
    aws.addPackage({ group: 'churn' });
    await writeFile(join(workspace, 'model/candidate.json'), JSON.stringify({ accuracy: 0.6 }));
    const r = await run({ candidate: 'model/candidate.json', baseline: 'sagemaker:churn', policy: 'metrics:\n  accuracy: { min: 0.5 }\n' });
    expect(r.outputs.summary).toContain('no baseline: sagemaker:churn: model package group "churn" in eu-west-1 has no Approved package (the first approval?)');
  });
});
