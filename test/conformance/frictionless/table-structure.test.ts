// Conformance: table structure, header matching, dialects, data packages and
// foreign keys as Frictionless reports them. Every case is a frictionless-py
// test (commit 44661adf, the path and test name in `source`), run here on the
// same data files (copied into test/fixtures/frictionless-py/) or the same
// inline descriptor, and compared on what the test asserts: the errors as
// [rowNumber, fieldNumber, type], or valid.
//
// Frictionless infers a schema where the test gives none; holdout needs one,
// so such a table is a data package resource without a schema, which holdout
// validates with every label an `any` field, matched by position — the
// structure checks Frictionless' inferred schema gets. Frictionless' row
// number is the physical line for these files (and the position in the list
// for inline data); its field number is the position of the cell or label,
// which holdout's messages give ("column 3", "cell 5", "position 2").
// Bad input Frictionless reports as source-error is exit-2 bad input here.
//
// The suite prints N/M and fails on any disagreement not listed in
// knownDisagreements with its reason.
import { cp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../e2e/harness.js';
import { tempDir } from '../../helpers.js';
import { validateData } from '../../../shared/validate/run.js';
import type { DataError, ValidateDataResults } from '../../../shared/results/schema.js';

const FIXTURES = join(ROOT, 'test/fixtures/frictionless-py');

type Flat = [number | null, number | null, string];

interface Case {
  /** frictionless-py test file :: test name. */
  source: string;
  category: 'row structure' | 'header' | 'dialect' | 'data package' | 'foreign keys';
  /** The data package descriptor (resources with paths into the fixtures, or inline data). */
  descriptor: object;
  /** Fixture files the descriptor names (copied next to it). */
  files?: string[];
  /** Expected: 'valid', 'bad input' (Frictionless' source-error), or the errors. */
  expected: 'valid' | 'bad input' | Flat[];
  /** Compare only the first n errors (Frictionless' limit_errors). */
  limit?: number;
  /** Compare [row, type] only (the field number Frictionless gives has no counterpart, e.g. a missing label matched by name). */
  withoutFieldNumbers?: boolean;
  /** The test asserts the header's errors only (table/header.py): compare the label and header errors. */
  headerOnly?: boolean;
}

const one = (path: string, extra: object = {}) => ({ resources: [{ name: 'name', path, ...extra }] });
const inline = (data: unknown[], extra: object = {}) => ({ resources: [{ name: 'name', data, ...extra }] });
const INVALID: Flat[] = [
  [null, 3, 'blank-label'], [null, 4, 'duplicate-label'],
  [2, 3, 'missing-cell'], [2, 4, 'missing-cell'], [3, 3, 'missing-cell'], [3, 4, 'missing-cell'],
  [4, null, 'blank-row'], [5, 5, 'extra-cell'],
];
const anyFields = (names: string[], required: string[] = []) => names.map((name) => ({ name, type: 'any', ...(required.includes(name) ? { constraints: { required: true } } : {}) }));
const header = (labels: string[], fieldNames: string[], fieldsMatch: string, required: string[] = []) =>
  inline([labels, labels.map(() => 'x')], { schema: { fields: anyFields(fieldNames, required), fieldsMatch } });
const FK_PEOPLE = { name: 'people', data: [['firstname', 'surname'], ['Alex', 'Martin'], ['John', 'Dockins'], ['Walter', 'White']] };
const fkMain = (data: unknown[][], foreignKeys: object[]) => ({
  name: 'main',
  data,
  schema: {
    fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }, { name: 'surname', type: 'string' }, { name: 'parent_id', type: 'integer' }],
    foreignKeys,
  },
});
const FK_DATA = [['id', 'name', 'surname', 'parent_id'], ['1', 'Alex', 'Martin', ''], ['2', 'John', 'Dockins', '1'], ['3', 'Walter', 'White', '2']];
const FK_NAME = { fields: 'name', reference: { resource: 'people', fields: 'firstname' } };
const FK_SELF = { fields: ['parent_id'], reference: { resource: '', fields: ['id'] } };
const FK_MULTI = { fields: ['name', 'surname'], reference: { resource: 'people', fields: ['firstname', 'surname'] } };
const badPeople = { ...FK_PEOPLE, data: FK_PEOPLE.data.map((row, i) => (i === 3 ? ['bad', row[1]] : row)) };
const nestedSchema = { fields: [{ name: 'id', type: 'integer' }, { name: 'cat', type: 'integer' }, { name: 'name', type: 'string' }], foreignKeys: [{ fields: 'cat', reference: { resource: '', fields: 'id' } }] };

