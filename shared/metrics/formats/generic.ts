// A metrics file as DVC writes it (`dvc metrics`, dvclive's metrics.json) and
// as people write one by hand: nested objects of names to numbers, flattened
// with dots (`{"test": {"auc": 0.9}}` is `test.auc`).

import { ConfigurationError } from '../../errors.js';
import { isPlainObject, walkNumbers } from './collect.js';
import type { MetricsReader } from './reader.js';

export const genericReader: MetricsReader = {
  id: 'nested',
  title: 'nested metrics (DVC and hand-written files)',
  detect: (root) => isPlainObject(root),
  read(root, out) {
    if (!isPlainObject(root)) throw new ConfigurationError('a metrics file must hold an object of metric names to numbers', { file: out.file });
    walkNumbers(out, root);
  },
};
