// Field compilation: turns a field descriptor into a caster (cell → a
// comparable primitive, or INVALID) and constraint checks over cast values.
// Temporal values cast to numbers (see temporal.ts), so min/max/enum/unique
// are plain comparisons on the hot path.

import { ConfigurationError } from '../errors.js';
import type { Cell } from '../data/batch.js';
import type { FieldDescriptor, FieldType } from './model.js';
import { isGeoJson, isTopoJson, isWkt } from './geo.js';
import { compileJsonSchema, JsonSchemaError } from './jsonschema.js';
import { compilePattern, PatternSyntaxError, type PatternMatcher } from './pattern.js';
import {
  compileStrptime,
  parseDuration,
  parseIsoDate,
  parseIsoDatetime,
  parseIsoTime,
  parseYearMonth,
} from './temporal.js';

export const INVALID: unique symbol = Symbol('invalid');
export type CastValue = string | number | boolean | object;
export type Caster = (cell: Cell) => CastValue | typeof INVALID;

export type ConstraintName =
  | 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'
  | 'minLength' | 'maxLength' | 'pattern' | 'enum' | 'jsonSchema';

export interface CompiledField {
  readonly name: string;
  readonly type: FieldType;
  readonly format: string;
  /** `integer/default`, as Frictionless names a type+format in messages. */
  readonly typeLabel: string;
  readonly missingValues: ReadonlySet<string>;
  readonly required: boolean;
  readonly unique: boolean;
  readonly cast: Caster;
  /** Which inline parser the validator may use for string cells (avoids a closure call per cell). */
  readonly fastKind: FastKind;
  /** Constraints with bounds already cast to the field's comparable values. */
  readonly limits: FieldLimits;
  /** Returns the first constraint the value breaks, or undefined. */
  readonly checkConstraints: ((value: CastValue, raw: Cell) => ConstraintName | undefined) | undefined;
  /** The constraint's value as the schema wrote it, for messages. */
  readonly constraintValue: (name: ConstraintName) => unknown;
  readonly maxMissingRate?: number;
  readonly mostly?: number;
}

export const FAST_GENERIC = 0;
export const FAST_STRING = 1;
export const FAST_NUMBER = 2;
export const FAST_INTEGER = 3;
export const FAST_DATE = 4;
export const FAST_DATETIME = 5;
/** A boolean field's cell matched in place against its trueValues and falseValues (limits.booleanValues). */
export const FAST_BOOLEAN = 6;
export type FastKind = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface FieldLimits {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Whole-value match in linear time (RE2), or in V8 when the pattern cannot backtrack badly (see pattern.ts). */
  readonly pattern?: PatternMatcher;
  /**
   * The pattern as a sticky regex for matching a cell in place (text, from
   * `start`), followed by a lookahead for what may end a cell. Only for
   * patterns V8 may run (see pattern.ts) and without anchors, whose meaning
   * would change.
   */
  readonly stickyPattern?: (delimiter: string) => RegExp;
  /** The `jsonSchema` constraint (array and object fields): true when the cast value conforms. */
  readonly jsonSchema?: (value: CastValue) => boolean;
  /** Allowed cast values; primitives compare by SameValueZero, objects by uniqueKeyOf. */
  readonly enum?: ReadonlySet<unknown>;
  readonly enumByKey: boolean;
  /** A boolean field's true and false strings (FAST_BOOLEAN). */
  readonly booleanValues?: { readonly trueValues: readonly string[]; readonly falseValues: readonly string[] };
}

export const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** An integer literal; surrounding whitespace is allowed, as Frictionless strips it (Number() does too). */
export const INTEGER_PATTERN = /^\s*[+-]?\d+\s*$/;
export const SPECIAL_NUMBERS = new Map<string, number>([
  ['NaN', NaN], ['nan', NaN], ['NAN', NaN],
  ['INF', Infinity], ['+INF', Infinity], ['-INF', -Infinity],
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['Infinity', Infinity], ['+Infinity', Infinity], ['-Infinity', -Infinity],
]);
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?!\/\/$)[^\s]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface CompileContext {
  file: string;
  /** Key path of this field, e.g. `fields[3]`. */
  key: string;
  schemaMissingValues: readonly string[];
}

