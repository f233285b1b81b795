// Multiple-comparison control: adjusted p-values for a family of tests (the
// assertions and tags of an eval suite, the metrics and slices of a model
// comparison), as statsmodels' `multipletests` computes them. A suite with
// 40 assertions tested at α = 0.05 fails one by chance more often than not;
// adjusting keeps the family's error rate (Holm: family-wise error,
// Benjamini–Hochberg: false discovery rate) at α.

export type Adjustment = 'holm' | 'bh' | 'none';

/** The adjustments, in the words the report and docs use. */
export const ADJUSTMENT_NAMES: Record<Adjustment, string> = {
  holm: 'Holm (family-wise error)',
  bh: 'Benjamini–Hochberg (false discovery rate)',
  none: 'none',
};

/**
 * Adjusted p-values in the order given. `undefined` entries (tests not run)
 * stay undefined and do not count towards the family's size.
 */
export function adjustPValues(pValues: ReadonlyArray<number | undefined>, method: Adjustment): Array<number | undefined> {
  const present = pValues.flatMap((p, i) => (p === undefined || Number.isNaN(p) ? [] : [{ p, i }]));
  const out: Array<number | undefined> = pValues.map(() => undefined);
  const m = present.length;
  if (m === 0) return out;
  if (method === 'none') {
    for (const { p, i } of present) out[i] = p;
    return out;
  }
  // Stable order by p (ties keep their input order, as numpy's mergesort does in statsmodels).
  const sorted = [...present].sort((a, b) => a.p - b.p || a.i - b.i);
  if (method === 'holm') {
    // Step-down: p_(k) · (m − k + 1), made monotone non-decreasing, capped at 1.
    let running = 0;
    sorted.forEach(({ p, i }, k) => {
      running = Math.max(running, Math.min(1, (m - k) * p));
      out[i] = running;
    });
    return out;
  }
  // Benjamini–Hochberg step-up: p_(k) · m / k, made monotone from the largest down, capped at 1.
  let running = 1;
  for (let k = m - 1; k >= 0; k--) {
    const { p, i } = sorted[k]!;
    running = Math.min(running, (m * p) / (k + 1));
    out[i] = Math.min(1, running);
  }
  return out;
}
