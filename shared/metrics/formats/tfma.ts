// TensorFlow Model Analysis metrics: MetricsForSlice (metrics_for_slice.proto)
// in the proto3 JSON mapping — what `json_format.MessageToJson` writes for
// each record of TFMA's `metrics` output (the output itself is TFRecord, a
// binary container; export it to JSON first): one object or a list of them.
// The overall slice (an empty `sliceKey`) is read; other slices are named in
// a note. A metric's name is `key.name`, prefixed by `modelName/` and
// `outputName/` when set and followed by its sub key (`[classId=1]`,
// `[k=3]`, `[topK=3]`). `doubleValue` and `boundedValue` are numbers;
// `confidenceInterval` (lower/upper bound, standard error) is kept as the
// value's spread. Diffs against a baseline model (`isDiff`) and values that
// are not one number (confusion matrices, arrays) are skipped with a note.

import { ConfigurationError } from '../../errors.js';
import { SKIP, isPlainObject, metricNumber, type MetricSpread, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

type Json = Record<string, unknown>;

const isSliceRecord = (value: unknown): value is Json =>
  isPlainObject(value) && (Array.isArray(value.metricKeysAndValues) || (isPlainObject(value.metrics) && ('sliceKey' in value || 'crossSliceKey' in value)));

export const tfmaReader: MetricsReader = {
  id: 'tfma',
  title: 'TFMA metrics for slice',
  detect: (root) => isSliceRecord(root) || (Array.isArray(root) && root.length > 0 && root.every(isSliceRecord)),
  read(root, out) {
    const records = (Array.isArray(root) ? root : [root]) as Json[];
    const overall = records.filter((r) => !('crossSliceKey' in r) && isOverall(r.sliceKey));
    const others = records.filter((r) => !overall.includes(r));
    if (overall.length === 0) throw new ConfigurationError(`holds no overall slice (an empty sliceKey), only ${others.length} other slice(s)`, { file: out.file });
    if (others.length > 0) out.note(`read the overall slice; ${others.length} other slice${others.length === 1 ? '' : 's'} not read (${others.slice(0, 3).map(sliceName).join('; ')}${others.length > 3 ? '; …' : ''})`);
    for (const record of overall) {
      if (Array.isArray(record.metricKeysAndValues)) {
        for (const item of record.metricKeysAndValues as Json[]) readKeyAndValue(item, out);
      }
      if (isPlainObject(record.metrics)) {
        for (const [name, value] of Object.entries(record.metrics)) readValue(name, value, undefined, out);
      }
    }
  },
};

function isOverall(sliceKey: unknown): boolean {
  if (sliceKey === undefined || sliceKey === null) return true;
  if (!isPlainObject(sliceKey)) return false;
  const keys = sliceKey.singleSliceKeys;
  return keys === undefined || (Array.isArray(keys) && keys.length === 0);
}

function sliceName(record: Json): string {
  const keys = (isPlainObject(record.sliceKey) && Array.isArray(record.sliceKey.singleSliceKeys) ? record.sliceKey.singleSliceKeys : []) as Json[];
  if (keys.length === 0) return 'a cross slice';
  return keys
    .map((k) => {
      const raw = k.bytesValue !== undefined ? Buffer.from(String(k.bytesValue), 'base64').toString('utf8') : (k.floatValue ?? k.int64Value);
      return `${String(k.column)}:${String(raw)}`;
    })
    .join(', ');
}

function metricName(key: Json): string | undefined {
  if (typeof key.name !== 'string' || key.name === '') return undefined;
  const parts = [key.modelName, key.outputName].filter((p): p is string => typeof p === 'string' && p !== '');
  let name = [...parts, key.name].join('/');
  if (isPlainObject(key.subKey)) {
    for (const field of ['classId', 'k', 'topK'] as const) {
      if (key.subKey[field] !== undefined) name += `[${field}=${String(key.subKey[field])}]`;
    }
  }
  return name;
}

function readKeyAndValue(item: Json, out: MetricsCollector): void {
  const key = isPlainObject(item.key) ? item.key : {};
  const name = metricName(key);
  if (name === undefined) throw new ConfigurationError('a metric key needs a "name"', { file: out.file, key: 'metricKeysAndValues[].key.name' });
  if (key.isDiff === true) {
    out.skip(name, SKIP.diff);
    return;
  }
  readValue(name, item.value, isPlainObject(item.confidenceInterval) ? item.confidenceInterval : undefined, out);
}

function readValue(name: string, value: unknown, interval: Json | undefined, out: MetricsCollector): void {
  const spread: MetricSpread = {};
  if (interval) {
    spread.lower = doubleOf(interval.lowerBound);
    spread.upper = doubleOf(interval.upperBound);
    spread.std = doubleOf(interval.standardError);
  }
  if (isPlainObject(value) && 'doubleValue' in value) out.value(name, value.doubleValue, spread);
  else if (isPlainObject(value) && isPlainObject(value.boundedValue)) {
    const bounded = value.boundedValue;
    out.value(name, bounded.value, { lower: metricNumber(bounded.lowerBound) ?? spread.lower, upper: metricNumber(bounded.upperBound) ?? spread.upper, std: spread.std });
  } else {
    const kind = isPlainObject(value) ? Object.keys(value)[0] : undefined;
    out.skip(name, SKIP.notOneNumber, kind);
  }
}

/** A MetricValue's double (`{"doubleValue": 0.8}`), if it holds one. */
function doubleOf(value: unknown): number | undefined {
  return isPlainObject(value) ? metricNumber(value.doubleValue) : undefined;
}
