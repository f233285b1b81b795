// Data packages through the CLI (the validate-data step, as the action and
// the config run it): every resource with its own schema and dialect, foreign
// keys, and package mistakes as one line naming the package file, key and line.
// Fixtures: frictionless-py's data/ folder (test/fixtures/frictionless-py).
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.js';
import { ROOT } from '../e2e/harness.js';
import { tempDir } from '../helpers.js';

const FIXTURES = join(ROOT, 'test/fixtures/frictionless-py');

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, isTty: false, examplesDir: join(cwd, 'none') });
  return { code, stdout, stderr };
}

async function workspace(files: string[], extra: Record<string, string> = {}): Promise<string> {
  const dir = await tempDir();
  for (const f of files) await cp(join(FIXTURES, f), join(dir, f), { recursive: true });
  for (const [name, text] of Object.entries(extra)) await writeFile(join(dir, name), text);
  return dir;
}

describe('holdout validate datapackage.json', () => {
  it('validates every resource with its own schema, no --schema needed; foreign keys hold', async () => {
    const dir = await workspace(['package', 'invalid']);
    const ok = await cli(['validate', 'package/datapackage.json', '--format', 'json'], dir);
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.stdout);
    expect(doc.data.tables.map((t: { file: string; rows: number }) => [t.file, t.rows])).toEqual([['package/data.csv', 2], ['package/data2.csv', 3]]);
    expect(doc.subject.schema.path).toBe('package/datapackage.json');
    expect(doc.checks.find((c: { id: string }) => c.id === 'package/data2.csv#foreignKey:0')).toMatchObject({ status: 'pass', title: 'Foreign key (parent) references "data" (id)' });
    const bad = await cli(['validate', 'invalid/datapackage.json'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('invalid/data.csv:3: blank-row');
    expect(bad.stdout).toContain('invalid/data2.csv:4: blank-row');
  });

  it('a foreign key value missing from the referenced resource is a foreign-key error on its line', async () => {
    const dir = await workspace(['capital-3.csv', 'country-3.csv', 'country.package-full.yaml']);
    expect((await cli(['validate', 'country.package-full.yaml'], dir)).code).toBe(0);
    await writeFile(join(dir, 'country-3.csv'), 'id,capital_id,name,population\n1,1,Britain,67\n2,9,Atlantis,1\n');
    const broken = await cli(['validate', 'country.package-full.yaml'], dir);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('country-3.csv:3: foreign-key [capital_id]: row 2: (capital_id) = ("9") is not a key (id) of resource "capital"');
  });

  it('reads each resource with its dialect: inline, or a dialect file in frictionless-py\'s {csv: {...}} form', async () => {
    const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }] };
    const dir = await workspace(['delimiter.csv'], {
      'inline.json': JSON.stringify({ resources: [{ name: 'd', path: 'delimiter.csv', dialect: { delimiter: ';' }, schema }] }),
      'dialect.json': JSON.stringify({ csv: { delimiter: ';' } }),
      'byfile.json': JSON.stringify({ resources: [{ name: 'd', path: 'delimiter.csv', dialect: 'dialect.json', schema }] }),
      'wrong.json': JSON.stringify({ resources: [{ name: 'd', path: 'delimiter.csv', dialect: { delimiter: ',' }, schema }] }),
    });
    expect((await cli(['validate', 'inline.json'], dir)).code).toBe(0);
    expect((await cli(['validate', 'byfile.json'], dir)).code).toBe(0);
    // The delimiter the dialect names wins over sniffing: "id;name" is one label, not two.
    const wrong = await cli(['validate', 'wrong.json'], dir);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('missing-label');
  });

  it('package mistakes are one line naming the package file, the key and its line (exit 2)', async () => {
    const dir = await workspace(['table.csv'], {
      'typo.json': '{\n  "resources": [\n    {\n      "name": "t",\n      "path": "table.csv",\n      "schema": {\n        "fields": [\n          {"name": "id", "type": "integr"}\n        ]\n      }\n    }\n  ]\n}\n',
      'escape.json': JSON.stringify({ resources: [{ name: 't', path: '../table.csv' }] }),
      'fk.json': JSON.stringify({ resources: [{ name: 't', path: 'table.csv', schema: { fields: [{ name: 'id' }, { name: 'name' }], foreignKeys: [{ fields: 'id', reference: { resource: 'nope', fields: 'id' } }] } }] }),
      'both.json': JSON.stringify({ resources: [{ name: 't', path: 'table.csv' }] }),
    });
    const typo = await cli(['validate', 'typo.json'], dir);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^holdout: typo\.json:8: resources\[0\]\.schema\.fields\[0\]\.type: unknown type/);
    const escape = await cli(['validate', 'escape.json'], dir);
    expect(escape.code).toBe(2);
    expect(escape.stderr).toContain('escape.json:1: resources[0].path: "../table.csv" must be a relative path inside the package\'s folder');
    const fk = await cli(['validate', 'fk.json'], dir);
    expect(fk.code).toBe(2);
    expect(fk.stderr).toContain('fk.json:1: resources[0].schema.foreignKeys[0].reference.resource: references resource "nope", which is not in the package');
    expect((await cli(['validate', 'both.json', '--schema', 'x.yaml'], dir)).stderr).toContain("a data package carries its resources' schemas: leave schema out");
  });

  it('a schema on its own checks its self-referencing foreign keys (frictionless-py nested-invalid.csv), and refuses keys to other resources', async () => {
    const schema = { fields: [{ name: 'id', type: 'integer' }, { name: 'cat', type: 'integer' }, { name: 'name', type: 'string' }], foreignKeys: [{ fields: 'cat', reference: { resource: '', fields: 'id' } }] };
    const dir = await workspace(['nested.csv', 'nested-invalid.csv'], {
      's.yaml': JSON.stringify(schema),
      'other.yaml': JSON.stringify({ ...schema, foreignKeys: [{ fields: 'cat', reference: { resource: 'cats', fields: 'id' } }] }),
    });
    expect((await cli(['validate', 'nested.csv', '--schema', 's.yaml'], dir)).code).toBe(0);
    const invalid = await cli(['validate', 'nested-invalid.csv', '--schema', 's.yaml'], dir);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('nested-invalid.csv:6: foreign-key [cat]: row 5: (cat) = ("6") is not a key (id) of this table');
    const other = await cli(['validate', 'nested.csv', '--schema', 'other.yaml'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('other.yaml: foreignKeys[0].reference.resource: references resource "cats": validate the data package (datapackage.json) that holds both tables to check it');
  });
});

describe('the all-in-one config', () => {
  it('needs a schema for data files, not for a data package', async () => {
    const { loadPipelineConfig } = await import('../../shared/steps/pipeline.js');
    const { userFile } = await import('../../shared/io/user-file.js');
    const dir = await workspace([], {
      'package.yml': 'data:\n  - files: data/datapackage.json\n',
      'files.yml': 'data:\n  - files: data/*.csv\n',
    });
    expect((await loadPipelineConfig(userFile(dir, 'package.yml'))).config.data).toHaveLength(1);
    await expect(loadPipelineConfig(userFile(dir, 'files.yml'))).rejects.toThrow('files.yml:2: data[0].schema: is required');
  });
});
