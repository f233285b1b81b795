// What Kubeflow Pipelines accepts as a metrics output (mlpipeline-metrics,
// KFP v1), from its owner's docs and backend:
// - https://www.kubeflow.org/docs/pipelines/sdk/pipelines-metrics/ (kubeflow/website
//   content/en/docs/pipelines/sdk/pipelines-metrics.md): each name matches
//   ^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$, numberValue is numeric,
//   format is PERCENTAGE, RAW or not set;
// - kubeflow/pipelines backend/src/common/util decodeRunMetrics: a JSON object
//   with "metrics" (and an ignored runId / run_id) and nothing else, at most
//   50 metrics, names of at most 64 characters, each metric a RunMetric
//   (name, number_value or numberValue, format; protojson rejects other keys);
// - the v1 API server refuses a metric name reported twice for a node.
// Returns every problem, one line each ([] when KFP would take the file).

const NAME = /^[a-zA-Z]([-_a-zA-Z0-9]{0,62}[a-zA-Z0-9])?$/;

export function kubeflowMetricsProblems(text: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return ['metrics file must contain a JSON object'];
  const problems: string[] = [];
  for (const key of Object.keys(parsed)) if (!['metrics', 'runId', 'run_id'].includes(key)) problems.push(`unknown metrics field "${key}"`);
  const metrics = (parsed as { metrics?: unknown }).metrics;
  if (!Array.isArray(metrics)) return [...problems, 'metrics field must be an array'];
  if (metrics.length > 50) problems.push('metrics file contains more than 50 metrics');
  const seen = new Set<string>();
  metrics.forEach((metric: unknown, i) => {
    if (typeof metric !== 'object' || metric === null) return problems.push(`metrics[${i}]: not an object`);
    const m = metric as Record<string, unknown>;
    for (const key of Object.keys(m)) if (!['name', 'numberValue', 'number_value', 'format', 'nodeId', 'node_id'].includes(key)) problems.push(`metrics[${i}]: unknown field "${key}"`);
    if (typeof m.name !== 'string' || !NAME.test(m.name)) problems.push(`metrics[${i}]: name ${JSON.stringify(m.name)} does not match ${NAME.source}`);
    else if (seen.has(m.name)) problems.push(`metrics[${i}]: name "${m.name}" reported twice`);
    else seen.add(m.name);
    const value = m.numberValue ?? m.number_value;
    if (typeof value !== 'number' || !Number.isFinite(value)) problems.push(`metrics[${i}]: numberValue must be a number`);
    if (m.format !== undefined && m.format !== 'RAW' && m.format !== 'PERCENTAGE') problems.push(`metrics[${i}]: format must be RAW or PERCENTAGE`);
    return undefined;
  });
  return problems;
}
