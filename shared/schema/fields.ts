// Field compilation: turns a field descriptor into a caster (cell → a
// comparable primitive, or INVALID) and constraint checks over cast values.
// Temporal values cast to numbers (see temporal.ts), so min/max/enum/unique
// are plain comparisons on the hot path.

import { ConfigurationError } from '../errors.js';
import type { Cell } from '../data/batch.js';
import type { FieldDescriptor, FieldType } from './model.js';
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
  | 'minLength' | 'maxLength' | 'pattern' | 'enum';

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
export type FastKind = 0 | 1 | 2 | 3 | 4 | 5;

export interface FieldLimits {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /**
   * The pattern as a sticky regex for matching a cell in place (text, from
   * `start`), followed by a lookahead for what may end a cell. Absent when the
   * pattern uses anchors or lookbehind, whose meaning would change.
   */
  readonly stickyPattern?: (delimiter: string) => RegExp;
  /** Allowed cast values; primitives compare by SameValueZero, objects by uniqueKeyOf. */
  readonly enum?: ReadonlySet<unknown>;
  readonly enumByKey: boolean;
}

export const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
export const INTEGER_PATTERN = /^[+-]?\d+$/;
export const SPECIAL_NUMBERS = new Map<string, number>([
  ['NaN', NaN], ['nan', NaN], ['NAN', NaN],
  ['INF', Infinity], ['+INF', Infinity], ['-INF', -Infinity],
  ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
  ['Infinity', Infinity], ['+Infinity', Infinity], ['-Infinity', -Infinity],
]);
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export interface CompileContext {
  file: string;
  /** Key path of this field, e.g. `fields[3]`. */
  key: string;
  schemaMissingValues: readonly string[];
}

