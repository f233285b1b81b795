// Numbers for people: significant digits rather than 0.00001300000009, and
// small values never rounded to 0.

export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 1e6 || abs < 1e-4) return value.toExponential(digits - 1).replace(/\.?0+e/, 'e');
  return String(Number(value.toPrecision(digits)));
}

export function formatSigned(value: number, unit = ''): string {
  const text = formatNumber(value, 3);
  return (value > 0 ? '+' : '') + text + unit;
}

export function formatPercent(share: number): string {
  return `${formatNumber(share * 100, 3)}%`;
}