/** Which constraints apply to which types (Table Schema v2, "Field Constraints"). */
const ORDERED = new Set<FieldType>(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const LENGTHY = new Set<FieldType>(['string', 'array', 'object', 'list']);
const PATTERNED = new Set<FieldType>(['string']);
const JSON_SCHEMA_TYPES = new Set<FieldType>(['array', 'object']);

export function compileField(field: FieldDescriptor, ctx: CompileContext): CompiledField {
  const format = field.format ?? 'default';
  const cast = compileCaster(field, format, ctx);
  // An example must be a value of the field, as frictionless-py checks.
  if (field.example !== undefined && field.example !== null && (typeof field.example !== 'object' || field.type === 'object' || field.type === 'array' || field.type === 'geojson')) {
    if (cast(field.example as Cell) === INVALID) {
      throw new ConfigurationError(`example ${JSON.stringify(field.example)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: `${ctx.key}.example` });
    }
  }
  const c = field.constraints ?? {};
  const at = (name: string) => `${ctx.key}.constraints.${name}`;
  const castBound = (name: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'): number | string | undefined => {
    const raw = c[name];
    if (raw === undefined) return undefined;
    if (!ORDERED.has(field.type)) {
      throw new ConfigurationError(`${name} does not apply to type ${field.type}`, { file: ctx.file, key: at(name) });
    }
    const value = cast(typeof raw === 'number' && field.type !== 'number' && field.type !== 'integer' && field.type !== 'year' ? String(raw) : raw);
    if (value === INVALID || (typeof value !== 'number' && typeof value !== 'string')) {
      throw new ConfigurationError(`${JSON.stringify(raw)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: at(name) });
    }
    return value;
  };
  const minimum = castBound('minimum');
  const maximum = castBound('maximum');
  const exclusiveMinimum = castBound('exclusiveMinimum');
  const exclusiveMaximum = castBound('exclusiveMaximum');
  if ((c.minLength !== undefined || c.maxLength !== undefined) && !LENGTHY.has(field.type)) {
    throw new ConfigurationError(`minLength/maxLength do not apply to type ${field.type}`, { file: ctx.file, key: at(c.minLength !== undefined ? 'minLength' : 'maxLength') });
  }
  let pattern: PatternMatcher | undefined;
  if (c.pattern !== undefined) {
    if (!PATTERNED.has(field.type)) throw new ConfigurationError(`pattern does not apply to type ${field.type} (only to string)`, { file: ctx.file, key: at('pattern') });
    try {
      pattern = compilePattern(c.pattern);
    } catch (error) {
      if (!(error instanceof PatternSyntaxError)) throw error;
      throw new ConfigurationError(`invalid regular expression: ${error.message}`, { file: ctx.file, key: at('pattern') });
    }
  }
  let jsonSchema: ((value: CastValue) => boolean) | undefined;
  if (c.jsonSchema !== undefined) {
    if (!JSON_SCHEMA_TYPES.has(field.type)) throw new ConfigurationError(`jsonSchema does not apply to type ${field.type} (only to array and object)`, { file: ctx.file, key: at('jsonSchema') });
    try {
      jsonSchema = compileJsonSchema(c.jsonSchema);
    } catch (error) {
      if (!(error instanceof JsonSchemaError)) throw error;
      throw new ConfigurationError(`invalid JSON Schema: ${error.message}`, { file: ctx.file, key: at('jsonSchema') });
    }
  }
  let allowed: Set<unknown> | undefined;
  const enumByKey = field.type === 'object' || field.type === 'array' || field.type === 'list' || field.type === 'geojson' || field.type === 'any';
  if (c.enum) {
    allowed = new Set();
    c.enum.forEach((option, i) => {
      if (option === null) return;
      const value = cast((typeof option === 'string' ? option : field.type === 'string' ? String(option) : option) as Cell);
      if (value === INVALID) {
        throw new ConfigurationError(`${JSON.stringify(option)} is not a valid ${field.type}`, { file: ctx.file, key: `${at('enum')}[${i}]` });
      }
      allowed!.add(enumByKey ? uniqueKeyOf(value) : value);
    });
  }
  const { minLength, maxLength } = c;
  const checks: Array<(value: CastValue, raw: Cell) => ConstraintName | undefined> = [];
  if (minimum !== undefined) checks.push((v) => ((v as number) < (minimum as number) ? 'minimum' : undefined));
  if (maximum !== undefined) checks.push((v) => ((v as number) > (maximum as number) ? 'maximum' : undefined));
  if (exclusiveMinimum !== undefined) checks.push((v) => ((v as number) <= (exclusiveMinimum as number) ? 'exclusiveMinimum' : undefined));
  if (exclusiveMaximum !== undefined) checks.push((v) => ((v as number) >= (exclusiveMaximum as number) ? 'exclusiveMaximum' : undefined));
  if (minLength !== undefined) checks.push((v) => (lengthOf(v) < minLength ? 'minLength' : undefined));
  if (maxLength !== undefined) checks.push((v) => (lengthOf(v) > maxLength ? 'maxLength' : undefined));
  if (pattern) {
    const re = pattern;
    checks.push((v, raw) => (re.test(typeof raw === 'string' ? raw : typeof v === 'string' ? v : String(raw)) ? undefined : 'pattern'));
  }
  if (allowed) {
    const set = allowed;
    checks.push((v) => (set.has(enumByKey ? uniqueKeyOf(v) : v) ? undefined : 'enum'));
  }
  if (jsonSchema) {
    const conforms = jsonSchema;
    checks.push((v) => (conforms(v) ? undefined : 'jsonSchema'));
  }
  const checkConstraints =
    checks.length === 0
      ? undefined
      : checks.length === 1
        ? checks[0]
        : (value: CastValue, raw: Cell) => {
            for (let i = 0; i < checks.length; i++) {
              const broken = checks[i]!(value, raw);
              if (broken) return broken;
            }
            return undefined;
          };
  const ext = field['x-holdout'];
  const plainNumber = !field.groupChar && (field.decimalChar ?? '.') === '.' && (field.bareNumber ?? true);
  const categorised = field.categories !== undefined;
  const fastKind: FastKind = categorised ? FAST_GENERIC :
    field.type === 'string' && format === 'default' ? FAST_STRING
    : field.type === 'number' && plainNumber ? FAST_NUMBER
    : field.type === 'integer' && !field.groupChar && (field.bareNumber ?? true) ? FAST_INTEGER
    : field.type === 'date' && format === 'default' ? FAST_DATE
    : field.type === 'datetime' && format === 'default' ? FAST_DATETIME
    : field.type === 'boolean' ? FAST_BOOLEAN
    : FAST_GENERIC;
  const num = (v: number | string | undefined) => (typeof v === 'number' ? v : undefined);
  return {
    fastKind,
    limits: {
      minimum: num(minimum), maximum: num(maximum), exclusiveMinimum: num(exclusiveMinimum), exclusiveMaximum: num(exclusiveMaximum),
      minLength, maxLength, pattern, enum: allowed, enumByKey, jsonSchema,
      stickyPattern: pattern?.v8Source === undefined || pattern.anchored ? undefined : stickyFactory(pattern.v8Source),
      ...(field.type === 'boolean' ? { booleanValues: { trueValues: [...new Set(field.trueValues ?? TRUE_VALUES)], falseValues: [...new Set(field.falseValues ?? FALSE_VALUES)] } } : {}),
    },
    name: field.name,
    type: field.type,
    format,
    typeLabel: `${field.type}/${format}`,
    missingValues: new Set(field.missingValues ? missingValueStrings(field.missingValues) : ctx.schemaMissingValues),
    required: c.required === true,
    unique: c.unique === true,
    cast,
    checkConstraints,
    constraintValue: (name) => c[name],
    maxMissingRate: ext?.maxMissingRate,
    mostly: ext?.mostly,
  };
}

function stickyFactory(source: string): (delimiter: string) => RegExp {
  const cache = new Map<string, RegExp>();
  return (delimiter) => {
    let re = cache.get(delimiter);
    if (!re) {
      const escaped = delimiter.replace(/[\\\]^-]/g, '\\$&');
      re = new RegExp(`(?:${source})(?=[${escaped}"\\r\\n]|$)`, 'uy');
      cache.set(delimiter, re);
    }
    return re;
  };
}

