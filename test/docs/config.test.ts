// docs/config.md's example of .github/holdout.yml is a config the pipeline
// accepts: every key it shows exists with the value type it shows (an
// unknown or misspelt key there would be refused, as it is in a user's file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { pipelineSchema } from '../../shared/steps/pipeline.js';
import { ROOT } from '../e2e/harness.js';

const page = readFileSync(join(ROOT, 'docs/config.md'), 'utf8');
const example = /```yaml\n([\s\S]*?)```/.exec(page)?.[1] ?? '';

describe('docs/config.md', () => {
  it('its example config is accepted key by key', () => {
    expect(example).toContain('gate:');
    const parsed = pipelineSchema.safeParse(parseYaml(example));
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('the check refuses a misspelt key in the same example', () => {
    const broken = example.replace('  model_card_policy:', '  model_card_polcy:');
    expect(pipelineSchema.safeParse(parseYaml(broken)).success).toBe(false);
  });
});