const RV = 'frictionless/resource/__spec__/test_validate.py';
const RD = 'frictionless/resource/__spec__/test_validate_dialect.py';
const RS = 'frictionless/resource/__spec__/test_validate_schema.py';
const PV = 'frictionless/package/__spec__/test_validate.py';
const PS = 'frictionless/package/__spec__/test_schema.py';
const TH = 'frictionless/table/__spec__/test_header.py';

const CASES: Case[] = [
  // Row structure (resource validate).
  { source: `${RV}::test_resource_validate`, category: 'row structure', descriptor: one('table.csv'), files: ['table.csv'], expected: 'valid' },
  { source: `${RV}::test_resource_validate_invalid_table`, category: 'row structure', descriptor: one('invalid.csv'), files: ['invalid.csv'], expected: INVALID },
  { source: `${RV}::test_resource_validate_blank_headers`, category: 'header', descriptor: one('blank-headers.csv'), files: ['blank-headers.csv'], expected: [[null, 2, 'blank-label']] },
  { source: `${RV}::test_resource_validate_duplicate_headers`, category: 'header', descriptor: one('duplicate-headers.csv'), files: ['duplicate-headers.csv'], expected: [[null, 3, 'duplicate-label'], [null, 5, 'duplicate-label']] },
  { source: `${RV}::test_resource_validate_defective_rows`, category: 'row structure', descriptor: one('defective-rows.csv'), files: ['defective-rows.csv'], expected: [[2, 3, 'missing-cell'], [3, 4, 'extra-cell']] },
  { source: `${RV}::test_resource_validate_blank_rows`, category: 'row structure', descriptor: one('blank-rows.csv'), files: ['blank-rows.csv'], expected: [[4, null, 'blank-row']] },
  {
    source: `${RV}::test_resource_validate_blank_rows_multiple`, category: 'row structure', descriptor: one('blank-rows-multiple.csv'), files: ['blank-rows-multiple.csv'],
    expected: Array.from({ length: 11 }, (_, k): Flat => [4 + k, null, 'blank-row']),
  },
  { source: `${RV}::test_resource_validate_blank_cell_not_required`, category: 'row structure', descriptor: one('blank-cells.csv'), files: ['blank-cells.csv'], expected: 'valid' },
  { source: `${RV}::test_resource_validate_no_data`, category: 'row structure', descriptor: one('empty.csv'), files: ['empty.csv'], expected: 'bad input' },
  { source: `${RV}::test_resource_validate_no_rows`, category: 'row structure', descriptor: one('without-rows.csv'), files: ['without-rows.csv'], expected: 'valid' },
  {
    source: `${RV}::test_resource_validate_structure_errors_with_limit_errors`, category: 'row structure', descriptor: one('structure-errors.csv'), files: ['structure-errors.csv'], limit: 3,
    expected: [[4, null, 'blank-row'], [5, 4, 'extra-cell'], [5, 5, 'extra-cell']],
  },
  { source: `${RV}::test_resource_validate_infer_fields_issue_223`, category: 'row structure', descriptor: inline([['name1', 'name2'], ['123', 'abc'], ['456', 'def'], ['789', 'ghi']]), expected: 'valid' },
  { source: `${RV}::test_resource_validate_infer_fields_issue_225`, category: 'row structure', descriptor: inline([['name1', 'name2'], ['123', null], ['456', null], ['789']]), expected: [[4, 2, 'missing-cell']] },
  // Header (table/header.py), one data row under the labels.
  ...(['exact', 'equal', 'superset', 'subset', 'partial'] as const).map((mode): Case => ({
    source: `${TH}::test_errors_on_extra_label[${mode}]`, category: 'header', headerOnly: true, descriptor: header(['a', 'b', 'extra'], ['a', 'b'], mode),
    expected: mode === 'subset' || mode === 'partial' ? 'valid' : [[null, 3, 'extra-label']],
  })),
  ...(['exact', 'equal', 'subset', 'superset', 'partial'] as const).map((mode): Case => ({
    source: `${TH}::test_errors_on_missing_field[${mode}]`, category: 'header', headerOnly: true, descriptor: header(['a'], ['a', 'b'], mode),
    expected: mode === 'superset' || mode === 'partial' ? 'valid' : [[null, 2, 'missing-label']], withoutFieldNumbers: mode !== 'exact',
  })),
  ...(['superset', 'partial'] as const).map((mode): Case => ({
    source: `${TH}::test_errors_on_missing_required_field[${mode}]`, category: 'header', headerOnly: true, descriptor: header(['a'], ['a', 'b'], mode, ['b']),
    expected: [[null, 2, 'missing-label']], withoutFieldNumbers: true,
  })),
  ...(['equal', 'subset', 'superset', 'partial'] as const).map((mode): Case => ({
    source: `${TH}::test_errors_reordered_labels_are_not_a_mismatch[${mode}]`, category: 'header', headerOnly: true, descriptor: header(['b', 'a'], ['a', 'b'], mode), expected: 'valid',
  })),
  { source: `${TH}::test_errors_exact_reports_reordered_labels_as_incorrect`, category: 'header', headerOnly: true, descriptor: header(['b', 'a'], ['a', 'b'], 'exact'), expected: [[null, 1, 'incorrect-label'], [null, 2, 'incorrect-label']] },
  { source: `${TH}::test_errors_partial_requires_at_least_one_matching_field`, category: 'header', headerOnly: true, descriptor: header(['x', 'y'], ['a', 'b'], 'partial'), expected: [[null, null, 'unmatched-header']] },
  { source: `${TH}::test_errors_partial_accepts_a_single_matching_field`, category: 'header', headerOnly: true, descriptor: header(['x', 'a'], ['a', 'b'], 'partial'), expected: 'valid' },
  ...(['exact', 'equal', 'subset', 'superset'] as const).map((mode): Case => ({
    source: `${TH}::test_errors_unmatched_header_is_specific_to_partial[${mode}]`, category: 'header', headerOnly: true, descriptor: header(['x', 'y'], ['a', 'b'], mode),
    // The test asserts only that there is no unmatched-header; these are the label errors the same Header gives.
    expected: mode === 'exact' ? [[null, 1, 'incorrect-label'], [null, 2, 'incorrect-label']]
      : mode === 'equal' ? [[null, 1, 'extra-label'], [null, 2, 'extra-label'], [null, 3, 'missing-label'], [null, 4, 'missing-label']]
        : mode === 'subset' ? [[null, 3, 'missing-label'], [null, 4, 'missing-label']] : [[null, 1, 'extra-label'], [null, 2, 'extra-label']],
    withoutFieldNumbers: mode === 'equal' || mode === 'subset',
  })),
  { source: `${TH}::test_errors_extra_label_is_reported_at_its_position_in_the_data`, category: 'header', headerOnly: true, descriptor: header(['extra', 'a', 'b'], ['a', 'b'], 'equal'), expected: [[null, 1, 'extra-label']] },
  {
    source: `${TH}::test_missing_primary_key_label_with_shema_sync_issue_1633[B-required]`, category: 'header', headerOnly: true,
    descriptor: inline([['B'], ['foo']], { schema: { fields: [{ name: 'A', constraints: { required: true } }], primaryKey: ['A'], fieldsMatch: 'partial' } }),
    expected: [[null, null, 'unmatched-header'], [null, 2, 'missing-label']], withoutFieldNumbers: true,
  },
  {
    source: `${TH}::test_missing_primary_key_label_with_shema_sync_issue_1633[B-optional]`, category: 'header', headerOnly: true,
    descriptor: inline([['B'], ['foo']], { schema: { fields: [{ name: 'A' }], primaryKey: ['A'], fieldsMatch: 'partial' } }),
    expected: [[null, null, 'unmatched-header'], [null, 2, 'missing-label']], withoutFieldNumbers: true,
  },
  {
    source: `${TH}::test_missing_primary_key_label_with_shema_sync_issue_1633[a-lowercase]`, category: 'header', headerOnly: true,
    descriptor: inline([['a'], ['foo']], { schema: { fields: [{ name: 'A' }], primaryKey: ['A'], fieldsMatch: 'partial' } }),
    expected: [[null, null, 'unmatched-header'], [null, 2, 'missing-label']], withoutFieldNumbers: true,
  },
  // Dialect.
  { source: `${RD}::test_resource_validate_dialect_delimiter`, category: 'dialect', descriptor: one('delimiter.csv', { dialect: { delimiter: ';' } }), files: ['delimiter.csv'], expected: 'valid' },
  { source: `${RD}::test_resource_validate_dialect_header_false`, category: 'dialect', descriptor: one('without-headers.csv', { dialect: { header: false } }), files: ['without-headers.csv'], expected: 'valid' },
  { source: `${RD}::test_resource_validate_dialect_none_extra_cell`, category: 'dialect', descriptor: one('without-headers-extra.csv', { dialect: { header: false } }), files: ['without-headers-extra.csv'], expected: [[3, 3, 'extra-cell']] },
  {
    source: `${RD}::test_resource_validate_dialect_number`, category: 'dialect', files: ['matrix.csv'],
    descriptor: one('matrix.csv', { dialect: { headerRows: [2] }, schema: { fields: anyFields(['11', '12', '13', '14']) } }), expected: 'valid',
  },
  {
    source: `${RD}::test_resource_validate_dialect_list_of_numbers`, category: 'dialect', files: ['matrix.csv'],
    descriptor: one('matrix.csv', { dialect: { headerRows: [2, 3, 4] }, schema: { fields: anyFields(['11 21 31', '12 22 32', '13 23 33', '14 24 34']) } }), expected: 'valid',
  },
  {
    source: `${RD}::test_resource_validate_dialect_list_of_numbers_and_headers_join`, category: 'dialect', files: ['matrix.csv'],
    descriptor: one('matrix.csv', { dialect: { headerRows: [2, 3, 4], headerJoin: '.' }, schema: { fields: anyFields(['11.21.31', '12.22.32', '13.23.33', '14.24.34']) } }), expected: 'valid',
  },
  {
    source: `${RD}::test_resource_validate_dialect_skip_rows`, category: 'dialect', files: ['matrix.csv'],
    // The test asserts the header f1…f4 and 2 rows: row 2 is a comment row, row 5 starts with the comment prefix "41".
    descriptor: one('matrix.csv', { dialect: { commentChar: '41', commentRows: [2] }, schema: { fields: anyFields(['f1', 'f2', 'f3', 'f4']), 'x-holdout': { rowCount: { min: 2, max: 2 } } } }), expected: 'valid',
  },
  // Data packages.
  {
    source: `${PV}::test_package_validate_from_path`, category: 'data package', files: ['package/datapackage.json', 'package/data.csv', 'package/data2.csv'],
    descriptor: 'package/datapackage.json' as unknown as object, expected: 'valid',
  },
  {
    source: `${PV}::test_package_validate_from_path_invalid`, category: 'data package', files: ['invalid/datapackage.json', 'invalid/data.csv', 'invalid/data2.csv'],
    descriptor: 'invalid/datapackage.json' as unknown as object, expected: [[3, null, 'blank-row'], [3, null, 'primary-key'], [4, null, 'blank-row']],
  },
  { source: `${PV}::test_package_validate_invalid_table`, category: 'data package', descriptor: one('invalid.csv'), files: ['invalid.csv'], expected: INVALID },
  {
    source: `${PV}::test_package_validate_dialect_header_false`, category: 'data package',
    descriptor: inline([['John', '22'], ['Alex', '33'], ['Paul', '44']], { dialect: { header: false }, schema: { fields: [{ name: 'name', type: 'string' }, { name: 'age', type: 'integer' }] } }),
    expected: 'valid',
  },
  {
    source: `${PV}::test_package_validate_composite_primary_key_unique_issue_215`, category: 'data package',
    descriptor: inline([['id1', 'id2'], ['a', '1'], ['a', '2']], { schema: { fields: [{ name: 'id1' }, { name: 'id2' }], primaryKey: ['id1', 'id2'] } }), expected: 'valid',
  },
  {
    source: `${PV}::test_package_validate_composite_primary_key_not_unique_issue_215`, category: 'data package',
    descriptor: inline([['id1', 'id2'], ['a', '1'], ['a', '1']], { schema: { fields: [{ name: 'id1' }, { name: 'id2' }], primaryKey: ['id1', 'id2'] } }), expected: [[3, null, 'primary-key']],
  },
  {
    source: `${PV}::test_package_validate_with_schema_issue_348`, category: 'data package',
    descriptor: inline([['id', 'name', 'surname'], ['p1', 'Tom', 'Hanks'], ['p2', 'Meryl', 'Streep']], {
      schema: { fields: [{ name: 'id', type: 'string' }, { name: 'name', type: 'string' }, { name: 'surname', type: 'string' }, { name: 'dob', type: 'date' }] },
    }),
    expected: [[null, 4, 'missing-label'], [2, 4, 'missing-cell'], [3, 4, 'missing-cell']],
  },
  { source: 'data/country.package-full.yaml (frictionless-py fixture, foreign key country → capital)', category: 'foreign keys', files: ['country.package-full.yaml', 'capital-3.csv', 'country-3.csv'], descriptor: 'country.package-full.yaml' as unknown as object, expected: 'valid' },
  // Foreign keys.
  { source: `${PS}::test_package_schema_foreign_key`, category: 'foreign keys', descriptor: { resources: [fkMain(FK_DATA, [FK_NAME]), FK_PEOPLE] }, expected: 'valid' },
  { source: `${PS}::test_package_schema_foreign_key_invalid`, category: 'foreign keys', descriptor: { resources: [fkMain(FK_DATA, [FK_NAME]), badPeople] }, expected: [[4, null, 'foreign-key']] },
  { source: `${PS}::test_package_schema_foreign_key_self_reference`, category: 'foreign keys', descriptor: { resources: [fkMain(FK_DATA, [FK_SELF]), FK_PEOPLE] }, expected: 'valid' },
  {
    source: `${PS}::test_package_schema_foreign_key_self_reference_invalid`, category: 'foreign keys',
    descriptor: { resources: [fkMain(FK_DATA.map((row, i) => (i === 2 ? ['0', ...row.slice(1)] : row)), [FK_SELF]), FK_PEOPLE] }, expected: [[4, null, 'foreign-key']],
  },
  { source: `${PS}::test_package_schema_foreign_key_multifield`, category: 'foreign keys', descriptor: { resources: [fkMain(FK_DATA, [FK_MULTI]), FK_PEOPLE] }, expected: 'valid' },
  { source: `${PS}::test_package_schema_foreign_key_multifield_invalid`, category: 'foreign keys', descriptor: { resources: [fkMain(FK_DATA, [FK_MULTI]), badPeople] }, expected: [[4, null, 'foreign-key']] },
  { source: `${RS}::test_resource_validate_schema_foreign_key_error_self_referencing`, category: 'foreign keys', descriptor: one('nested.csv', { schema: nestedSchema }), files: ['nested.csv'], expected: 'valid' },
  { source: `${RS}::test_resource_validate_schema_foreign_key_error_self_referencing_invalid`, category: 'foreign keys', descriptor: one('nested-invalid.csv', { schema: nestedSchema }), files: ['nested-invalid.csv'], expected: [[6, null, 'foreign-key']] },
];

