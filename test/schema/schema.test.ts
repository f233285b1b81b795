// Schema loading: a valid Frictionless schema loads; every mistake is a
// ConfigurationError naming the schema file, the line and the key path.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../shared/errors.js';
import { compileTableSchema } from '../../shared/schema/load.js';
import { INVALID } from '../../shared/schema/fields.js';
import { userFile } from '../../shared/io/user-file.js';
import { validateData } from '../../shared/validate/run.js';
import { tempDir, writeFiles } from '../helpers.js';

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
    expect(schemaError('fields:\n  - name: a\n    type: string\n    format: phone\n').message).toBe('schema.yaml:4: fields[0].format: format "phone" is not known for type string');
    expect(schemaError('fields: []\n').message).toMatch(/a schema needs at least one field/);
    expect(schemaError('fields: [\n').message).toMatch(/^schema\.yaml:\d+: cannot parse/);
    expect(schemaError('fields:\n  - name: a\n    constraints: { minLength: -1 }\n').message).toMatch(/^schema\.yaml:3: fields\[0\]\.constraints\.minLength/);
    expect(schemaError('fields:\n  - name: a\n    type: integer\n    constraints: { pattern: "[0-9]+" }\n').message).toBe('schema.yaml:4: fields[0].constraints.pattern: pattern does not apply to type integer (only to string)');
    expect(schemaError('fields:\n  - name: a\n    constraints: { pattern: "[a-z-[aeiou]]" }\n').message).toMatch(/^schema\.yaml:3: fields\[0\]\.constraints\.pattern: invalid regular expression: character class subtraction .* is not supported/);
    expect(schemaError('fields:\n  - name: a\n    constraints: { pattern: "(a)\\\\1" }\n').message).toMatch(/back-references are not part of XML Schema/);
  });

  it('accepts what the v2 spec allows: other properties, duplicate names, list, jsonSchema, { value, label } missing values', () => {
    const schema = compileTableSchema(JSON.stringify({
      fields: [
        { name: 'a', type: 'list', itemType: 'integer', delimiter: ';', unit: 'kg', constraints: { minLength: 1 } },
        { name: 'a', type: 'object', constraints: { jsonSchema: { type: 'object', required: ['k'] } } },
        { name: 'n', type: 'number', groupChar: '', missingValues: [{ value: '-99', label: 'REFUSED' }] },
        { name: 't', type: 'datetime', format: '%x %X %Z' },
      ],
      version: '1.0',
    }), 'schema.json');
    const [list, object, number, when] = schema.fields;
    expect(list!.cast('1;2;3')).toEqual([1, 2, 3]);
    expect(object!.limits.jsonSchema!({ k: 1 })).toBe(true);
    expect(object!.limits.jsonSchema!({})).toBe(false);
    expect([...number!.missingValues]).toEqual(['-99']);
    expect(when!.cast('12/31/99 23:59:00 UTC')).toBe(Date.UTC(1999, 11, 31, 23, 59));
  });
});

