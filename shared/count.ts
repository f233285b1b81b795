// Counts for people: 1234567 → "1,234,567". Not toLocaleString: its first
// call initialises ICU, 20–40 ms of an action's cold start for a comma.

export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '-' : '';
  const [whole, fraction] = Math.abs(n).toString().split('.');
  if (whole!.includes('e')) return String(n);
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return sign + grouped + (fraction === undefined ? '' : `.${fraction}`);
}