export function lengthOf(value: CastValue): number {
  if (typeof value === 'string') {
    // Count code points, as Frictionless (Python len) does; fast path for BMP text.
    let surrogates = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) surrogates++;
    }
    return value.length - surrogates;
  }
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object') return Object.keys(value).length;
  return String(value).length;
}

/** A value's identity for unique/enum checks: equal cast values, equal keys. */
export function uniqueKeyOf(value: CastValue): string {
  if (typeof value === 'string') return 's' + value;
  if (typeof value === 'number') return 'n' + (Object.is(value, -0) ? 0 : value);
  if (typeof value === 'boolean') return value ? 'b1' : 'b0';
  return 'j' + JSON.stringify(value);
}

/** The strings of a `missingValues` list (v2 allows `{ value, label }` objects). */
export function missingValueStrings(list: ReadonlyArray<string | { value: string }>): string[] {
  return list.map((item) => (typeof item === 'string' ? item : item.value));
}

function compileCaster(field: FieldDescriptor, format: string, ctx: CompileContext): Caster {
  const cast = compileTypeCaster(field, format, ctx);
  if (field.categories === undefined) return cast;
  // v2 categories: a value outside them is not a value of this field.
  if (field.type !== 'string' && field.type !== 'integer') {
    throw new ConfigurationError(`categories apply to string and integer fields, not ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories` });
  }
  const allowed = new Set<unknown>();
  field.categories.forEach((category, i) => {
    const raw = typeof category === 'object' ? category.value : category;
    const value = cast(field.type === 'string' ? String(raw) : (raw as Cell));
    if (value === INVALID || (field.type === 'string') !== (typeof raw === 'string')) {
      throw new ConfigurationError(`category ${JSON.stringify(raw)} is not a valid ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories[${i}]` });
    }
    allowed.add(value);
  });
  return (cell) => {
    const value = cast(cell);
    return value === INVALID || allowed.has(value) ? value : INVALID;
  };
}

