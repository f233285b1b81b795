// The CLI's drift, sharding and inference commands through runCli:
// validate --reference/--profile-out/--shard/--merge, infer-schema,
// merge-profiles, and the rows/s status line that only a terminal gets.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../cli/main.js';
import { compileTableSchema } from '../../shared/schema/load.js';
import { parseProfile } from '../../shared/profile/profile.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir, writeFiles } from '../helpers.js';
import { DRIFT_SCHEMA, driftCsv } from '../validate/drift-data.js';

async function cli(args: string[], cwd: string, extra: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(ROOT, 'examples'), ...extra });
  return { code, stdout, stderr };
}

async function workspace() {
  const dir = await tempDir();
  await writeFiles(dir, {
    'schema.json': JSON.stringify(DRIFT_SCHEMA),
    'ref.csv': driftCsv({ n: 3000, seed: 1 }),
    'same.csv': driftCsv({ n: 2000, seed: 2 }),
    'moved.csv': driftCsv({ n: 2000, seed: 3, shift: 2, shares: [0.1, 0.1, 0.4, 0.4] }),
  });
  return dir;
}

describe('holdout validate with a reference', () => {
  it('passes on the same distribution, fails on drift, and writes a reusable profile', async () => {
    const dir = await workspace();
    const made = await cli(['validate', 'ref.csv', '--schema', 'schema.json', '--profile-out', 'ref.profile.json'], dir);
    expect(made.code).toBe(0);
    const profile = parseProfile(await readFile(join(dir, 'ref.profile.json'), 'utf8'), 'ref.profile.json');
    expect(profile.rows).toBe(3000);
    expect(profile.columns.x!.grid!.edges.length).toBeGreaterThan(90);
    expect((await cli(['validate', 'same.csv', '--schema', 'schema.json', '--reference', 'ref.profile.json'], dir)).code).toBe(0);
    const moved = await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--reference', 'ref.profile.json', '--format', 'markdown'], dir);
    expect(moved.code).toBe(1);
    expect(moved.stdout).toContain('**Drift**');
    expect(moved.stdout).toMatch(/\| ❌ x<br><sub>Wasserstein \\\(σ\\\) \\\(auto\\\) · n 3,000 → 2,000<\/sub> \| [0-9.]+ ±[0-9.]+ \| ≥ 0\.1 \|/);
    expect(moved.stdout).toContain('```mermaid');
  });

  it('refuses a tampered profile with exit 2, naming the file and the key', async () => {
    const dir = await workspace();
    expect((await cli(['validate', 'ref.csv', '--schema', 'schema.json', '--profile-out', 'ref.profile.json'], dir)).code).toBe(0);
    const good = JSON.parse(await readFile(join(dir, 'ref.profile.json'), 'utf8'));
    const tampered = (edit: (p: any) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return JSON.stringify(copy);
    };
    await writeFiles(dir, {
      'unsorted.json': tampered((p) => p.columns.x.grid.edges.reverse()),
      'outside.json': tampered((p) => (p.columns.x.grid.low[50] = p.columns.x.grid.edges[60])),
      'recounted.json': tampered((p) => (p.columns.x.deciles.counts[0] += 7)),
    });
    for (const [file, key, message] of [
      ['unsorted.json', 'columns.x.grid.edges.1', 'edges must be strictly ascending'],
      ['outside.json', 'columns.x.grid.low.50', 'bin 50 holds values outside'],
      ['recounted.json', 'columns.x.deciles.counts', 'the deciles histogram holds 3007 values, but the column has 3000 finite ones'],
    ]) {
      const run = await cli(['validate', 'same.csv', '--schema', 'schema.json', '--reference', file!], dir);
      expect(run.code, file).toBe(2);
      expect(run.stderr).toContain(file!);
      expect(run.stderr).toContain(key!);
      expect(run.stderr).toContain(message!);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it('validates shard by shard and merges the documents into the unsharded verdict', async () => {
    const dir = await workspace();
    const whole = await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--reference', 'ref.csv', '--format', 'json'], dir);
    for (const i of [1, 2, 3]) {
      const shard = await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--reference', 'ref.csv', '--shard', `${i}/3`, '--shard-by', 'id', '--out', `shard-${i}.json`], dir);
      expect(shard.code).toBe(0); // a shard holds no drift or row-count verdict of its own
    }
    const merged = await cli(['validate', '--merge', 'shard-*.json', '--schema', 'schema.json', '--reference', 'ref.csv', '--format', 'json'], dir);
    expect(merged.code).toBe(whole.code);
    expect(JSON.parse(merged.stdout).checks).toEqual(JSON.parse(whole.stdout).checks);
    const bad = await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--shard', '4/3'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, 'holdout: shard: "4/3" is not a shard: write i/n with 1 ≤ i ≤ n, e.g. 2/4 (matrix values 1 to n)\n']);
    expect((await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--shard-by', 'id'], dir)).stderr).toContain('--shard-by needs --shard i/n');
  });

  it('shows a rows/s status line only when given a terminal, and clears it', async () => {
    const dir = await workspace();
    const lines: Array<string | undefined> = [];
    let clock = 0;
    await cli(['validate', 'ref.csv', '--schema', 'schema.json'], dir, { statusLine: (t) => lines.push(t), now: () => (clock += 500) });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/^ref\.csv: [0-9,]+ rows read \([0-9,]+ rows\/s\)$/);
    expect(lines.at(-1)).toBeUndefined();
    const quiet = await cli(['validate', 'ref.csv', '--schema', 'schema.json'], dir);
    expect(quiet.stderr).toBe('');
  });
});

describe('holdout infer-schema', () => {
  it('drafts a schema its data passes, with types, ranges, enums and a key, and the reference profile', async () => {
    const dir = await workspace();
    const run = await cli(['infer-schema', 'ref.csv', '--out', 'draft.yaml', '--profile-out', 'draft.profile.json', '--ranges'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('drafted 6 fields from 3,000 rows; primary key candidates: id');
    const text = await readFile(join(dir, 'draft.yaml'), 'utf8');
    expect(text.startsWith('# DRAFT')).toBe(true);
    const schema = compileTableSchema(text, 'draft.yaml');
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual([['id', 'integer'], ['x', 'number'], ['skewed', 'number'], ['region', 'string'], ['flag', 'boolean'], ['level', 'integer']]);
    expect(schema.descriptor.primaryKey).toBe('id');
    const region = schema.descriptor.fields.find((f) => f.name === 'region')!;
    expect(region.constraints?.enum).toEqual(['a', 'b', 'c', 'd']);
    const x = schema.descriptor.fields.find((f) => f.name === 'x')!;
    expect(Number(x.constraints!.minimum)).toBeLessThan(3);
    expect(Number(x.constraints!.maximum)).toBeGreaterThan(17);
    expect(schema.descriptor.description).toMatch(/^DRAFT/);
    // Its own data passes the draft, and the draft's profile is the same reference validate would build.
    expect((await cli(['validate', 'ref.csv', '--schema', 'draft.yaml'], dir)).code).toBe(0);
    await cli(['validate', 'ref.csv', '--schema', 'draft.yaml', '--profile-out', 'validate.profile.json'], dir);
    expect(await readFile(join(dir, 'draft.profile.json'), 'utf8')).toBe(await readFile(join(dir, 'validate.profile.json'), 'utf8'));
    // Printed as YAML when no --out is given.
    expect((await cli(['infer-schema', 'same.csv'], dir)).stdout).toContain('name: region');
  });
});

describe('holdout merge-profiles', () => {
  it('merges shard profiles into the whole profile and checks its drift', async () => {
    const dir = await workspace();
    await cli(['validate', 'ref.csv', '--schema', 'schema.json', '--profile-out', 'ref.profile.json'], dir);
    for (const name of ['same', 'moved']) await cli(['validate', `${name}.csv`, '--schema', 'schema.json', '--reference', 'ref.profile.json', '--profile-out', `${name}.profile.json`], dir);
    // The two files as shards of one dataset: merged, and checked against the reference.
    const merged = await cli(['merge-profiles', 'same.profile.json', 'moved.profile.json', '--out', 'both.json', '--schema', 'schema.json', '--reference', 'ref.profile.json'], dir);
    expect(merged.stderr).toContain('merged 2 profiles (4,000 rows) → both.json');
    expect(merged.stdout).toMatch(/FAIL {2}x: drift from the reference/);
    expect(merged.code).toBe(1);
    expect(parseProfile(await readFile(join(dir, 'both.json'), 'utf8'), 'both.json').columns.region!.count).toBe(4000);
    expect((await cli(['merge-profiles', 'same.profile.json'], dir)).code).toBe(2);
    // A profile binned on its own edges does not merge with ones binned on the reference's.
    await cli(['validate', 'moved.csv', '--schema', 'schema.json', '--profile-out', 'own.profile.json'], dir);
    const mixed = await cli(['merge-profiles', 'same.profile.json', 'own.profile.json', '--out', 'x.json'], dir);
    expect([mixed.code, mixed.stderr]).toEqual([2, 'holdout: column "id": the profiles were binned on different reference edges (profile each shard against the same reference)\n']);
  });
});
