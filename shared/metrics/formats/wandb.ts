// Weights & Biases run summary (`files/wandb-summary.json`, or
// `run.summary` exported as JSON): the last logged value of every key, with
// the tracker's own `_runtime`, `_step`, `_timestamp` and `_wandb` beside the
// metrics, strings (a checkpoint name, a URL), and media objects
// (`{"_type": "histogram", …}`). Keys logged with slashes (`eval/auc`) are
// names as they are; nested dicts flatten with dots.

import { isPlainObject, walkNumbers } from './collect.js';
import type { MetricsReader } from './reader.js';

const WANDB_KEYS = ['_wandb', '_runtime', '_step', '_timestamp'];

export const wandbReader: MetricsReader = {
  id: 'wandb',
  title: 'W&B run summary',
  detect: (root) => isPlainObject(root) && WANDB_KEYS.some((k) => k in root),
  read(root, out) {
    walkNumbers(out, root as Record<string, unknown>);
  },
};
