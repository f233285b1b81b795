// Schema acceptance: which descriptors load. frictionless-py's schema and field
// tests, frictionless-ts's schema fixtures, and the v2 additions the issue
// lists (each with the spec text it rests on).
import type { SchemaCase } from './harness.js';

const one = (field: Record<string, unknown>) => ({ fields: [{ name: 'field', ...field }] });

// frictionless-py, frictionless/schema/__spec__/field/test_constraints.py (test_field_constraint_field_type):
// [constraints, type, valid]. Where the spec's table differs (minimum and maximum apply to duration in v2), the
// spec wins and the row is marked so.
const applicability: ReadonlyArray<readonly [Record<string, unknown>, string, boolean]> = [
  [{ minLength: 4 }, 'any', false], [{ minLength: 4 }, 'array', true], [{ minLength: 4 }, 'boolean', false], [{ minLength: 4 }, 'date', false],
  [{ minLength: 4 }, 'datetime', false], [{ minLength: 4 }, 'duration', false], [{ minLength: 4 }, 'geojson', false], [{ minLength: 4 }, 'geopoint', false],
  [{ minLength: 4 }, 'integer', false], [{ minLength: 4 }, 'number', false], [{ minLength: 4 }, 'object', true], [{ minLength: 4 }, 'string', true],
  [{ minLength: 4 }, 'time', false], [{ minLength: 4 }, 'year', false], [{ minLength: 4 }, 'yearmonth', false],
  [{ maxLength: 3 }, 'any', false], [{ maxLength: 3 }, 'array', true], [{ maxLength: 3 }, 'boolean', false], [{ maxLength: 3 }, 'date', false],
  [{ maxLength: 3 }, 'datetime', false], [{ maxLength: 3 }, 'duration', false], [{ maxLength: 3 }, 'geojson', false], [{ maxLength: 3 }, 'geopoint', false],
  [{ maxLength: 3 }, 'integer', false], [{ maxLength: 3 }, 'number', false], [{ maxLength: 3 }, 'object', true], [{ maxLength: 3 }, 'string', true],
  [{ maxLength: 3 }, 'time', false], [{ maxLength: 3 }, 'year', false], [{ maxLength: 3 }, 'yearmonth', false],
  [{ minimum: 4 }, 'any', false], [{ minimum: 4 }, 'array', false], [{ minimum: 4 }, 'boolean', false], [{ minimum: '1789-07-14' }, 'date', true],
  [{ minimum: '1789-07-14T08:00:00Z' }, 'datetime', true], [{ minimum: 4 }, 'duration', false], [{ minimum: 4 }, 'geojson', false], [{ minimum: 4 }, 'geopoint', false],
  [{ minimum: 4 }, 'integer', true], [{ minimum: 4 }, 'number', true], [{ minimum: 4 }, 'object', false], [{ minimum: 4 }, 'string', false],
  [{ minimum: '07:07:07' }, 'time', true], [{ minimum: 4 }, 'year', true], [{ minimum: '1789-07' }, 'yearmonth', true],
  [{ maximum: 4 }, 'any', false], [{ maximum: 4 }, 'array', false], [{ maximum: 4 }, 'boolean', false], [{ maximum: '2001-01-01' }, 'date', true],
  [{ maximum: '2001-01-01T12:00:00Z' }, 'datetime', true], [{ maximum: 4 }, 'duration', false], [{ maximum: 4 }, 'geojson', false], [{ maximum: 4 }, 'geopoint', false],
  [{ maximum: 4 }, 'integer', true], [{ maximum: 4 }, 'number', true], [{ maximum: 4 }, 'object', false], [{ maximum: 4 }, 'string', false],
  [{ maximum: '08:09:10' }, 'time', true], [{ maximum: 4 }, 'year', true], [{ maximum: '2001-01' }, 'yearmonth', true],
  [{ pattern: '[0-9]+' }, 'any', false], [{ pattern: '[0-9]+' }, 'array', false], [{ pattern: '[0-9]+' }, 'boolean', false], [{ pattern: '[0-9]+' }, 'date', false],
  [{ pattern: '[0-9]+' }, 'datetime', false], [{ pattern: '[0-9]+' }, 'duration', false], [{ pattern: '[0-9]+' }, 'geojson', false], [{ pattern: '[0-9]+' }, 'geopoint', false],
  [{ pattern: '[0-9]+' }, 'integer', false], [{ pattern: '[0-9]+' }, 'number', false], [{ pattern: '[0-9]+' }, 'object', false], [{ pattern: '[0-9]+' }, 'string', true],
  [{ pattern: '[0-9]+' }, 'time', false], [{ pattern: '[0-9]+' }, 'year', false], [{ pattern: '[0-9]+' }, 'yearmonth', false],
];

