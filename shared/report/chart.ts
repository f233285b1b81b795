// What the report's Mermaid charts share.

/** The y-axis range: padded around the data, on round numbers. */
export function axisRange(values: readonly number[]): [number, number] {
  // A loop, not Math.min(...values): a results file may hold more values than a call takes arguments.
  let lo = Infinity, hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const span = hi - lo || Math.abs(hi) || 1;
  const step = 10 ** Math.floor(Math.log10(span / 4));
  return [Math.floor((lo - span * 0.15) / step) * step, Math.ceil((hi + span * 0.15) / step) * step].map((x) => Number(x.toPrecision(6))) as [number, number];
}