function compileTypeCaster(field: FieldDescriptor, format: string, ctx: CompileContext): Caster {
  const badFormat = () =>
    new ConfigurationError(`format "${format}" is not known for type ${field.type}`, { file: ctx.file, key: `${ctx.key}.format` });
  switch (field.type) {
    case 'string':
      return stringCaster(format, badFormat);
    case 'number':
      return numberCaster(field);
    case 'integer':
      return integerCaster(field);
    case 'year':
      // XML Schema gYear as Frictionless reads it: four digits, 0–9999.
      return (cell) => {
        if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 && cell <= 9999 ? cell : INVALID;
        if (typeof cell === 'bigint') return cell >= 0n && cell <= 9999n ? Number(cell) : INVALID;
        return typeof cell === 'string' && /^\d{4}$/.test(cell) ? Number(cell) : INVALID;
      };
    case 'boolean':
      return booleanCaster(field.trueValues, field.falseValues);
    case 'date':
    case 'datetime':
    case 'time':
      return temporalCaster(field.type, format, badFormat);
    case 'yearmonth':
      return (cell) => {
        if (typeof cell === 'string') return parseYearMonth(cell) ?? INVALID;
        // A JSON [year, month] pair, as frictionless-py reads it.
        if (Array.isArray(cell) && cell.length === 2 && Number.isInteger(cell[0]) && Number.isInteger(cell[1])) {
          const [year, month] = cell as [number, number];
          return year >= 0 && year <= 9999 && month >= 1 && month <= 12 ? year * 12 + month - 1 : INVALID;
        }
        return INVALID;
      };
    case 'duration':
      return (cell) => (typeof cell === 'string' ? parseDuration(cell) ?? INVALID : INVALID);
    case 'object':
      if (format !== 'default') throw badFormat();
      return (cell) => {
        const value = typeof cell === 'string' ? parseJson(cell) : cell;
        return isPlainObject(value) && withinJsonDepth(value) ? (value as object) : INVALID;
      };
    case 'geojson': {
      if (format !== 'default' && format !== 'topojson') throw badFormat();
      const valid = format === 'topojson' ? isTopoJson : isGeoJson;
      return (cell) => {
        const value = typeof cell === 'string' ? parseJson(cell) : cell;
        return isPlainObject(value) && withinJsonDepth(value) && valid(value) ? (value as object) : INVALID;
      };
    }
    case 'array':
      if (format !== 'default') throw badFormat();
      return (cell) => {
        const value = typeof cell === 'string' ? parseJson(cell) : cell;
        return Array.isArray(value) && withinJsonDepth(value) ? value : INVALID;
      };
    case 'list':
      if (format !== 'default') throw badFormat();
      return listCaster(field);
    case 'geopoint':
      return geopointCaster(format, badFormat);
    case 'any':
      return (cell) => (cell === null || !withinJsonDepth(cell) ? INVALID : (cell as CastValue));
  }
}