/** Cases where holdout deliberately differs, with the reason (the test fails if one starts to agree, so the list stays true). */
const knownDisagreements: Record<string, string> = {
  [`${PV}::test_package_validate_from_path_invalid`]:
    'frictionless-py also reports primary-key on a blank row (its key cells are all None); holdout reports the blank row once: a blank row is not a record, so it has no key to check',
  [`${PV}::test_package_validate_with_schema_issue_348`]:
    'under exact, frictionless-py compares each row with the schema\'s fields, so a field the header lacks is a missing-label and a missing-cell on every row; holdout compares rows with the header (a ragged row is one whose cells differ from the header) and reports the absent column once, as missing-label',
};

/** The position a message gives ("column 3", "cell 5", "position 2"), Frictionless' fieldNumber. */
function fieldNumberOf(error: DataError, document: ValidateDataResults, schemaFields: string[]): number | null {
  if (error.type === 'blank-row' || error.type === 'primary-key' || error.type === 'foreign-key' || error.type === 'unmatched-header') return null;
  const match = /\b(?:column|cell|position) (\d+)/.exec(error.message);
  if (match) return Number(match[1]);
  if (error.field !== undefined && schemaFields.includes(error.field)) return schemaFields.indexOf(error.field) + 1;
  void document;
  return null;
}

