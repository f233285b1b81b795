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

/** One Mermaid xychart-beta block: the chart's settings, title, axes and its bar and line series, fenced. */
export interface XyChart {
  /** Bars run across (drift histograms). */
  horizontal?: boolean;
  /** Mermaid's xyChart settings (width, height, titleFontSize, axis label sizes), in this order. */
  settings: Record<string, number | Record<string, number>>;
  /** One colour per series, in the order the series are drawn. */
  palette: readonly string[];
  /** The title, already made safe with mermaidText. */
  title: string;
  /** What follows `x-axis ` and `y-axis `: a title and range, or a list of labels. */
  xAxis: string;
  yAxis: string;
  series: ReadonlyArray<{ kind: 'bar' | 'line'; values: ReadonlyArray<number | string> }>;
}

export function xyChart(chart: XyChart): string {
  const init = { xyChart: chart.settings, themeVariables: { xyChart: { plotColorPalette: chart.palette.join(', ') } } };
  return [
    '```mermaid',
    `%%{init: ${initText(init)}}%%`,
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `  title "${chart.title}"`,
    `  x-axis ${chart.xAxis}`,
    `  y-axis ${chart.yAxis}`,
    ...chart.series.map((s) => `  ${s.kind} [${s.values.join(', ')}]`),
    '```',
  ].join('\n');
}

/** JSON as the init directive is written by hand: `{"key": value, …}`. */
function initText(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  return `{${Object.entries(value).map(([key, v]) => `${JSON.stringify(key)}: ${initText(v)}`).join(', ')}}`;
}