/**
 * JSON values nest at most this deep: deeper ones are not values of the field
 * (JSON.parse reads any depth, but comparing or hashing them recursively
 * would overflow the stack).
 */
export const MAX_JSON_DEPTH = 256;

/** Whether a JSON value nests no deeper than MAX_JSON_DEPTH; iterative. */
export function withinJsonDepth(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) return false;
    const children = Array.isArray(node) ? node : Object.values(node as object);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return true;
}

function isPlainObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

function booleanCaster(trueList: readonly string[] | undefined, falseList: readonly string[] | undefined): Caster {
  const trueValues = new Set(trueList ?? TRUE_VALUES);
  const falseValues = new Set(falseList ?? FALSE_VALUES);
  // JSON true/false are booleans; JSON numbers are not (0 and 1 are numbers, as in frictionless-py).
  return (cell) => {
    if (typeof cell === 'boolean') return cell;
    if (typeof cell !== 'string') return INVALID;
    if (trueValues.has(cell)) return true;
    if (falseValues.has(cell)) return false;
    return INVALID;
  };
}

/** `format: email`: one `@`, no whitespace, a dot inside the domain; checked in one pass (a regex here was quadratic). */
export function isEmail(s: string): boolean {
  const at = s.indexOf('@');
  if (at <= 0 || s.indexOf('@', at + 1) !== -1) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) return false;
  }
  const dot = s.indexOf('.', at + 2);
  return dot !== -1 && dot < s.length - 1;
}

function stringCaster(format: string, badFormat: () => Error): Caster {
  const formats: Record<string, ((s: string) => boolean) | undefined> = {
    default: undefined,
    email: isEmail,
    uuid: (s) => UUID.test(s),
    uri: (s) => URI.test(s),
    binary: (s) => s.length % 4 === 0 && BASE64.test(s),
    // Well-Known Text geometry: a frictionless-py extension of the spec's formats.
    wkt: isWkt,
  };
  if (!(format in formats)) throw badFormat();
  const valid = formats[format];
  if (!valid) return (cell) => (typeof cell === 'string' ? cell : INVALID);
  return (cell) => (typeof cell === 'string' && valid(cell) ? cell : INVALID);
}