// frictionless-py, data/ fixtures used by frictionless/schema/__spec__/test_general.py and test_validate.py
const pyFixtures: ReadonlyArray<readonly [string, unknown, 'accepted' | 'refused']> = [
  ['data/schema-valid-simple.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }] }, 'accepted'],
  ['data/schema-valid-full.json', { fields: [{ name: 'first_name', title: 'First Name', type: 'string', description: 'The first name of the person' }, { name: 'last_name', title: 'Last Name', type: 'string', description: 'The last name of the person' }, { name: 'gender', title: 'Gender', type: 'string', description: 'The gender of the person.' }, { name: 'age', title: 'Age', type: 'integer', description: 'The age of this person.' }, { name: 'period_employed', title: 'Period Employed', type: 'number', description: 'The period of employment, in years (eg: 2.6 Y).' }, { name: 'employment_start', title: 'Employment Start', type: 'date', description: 'The date this person started employment.' }, { name: 'daily_start', title: 'Daily Start', type: 'time', description: 'Usual start time for this person.' }, { name: 'daily_end', title: 'Daily End', type: 'time', description: 'Usual end time for this person.' }, { name: 'is_management', title: 'Is Management', type: 'boolean', description: 'Is this person part of upper management.' }, { name: 'photo', title: 'Photo', type: 'string', format: 'binary', description: 'A photo of this person.' }, { name: 'interests', title: 'Interests', type: 'array', description: 'Declared interests of this person (work-related).' }, { name: 'home_location', title: 'Home Location', type: 'geopoint', description: "A geopoint for this person's home address." }, { name: 'position_title', title: 'Position Title', type: 'string', description: "This person's position in the company." }, { name: 'extra', title: 'Extra', type: 'object', description: 'Extra information about this person.' }, { name: 'notes', title: 'Notes', type: 'any', description: 'Add any relevant notes for HR.' }], primaryKey: ['first_name', 'last_name', 'period_employed', 'home_location'], foreignKeys: [{ fields: ['position_title'], reference: { resource: 'positions', fields: ['name'] } }] }, 'accepted'],
  ['data/schema-valid-pk-array.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], primaryKey: ['id', 'title'] }, 'accepted'],
  ['data/schema-valid-fk-array.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], foreignKeys: [{ fields: ['id', 'title'], reference: { datapackage: 'http://data.okfn.org/data/mydatapackage/', resource: 'the-resource', fields: ['fk_id', 'title_id'] } }] }, 'accepted'],
  ['data/schema-invalid-empty.json', {}, 'refused'],
  ['data/schema-invalid-pk-string.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], primaryKey: 'identifier' }, 'refused'],
  ['data/schema-invalid-pk-array.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], primaryKey: ['id', 'titel'] }, 'refused'],
  ['data/schema-invalid-fk-string.json', { fields: [{ name: 'state' }], foreignKeys: [{ fields: 'doesnotexist', reference: { datapackage: 'http://data.okfn.org/data/mydatapackage/', resource: 'the-resource', fields: 'state_id' } }] }, 'refused'],
  ['data/schema-invalid-fk-no-reference.json', { fields: [{ name: 'state' }], foreignKeys: [{ fields: 'state' }] }, 'refused'],
  ['data/schema-invalid-fk-array.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }], foreignKeys: [{ fields: ['id', 'title'], reference: { datapackage: 'http://data.okfn.org/data/mydatapackage/', resource: 'the-resource', fields: 'no' } }] }, 'refused'],
  ['data/schema-invalid-fk-string-array-ref.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], foreignKeys: [{ fields: 'id', reference: { datapackage: 'http://data.okfn.org/data/mydatapackage/', resource: 'the-resource', fields: ['id_1', 'title_id'] } }] }, 'refused'],
  ['data/schema-invalid-fk-array-string-ref.json', { fields: [{ name: 'id', title: 'Identifier', type: 'integer' }, { name: 'title', title: 'Title', type: 'string' }], foreignKeys: [{ fields: ['id', 'title'], reference: { datapackage: 'http://data.okfn.org/data/mydatapackage/', resource: 'the-resource', fields: 'no' } }] }, 'refused'],
  ['data/schema.json', { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }] }, 'accepted'],
  ['data/schema-invalid.json (required outside constraints)', { fields: [{ name: 'id', type: 'integer', required: true }, { name: 'name', type: 'string' }] }, 'refused'],
  ['data/invalid-schema.json (default field type)', { fields: [{ name: 'name' }, { name: 'id', type: 'integer' }] }, 'accepted'],
  ['data/schema-valid.json', { fields: [{ name: 'id', title: 'ID', type: 'integer', description: 'The id.', constraints: { required: true } }, { name: 'name', title: 'Name', type: 'string', description: 'The name.', constraints: { required: true } }, { name: 'age', title: 'Age', type: 'integer', description: 'The age.', constraints: { required: true } }], primaryKey: 'id' }, 'accepted'],
];

const v1 = 'https://datapackage.org/profiles/1.0/tableschema.json';
const v2 = 'https://datapackage.org/profiles/2.0/tableschema.json';
const custom = 'https://example.com/profiles/custom-tableschema.json';
const objectMissing = [{ value: '-99', label: 'REFUSED' }];

export const schemaCases: SchemaCase[] = [
  ...applicability.map(([constraints, type, valid], i): SchemaCase => ({
    id: `py/test_constraints/field_type#${i + 1} ${Object.keys(constraints)[0]} on ${type}`,
    descriptor: one({ type, constraints }),
    expect: valid ? 'accepted' : 'refused',
  })),
  ...pyFixtures.map(([name, descriptor, expect]): SchemaCase => ({ id: `py/${name}`, descriptor, expect })),
  // frictionless-py, frictionless/schema/__spec__/test_general.py
  { id: 'py/test_general/DESCRIPTOR_MAX', descriptor: { fields: [{ name: 'id', type: 'string', constraints: { required: true } }, { name: 'height', type: 'number' }, { name: 'age', type: 'integer' }, { name: 'name', type: 'string' }, { name: 'occupation', type: 'string' }], missingValues: ['', '-', 'null'], primaryKey: ['id'], foreignKeys: [{ fields: ['name'], reference: { resource: '', fields: ['id'] } }] }, expect: 'accepted' },
  { id: 'py/test_general/primary_foreign_keys_as_string', descriptor: { fields: [{ name: 'name', type: 'string' }, { name: 'parent_id', type: 'string' }], primaryKey: 'name', foreignKeys: [{ fields: 'parent_id', reference: { resource: 'resource', fields: 'id' } }] }, expect: 'accepted' },
  { id: 'py/test_general/metadata_error_message (type "other")', descriptor: { fields: [{ name: 'name', type: 'other' }] }, expect: 'refused' },
  { id: 'py/test_general/bad_schema_format (format not a string)', descriptor: { fields: [{ name: 'name', type: 'boolean', format: { trueValues: 'Yes', falseValues: 'No' } }] }, expect: 'refused' },
  { id: 'py/test_general/valid_examples', descriptor: { fields: [{ name: 'name', type: 'string', example: 'John' }, { name: 'age', type: 'integer', example: 42 }] }, expect: 'accepted' },
  { id: 'py/test_general/invalid_example', descriptor: { fields: [{ name: 'name', type: 'number', example: 'bad' }] }, expect: 'refused' },
  ...['exact', 'equal', 'subset', 'superset', 'partial'].map((value): SchemaCase => ({ id: `py/test_general/fields_match ${value}`, descriptor: { fields: [{ name: 'id', type: 'string' }], fieldsMatch: value }, expect: 'accepted' })),
  { id: 'py/test_general/field_date_format_issue_177', descriptor: { fields: [{ name: 'myfield', type: 'date', format: '%d/%m/%y' }] }, expect: 'accepted' },
  { id: 'py/test_general/field_time_format_issue_177', descriptor: { fields: [{ name: 'myfield', type: 'time', format: '%H:%M:%S' }] }, expect: 'accepted' },
  { id: 'py/test_general/not_supported_type_issue_goodtables_304', descriptor: { fields: [{ name: 'name' }, { name: 'age', type: 'bad' }] }, expect: 'refused' },
  // frictionless-py, frictionless/schema/__spec__/field/test_general.py (test_field_with_example_set_for_datetime)
  { id: 'py/field/test_general/example date %d/%m/%Y', descriptor: one({ type: 'date', example: '15/03/2023', format: '%d/%m/%Y' }), expect: 'accepted' },
  { id: 'py/field/test_general/example date %Y-%m-%dT%H:%M:%SZ', descriptor: one({ type: 'date', example: '2001-01-01T12:00:00Z', format: '%Y-%m-%dT%H:%M:%SZ' }), expect: 'accepted' },
  // frictionless-py, frictionless/fields/__spec__/test_boolean.py (examples must be valid values, fix issue 1610)
  { id: 'py/test_boolean/example yes', descriptor: { fields: [{ name: 'IsTrue', type: 'boolean', trueValues: ['yes'], example: 'yes' }] }, expect: 'accepted' },
  { id: 'py/test_boolean/invalid example', descriptor: { fields: [{ name: 'IsTrue', type: 'boolean', falseValues: ['no'], example: 'invalid' }] }, expect: 'refused' },
  // frictionless-py, frictionless/schema/__spec__/test_validate.py
  { id: 'py/test_validate/fields not an array', descriptor: { fields: 'bad' }, expect: 'refused' },
  { id: 'py/test_validate/fields_match unknown value', descriptor: { fields: [{ name: 'name', type: 'string' }], fieldsMatch: 'bogus' }, expect: 'refused' },
  ...([
    ['valid-strings', ['', 'NA'], 'accepted'],
    ['valid-duplicate-strings', ['NA', 'NA'], 'accepted'],
    ['valid-objects', [{ value: '-99', label: 'REFUSED' }, { value: '', label: 'OMITTED' }], 'accepted'],
    ['missing-labels-do-not-collide', [{ value: '-99' }, { value: '-1' }], 'accepted'],
    ['duplicate-value', [{ value: '-99', label: 'REFUSED' }, { value: '-99', label: 'OMITTED' }], 'refused'],
    ['duplicate-label', [{ value: '-99', label: 'REFUSED' }, { value: '', label: 'REFUSED' }], 'refused'],
    ['duplicate-value-and-label', [{ value: '-99', label: 'REFUSED' }, { value: '-99', label: 'REFUSED' }], 'refused'],
  ] as const).map(([name, missingValues, expect]): SchemaCase => ({ id: `py/test_validate/missing_values_uniqueness ${name}`, descriptor: { fields: [{ name: 'name', type: 'string' }], missingValues }, expect })),
  { id: 'py/test_validate/field_missing_values_uniqueness', descriptor: { fields: [{ name: 'name', type: 'string', missingValues: [{ value: '-99', label: 'REFUSED' }, { value: '-99', label: 'OMITTED' }] }] }, expect: 'refused' },
  ...([
    ['v1-objects-rejected', v1, objectMissing, 'refused'],
    ['v1-strings-valid', v1, ['', 'NA'], 'accepted'],
    ['v2-objects-valid', v2, objectMissing, 'accepted'],
    ['custom-objects-valid', custom, objectMissing, 'accepted'],
    ['no-schema-objects-valid', undefined, objectMissing, 'accepted'],
  ] as const).map(([name, $schema, missingValues, expect]): SchemaCase => ({ id: `py/test_validate/missing_values_version_gate ${name}`, descriptor: { ...($schema ? { $schema } : {}), fields: [{ name: 'name', type: 'string' }], missingValues }, expect })),
  ...([
    ['v1-schema-rejects-field-objects', v1, 'refused'],
    ['v2-schema-accepts-field-objects', v2, 'accepted'],
    ['no-schema-accepts-field-objects', undefined, 'accepted'],
  ] as const).map(([name, $schema, expect]): SchemaCase => ({ id: `py/test_validate/field_inherits_schema ${name}`, descriptor: { ...($schema ? { $schema } : {}), fields: [{ name: 'name', type: 'string', missingValues: objectMissing }] }, expect })),

  // frictionless-ts, metadata/schema/fixtures (loadSchema, validateSchema, assertSchema)
  { id: 'ts/fixtures/schema.json', descriptor: { fields: [{ name: 'id', type: 'integer' }, { name: 'name', type: 'string' }] }, expect: 'accepted' },
  { id: 'ts/fixtures/schema-invalid.json (type 123)', descriptor: { fields: [{ name: 'id', type: 123 }] }, expect: 'refused' },
  { id: 'ts/fixtures/schema-full.json', descriptor: { $schema: v2, name: 'users', title: 'User Data Schema', description: 'A comprehensive schema for user data', fields: [{ name: 'id', type: 'integer', constraints: { required: true, unique: true } }, { name: 'email', type: 'string', format: 'email', constraints: { required: true } }, { name: 'name', type: 'string', constraints: { minLength: 1, maxLength: 100 } }, { name: 'age', type: 'integer', constraints: { minimum: 0, maximum: 150 } }, { name: 'score', type: 'number' }, { name: 'active', type: 'boolean' }, { name: 'created_at', type: 'datetime' }, { name: 'birth_date', type: 'date' }, { name: 'department_id', type: 'integer' }], primaryKey: 'id', uniqueKeys: [['email'], ['name', 'department_id']], foreignKeys: [{ fields: 'department_id', reference: { resource: 'departments', fields: 'id' } }], missingValues: ['', 'NA', 'N/A', 'null'] }, expect: 'accepted' },

  // Table Schema v2 (datapackage.org/standard/table-schema): what the spec allows that holdout refused before.
  { id: 'spec/list type with itemType, delimiter, minLength/maxLength', descriptor: one({ type: 'list', itemType: 'integer', delimiter: ';', constraints: { minLength: 1, maxLength: 5 } }), expect: 'accepted' },
  { id: 'spec/jsonSchema on object', descriptor: one({ type: 'object', constraints: { jsonSchema: { type: 'object', required: ['a'] } } }), expect: 'accepted' },
  { id: 'spec/jsonSchema on array', descriptor: one({ type: 'array', constraints: { jsonSchema: { type: 'array', items: { type: 'number' } } } }), expect: 'accepted' },
  { id: 'spec/jsonSchema on string (Fields: array, object)', descriptor: one({ type: 'string', constraints: { jsonSchema: { type: 'string' } } }), expect: 'refused' },
  { id: 'spec/field MAY contain any number of other properties', descriptor: one({ type: 'string', unit: 'kg', 'skos:exactMatch': 'x' }), expect: 'accepted' },
  { id: 'spec/schema MAY carry other properties', descriptor: { fields: [{ name: 'a' }], primaryKeyDescription: 'none', version: '1.0' }, expect: 'accepted' },
  { id: 'spec/duplicate names MUST NOT be read as an invalid descriptor', descriptor: { fields: [{ name: 'a' }, { name: 'a' }] }, expect: 'accepted' },
  { id: 'spec/groupChar empty string', descriptor: one({ type: 'number', groupChar: '' }), expect: 'accepted' },
  { id: 'spec/groupChar longer than one character', descriptor: one({ type: 'integer', groupChar: "''" }), expect: 'accepted' },
  ...['%x', '%X', '%c', '%Z', '%z', '%p', '%j', '%a', '%A', '%w', '%U', '%W'].map((directive): SchemaCase => ({
    id: `spec/strptime directive ${directive}`,
    descriptor: one({ type: 'datetime', format: `%Y-%m-%d ${directive}` }),
    expect: 'accepted',
  })),
  { id: 'spec/categories on string', descriptor: one({ type: 'string', categories: ['a', { value: 'b', label: 'Bee' }] }), expect: 'accepted' },
  { id: 'spec/categoriesOrdered', descriptor: one({ type: 'integer', categories: [1, 2, 3], categoriesOrdered: true }), expect: 'accepted' },
  { id: 'spec/minimum on duration (v2 list of types)', descriptor: one({ type: 'duration', constraints: { minimum: 'P1D' } }), expect: 'accepted' },
  { id: 'spec/enum on boolean (Fields: all)', descriptor: one({ type: 'boolean', constraints: { enum: [true] } }), expect: 'accepted' },
  { id: 'spec/fmt: prefix removed', descriptor: one({ type: 'date', format: 'fmt:%d/%m/%Y' }), expect: 'accepted' },
  { id: 'spec/uniqueKeys', descriptor: { fields: [{ name: 'a' }, { name: 'b' }], uniqueKeys: [['a'], ['a', 'b']] }, expect: 'accepted' },
  { id: 'spec/self-referencing foreign key without resource', descriptor: { fields: [{ name: 'parent' }, { name: 'id' }], foreignKeys: [{ fields: ['parent'], reference: { fields: ['id'] } }] }, expect: 'accepted' },
];
