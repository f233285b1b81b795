// The `jsonSchema` constraint (Table Schema v2, on array and object fields): a
// JSON Schema validator for the keywords a field constraint uses, written
// here so the bundle stays small and the time per cell is bounded (no
// user-supplied regex runs in a backtracking engine: `pattern` uses RE2).
//
// Supported: type, enum, const, properties, required, additionalProperties,
// patternProperties, propertyNames, minProperties, maxProperties,
// dependentRequired, items (schema or tuple), prefixItems, additionalItems,
// contains, minItems, maxItems, uniqueItems, minLength, maxLength, pattern,
// minimum, maximum, exclusiveMinimum, exclusiveMaximum (draft-4 booleans and
// later numbers), multipleOf, allOf, anyOf, oneOf, not, if/then/else, and
// local $ref (`#`, `#/definitions/…`, `#/$defs/…`). Other keywords (format,
// title, $id, …) are annotations and ignored, as JSON Schema allows.

import type { RE2JS } from 're2js';
import { re2 } from './re2.js';

export type JsonValidator = (value: unknown) => boolean;

export class JsonSchemaError extends Error {}

type Schema = boolean | Record<string, unknown>;

const MAX_DEPTH = 256;

/** Compiles a JSON Schema into a validator; throws JsonSchemaError when the schema itself is malformed. */
export function compileJsonSchema(root: unknown): JsonValidator {
  if (typeof root !== 'boolean' && (root === null || typeof root !== 'object' || Array.isArray(root))) {
    throw new JsonSchemaError('a JSON Schema is an object or a boolean');
  }
  const patterns = new Map<string, RE2JS>();
  const regex = (source: unknown): RE2JS => {
    if (typeof source !== 'string') throw new JsonSchemaError('pattern must be a string');
    let re = patterns.get(source);
    if (!re) {
      const engine = re2();
      try {
        re = engine.compile(source);
      } catch (error) {
        throw new JsonSchemaError(`invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
      }
      patterns.set(source, re);
    }
    return re;
  };
  const resolve = (ref: unknown): Schema => {
    if (typeof ref !== 'string' || !ref.startsWith('#')) throw new JsonSchemaError(`only local $ref ("#/…") is supported, not ${JSON.stringify(ref)}`);
    let node: unknown = root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
    if (typeof node !== 'boolean' && (node === null || typeof node !== 'object')) throw new JsonSchemaError(`$ref ${JSON.stringify(ref)} does not point into the schema`);
    return node as Schema;
  };
  // Check the schema once: every pattern compiles, every $ref resolves.
  const seen = new Set<unknown>();
  const precheck = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach(precheck);
    const s = node as Record<string, unknown>;
    if ('pattern' in s) regex(s.pattern);
    if ('$ref' in s) resolve(s.$ref);
    if (s.patternProperties && typeof s.patternProperties === 'object') for (const p of Object.keys(s.patternProperties)) regex(p);
    for (const [key, value] of Object.entries(s)) if (key !== 'enum' && key !== 'const') precheck(value);
  };
  precheck(root);

  const validate = (schema: Schema, value: unknown, depth: number): boolean => {
    if (schema === true) return true;
    if (schema === false) return false;
    if (depth > MAX_DEPTH) return false;
    const s = schema;
    const sub = (x: unknown, v: unknown) => validate(x as Schema, v, depth + 1);
    if (s.$ref !== undefined && !sub(resolve(s.$ref), value)) return false;
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => hasType(value, t as string))) return false;
    }
    if (s.enum !== undefined && !(s.enum as unknown[]).some((option) => deepEqual(option, value))) return false;
    if ('const' in s && !deepEqual(s.const, value)) return false;
    if (s.allOf !== undefined && !(s.allOf as unknown[]).every((x) => sub(x, value))) return false;
    if (s.anyOf !== undefined && !(s.anyOf as unknown[]).some((x) => sub(x, value))) return false;
    if (s.oneOf !== undefined && (s.oneOf as unknown[]).filter((x) => sub(x, value)).length !== 1) return false;
    if (s.not !== undefined && sub(s.not, value)) return false;
    if (s.if !== undefined) {
      if (sub(s.if, value)) {
        if (s.then !== undefined && !sub(s.then, value)) return false;
      } else if (s.else !== undefined && !sub(s.else, value)) return false;
    }
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && (s.exclusiveMinimum === true ? value <= s.minimum : value < s.minimum)) return false;
      if (typeof s.maximum === 'number' && (s.exclusiveMaximum === true ? value >= s.maximum : value > s.maximum)) return false;
      if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) return false;
      if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) return false;
      if (typeof s.multipleOf === 'number' && s.multipleOf > 0) {
        const q = value / s.multipleOf;
        if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q))) return false;
      }
    } else if (typeof value === 'string') {
      if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
        const length = [...value].length;
        if (typeof s.minLength === 'number' && length < s.minLength) return false;
        if (typeof s.maxLength === 'number' && length > s.maxLength) return false;
      }
      if (s.pattern !== undefined && !regex(s.pattern).test(value)) return false;
    } else if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) return false;
      if (typeof s.maxItems === 'number' && value.length > s.maxItems) return false;
      if (s.uniqueItems === true && new Set(value.map(canonical)).size !== value.length) return false;
      let prefix = 0;
      const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
      if (tuple) {
        prefix = Math.min(tuple.length, value.length);
        for (let i = 0; i < prefix; i++) if (!sub(tuple[i], value[i])) return false;
        const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
        if (rest !== undefined) for (let i = prefix; i < value.length; i++) if (!sub(rest, value[i])) return false;
      } else if (s.items !== undefined) {
        for (const item of value) if (!sub(s.items, item)) return false;
      }
      if (s.contains !== undefined) {
        const count = value.filter((item) => sub(s.contains, item)).length;
        const min = typeof s.minContains === 'number' ? s.minContains : 1;
        if (count < min || (typeof s.maxContains === 'number' && count > s.maxContains)) return false;
      }
    } else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return false;
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return false;
      if (Array.isArray(s.required) && !s.required.every((k) => Object.hasOwn(object, k as string))) return false;
      if (s.dependentRequired && typeof s.dependentRequired === 'object') {
        for (const [k, needs] of Object.entries(s.dependentRequired as Record<string, string[]>)) {
          if (Object.hasOwn(object, k) && !needs.every((n) => Object.hasOwn(object, n))) return false;
        }
      }
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const patternProperties = (s.patternProperties ?? {}) as Record<string, unknown>;
      for (const key of keys) {
        let matched = false;
        if (Object.hasOwn(properties, key)) {
          matched = true;
          if (!sub(properties[key], object[key])) return false;
        }
        for (const [p, x] of Object.entries(patternProperties)) {
          if (regex(p).test(key)) {
            matched = true;
            if (!sub(x, object[key])) return false;
          }
        }
        if (!matched && s.additionalProperties !== undefined && !sub(s.additionalProperties, object[key])) return false;
        if (s.propertyNames !== undefined && !sub(s.propertyNames, key)) return false;
      }
    }
    return true;
  };
  return (value) => validate(root as Schema, value, 0);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number';
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'string': return typeof value === 'string';
    case 'array': return Array.isArray(value);
    case 'object': return value !== null && typeof value === 'object' && !Array.isArray(value);
    default: return false;
  }
}

/** JSON equality, iterative (values may nest deeply). */
function deepEqual(a: unknown, b: unknown): boolean {
  const stack: Array<[unknown, unknown]> = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (typeof x !== typeof y || x === null || y === null || typeof x !== 'object') return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const yy = y as unknown[];
      if (x.length !== yy.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], yy[i]]);
    } else {
      const kx = Object.keys(x as object), ky = Object.keys(y as object);
      if (kx.length !== ky.length) return false;
      for (const k of kx) {
        if (!Object.hasOwn(y as object, k)) return false;
        stack.push([(x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]]);
      }
    }
  }
  return true;
}

/** A key equal for JSON-equal values (object keys sorted), for uniqueItems in linear time. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`).join(',')}}`;
}
