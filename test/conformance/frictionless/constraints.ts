// Constraints on cells: frictionless-py's field read-cell constraint tests and
// frictionless-ts's field check tests (a column of cells and the rows each
// check reports), one case per cell.
import type { CellCase, Outcome } from './harness.js';

function column(prefix: string, field: Record<string, unknown>, cells: readonly unknown[], broken: Record<number, Outcome> = {}): CellCase[] {
  return cells.map((cell, i) => ({ id: `${prefix}#${i + 1}`, field, cell, expect: broken[i + 1] ?? (cell === '' ? 'missing' : 'valid') }));
}

export const constraintCases: CellCase[] = [
  // frictionless-py, frictionless/schema/__spec__/field/test_constraints.py (test_field_read_cell_minLength … _multiple_constraints)
  ...column('py/test_constraints/minLength', { type: 'string', constraints: { minLength: 2 } }, ['abc', 'ab', 'a', ''], { 3: 'constraint:minLength' }),
  ...column('py/test_constraints/maxLength', { type: 'string', constraints: { maxLength: 2 } }, ['abc', 'ab', 'a', ''], { 1: 'constraint:maxLength' }),
  ...column('py/test_constraints/minimum', { type: 'integer', constraints: { minimum: 2 } }, ['3', 3, '2', 2, '1', 1, ''], { 5: 'constraint:minimum', 6: 'constraint:minimum' }),
  ...column('py/test_constraints/maximum', { type: 'integer', constraints: { maximum: 2 } }, ['3', 3, '2', 2, '1', 1, ''], { 1: 'constraint:maximum', 2: 'constraint:maximum' }),
  ...column('py/test_constraints/pattern', { type: 'string', constraints: { pattern: 'a|b' } }, ['a', 'b', 'c', ''], { 3: 'constraint:pattern' }),
  ...column('py/test_constraints/enum', { type: 'integer', constraints: { enum: ['1', '2', '3'] } }, ['1', 1, '4', 4, ''], { 3: 'constraint:enum', 4: 'constraint:enum' }),
  ...column('py/test_constraints/multiple', { type: 'string', constraints: { pattern: 'a|b', enum: ['a', 'b'] } }, ['a', 'b', 'c', ''], { 3: 'constraint:pattern' }),

  // frictionless-ts, table/field/checks/enum.spec.ts
  ...column('ts/enum.spec/string', { type: 'string', constraints: { enum: ['pending', 'approved', 'rejected'] } }, ['pending', 'approved', 'unknown', 'cancelled', 'rejected'], { 3: 'constraint:enum', 4: 'constraint:enum' }),
  ...column('ts/enum.spec/case', { type: 'string', constraints: { enum: ['pending', 'approved', 'rejected'] } }, ['Pending', 'APPROVED', 'rejected'], { 1: 'constraint:enum', 2: 'constraint:enum' }),
  ...column('ts/enum.spec/integer', { type: 'integer', constraints: { enum: ['1', '2', '3'] } }, ['1', '2', '5'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/number', { type: 'number', constraints: { enum: ['1.5', '2.5', '3.5'] } }, ['1.5', '2.5', '4.5'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/date', { type: 'date', constraints: { enum: ['2024-01-01', '2024-02-01', '2024-03-01'] } }, ['2024-01-01', '2024-02-01', '2024-05-01'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/datetime', { type: 'datetime', constraints: { enum: ['2024-01-01T10:00:00', '2024-01-01T14:00:00', '2024-01-01T18:00:00'] } }, ['2024-01-01T10:00:00', '2024-01-01T14:00:00', '2024-01-01T20:00:00'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/year', { type: 'year', constraints: { enum: ['2020', '2021', '2022'] } }, ['2020', '2021', '2023'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/time', { type: 'time', constraints: { enum: ['10:00:00', '14:00:00', '18:00:00'] } }, ['10:00:00', '14:00:00', '20:00:00'], { 3: 'constraint:enum' }),
  ...column('ts/enum.spec/yearmonth', { type: 'yearmonth', constraints: { enum: ['2024-01', '2024-02', '2024-03'] } }, ['2024-01', '2024-02', '2024-05'], { 3: 'constraint:enum' }),

  // frictionless-ts, table/field/checks/pattern.spec.ts
  ...column('ts/pattern.spec/valid', { type: 'string', constraints: { pattern: '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$' } }, ['john@example.com', 'alice@domain.org', 'test@test.io']),
  ...column('ts/pattern.spec/invalid', { type: 'string', constraints: { pattern: '^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$' } }, ['john@example.com', 'alice@domain', 'test.io', 'valid@email.com'], { 2: 'constraint:pattern', 3: 'constraint:pattern' }),

  // frictionless-ts, table/field/checks/maxLength.spec.ts and minLength.spec.ts
  ...column('ts/maxLength.spec/valid', { type: 'string', constraints: { maxLength: 4 } }, ['A123', 'B456', 'C789']),
  ...column('ts/maxLength.spec/long', { type: 'string', constraints: { maxLength: 8 } }, ['bob', 'alice', 'christopher', 'david'], { 3: 'constraint:maxLength' }),
  ...column('ts/minLength.spec/valid', { type: 'string', constraints: { minLength: 3 } }, ['A123', 'B456', 'C789']),
  ...column('ts/minLength.spec/short', { type: 'string', constraints: { minLength: 3 } }, ['bob', 'a', 'christopher', 'ab'], { 2: 'constraint:minLength', 4: 'constraint:minLength' }),

  // frictionless-ts, table/field/checks/maximum.spec.ts (bounds given as numbers, as strings, in the field's own notation)
  // (numeric frames run as JSON numbers)
  ...column('ts/maximum.spec/valid', { type: 'number', constraints: { maximum: 50 } }, [10.5, 20.75, 30.0]),
  ...column('ts/maximum.spec/invalid', { type: 'number', constraints: { maximum: 40 } }, [20.5, 30.0, 40, 50.5], { 4: 'constraint:maximum' }),
  ...column('ts/maximum.spec/string-bound', { type: 'number', constraints: { maximum: '50' } }, [10.5, 20.75, 55.0], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/exclusive-string', { type: 'number', constraints: { exclusiveMaximum: '40' } }, [20.5, 40.0, 50.5], { 2: 'constraint:exclusiveMaximum', 3: 'constraint:exclusiveMaximum' }),
  ...column('ts/maximum.spec/datetime', { type: 'datetime', constraints: { maximum: '2024-02-28T23:59:59' } }, ['2024-01-15T14:30:00', '2024-02-20T08:15:00', '2024-03-25T10:00:00'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/groupChar', { type: 'integer', groupChar: ',', constraints: { maximum: '12,000' } }, ['5,000', '10,500', '15,000'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/decimalChar', { type: 'number', decimalChar: ',', constraints: { maximum: '12,0' } }, ['5,5', '10,75', '15,3'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/group-decimal', { type: 'number', groupChar: '.', decimalChar: ',', constraints: { maximum: '12.000,00' } }, ['5.000,50', '10.500,75', '15.000,30'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/bareNumber', { type: 'number', bareNumber: false, constraints: { maximum: '$12.00' } }, ['$5.00', '$10.50', '$15.50'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/date', { type: 'date', constraints: { maximum: '2024-02-28' } }, ['2024-01-15', '2024-02-20', '2024-03-25'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/time', { type: 'time', constraints: { maximum: '17:00:00' } }, ['14:30:00', '16:45:00', '18:00:00'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/date-format', { type: 'date', format: '%d/%m/%Y', constraints: { maximum: '28/02/2024' } }, ['15/01/2024', '20/02/2024', '25/03/2024'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/year', { type: 'year', constraints: { maximum: '2022' } }, ['2020', '2021', '2023'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/year-exclusive', { type: 'year', constraints: { exclusiveMaximum: '2022' } }, ['2020', '2021', '2022', '2023'], { 3: 'constraint:exclusiveMaximum', 4: 'constraint:exclusiveMaximum' }),
  ...column('ts/maximum.spec/yearmonth', { type: 'yearmonth', constraints: { maximum: '2024-05' } }, ['2024-01', '2024-03', '2024-06'], { 3: 'constraint:maximum' }),
  ...column('ts/maximum.spec/yearmonth-exclusive', { type: 'yearmonth', constraints: { exclusiveMaximum: '2024-05' } }, ['2024-01', '2024-03', '2024-05', '2024-06'], { 3: 'constraint:exclusiveMaximum', 4: 'constraint:exclusiveMaximum' }),

  // frictionless-ts, table/field/checks/minimum.spec.ts
  ...column('ts/minimum.spec/valid', { type: 'number', constraints: { minimum: 5 } }, [10.5, 20.75, 30.0]),
  ...column('ts/minimum.spec/invalid', { type: 'number', constraints: { minimum: 10 } }, [20.5, 30.0, 40, 3.5], { 4: 'constraint:minimum' }),
  ...column('ts/minimum.spec/exclusive', { type: 'number', constraints: { exclusiveMinimum: 10 } }, [20.5, 30.0, 10.0, 5.5], { 3: 'constraint:exclusiveMinimum', 4: 'constraint:exclusiveMinimum' }),
  ...column('ts/minimum.spec/string-bound', { type: 'number', constraints: { minimum: '5' } }, [10.5, 20.75, 3.0], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/exclusive-string', { type: 'number', constraints: { exclusiveMinimum: '10' } }, [20.5, 10.0, 5.5], { 2: 'constraint:exclusiveMinimum', 3: 'constraint:exclusiveMinimum' }),
  ...column('ts/minimum.spec/datetime', { type: 'datetime', constraints: { minimum: '2024-01-15T00:00:00' } }, ['2024-01-15T14:30:00', '2024-02-20T08:15:00', '2024-01-10T10:00:00'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/groupChar', { type: 'integer', groupChar: ',', constraints: { minimum: '3,000' } }, ['5,000', '10,500', '2,500'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/decimalChar', { type: 'number', decimalChar: ',', constraints: { minimum: '3,0' } }, ['5,5', '10,75', '2,3'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/group-decimal', { type: 'number', groupChar: '.', decimalChar: ',', constraints: { minimum: '3.000,00' } }, ['5.000,50', '10.500,75', '2.500,30'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/bareNumber', { type: 'number', bareNumber: false, constraints: { minimum: '$3.00' } }, ['$5.00', '$10.50', '$2.50'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/date', { type: 'date', constraints: { minimum: '2024-01-10' } }, ['2024-01-15', '2024-02-20', '2024-01-05'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/time', { type: 'time', constraints: { minimum: '13:00:00' } }, ['14:30:00', '16:45:00', '12:15:00'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/date-format', { type: 'date', format: '%d/%m/%Y', constraints: { minimum: '10/01/2024' } }, ['15/01/2024', '20/02/2024', '05/01/2024'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/year', { type: 'year', constraints: { minimum: '2019' } }, ['2020', '2021', '2018'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/year-exclusive', { type: 'year', constraints: { exclusiveMinimum: '2019' } }, ['2020', '2021', '2019', '2018'], { 3: 'constraint:exclusiveMinimum', 4: 'constraint:exclusiveMinimum' }),
  ...column('ts/minimum.spec/yearmonth', { type: 'yearmonth', constraints: { minimum: '2024-02' } }, ['2024-03', '2024-05', '2024-01'], { 3: 'constraint:minimum' }),
  ...column('ts/minimum.spec/yearmonth-exclusive', { type: 'yearmonth', constraints: { exclusiveMinimum: '2024-02' } }, ['2024-03', '2024-05', '2024-02', '2024-01'], { 3: 'constraint:exclusiveMinimum', 4: 'constraint:exclusiveMinimum' }),

  // frictionless-ts, table/field/types/array.spec.ts and object.spec.ts (jsonSchema constraint)
  ...column('ts/array.spec/jsonSchema-valid', { type: 'array', constraints: { jsonSchema: { type: 'array', items: { type: 'number' }, minItems: 3, maxItems: 3 } } }, ['[80,90,100]', '[75,85,95]', '[90,95,100]']),
  ...column('ts/array.spec/jsonSchema-invalid', { type: 'array', constraints: { jsonSchema: { type: 'array', items: { type: 'number' }, minItems: 2 } } }, ['[1,2,3]', '["not","numbers"]', '[1]', '[4,5,6]'], { 2: 'constraint:jsonSchema', 3: 'constraint:jsonSchema' }),
  ...column('ts/array.spec/jsonSchema-objects', { type: 'array', constraints: { jsonSchema: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'number' } }, required: ['name', 'age'] } } } }, ['[{"name":"John","age":30},{"name":"Jane","age":25}]', '[{"name":"Bob","age":"invalid"}]'], { 2: 'constraint:jsonSchema' }),
  ...column('ts/array.spec/jsonSchema-unique', { type: 'array', constraints: { jsonSchema: { type: 'array', items: { type: 'string' }, uniqueItems: true } } }, ['["unique","values"]', '["duplicate","duplicate"]'], { 2: 'constraint:jsonSchema' }),
  ...column('ts/object.spec/jsonSchema-valid', { type: 'object', constraints: { jsonSchema: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'number' } }, required: ['name', 'age'] } } }, ['{"name":"John","age":30}', '{"name":"Jane","age":25}', '{"name":"Bob","age":35}']),
  ...column('ts/object.spec/jsonSchema-invalid', { type: 'object', constraints: { jsonSchema: { type: 'object', properties: { name: { type: 'string' }, age: { type: 'number' } }, required: ['name', 'age'] } } }, ['{"name":"John","age":30}', '{"name":"Jane"}', '{"age":25}', '{"name":"Bob","age":"invalid"}'], { 2: 'constraint:jsonSchema', 3: 'constraint:jsonSchema', 4: 'constraint:jsonSchema' }),
  ...column('ts/object.spec/jsonSchema-nested', { type: 'object', constraints: { jsonSchema: { type: 'object', properties: { database: { type: 'object', properties: { host: { type: 'string' }, port: { type: 'number' } }, required: ['host', 'port'] }, cache: { type: 'object', properties: { enabled: { type: 'boolean' } }, required: ['enabled'] } }, required: ['database', 'cache'] } } }, ['{"database":{"host":"localhost","port":5432},"cache":{"enabled":true}}', '{"database":{"host":"localhost","port":"invalid"},"cache":{"enabled":true}}'], { 2: 'constraint:jsonSchema' }),
  ...column('ts/object.spec/jsonSchema-array-properties', { type: 'object', constraints: { jsonSchema: { type: 'object', properties: { items: { type: 'array', items: { type: 'number' } }, name: { type: 'string' } }, required: ['items', 'name'] } } }, ['{"items":[1,2,3],"name":"test"}', '{"items":["not","numbers"],"name":"test"}'], { 2: 'constraint:jsonSchema' }),
  // frictionless-ts, table/field/types/geojson.spec.ts ("should not validate jsonSchema constraints for geojson fields"):
  // ts accepts the schema and ignores the constraint; the spec gives jsonSchema to array and object fields only and says
  // implementations SHOULD report an unsupported constraint, as frictionless-py does for its own: following the spec.
  ...column('ts/geojson.spec/jsonSchema', { type: 'geojson', constraints: { jsonSchema: { type: 'object', properties: { coordinates: { type: 'array', items: { type: 'number', minimum: -50, maximum: 50 } } } } } }, ['{"type":"Point","coordinates":[0,0]}', '{"type":"Point","coordinates":[100,200]}'], { 1: 'schema-refused', 2: 'schema-refused' }),
];
