// Schema loading: a valid Frictionless schema loads; every mistake is a
// ConfigurationError naming the schema file, the line and the key path.
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { compileTableSchema } from '../../shared/schema/load.js';

function schemaError(text: string, file = 'schema.yaml'): ConfigurationError {
  try {
    compileTableSchema(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('compileTableSchema', () => {
  it('accepts a Frictionless schema in JSON, with vendor extensions', () => {
    const schema = compileTableSchema(
      JSON.stringify({
        $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
        fields: [
          { name: 'id', type: 'integer', title: 'ID', constraints: { required: true }, 'x-vendor': { anything: 1 } },
          { name: 'when', type: 'date', format: '%Y/%m/%d' },
          { name: 'tag' },
        ],
        primaryKey: ['id'],
        missingValues: ['', 'n/a'],
        foreignKeys: [],
        'x-other': true,
      }),
      'schema.json',
    );
    expect(schema.fields.map((f) => f.typeLabel)).toEqual(['integer/default', 'date/%Y/%m/%d', 'string/default']);
    expect(schema.fieldsMatch).toBe('exact');
    expect(schema.keyGroups).toEqual([{ kind: 'primaryKey', fields: ['id'] }]);
    expect(schema.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('suggests the key meant by a misspelling, with its line', () => {
    const error = schemaError('fields:\n  - name: a\n    type: integer\n    constraints:\n      maximun: 3\n');
    expect(error.message).toBe('schema.yaml:5: fields[0].constraints.maximun: unknown key (did you mean "maximum"?)');
    expect(schemaError('fields:\n  - name: a\n    tpye: integer\n').message).toBe('schema.yaml:3: fields[0].tpye: unknown key (did you mean "type"?)');
    expect(schemaError('fields: [{name: a}]\nx-holdout:\n  rowcount: {min: 1}\n').message).toBe('schema.yaml:3: x-holdout.rowcount: unknown key (did you mean "rowCount"?)');
  });

  it('rejects unknown types, bad regexes, bad bounds and unknown key fields', () => {
    expect(schemaError('fields:\n  - name: a\n    type: float\n').message).toMatch(/^schema\.yaml:3: fields\[0\]\.type: unknown type; use one of string, number, integer/);
    expect(schemaError('fields:\n  - name: a\n    constraints: { pattern: "[a-" }\n').message).toMatch(/^schema\.yaml:3: fields\[0\]\.constraints\.pattern: invalid regular expression/);
    expect(schemaError('fields:\n  - name: d\n    type: date\n    constraints: { minimum: "yesterday" }\n').message).toBe('schema.yaml:4: fields[0].constraints.minimum: "yesterday" is not a valid date for field "d"');
    expect(schemaError('fields:\n  - name: a\n    type: boolean\n    constraints: { maximum: 1 }\n').message).toBe('schema.yaml:4: fields[0].constraints.maximum: maximum does not apply to type boolean');
    expect(schemaError('fields:\n  - name: a\nprimaryKey: [b]\n').message).toBe('schema.yaml:3: primaryKey: "b" is not a field of this schema');
    expect(schemaError('fields:\n  - name: a\n  - name: a\n').message).toBe('schema.yaml:3: fields[1].name: duplicate field name "a"');
    expect(schemaError('fields:\n  - name: a\n    type: string\n    format: phone\n').message).toBe('schema.yaml:4: fields[0].format: format "phone" is not known for type string');
    expect(schemaError('fields: []\n').message).toMatch(/a schema needs at least one field/);
    expect(schemaError('fields: [\n').message).toMatch(/^schema\.yaml:\d+: cannot parse/);
    expect(schemaError('fields:\n  - name: a\n    constraints: { minLength: -1 }\n').message).toMatch(/^schema\.yaml:3: fields\[0\]\.constraints\.minLength/);
  });
});