describe('pattern: XML Schema regular expressions, whole-value match', () => {
  const matcher = (pattern: string) => compileTableSchema(`fields:\n  - name: a\n    constraints: { pattern: ${JSON.stringify(pattern)} }\n`, 'schema.yaml').fields[0]!.limits.pattern!;

  it('agrees with Python re.fullmatch where XML Schema and Python regexes mean the same', () => {
    const patterns = ['[A-Z]{2}[0-9]+', 'a|b', '(ab|cd)*e', '\\d{3}-\\d{4}', '[^abc]+', 'x?y{2,3}', '(a+)+', '[a-z]+@[a-z]+\\.(com|org)', '(\\.\\d{1,3}){3}', '^abc$', '[\\-+]?\\d+', 'colou?r', '(?:a|b)c*?', '[a-c-]+', '(a|ab)(c|bcd)(d*)'];
    const inputs = ['AB12', 'ab', 'abcde', 'cdabe', 'e', '123-4567', 'xyz', 'abc', 'yy', 'xyyy', 'aaaa', 'joe@ex.com', '.1.22.333', 'a-c', '-12', '+3', 'color', 'colour', 'bccc', 'abcd', 'abcdd'];
    const cases = patterns.flatMap((p) => inputs.map((s) => [p, s] as const));
    const python = execFileSync('/usr/bin/python3', ['-c', 'import re, json, sys\nprint(json.dumps([bool(re.fullmatch(p, s)) for p, s in json.load(sys.stdin)]))'], { input: JSON.stringify(cases) });
    const expected = JSON.parse(python.toString()) as boolean[];
    expect(cases.map(([p, s]) => matcher(p).test(s))).toEqual(expected);
  });

  it('uses XML Schema meanings of \\w, \\s, ., \\i and \\c', () => {
    expect(matcher('\\w+').test('a$2')).toBe(true); // XML Schema \w excludes only punctuation, separators and others; $ is a symbol
    expect(matcher('\\w+').test('a-b')).toBe(false);
    expect(matcher('a.c').test('a\rc')).toBe(false);
    expect(matcher('\\s').test('\u00a0')).toBe(false);
    expect(matcher('\\i\\c*').test('xml:name-1.x')).toBe(true);
    expect(matcher('\\i\\c*').test('1abc')).toBe(false);
    expect(matcher('\\d+').test('١٢٣')).toBe(true); // \d is \p{Nd}
    expect(matcher('[\\p{Lu}\\d]+').test('AB12')).toBe(true);
    expect(schemaError('fields:\n  - name: a\n    constraints: { pattern: "\\\\p{IsBasicLatin}+" }\n').message).toMatch(/Unicode block escapes such as \\p\{IsBasicLatin\} are not supported/);
    expect(schemaError('fields:\n  - name: a\n    constraints: { pattern: "(?=a)a" }\n').message).toMatch(/lookahead and lookbehind are not part of XML Schema/);
  });
});

describe('bounded cell checks', () => {
  it('matches a catastrophic pattern in linear time: (a+)+ on 40 characters and on 100 KB', () => {
    const field = compileTableSchema('fields:\n  - name: a\n    constraints: { pattern: "(a+)+" }\n', 'schema.yaml').fields[0]!;
    const pattern = field.limits.pattern!;
    const start = performance.now();
    expect(pattern.test('a'.repeat(40) + '!')).toBe(false);
    expect(pattern.test('a'.repeat(100_000) + '!')).toBe(false);
    expect(pattern.test('a'.repeat(40))).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('reads a JSON cell nested 100,000 deep as no value of the field, instead of overflowing the stack', async () => {
    const dir = await tempDir();
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    await writeFiles(dir, {
      's.json': JSON.stringify({ fields: [{ name: 'i', type: 'integer' }, { name: 'a', type: 'array', constraints: { unique: true } }] }),
      'd.csv': `i,a\n1,[1]\n2,${deep}\n3,[1]\n`,
    });
    const { document } = await validateData({ data: ['d.csv'], baseDir: dir, schema: userFile(dir, 's.json') });
    expect(document.data.errors.map((e) => [e.row, e.type])).toEqual([[2, 'type-error'], [3, 'unique-error']]);
  });

  it('checks jsonSchema uniqueItems on a 100,000-item array in linear time', () => {
    const field = compileTableSchema(JSON.stringify({ fields: [{ name: 'a', type: 'array', constraints: { jsonSchema: { uniqueItems: true } } }] }), 'schema.json').fields[0]!;
    const items = Array.from({ length: 100_000 }, (_, i) => ({ k: i }));
    const start = performance.now();
    expect(field.limits.jsonSchema!(items)).toBe(true);
    expect(field.limits.jsonSchema!([...items, { k: 5 }])).toBe(false);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('strips a 400 KB run of text before a digit (bareNumber: false) in linear time', () => {
    const field = compileTableSchema('fields:\n  - name: a\n    type: number\n    bareNumber: false\n', 'schema.yaml').fields[0]!;
    const start = performance.now();
    expect(field.cast('1' + 'x'.repeat(400_000) + '1')).toBe(INVALID);
    expect(field.cast('€ 12.5' + '%'.repeat(400_000))).toBe(12.5);
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('checks format: email on a 400 KB cell in well under a second', () => {
    const field = compileTableSchema('fields:\n  - name: a\n    format: email\n', 'schema.yaml').fields[0]!;
    const hostile = 'a@' + 'a.'.repeat(200_000) + '@';
    const start = performance.now();
    expect(field.cast(hostile)).toBe(INVALID);
    expect(field.cast('a@' + 'b'.repeat(400_000) + '.org')).not.toBe(INVALID);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
