// Schema inference through inferSchema: narrowest type per column, for text
// cells (CSV) and typed cells (JSON Lines) alike; required, ranges with a
// margin, enums only for repeated low-cardinality strings, key candidates,
// missing rates; and the draft compiles as a schema its data passes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../shared/data/table.js';
import { inferSchema } from '../../shared/schema/infer.js';
import { compileTableSchema } from '../../shared/schema/load.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';
import { userFile } from '../../shared/io/user-file.js';

const ROWS = Array.from({ length: 40 }, (_, i) => ({
  user_id: `u${i}`,
  visits: i % 7,
  spend: i % 5 === 0 ? null : Math.round(i * 13.7) / 10,
  day: `2026-0${1 + (i % 9)}-1${i % 10}`,
  seen: `2026-03-01T10:${String(i % 60).padStart(2, '0')}:00Z`,
  tier: ['gold', 'silver', 'bronze'][i % 3],
  vip: i % 4 === 0,
  label: i % 2,
  comment: `note ${i}`,
}));

describe('infer-schema', () => {
  it.each(['csv', 'jsonl'] as const)('drafts the same schema from %s', async (format) => {
    const dir = await tempDir();
    const header = Object.keys(ROWS[0]!);
    const text = format === 'csv'
      ? [header.join(','), ...ROWS.map((r) => header.map((h) => (r[h as keyof typeof r] ?? '') as string).join(','))].join('\n') + '\n'
      : ROWS.map((r) => JSON.stringify(r)).join('\n') + '\n';
    await writeFiles(dir, { [`d.${format}`]: text });
    const inferred = await inferSchema([await openTable(userFile(dir, `d.${format}`))], `d.${format}`);
    const fields = inferred.schema.fields as Array<{ name: string; type: string; constraints?: Record<string, unknown>; 'x-holdout'?: Record<string, unknown> }>;
    expect(Object.fromEntries(fields.map((f) => [f.name, f.type]))).toEqual({
      user_id: 'string', visits: 'integer', spend: 'number', day: 'date', seen: 'datetime', tier: 'string', vip: 'boolean', label: 'integer', comment: 'string',
    });
    const by = (name: string) => fields.find((f) => f.name === name)!;
    // The sign, not the observed range (which the next sample's extremes pass about half the time).
    expect(by('visits').constraints).toEqual({ required: true, minimum: 0 });
    expect(by('spend').constraints).toEqual({ minimum: 0 });
    // 8 of 40 missing: the Wilson upper bound (z = 3) of the share, 0.4352, rounded up to a percent.
    expect(by('spend')['x-holdout']).toEqual({ maxMissingRate: 0.44 });
    expect(by('label')).toEqual({ name: 'label', type: 'integer', constraints: { required: true, enum: [0, 1] } });
    expect(by('tier').constraints?.enum).toEqual(['bronze', 'gold', 'silver']);
    expect(by('comment').constraints?.enum).toBeUndefined(); // 40 distinct values: not an enum
    expect(inferred.primaryKeyCandidates).toEqual(['user_id', 'comment']);
    expect(inferred.schema.primaryKey).toBe('user_id'); // named like an identifier
    expect(inferred.schema.description).toMatch(/^DRAFT .*Primary key candidates: user_id, comment\./);
    expect(inferred.profile.columns.tier!.categories!.counts).toEqual({ bronze: 13, gold: 14, silver: 13 });
    await writeFiles(dir, { 'draft.json': JSON.stringify(inferred.schema) });
    compileTableSchema(JSON.stringify(inferred.schema), 'draft.json');
    const { document } = await validateData({ data: [`d.${format}`], baseDir: dir, schema: userFile(dir, 'draft.json') });
    expect(document.status).toBe('pass');
  });
});
