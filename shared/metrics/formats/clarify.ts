// SageMaker Clarify `analysis.json` (a Clarify processing job's output, and
// what a model package's Bias statistics point to): `pre_training_bias_metrics`
// and `post_training_bias_metrics`, each `facets: {facet: [{value_or_threshold,
// metrics: [{name, description, value}]}]}`. A metric is named
// `section.facet=value.NAME` (`post_training_bias_metrics.feature_2=1.DI`);
// bias metrics have no better direction the registry could know (DI is best
// at 1, DCR at 0), so a policy gates them with min/max and a direction. The
// `explanations` section (SHAP values) describes features, not the model's
// quality, and is skipped with a note.

import { ConfigurationError } from '../../errors.js';
import { isPlainObject, type MetricsCollector } from './collect.js';
import type { MetricsReader } from './reader.js';

const SECTIONS = ['pre_training_bias_metrics', 'post_training_bias_metrics'];

export const clarifyReader: MetricsReader = {
  id: 'clarify',
  title: 'SageMaker Clarify analysis',
  detect: (root) => isPlainObject(root) && SECTIONS.some((s) => isPlainObject(root[s]) && isPlainObject(root[s].facets)),
  read(root, out) {
    const doc = root as Record<string, unknown>;
    for (const section of SECTIONS) {
      const body = doc[section];
      if (isPlainObject(body) && isPlainObject(body.facets)) readFacets(section, body.facets, out);
    }
    const other = Object.keys(doc).filter((k) => !SECTIONS.includes(k));
    if (other.length > 0) out.note(`not read: ${other.join(', ')} (SHAP values and settings describe features, not the model's quality)`);
  },
};

function readFacets(section: string, facets: Record<string, unknown>, out: MetricsCollector): void {
  for (const [facet, groups] of Object.entries(facets)) {
    if (!Array.isArray(groups)) throw new ConfigurationError('a facet holds a list of {value_or_threshold, metrics}', { file: out.file, key: `${section}.facets.${facet}` });
    for (const group of groups) {
      if (!isPlainObject(group) || !Array.isArray(group.metrics)) continue;
      const value = group.value_or_threshold;
      const prefix = `${section}.${facet}${value === undefined ? '' : `=${Array.isArray(value) ? value.join(',') : String(value)}`}`;
      for (const metric of group.metrics) {
        if (!isPlainObject(metric) || typeof metric.name !== 'string') continue;
        out.value(`${prefix}.${metric.name}`, metric.value);
      }
    }
  }
}
