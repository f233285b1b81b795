// Missing values: frictionless-py's field and schema read-cell tests for
// missingValues (strings and v2 `{ value, label }` objects, field over schema).
import type { CellCase, Outcome } from './harness.js';

function cells(prefix: string, field: Record<string, unknown>, schema: Record<string, unknown> | undefined, rows: ReadonlyArray<readonly [unknown, Outcome]>): CellCase[] {
  return rows.map(([cell, expect], i) => ({ id: `${prefix}#${i + 1}`, field, schema, cell, expect }));
}

export const missingValueCases: CellCase[] = [
  // frictionless-py, frictionless/schema/__spec__/field/test_constraints.py (test_field_read_cell_required)
  ...cells('py/test_constraints/required', { type: 'string', constraints: { required: true }, missingValues: ['', 'NA', 'N/A'] }, undefined, [
    ['test', 'valid'], ['null', 'valid'], ['none', 'valid'], ['nil', 'valid'], ['nan', 'valid'], ['-', 'valid'],
    ['NA', 'constraint:required'], ['N/A', 'constraint:required'], ['', 'constraint:required'], [null, 'constraint:required'],
  ]),
  // frictionless-py, frictionless/schema/__spec__/field/test_read.py (test_field_read_cell)
  ...cells('py/test_read/field', { type: 'integer', missingValues: ['-'], constraints: { required: true } }, undefined, [
    ['1', 'valid'], ['string', 'type-error'], ['-', 'constraint:required'],
  ]),
  // frictionless-py, frictionless/schema/__spec__/field/test_read.py (test_field_read_cell_string_missing_values)
  ...cells('py/test_read/string', { type: 'string', missingValues: ['', 'NA', 'N/A'] }, undefined, [['', 'missing'], ['NA', 'missing'], ['N/A', 'missing']]),
  // frictionless-py, frictionless/schema/__spec__/field/test_read.py (test_field_read_cell_object_missing_values)
  ...cells('py/test_read/object', { type: 'string', missingValues: [{ value: '', label: 'OMITTED' }, { value: '-99', label: 'REFUSED' }] }, undefined, [['', 'missing'], ['-99', 'missing'], ['x', 'valid']]),
  // frictionless-py, frictionless/schema/__spec__/field/test_read.py (test_field_read_cell_number_missingValues); its
  // last row reads the Python int 0 as missing, which a JSON value cannot be (missing values are strings, compared
  // before casting): run as the CSV cell "0".
  ...cells('py/test_read/number', { type: 'number', missingValues: ['', 'NA', 'N/A', '0'] }, undefined, [['', 'missing'], ['NA', 'missing'], ['N/A', 'missing'], ['0', 'missing']]),
  // frictionless-py, frictionless/schema/__spec__/test_general.py (test_schema_read_cells_null_values: missingValues ["", "-", "null"])
  ...cells('py/test_general/null_values/height', { type: 'number' }, { missingValues: ['', '-', 'null'] }, [['', 'missing'], ['10.0', 'valid']]),
  ...cells('py/test_general/null_values/age', { type: 'integer' }, { missingValues: ['', '-', 'null'] }, [['-', 'missing'], ['1', 'valid']]),
  ...cells('py/test_general/null_values/occupation', { type: 'string' }, { missingValues: ['', '-', 'null'] }, [['null', 'missing'], ['string', 'valid']]),
  // frictionless-py, frictionless/schema/__spec__/test_general.py (test_schema_read_cells_object_missing_values)
  ...cells('py/test_general/object_missing_values/name', { type: 'string' }, { missingValues: [{ value: '', label: 'OMITTED' }, { value: '-99', label: 'REFUSED' }] }, [['-99', 'missing']]),
  ...cells('py/test_general/object_missing_values/age', { type: 'integer' }, { missingValues: [{ value: '', label: 'OMITTED' }, { value: '-99', label: 'REFUSED' }] }, [['', 'missing']]),
  // frictionless-py, frictionless/schema/__spec__/test_general.py (test_schema_read_cells_wrong_type)
  ...cells('py/test_general/wrong_type/height', { type: 'number' }, undefined, [['notdecimal', 'type-error']]),
  ...cells('py/test_general/wrong_type/age', { type: 'integer' }, undefined, [['10.6', 'type-error']]),
  // frictionless-ts, table/field/parse.spec.ts (parseField: missing values at schema and field level; null = missing)
  ...([
    ['', 'missing', undefined, undefined],
    ['', 'valid', [], undefined],
    ['-', 'missing', ['-'], undefined],
    ['x', 'missing', ['x'], undefined],
    ['', 'missing', undefined, undefined],
    ['-', 'missing', undefined, ['-']],
    ['-', 'valid', undefined, ['']],
    ['n/a', 'missing', undefined, ['n/a']],
    ['-', 'missing', ['x'], ['-']],
    ['-', 'valid', ['-'], ['x']],
  ] as const).map(([cell, expect, schemaLevel, fieldLevel], i): CellCase => ({
    id: `ts/parse.spec/missing#${i + 1}`,
    field: { type: 'string', ...(fieldLevel ? { missingValues: [...fieldLevel] } : {}) },
    schema: schemaLevel ? { missingValues: [...schemaLevel] } : undefined,
    cell,
    expect,
  })),
  // frictionless-ts, table/field/checks/required.spec.ts
  ...cells('ts/required.spec', { type: 'number', constraints: { required: true } }, undefined, [[1, 'valid'], [null, 'constraint:required'], [3, 'valid']]),
  // frictionless-ts, table/field/checks/enum.spec.ts (null cells pass every constraint but required)
  ...cells('ts/enum.spec/null', { type: 'string', constraints: { enum: ['pending', 'approved', 'rejected'] } }, undefined, [['pending', 'valid'], [null, 'missing'], ['approved', 'valid'], [null, 'missing']]),
];