/** NaN, INF, -INF and Infinity in any case, as the spec and Python's Decimal accept them. */
function specialNumber(s: string): number | undefined {
  if (s.length > 9) return undefined;
  return SPECIAL_NUMBERS.get(s) ?? SPECIAL_LOWER.get(s.toLowerCase());
}
const SPECIAL_LOWER = new Map<string, number>([
  ['nan', NaN], ['+nan', NaN], ['-nan', NaN], ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);

function numberCaster(field: FieldDescriptor): Caster {
  const group = field.groupChar || undefined;
  const decimal = field.decimalChar ?? '.';
  const bare = field.bareNumber ?? true;
  const plain = !group && decimal === '.' && bare;
  return (cell) => {
    if (typeof cell === 'number') return cell;
    if (typeof cell === 'bigint') return Number(cell);
    if (typeof cell !== 'string') return INVALID;
    if (plain && NUMBER_PATTERN.test(cell)) return Number(cell);
    // As frictionless-py: strip whitespace, then (bareNumber: false) leading and trailing
    // non-numeric text, drop group characters; with another decimalChar a "." is not a number.
    let s = cell.trim();
    if (!bare) s = stripNonNumeric(s);
    if (group) s = s.split(group).join('');
    if (decimal !== '.') {
      if (s.includes('.')) return INVALID;
      s = s.split(decimal).join('.');
    }
    if (NUMBER_PATTERN.test(s)) return Number(s);
    const special = specialNumber(s);
    return special === undefined ? INVALID : special;
  };
}

function integerCaster(field: FieldDescriptor): Caster {
  const group = field.groupChar || undefined;
  const bare = field.bareNumber ?? true;
  return (cell) => {
    if (typeof cell === 'number') return Number.isInteger(cell) ? cell : INVALID;
    if (typeof cell === 'bigint') return Number(cell);
    if (typeof cell !== 'string') return INVALID;
    let s = cell;
    if (!bare) s = stripNonNumeric(s.trim());
    if (group) s = s.split(group).join('');
    return INTEGER_PATTERN.test(s) ? Number(s) : INVALID;
  };
}

/** bareNumber: false — leading text other than a sign or digit, and trailing non-digits, are dropped (frictionless-py's rule). */
function stripNonNumeric(s: string): string {
  // By hand: a trailing /[^0-9]+$/ retried at every start is quadratic on a long run of text before a digit.
  let from = 0;
  let to = s.length;
  while (from < to && !isDigitOrMinus(s.charCodeAt(from))) from++;
  while (to > from && !isDigit(s.charCodeAt(to - 1))) to--;
  return s.slice(from, to);
}
const isDigit = (c: number) => c >= 48 && c <= 57;
const isDigitOrMinus = (c: number) => isDigit(c) || c === 45;

/** v2 `list`: items split on the delimiter and cast with the item type's default format; an empty item is a missing item. */
function listCaster(field: FieldDescriptor): Caster {
  const delimiter = field.delimiter ?? ',';
  const itemType = field.itemType ?? 'string';
  const item: Caster =
    itemType === 'string' ? (cell) => (typeof cell === 'string' ? cell : INVALID)
    : itemType === 'integer' ? integerCaster({ name: '', type: 'integer' } as FieldDescriptor)
    : itemType === 'number' ? numberCaster({ name: '', type: 'number' } as FieldDescriptor)
    : itemType === 'boolean' ? booleanCaster(undefined, undefined)
    : temporalCaster(itemType, 'default', () => new Error('unreachable'));
  const castItems = (items: unknown[]): CastValue | typeof INVALID => {
    const out: Array<CastValue | null> = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const raw = items[i];
      if (raw === null || (raw === '' && itemType !== 'string')) {
        out[i] = null;
        continue;
      }
      const value = item(raw as Cell);
      if (value === INVALID) return INVALID;
      out[i] = value;
    }
    return out;
  };
  return (cell) => {
    if (typeof cell === 'string') return castItems(cell.split(delimiter));
    if (Array.isArray(cell)) return cell.every((v) => v === null || typeof v !== 'object') ? castItems(cell) : INVALID;
    return INVALID;
  };
}

