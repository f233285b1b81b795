// Labels as users write them, against scikit-learn: pandas writes a float
// label column as 1.0/0.0 and a boolean one as True/False. compare-metrics
// on those files, with --pos-label 1 (or 1.0, or true), must give
// scikit-learn's numbers for pos_label=1 (True) on the same file as pandas
// reads it. Before labels compared by value, `1.0` never equalled `1`: every
// row was negative, accuracy was the share of predicted negatives, precision
// 0 and log loss that of the flipped labels.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadPolicy } from '../../shared/compare/policy.js';
import { compareModels } from '../../shared/compare/run.js';
import { userFile } from '../../shared/io/user-file.js';
import { Random } from '../../shared/stats/random.js';
import { tempDir } from '../helpers.js';
import { PYTHON } from '../requirements.js';
import { close, describeOracle } from './oracle.js';

// pandas writes the file (so the spellings are pandas' own) and scikit-learn scores it as pandas reads it back.
const SCRIPT = String.raw`
import json, sys
import numpy as np, pandas as pd
from sklearn import metrics as M
def score(case):
  df = pd.DataFrame({"id": case["id"], "label": np.array(case["y"], dtype=case["dtype"]), "score": case["score"]})
  df.to_csv(case["path"], index=False)
  back = pd.read_csv(case["path"])
  y = back["label"].to_numpy(); s = back["score"].to_numpy(); pos = case["pos"]
  p = np.where(s >= 0.5, pos, (not pos) if isinstance(pos, bool) else 1 - pos)
  yb = (y == pos).astype(int); pb = (p == pos).astype(int)
  return {
    "first_line": open(case["path"]).read().splitlines()[1],
    "accuracy": M.accuracy_score(y, p),
    "balanced_accuracy": M.balanced_accuracy_score(y, p),
    "precision": M.precision_score(y, p, pos_label=pos),
    "recall": M.recall_score(y, p, pos_label=pos),
    "f1": M.f1_score(y, p, pos_label=pos),
    "mcc": M.matthews_corrcoef(yb, pb),
    "roc_auc": M.roc_auc_score(yb, s),
    "average_precision": M.average_precision_score(y, s, pos_label=pos),
    "log_loss": M.log_loss(yb, s),
    "brier": M.brier_score_loss(y, s, pos_label=pos),
  }

print(json.dumps([score(c) for c in json.load(sys.stdin)]))
`;

function sklearn(cases: unknown[]): Array<Record<string, number | string>> {
  const result = spawnSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(cases), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python oracle failed (is python3-sklearn installed?):\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** 400 rows, about 30% positive, scores that separate the classes imperfectly. */
function rows() {
  const r = new Random(15);
  const u = () => r.nextUint32() / 4294967296;
  const id: string[] = [];
  const y: number[] = [];
  const score: number[] = [];
  for (let i = 0; i < 400; i++) {
    id.push(`r${i}`);
    const positive = u() < 0.3 ? 1 : 0;
    y.push(positive);
    score.push(Number(Math.min(0.99, Math.max(0.01, 0.45 * positive + 0.55 * u())).toFixed(3)));
  }
  return { id, y, score };
}

const METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'roc_auc', 'average_precision', 'log_loss', 'brier'];
const options = (posLabel: string) => ({ columns: { id: 'id', label: 'label', score: 'score', prediction: 'prediction', slices: [] }, posLabel, threshold: 0.5, confidence: 0.95, resamples: 200, seed: 1, onMismatch: 'error' as const });

async function holdoutOn(path: string, posLabel: string) {
  const policy = { ...(await loadPolicy(undefined)), allow_missing_baseline: true };
  const { document, problems } = await compareModels({ candidate: userFile('/', path), baseline: { missing: 'none' }, policy, options: options(posLabel) });
  expect(problems).toEqual([]);
  return Object.fromEntries(document.comparison.metrics.map((r) => [r.name, r.candidate]));
}

describeOracle('labels written 1.0/0.0 (a pandas float column) and True/False', async () => {
  const dir = await tempDir();
  const data = rows();
  const files = {
    float64: { ...data, dtype: 'float64', pos: 1, path: join(dir, 'float64.csv') },
    bool: { ...data, y: data.y.map((v) => v === 1), dtype: 'bool', pos: true, path: join(dir, 'bool.csv') },
  };
  const [floatAnswers, boolAnswers] = sklearn([files.float64, files.bool]);
  it.each([
    ['float labels, --pos-label 1', 'float64', 1, '1'],
    ['float labels, --pos-label 1.0', 'float64', 1, '1.0'],
    ['boolean labels, --pos-label true', 'bool', true, 'true'],
    ['boolean labels, --pos-label True', 'bool', true, 'True'],
  ] as const)('%s: every metric as scikit-learn gives it', async (_name, dtype, _pos, posLabel) => {
    const path = files[dtype].path;
    const theirs = dtype === 'bool' ? boolAnswers! : floatAnswers!;
    // The file really spells its labels the way pandas does.
    expect(String(theirs.first_line)).toMatch(dtype === 'bool' ? /^r0,(True|False),/ : /^r0,[01]\.0,/);
    const ours = await holdoutOn(path, posLabel);
    for (const metric of METRICS) {
      expect(close(ours[metric] ?? undefined, theirs[metric] as number), `${metric}: holdout ${ours[metric]}, sklearn ${theirs[metric]}`).toBe(true);
    }
    // Not the degenerate numbers of treating every row as negative.
    expect(ours.precision).toBeGreaterThan(0.5);
  });
});
