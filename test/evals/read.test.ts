// Each eval tool's output, as its fixture (test/fixtures/evals/README.md says
// where each comes from), read into cases: ids, outcomes, scores, tags,
// cost and latency as the tool reported them.

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEvalSuite } from '../../shared/evals/read.js';
import { CASE_OUTCOME } from '../../shared/evals/suite.js';
import { userFile } from '../../shared/io/user-file.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'evals');
const fixture = (name: string) => userFile(FIXTURES, name);

async function written(name: string, text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'holdout-evals-'));
  await writeFile(join(dir, name), text);
  return userFile(dir, name);
}

describe('promptfoo results.json (promptfoo\'s own sample export)', () => {
  it('refuses a file with two providers until one is chosen, naming them', async () => {
    await expect(readEvalSuite(fixture('promptfoo-sample-export.json'))).rejects.toThrow(/promptfoo-sample-export\.json: holds 2 provider\/prompt combinations \(openai:gpt-5-mini · prompt 1; openai:gpt-5 · prompt 0\)/);
  });

  it('reads the chosen provider: outcome, per-assertion results, score, cost, latency', async () => {
    const suite = await readEvalSuite(fixture('promptfoo-sample-export.json'), { variant: 'openai:gpt-5-mini' });
    expect(suite.format).toBe('promptfoo');
    expect(suite.cases).toHaveLength(2);
    const [echo, boat] = suite.cases;
    expect(echo!.id).toBe(JSON.stringify({ riddle: 'I speak without a mouth and hear without ears. I have no body, but I come alive with wind. What am I?' }));
    expect(Object.fromEntries(echo!.passed)).toEqual({ [CASE_OUTCOME]: false, cost: true, latency: false, contains: true, 'llm-rubric': true });
    expect(echo!.scores.get('score')).toBe(0.75);
    expect(echo!.cost).toBe(0.00049925);
    expect(echo!.latencyMs).toBe(5794);
    expect(boat!.passed.get('llm-rubric')).toBe(true);
    expect(boat!.scores.get('score')).toBeCloseTo(2 / 3, 12);
  });

  it('picks by prompt index too, and says what exists when the name matches nothing', async () => {
    expect((await readEvalSuite(fixture('promptfoo-sample-export.json'), { variant: 'prompt 0' })).cases).toHaveLength(1);
    await expect(readEvalSuite(fixture('promptfoo-sample-export.json'), { variant: 'gpt-6' })).rejects.toThrow('has no provider or prompt "gpt-6" (it has: openai:gpt-5-mini · prompt 1; openai:gpt-5 · prompt 0)');
  });
});

describe('gh models eval --json', () => {
  it('one case per test result; each evaluator a pass/fail and a score; the case passes when all evaluators pass', async () => {
    const suite = await readEvalSuite(fixture('gh-models-eval.json'));
    expect(suite.format).toBe('gh-models');
    expect(suite.cases.map((c) => c.passed.get(CASE_OUTCOME))).toEqual([true, false]);
    expect(suite.cases[1]!.passed.get('contains-fox')).toBe(false);
    expect(suite.cases[0]!.scores.get('similarity.score')).toBe(0.75);
  });
});

describe('DeepEval test run', () => {
  it('one case per test case, named; each metric a pass/fail and a score; tags; completion time in ms', async () => {
    const suite = await readEvalSuite(fixture('deepeval-test-run.json'));
    expect(suite.format).toBe('deepeval');
    expect(suite.cases.map((c) => c.id)).toEqual(['test_case_0', 'test_case_1']);
    expect(suite.cases[1]!.passed.get('Faithfulness')).toBe(false);
    expect(suite.cases[0]!.scores.get('Faithfulness')).toBe(0.9);
    expect(suite.cases[0]!.tags).toEqual({ refunds: 'tagged' });
    expect(suite.cases[0]!.latencyMs).toBeCloseTo(840, 9);
    expect(suite.cases[0]!.cost).toBe(0.00012);
  });
});

describe('lm-evaluation-harness --log_samples', () => {
  it('one case per doc_id; with several filters each metric is named with its filter, as the harness names them', async () => {
    const suite = await readEvalSuite(fixture('lm-eval-samples_gsm8k.jsonl'));
    expect(suite.format).toBe('lm-eval');
    expect(suite.cases.map((c) => c.id)).toEqual(['0', '1', '2']);
    expect(Object.fromEntries(suite.cases[1]!.scores)).toEqual({ 'exact_match,strict-match': 0, 'exact_match,flexible-extract': 1 });
  });
});

describe('generic JSONL and CSV', () => {
  it('JSONL: booleans are outcomes, numbers scores, strings tags; cost and latency_ms by name; a tags object', async () => {
    const file = await written('e.jsonl', '{"id": "q1", "correct": true, "faithfulness": 0.8, "topic": "billing", "cost": 0.01, "latency_ms": 120}\n\n{"id": "q2", "correct": false, "faithfulness": 0.4, "tags": {"topic": "returns"}}\n');
    const suite = await readEvalSuite(file);
    expect(suite.format).toBe('generic');
    expect(suite.cases[0]).toMatchObject({ id: 'q1', tags: { topic: 'billing' }, cost: 0.01, latencyMs: 120 });
    expect(suite.cases[1]!.passed.get('correct')).toBe(false);
    expect(suite.cases[1]!.tags).toEqual({ topic: 'returns' });
  });

  it('CSV: a column\'s kind comes from all its values (pass/fail words, numbers, anything else a tag)', async () => {
    const file = await written('e.csv', 'id,verdict,score,lang\nq1,pass,0.5,en\nq2,FAIL,1,de\n');
    const suite = await readEvalSuite(file);
    expect(suite.cases.map((c) => [c.id, c.passed.get('verdict'), c.scores.get('score'), c.tags.lang])).toEqual([['q1', true, 0.5, 'en'], ['q2', false, 1, 'de']]);
  });

  it('names the file and line of a record without an id, of a bad JSON line, and an unrecognised document', async () => {
    await expect(readEvalSuite(await written('a.jsonl', '{"id": "1", "ok": true}\n{"ok": false}\n'))).rejects.toThrow('a.jsonl:2: has no "id" (the case id)');
    await expect(readEvalSuite(await written('b.jsonl', '{"id": "1"}\n{oops\n'))).rejects.toThrow(/^b\.jsonl:2: is not a JSON record/);
    await expect(readEvalSuite(await written('c.json', '{"hello": 1}'))).rejects.toThrow('c.json: is not an eval suite holdout reads (generic, promptfoo, deepeval, gh-models, lm-eval): see docs/evals.md');
    await expect(readEvalSuite(await written('d.csv', 'case,score\n1,2\n'))).rejects.toThrow('d.csv:1: has no "id" column (the case id; columns: case, score)');
  });
});