async function run(c: Case): Promise<{ got: 'valid' | 'bad input' | Flat[]; problems: string[] }> {
  const dir = await tempDir();
  for (const f of c.files ?? []) await cp(join(FIXTURES, f), join(dir, f), { recursive: true });
  let packagePath = 'datapackage.json';
  if (typeof c.descriptor === 'string') packagePath = c.descriptor;
  else await writeFile(join(dir, packagePath), JSON.stringify(c.descriptor, null, 2));
  const { document, problems } = await validateData({ data: [packagePath], baseDir: dir, options: c.limit ? { maxErrorSamples: c.limit } : undefined });
  if (problems.length > 0) return { got: 'bad input', problems: problems.map((p) => p.message) };
  if (document.status === 'pass') return { got: 'valid', problems: [] };
  const resources = typeof c.descriptor === 'string' ? [] : (c.descriptor as { resources: Array<{ schema?: { fields: Array<{ name: string }> } }> }).resources;
  const schemaFields = resources.flatMap((r) => r.schema?.fields.map((f) => f.name) ?? []);
  const errors = c.headerOnly ? document.data.errors.filter((e) => /-(label|header)$/.test(e.type)) : document.data.errors;
  if (errors.length === 0) return { got: 'valid', problems: [] };
  // Header errors have no row (holdout gives them the header's line, Frictionless no row number).
  const flat = errors.map((e): Flat => [e.row === undefined ? null : (e.line ?? null), fieldNumberOf(e, document, schemaFields), e.type]);
  return { got: flat, problems: [] };
}