function temporalCaster(type: 'date' | 'datetime' | 'time', format: string, badFormat: () => Error): Caster {
  let parse: (s: string) => number | undefined;
  if (format === 'default') {
    parse = type === 'date' ? parseIsoDate : type === 'time' ? parseIsoTime : (s) => parseIsoDatetime(s);
  } else if (format === 'any') {
    parse = (s) => {
      const iso = type === 'date' ? parseIsoDate(s) : type === 'time' ? parseIsoTime(s) : parseIsoDatetime(s, true);
      return iso !== undefined ? iso : parseAnyTemporal(s, type);
    };
  } else {
    try {
      parse = compileStrptime(format.startsWith('fmt:') ? format.slice(4) : format, type);
    } catch {
      throw badFormat();
    }
  }
  return (cell) => {
    if (typeof cell === 'string') return parse(cell) ?? INVALID;
    if (cell instanceof Date) {
      const ms = cell.getTime();
      if (Number.isNaN(ms)) return INVALID;
      if (type === 'date') return Math.floor(ms / 86400000);
      if (type === 'time') return ((ms % 86400000) + 86400000) % 86400000;
      return ms;
    }
    return INVALID;
  };
}

/**
 * `format: any` beyond ISO: the common forms dateutil reads — ordinal days
 * (`10th Jan 1969`), month names, `9 am` / `3:00 pm` — read in UTC (never the
 * machine's zone) unless the text gives a zone. A date or datetime needs a
 * four-digit year, so a bare number is not taken for a date.
 */
function parseAnyTemporal(s: string, type: 'date' | 'datetime' | 'time'): number | undefined {
  if (s.length > 64) return undefined;
  const text = s.trim()
    .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
    .replace(/\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/gi, (_m, h: string, m?: string, sec?: string, ap?: string) =>
      Number(h) < 1 || Number(h) > 12 ? _m : `${String((Number(h) % 12) + (ap!.toLowerCase() === 'p' ? 12 : 0)).padStart(2, '0')}:${m ?? '00'}:${sec ?? '00'}`);
  if (type === 'time') {
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
    if (!m) return undefined;
    const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
    return h <= 23 && min <= 59 && sec <= 60 ? ((h * 60 + min) * 60 + sec) * 1000 : undefined;
  }
  if (!/\d{4}/.test(text)) return undefined;
  const zoned = /(?:\b(?:UTC|GMT)|[+-]\d{2}:?\d{2}|\dZ)$/i.test(text);
  const ms = Date.parse(zoned ? text : `${text} UTC`);
  if (Number.isNaN(ms)) return undefined;
  return type === 'date' ? Math.floor(ms / 86400000) : ms;
}

function geopointCaster(format: string, badFormat: () => Error): Caster {
  if (format !== 'default' && format !== 'array' && format !== 'object') throw badFormat();
  const valid = (lon: number, lat: number) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  return (cell) => {
    let lon: unknown, lat: unknown;
    if (format === 'default' && typeof cell === 'string') {
      const parts = cell.split(',');
      if (parts.length !== 2) return INVALID;
      const a = parts[0]!.trim(), b = parts[1]!.trim();
      if (!NUMBER_PATTERN.test(a) || !NUMBER_PATTERN.test(b)) return INVALID;
      lon = Number(a);
      lat = Number(b);
    } else {
      const value = typeof cell === 'string' ? parseJson(cell) : cell;
      if (format === 'object') {
        // A JSON object with exactly the keys lon and lat.
        if (!isPlainObject(value) || Object.keys(value as object).length !== 2) return INVALID;
        ({ lon, lat } = value as { lon: unknown; lat: unknown });
      } else if (Array.isArray(value) && value.length === 2) {
        // A [lon, lat] pair: the array format, or a JSON value of any format (as frictionless-py reads native pairs).
        [lon, lat] = value as [unknown, unknown];
      } else return INVALID;
    }
    if (typeof lon !== 'number' || typeof lat !== 'number') return INVALID;
    return valid(lon, lat) ? `${lon},${lat}` : INVALID;
  };
}