export function compileField(field: FieldDescriptor, ctx: CompileContext): CompiledField {
  const format = field.format ?? 'default';
  const cast = compileCaster(field, format, ctx);
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
  let pattern: RegExp | undefined;
  if (c.pattern !== undefined) {
    try {
      pattern = new RegExp(`^(?:${c.pattern})$`, 'u');
    } catch (error) {
      throw new ConfigurationError(`invalid regular expression: ${(error as Error).message}`, { file: ctx.file, key: at('pattern') });
    }
  }
  let allowed: Set<unknown> | undefined;
  const enumByKey = field.type === 'object' || field.type === 'array' || field.type === 'geojson' || field.type === 'any';
  if (c.enum) {
    allowed = new Set();
    c.enum.forEach((option, i) => {
      if (option === null) return;
      const value = cast(typeof option === 'string' ? option : field.type === 'string' ? String(option) : option);
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
  const fastKind: FastKind =
    field.type === 'string' && format === 'default' ? FAST_STRING
    : field.type === 'number' && plainNumber ? FAST_NUMBER
    : field.type === 'integer' && !field.groupChar && (field.bareNumber ?? true) ? FAST_INTEGER
    : field.type === 'date' && format === 'default' ? FAST_DATE
    : field.type === 'datetime' && format === 'default' ? FAST_DATETIME
    : FAST_GENERIC;
  const num = (v: number | string | undefined) => (typeof v === 'number' ? v : undefined);
  return {
    fastKind,
    limits: {
      minimum: num(minimum), maximum: num(maximum), exclusiveMinimum: num(exclusiveMinimum), exclusiveMaximum: num(exclusiveMaximum),
      minLength, maxLength, pattern, enum: allowed, enumByKey,
      stickyPattern: c.pattern === undefined || /[\^$]|\(\?<[=!]/.test(c.pattern) ? undefined : stickyFactory(c.pattern),
    },
    name: field.name,
    type: field.type,
    format,
    typeLabel: `${field.type}/${format}`,
    missingValues: new Set(field.missingValues ?? ctx.schemaMissingValues),
    required: c.required === true,
    unique: c.unique === true,
    cast,
    checkConstraints,
    constraintValue: (name) => c[name],
    maxMissingRate: ext?.maxMissingRate,
    mostly: ext?.mostly,
  };
}

const ORDERED = new Set<FieldType>(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const LENGTHY = new Set<FieldType>(['string', 'array', 'object', 'any', 'geojson']);

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

function compileCaster(field: FieldDescriptor, format: string, ctx: CompileContext): Caster {
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
      return (cell) => {
        if (typeof cell === 'number') return Number.isInteger(cell) ? cell : INVALID;
        if (typeof cell === 'bigint') return Number(cell);
        return typeof cell === 'string' && /^-?\d{4}$/.test(cell) ? Number(cell) : INVALID;
      };
    case 'boolean': {
      const trueValues = new Set(field.trueValues ?? ['true', 'True', 'TRUE', '1']);
      const falseValues = new Set(field.falseValues ?? ['false', 'False', 'FALSE', '0']);
      return (cell) => {
        if (typeof cell === 'boolean') return cell;
        const s = typeof cell === 'string' ? cell : typeof cell === 'number' ? String(cell) : undefined;
        if (s === undefined) return INVALID;
        if (trueValues.has(s)) return true;
        if (falseValues.has(s)) return false;
        return INVALID;
      };
    }
    case 'date':
    case 'datetime':
    case 'time':
      return temporalCaster(field.type, format, badFormat);
    case 'yearmonth':
      return (cell) => (typeof cell === 'string' ? parseYearMonth(cell) ?? INVALID : INVALID);
    case 'duration':
      return (cell) => (typeof cell === 'string' ? parseDuration(cell) ?? INVALID : INVALID);
    case 'object':
    case 'geojson':
      return (cell) => {
        const value = typeof cell === 'string' ? parseJson(cell) : cell;
        return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) ? (value as object) : INVALID;
      };
    case 'array':
      return (cell) => {
        const value = typeof cell === 'string' ? parseJson(cell) : cell;
        return Array.isArray(value) ? value : INVALID;
      };
    case 'geopoint':
      return geopointCaster(format, badFormat);
    case 'any':
      return (cell) => (cell === null ? INVALID : (cell as CastValue));
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stringCaster(format: string, badFormat: () => Error): Caster {
  const formats: Record<string, RegExp | undefined> = { default: undefined, email: EMAIL, uuid: UUID, uri: URI, binary: BASE64 };
  if (!(format in formats)) throw badFormat();
  const re = formats[format];
  if (!re) return (cell) => (typeof cell === 'string' ? cell : INVALID);
  return (cell) => (typeof cell === 'string' && re.test(cell) ? cell : INVALID);
}

function numberCaster(field: FieldDescriptor): Caster {
  const group = field.groupChar;
  const decimal = field.decimalChar ?? '.';
  const bare = field.bareNumber ?? true;
  const plain = !group && decimal === '.' && bare;
  return (cell) => {
    if (typeof cell === 'number') return cell;
    if (typeof cell === 'bigint') return Number(cell);
    if (typeof cell !== 'string') return INVALID;
    let s = cell;
    if (!plain) {
      if (!bare) s = stripNonNumeric(s);
      if (group) s = s.split(group).join('');
      if (decimal !== '.') s = s.split(decimal).join('.');
    }
    if (NUMBER_PATTERN.test(s)) return Number(s);
    const special = SPECIAL_NUMBERS.get(s);
    return special === undefined ? INVALID : special;
  };
}

function integerCaster(field: FieldDescriptor): Caster {
  const group = field.groupChar;
  const bare = field.bareNumber ?? true;
  return (cell) => {
    if (typeof cell === 'number') return Number.isInteger(cell) ? cell : INVALID;
    if (typeof cell === 'bigint') return Number(cell);
    if (typeof cell !== 'string') return INVALID;
    let s = cell;
    if (!bare) s = stripNonNumeric(s);
    if (group) s = s.split(group).join('');
    return INTEGER_PATTERN.test(s) ? Number(s) : INVALID;
  };
}

/** bareNumber: false — leading and trailing non-numeric text (currency, %) is dropped. */
function stripNonNumeric(s: string): string {
  return s.replace(/^[^0-9+\-.]+/, '').replace(/[^0-9.]+$/, '');
}

function temporalCaster(type: 'date' | 'datetime' | 'time', format: string, badFormat: () => Error): Caster {
  let parse: (s: string) => number | undefined;
  if (format === 'default') {
    parse = type === 'date' ? parseIsoDate : type === 'time' ? parseIsoTime : (s) => parseIsoDatetime(s);
  } else if (format === 'any') {
    parse = (s) => {
      const iso = type === 'date' ? parseIsoDate(s) : type === 'time' ? parseIsoTime(s) : parseIsoDatetime(s, true);
      if (iso !== undefined || type === 'time') return iso;
      const ms = Date.parse(s);
      if (Number.isNaN(ms)) return undefined;
      return type === 'date' ? Math.floor(ms / 86400000) : ms;
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

function geopointCaster(format: string, badFormat: () => Error): Caster {
  if (format !== 'default' && format !== 'array' && format !== 'object') throw badFormat();
  const valid = (lon: number, lat: number) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  return (cell) => {
    let lon: number, lat: number;
    if (format === 'default') {
      if (typeof cell !== 'string') return INVALID;
      const parts = cell.split(',');
      if (parts.length !== 2 || !NUMBER_PATTERN.test(parts[0]!.trim()) || !NUMBER_PATTERN.test(parts[1]!.trim())) return INVALID;
      lon = Number(parts[0]);
      lat = Number(parts[1]);
    } else {
      const value = typeof cell === 'string' ? parseJson(cell) : cell;
      if (format === 'array') {
        if (!Array.isArray(value) || value.length !== 2) return INVALID;
        [lon, lat] = value as [number, number];
      } else {
        if (value === null || typeof value !== 'object') return INVALID;
        ({ lon, lat } = value as { lon: number; lat: number });
      }
      if (typeof lon !== 'number' || typeof lat !== 'number') return INVALID;
    }
    return valid(lon, lat) ? `${lon},${lat}` : INVALID;
  };
}