const results: Array<{ c: Case; agree: boolean; detail: string }> = [];

describe('Frictionless conformance: table structure, header, dialect, data packages, foreign keys', () => {
  for (const c of CASES) {
    it(c.source, async () => {
      const { got, problems } = await run(c);
      let expected = c.expected;
      let actual = got;
      if (Array.isArray(expected) && Array.isArray(actual)) {
        const sort = (list: Flat[]) => [...list].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0) || a[2].localeCompare(b[2]));
        const strip = (list: Flat[]): Flat[] => (c.withoutFieldNumbers ? list.map(([r, , t]) => [r, null, t]) : list);
        expected = sort(strip(expected));
        actual = sort(strip(actual));
      }
      const agree = JSON.stringify(actual) === JSON.stringify(expected);
      results.push({ c, agree, detail: agree ? '' : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}${problems.length ? ` (${problems.join('; ')})` : ''}` });
      const known = knownDisagreements[c.source];
      if (known) expect(agree, `listed as a known disagreement but now agrees: ${c.source}`).toBe(false);
      else expect(actual, c.source).toEqual(expected);
    });
  }
});

afterAll(() => {
  const lines = ['Frictionless conformance (table structure suite):'];
  const categories = [...new Set(CASES.map((c) => c.category))];
  for (const category of categories) {
    const mine = results.filter((r) => r.c.category === category);
    lines.push(`  ${category}: ${mine.filter((r) => r.agree).length}/${mine.length}`);
  }
  lines.push(`  total: ${results.filter((r) => r.agree).length}/${results.length}`);
  for (const r of results.filter((x) => !x.agree)) lines.push(`  disagrees: ${r.c.source}: ${knownDisagreements[r.c.source] ?? r.detail}`);
  console.log(lines.join('\n'));
});
