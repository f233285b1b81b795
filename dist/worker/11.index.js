export const id = 11;
export const ids = [11];
export const modules = {

/***/ 6068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U5: () => (/* binding */ FAST_BOOLEAN),
  C: () => (/* binding */ FAST_DATE),
  tk: () => (/* binding */ FAST_DATETIME),
  oq: () => (/* binding */ FAST_INTEGER),
  DP: () => (/* binding */ FAST_NUMBER),
  n9: () => (/* binding */ FAST_STRING),
  sR: () => (/* binding */ INTEGER_PATTERN),
  uY: () => (/* binding */ INVALID),
  nj: () => (/* binding */ NUMBER_PATTERN),
  gC: () => (/* binding */ compileField),
  Y5: () => (/* binding */ lengthOf),
  yb: () => (/* binding */ missingValueStrings),
  IT: () => (/* binding */ uniqueKeyOf)
});

// UNUSED EXPORTS: FAST_GENERIC, MAX_JSON_DEPTH, SPECIAL_NUMBERS, isEmail, withinJsonDepth

// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
;// CONCATENATED MODULE: ./build/shared/schema/geo.js
// Structure checks for the `geojson` type: a GeoJSON object as RFC 7946
// defines it (format `default`) or a TopoJSON object as its specification
// defines it (format `topojson`). Iterative over nesting only as deep as the
// grammar allows, so a hostile cell costs time linear in its size.
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A position: two or three numbers (RFC 7946 §3.1.1: more than three SHOULD NOT be used; both Frictionless implementations refuse them). */
function isPosition(v) {
    return Array.isArray(v) && v.length >= 2 && v.length <= 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}
const isPositions = (v, min = 0) => Array.isArray(v) && v.length >= min && v.every(isPosition);
const isLineString = (v) => isPositions(v, 2);
/** A linear ring: four or more positions (RFC 7946 §3.1.6). */
const isPolygon = (v) => Array.isArray(v) && v.every((ring) => isPositions(ring, 4));
function isGeometry(v, depth = 0) {
    if (!isObject(v) || depth > 32)
        return false;
    const c = v.coordinates;
    switch (v.type) {
        case 'Point': return isPosition(c);
        case 'MultiPoint': return isPositions(c);
        case 'LineString': return isLineString(c);
        case 'MultiLineString': return Array.isArray(c) && c.every(isLineString);
        case 'Polygon': return isPolygon(c);
        case 'MultiPolygon': return Array.isArray(c) && c.every(isPolygon);
        case 'GeometryCollection': return Array.isArray(v.geometries) && v.geometries.every((g) => isGeometry(g, depth + 1));
        default: return false;
    }
}
function isFeature(v) {
    return isObject(v) && v.type === 'Feature' && 'geometry' in v && (v.geometry === null || isGeometry(v.geometry))
        && 'properties' in v && (v.properties === null || isObject(v.properties));
}
function isGeoJson(v) {
    if (!isObject(v))
        return false;
    if (v.bbox !== undefined && !(Array.isArray(v.bbox) && v.bbox.length >= 4 && v.bbox.every((n) => typeof n === 'number')))
        return false;
    if (v.type === 'Feature')
        return isFeature(v);
    if (v.type === 'FeatureCollection')
        return Array.isArray(v.features) && v.features.every(isFeature);
    return isGeometry(v);
}
const isIntegers = (v) => Array.isArray(v) && v.every((n) => Number.isInteger(n));
const isIntegers2 = (v) => Array.isArray(v) && v.every(isIntegers);
function isTopoGeometry(v, depth = 0) {
    if (!isObject(v) || depth > 32)
        return false;
    if (v.properties !== undefined && !isObject(v.properties))
        return false;
    switch (v.type) {
        case 'Point': return isPosition(v.coordinates);
        case 'MultiPoint': return isPositions(v.coordinates);
        case 'LineString': return isIntegers(v.arcs);
        case 'MultiLineString':
        case 'Polygon': return isIntegers2(v.arcs);
        case 'MultiPolygon': return Array.isArray(v.arcs) && v.arcs.every(isIntegers2);
        case 'GeometryCollection': return Array.isArray(v.geometries) && v.geometries.every((g) => isTopoGeometry(g, depth + 1));
        case null: return true;
        default: return false;
    }
}
/** A TopoJSON Topology (objects and arcs) or a TopoJSON geometry object. */
function isTopoJson(v) {
    if (!isObject(v))
        return false;
    if (v.type === 'Topology') {
        if (!isObject(v.objects) || !Array.isArray(v.arcs))
            return false;
        if (!v.arcs.every((arc) => isPositions(arc)))
            return false;
        const objects = Object.values(v.objects);
        return objects.length > 0 && objects.every((g) => isTopoGeometry(g));
    }
    return isTopoGeometry(v);
}
const WKT_TYPES = new Set([
    'POINT', 'LINESTRING', 'POLYGON', 'MULTIPOINT', 'MULTILINESTRING', 'MULTIPOLYGON', 'GEOMETRYCOLLECTION', 'CIRCULARSTRING',
    'COMPOUNDCURVE', 'CURVEPOLYGON', 'MULTICURVE', 'MULTISURFACE', 'CURVE', 'SURFACE', 'POLYHEDRALSURFACE', 'TIN', 'TRIANGLE',
]);
/**
 * `format: wkt` (a frictionless-py extension): Well-Known Text syntax — a
 * geometry keyword, optional Z/M/ZM, then EMPTY or balanced parenthesised
 * lists of 2–4 coordinates or nested geometries. Syntax only, one pass.
 */
function isWkt(text) {
    const tokens = text.match(/[A-Za-z]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[(),]|\S/g);
    if (!tokens)
        return false;
    let i = 0;
    const word = () => (i < tokens.length && /^[A-Za-z]+$/.test(tokens[i]) ? tokens[i].toUpperCase() : undefined);
    const isNumber = (t) => t !== undefined && /^[+-]?(?:\d|\.\d)/.test(t);
    const geometry = (depth) => {
        const type = word();
        if (type === undefined || !WKT_TYPES.has(type) || depth > 32)
            return false;
        i++;
        const dims = word();
        if (dims === 'Z' || dims === 'M' || dims === 'ZM')
            i++;
        if (word() === 'EMPTY') {
            i++;
            return true;
        }
        return list(depth + 1);
    };
    const list = (depth) => {
        if (tokens[i] !== '(' || depth > 32)
            return false;
        i++;
        for (;;) {
            const t = tokens[i];
            if (t === '(') {
                if (!list(depth + 1))
                    return false;
            }
            else if (word() === 'EMPTY')
                i++;
            else if (word() !== undefined) {
                if (!geometry(depth + 1))
                    return false;
            }
            else if (isNumber(t)) {
                let n = 0;
                while (isNumber(tokens[i])) {
                    i++;
                    n++;
                }
                if (n < 2 || n > 4)
                    return false;
            }
            else
                return false;
            if (tokens[i] === ',')
                i++;
            else if (tokens[i] === ')') {
                i++;
                return true;
            }
            else
                return false;
        }
    };
    return geometry(0) && i === tokens.length;
}

// EXTERNAL MODULE: ./build/shared/schema/re2.js
var schema_re2 = __webpack_require__(9131);
;// CONCATENATED MODULE: ./build/shared/schema/jsonschema.js
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

class JsonSchemaError extends Error {
}
const MAX_DEPTH = 256;
/** Compiles a JSON Schema into a validator; throws JsonSchemaError when the schema itself is malformed. */
function compileJsonSchema(root) {
    if (typeof root !== 'boolean' && (root === null || typeof root !== 'object' || Array.isArray(root))) {
        throw new JsonSchemaError('a JSON Schema is an object or a boolean');
    }
    const patterns = new Map();
    const regex = (source) => {
        if (typeof source !== 'string')
            throw new JsonSchemaError('pattern must be a string');
        let re = patterns.get(source);
        if (!re) {
            const engine = (0,schema_re2/* re2 */.wI)();
            try {
                re = engine.compile(source);
            }
            catch (error) {
                throw new JsonSchemaError(`invalid pattern ${JSON.stringify(source)}: ${error.message}`);
            }
            patterns.set(source, re);
        }
        return re;
    };
    const resolve = (ref) => {
        if (typeof ref !== 'string' || !ref.startsWith('#'))
            throw new JsonSchemaError(`only local $ref ("#/…") is supported, not ${JSON.stringify(ref)}`);
        let node = root;
        for (const raw of ref.slice(1).split('/').slice(1)) {
            const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
            node = node !== null && typeof node === 'object' ? node[part] : undefined;
        }
        if (typeof node !== 'boolean' && (node === null || typeof node !== 'object'))
            throw new JsonSchemaError(`$ref ${JSON.stringify(ref)} does not point into the schema`);
        return node;
    };
    // Check the schema once: every pattern compiles, every $ref resolves.
    const seen = new Set();
    const precheck = (node) => {
        if (node === null || typeof node !== 'object' || seen.has(node))
            return;
        seen.add(node);
        if (Array.isArray(node))
            return node.forEach(precheck);
        const s = node;
        if ('pattern' in s)
            regex(s.pattern);
        if ('$ref' in s)
            resolve(s.$ref);
        if (s.patternProperties && typeof s.patternProperties === 'object')
            for (const p of Object.keys(s.patternProperties))
                regex(p);
        for (const [key, value] of Object.entries(s))
            if (key !== 'enum' && key !== 'const')
                precheck(value);
    };
    precheck(root);
    const validate = (schema, value, depth) => {
        if (schema === true)
            return true;
        if (schema === false)
            return false;
        if (depth > MAX_DEPTH)
            return false;
        const s = schema;
        const sub = (x, v) => validate(x, v, depth + 1);
        if (s.$ref !== undefined && !sub(resolve(s.$ref), value))
            return false;
        if (s.type !== undefined) {
            const types = Array.isArray(s.type) ? s.type : [s.type];
            if (!types.some((t) => hasType(value, t)))
                return false;
        }
        if (s.enum !== undefined && !s.enum.some((option) => deepEqual(option, value)))
            return false;
        if ('const' in s && !deepEqual(s.const, value))
            return false;
        if (s.allOf !== undefined && !s.allOf.every((x) => sub(x, value)))
            return false;
        if (s.anyOf !== undefined && !s.anyOf.some((x) => sub(x, value)))
            return false;
        if (s.oneOf !== undefined && s.oneOf.filter((x) => sub(x, value)).length !== 1)
            return false;
        if (s.not !== undefined && sub(s.not, value))
            return false;
        if (s.if !== undefined) {
            if (sub(s.if, value)) {
                if (s.then !== undefined && !sub(s.then, value))
                    return false;
            }
            else if (s.else !== undefined && !sub(s.else, value))
                return false;
        }
        if (typeof value === 'number') {
            if (typeof s.minimum === 'number' && (s.exclusiveMinimum === true ? value <= s.minimum : value < s.minimum))
                return false;
            if (typeof s.maximum === 'number' && (s.exclusiveMaximum === true ? value >= s.maximum : value > s.maximum))
                return false;
            if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum)
                return false;
            if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum)
                return false;
            if (typeof s.multipleOf === 'number' && s.multipleOf > 0) {
                const q = value / s.multipleOf;
                if (Math.abs(q - Math.round(q)) > 1e-9 * Math.max(1, Math.abs(q)))
                    return false;
            }
        }
        else if (typeof value === 'string') {
            if (typeof s.minLength === 'number' || typeof s.maxLength === 'number') {
                const length = [...value].length;
                if (typeof s.minLength === 'number' && length < s.minLength)
                    return false;
                if (typeof s.maxLength === 'number' && length > s.maxLength)
                    return false;
            }
            if (s.pattern !== undefined && !regex(s.pattern).test(value))
                return false;
        }
        else if (Array.isArray(value)) {
            if (typeof s.minItems === 'number' && value.length < s.minItems)
                return false;
            if (typeof s.maxItems === 'number' && value.length > s.maxItems)
                return false;
            if (s.uniqueItems === true && new Set(value.map(canonical)).size !== value.length)
                return false;
            let prefix = 0;
            const tuple = Array.isArray(s.prefixItems) ? s.prefixItems : Array.isArray(s.items) ? s.items : undefined;
            if (tuple) {
                prefix = Math.min(tuple.length, value.length);
                for (let i = 0; i < prefix; i++)
                    if (!sub(tuple[i], value[i]))
                        return false;
                const rest = Array.isArray(s.items) ? s.additionalItems : s.items;
                if (rest !== undefined)
                    for (let i = prefix; i < value.length; i++)
                        if (!sub(rest, value[i]))
                            return false;
            }
            else if (s.items !== undefined) {
                for (const item of value)
                    if (!sub(s.items, item))
                        return false;
            }
            if (s.contains !== undefined) {
                const count = value.filter((item) => sub(s.contains, item)).length;
                const min = typeof s.minContains === 'number' ? s.minContains : 1;
                if (count < min || (typeof s.maxContains === 'number' && count > s.maxContains))
                    return false;
            }
        }
        else if (value !== null && typeof value === 'object') {
            const object = value;
            const keys = Object.keys(object);
            if (typeof s.minProperties === 'number' && keys.length < s.minProperties)
                return false;
            if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties)
                return false;
            if (Array.isArray(s.required) && !s.required.every((k) => Object.hasOwn(object, k)))
                return false;
            if (s.dependentRequired && typeof s.dependentRequired === 'object') {
                for (const [k, needs] of Object.entries(s.dependentRequired)) {
                    if (Object.hasOwn(object, k) && !needs.every((n) => Object.hasOwn(object, n)))
                        return false;
                }
            }
            const properties = (s.properties ?? {});
            const patternProperties = (s.patternProperties ?? {});
            for (const key of keys) {
                let matched = false;
                if (Object.hasOwn(properties, key)) {
                    matched = true;
                    if (!sub(properties[key], object[key]))
                        return false;
                }
                for (const [p, x] of Object.entries(patternProperties)) {
                    if (regex(p).test(key)) {
                        matched = true;
                        if (!sub(x, object[key]))
                            return false;
                    }
                }
                if (!matched && s.additionalProperties !== undefined && !sub(s.additionalProperties, object[key]))
                    return false;
                if (s.propertyNames !== undefined && !sub(s.propertyNames, key))
                    return false;
            }
        }
        return true;
    };
    return (value) => validate(root, value, 0);
}
function hasType(value, type) {
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
function deepEqual(a, b) {
    const stack = [[a, b]];
    while (stack.length > 0) {
        const [x, y] = stack.pop();
        if (x === y)
            continue;
        if (typeof x !== typeof y || x === null || y === null || typeof x !== 'object')
            return false;
        if (Array.isArray(x) !== Array.isArray(y))
            return false;
        if (Array.isArray(x)) {
            const yy = y;
            if (x.length !== yy.length)
                return false;
            for (let i = 0; i < x.length; i++)
                stack.push([x[i], yy[i]]);
        }
        else {
            const kx = Object.keys(x), ky = Object.keys(y);
            if (kx.length !== ky.length)
                return false;
            for (const k of kx) {
                if (!Object.hasOwn(y, k))
                    return false;
                stack.push([x[k], y[k]]);
            }
        }
    }
    return true;
}
/** A key equal for JSON-equal values (object keys sorted), for uniqueItems in linear time. */
function canonical(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'undefined';
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    const object = value;
    return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`).join(',')}}`;
}

;// CONCATENATED MODULE: ./build/shared/schema/pattern.js
// The `pattern` constraint: an XML Schema regular expression matched against
// the whole value in time linear in the cell. The pattern is parsed here (XML
// Schema syntax, plus the `^`/`$`, `(?:…)` and `\uXXXX` that Python and
// JavaScript users write) and emitted twice: for RE2 (re2js, linear time,
// always safe) and for V8 when the pattern provably cannot backtrack more than
// a constant factor per character — then the validator can match it in place
// in the chunk text, which is several times faster.

class PatternSyntaxError extends Error {
}
const CATEGORIES = new Set([
    'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No', 'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
    'Z', 'Zs', 'Zl', 'Zp', 'S', 'Sm', 'Sc', 'Sk', 'So', 'C', 'Cc', 'Cf', 'Co', 'Cn',
]);
// XML 1.0 (fifth edition) NameStartChar and NameChar, for \i and \c.
const NAME_START = [
    [0x3a, 0x3a], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x2ff], [0x370, 0x37d], [0x37f, 0x1fff],
    [0x200c, 0x200d], [0x2070, 0x218f], [0x2c00, 0x2fef], [0x3001, 0xd7ff], [0xf900, 0xfdcf], [0xfdf0, 0xfffd], [0x10000, 0xeffff],
];
const NAME_CHAR = [...NAME_START, [0x2d, 0x2e], [0x30, 0x39], [0xb7, 0xb7], [0x300, 0x36f], [0x203f, 0x2040]];
const MAX_REPEAT = 1000;
const set = (ranges, negated = false, props = [], complements = []) => ({ kind: 'set', negated, ranges, props, complements });
class Parser {
    src;
    i = 0;
    constructor(src) {
        this.src = src;
    }
    parse() {
        const node = this.alternation();
        if (this.i < this.src.length)
            this.fail(this.src[this.i] === ')' ? 'unbalanced ")"' : `unexpected "${this.src[this.i]}"`);
        return node;
    }
    fail(message) {
        throw new PatternSyntaxError(`${message} at position ${this.i + 1}`);
    }
    peek() {
        return this.src[this.i];
    }
    alternation() {
        const branches = [this.sequence()];
        while (this.peek() === '|') {
            this.i++;
            branches.push(this.sequence());
        }
        return branches.length === 1 ? branches[0] : { kind: 'alt', branches };
    }
    sequence() {
        const items = [];
        while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
            const atom = this.atom();
            items.push(this.quantified(atom));
        }
        return items.length === 0 ? { kind: 'empty' } : items.length === 1 ? items[0] : { kind: 'seq', items };
    }
    quantified(atom) {
        let node = atom;
        for (;;) {
            const c = this.peek();
            let min, max;
            if (c === '?')
                [min, max] = [0, 1];
            else if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '{' && /^\{\d+(,\d*)?\}/.test(this.src.slice(this.i))) {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
                if (max < min)
                    this.fail(`quantifier {${m[1]},${m[3]}} has its maximum below its minimum`);
                if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT))
                    this.fail(`repetition counts above ${MAX_REPEAT} are not supported`);
                this.i += m[0].length - 1;
            }
            else
                return node;
            this.i++;
            if (node.kind === 'anchor' || node.kind === 'empty')
                this.fail('nothing to repeat');
            if (node.kind === 'repeat' && this.src[this.i - 1] === '?') {
                // A lazy quantifier (`*?`): the same language when the whole value must match.
                continue;
            }
            if (node.kind === 'repeat')
                this.fail('a quantifier cannot follow another quantifier');
            node = { kind: 'repeat', body: node, min, max };
        }
    }
    atom() {
        const c = this.src[this.i];
        if (c === '(') {
            this.i++;
            if (this.peek() === '?') {
                const rest = this.src.slice(this.i);
                if (rest.startsWith('?:'))
                    this.i += 2;
                else if (/^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.test(rest))
                    this.i += /^\?P?<[A-Za-z_][A-Za-z0-9_]*>/.exec(rest)[0].length;
                else if (/^\?(=|!|<=|<!)/.test(rest))
                    this.fail('lookahead and lookbehind are not part of XML Schema regular expressions (and cannot be matched in linear time)');
                else
                    this.fail('unsupported group syntax "(?"');
            }
            const body = this.alternation();
            if (this.peek() !== ')')
                this.fail('missing ")"');
            this.i++;
            return { kind: 'group', body };
        }
        if (c === ')')
            this.fail('unbalanced ")"');
        if (c === '[')
            return this.charClass();
        if (c === '.') {
            this.i++;
            return set([[0x0a, 0x0a], [0x0d, 0x0d]], true);
        }
        if (c === '^' || c === '$') {
            this.i++;
            return { kind: 'anchor', which: c };
        }
        if (c === '*' || c === '+' || c === '?')
            this.fail('nothing to repeat');
        if (c === '\\')
            return this.escape(false);
        const cp = this.src.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        return set([[cp, cp]]);
    }
    /** After a backslash: a single character (as a set of one), or a multi-character escape. */
    escape(inClass) {
        this.i++;
        const c = this.src[this.i];
        if (c === undefined)
            this.fail('pattern ends with a backslash');
        this.i++;
        const one = (cp) => set([[cp, cp]]);
        switch (c) {
            case 'n': return one(0x0a);
            case 'r': return one(0x0d);
            case 't': return one(0x09);
            case 's': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]]);
            case 'S': return set([[0x20, 0x20], [0x09, 0x0a], [0x0d, 0x0d]], true);
            case 'd': return set([], false, ['Nd']);
            case 'D': return set([], false, ['^Nd']);
            case 'w': return set([], false, [], [['P', 'Z', 'C']]);
            case 'W': return set([], false, ['P', 'Z', 'C']);
            case 'i': return set(NAME_START);
            case 'I': return set(NAME_START, true);
            case 'c': return set(NAME_CHAR);
            case 'C': return set(NAME_CHAR, true);
            case 'p':
            case 'P': {
                const m = /^\{([A-Za-z0-9_-]+)\}/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail(`\\${c} needs a category in braces, e.g. \\${c}{Lu}`);
                this.i += m[0].length;
                const name = m[1];
                if (name.startsWith('Is'))
                    this.fail(`Unicode block escapes such as \\${c}{${name}} are not supported; write the block as a range, e.g. [\\u0000-\\u007F]`);
                if (!CATEGORIES.has(name))
                    this.fail(`unknown Unicode category "${name}"`);
                return set([], false, [c === 'p' ? name : `^${name}`]);
            }
            case 'u': {
                const m = /^(?:\{([0-9A-Fa-f]{1,6})\}|([0-9A-Fa-f]{4}))/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail('\\u needs four hexadecimal digits');
                this.i += m[0].length;
                return one(parseInt(m[1] ?? m[2], 16));
            }
            case 'x': {
                const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.i));
                if (!m)
                    this.fail('\\x needs two hexadecimal digits');
                this.i += 2;
                return one(parseInt(m[0], 16));
            }
            default:
                if (/[0-9]/.test(c))
                    this.fail('back-references are not part of XML Schema regular expressions (and cannot be matched in linear time)');
                if (/[A-Za-z]/.test(c))
                    this.fail(`\\${c} is not an XML Schema regular expression escape`);
                // Any escaped punctuation or symbol stands for itself (XML Schema escapes .\?*+{}()[]|-^; `\/` and the like are harmless).
                void inClass;
                return one(this.src.codePointAt(this.i - 1));
        }
    }
    charClass() {
        this.i++;
        const negated = this.peek() === '^';
        if (negated)
            this.i++;
        const out = set([], negated);
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                this.fail('missing "]"');
            if (c === ']' && !first) {
                this.i++;
                break;
            }
            if (c === '-' && this.src[this.i + 1] === '[')
                this.fail('character class subtraction ([a-z-[aeiou]]) is not supported; list the remaining characters instead');
            if (c === '[')
                this.fail('a "[" inside a character class must be escaped as \\[');
            first = false;
            const lo = this.classAtom();
            if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.src[this.i + 1] !== '[' && this.src[this.i + 1] !== undefined) {
                this.i++;
                const hi = this.classAtom();
                const a = single(lo), b = single(hi);
                if (a === undefined || b === undefined)
                    this.fail('a range in a character class needs single characters at both ends');
                if (b < a)
                    this.fail('character class range out of order');
                out.ranges.push([a, b]);
            }
            else {
                out.ranges.push(...lo.ranges.filter(() => !lo.negated));
                if (lo.negated) {
                    // \S, \I, \C inside a class: the complement of their ranges, as ranges.
                    out.ranges.push(...complementRanges(lo.ranges));
                }
                out.props.push(...lo.props);
                out.complements.push(...lo.complements);
            }
        }
        if (negated && out.complements.length > 0)
            this.fail('\\w inside a negated character class is not supported; use \\W outside the class');
        return out;
    }
    classAtom() {
        if (this.peek() === '\\')
            return this.escape(true);
        const cp = this.src.codePointAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        return set([[cp, cp]]);
    }
}
function single(s) {
    return !s.negated && s.props.length === 0 && s.complements.length === 0 && s.ranges.length === 1 && s.ranges[0][0] === s.ranges[0][1] ? s.ranges[0][0] : undefined;
}
function complementRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    let next = 0;
    for (const [lo, hi] of sorted) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = Math.max(next, hi + 1);
    }
    if (next <= 0x10ffff)
        out.push([next, 0x10ffff]);
    return out;
}
function emitChar(cp, dialect) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))
        return String.fromCodePoint(cp);
    const hex = cp.toString(16).toUpperCase();
    return dialect === 'js' ? `\\u{${hex}}` : `\\x{${hex}}`;
}
function emitSetBody(s, dialect) {
    let body = '';
    for (const [lo, hi] of s.ranges)
        body += lo === hi ? emitChar(lo, dialect) : `${emitChar(lo, dialect)}-${emitChar(hi, dialect)}`;
    for (const p of s.props)
        body += p.startsWith('^') ? `\\P{${p.slice(1)}}` : `\\p{${p}}`;
    return body;
}
function emitSet(s, dialect) {
    const body = emitSetBody(s, dialect);
    const complements = s.complements.map((c) => `[^${c.map((p) => `\\p{${p}}`).join('')}]`);
    if (complements.length === 0)
        return body === '' ? (s.negated ? '[\\s\\S]' : '[^\\s\\S]') : `[${s.negated ? '^' : ''}${body}]`;
    const parts = body === '' ? complements : [`[${body}]`, ...complements];
    return parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
}
function emit(node, dialect) {
    switch (node.kind) {
        case 'empty': return '';
        case 'set': return emitSet(node, dialect);
        case 'anchor': return node.which;
        case 'seq': return node.items.map((n) => emit(n, dialect)).join('');
        case 'alt': return node.branches.map((n) => emit(n, dialect)).join('|');
        case 'group': return `(?:${emit(node.body, dialect)})`;
        case 'repeat': {
            const body = node.body.kind === 'set' || node.body.kind === 'group' ? emit(node.body, dialect) : `(?:${emit(node.body, dialect)})`;
            const q = node.min === 0 && node.max === Infinity ? '*' : node.min === 1 && node.max === Infinity ? '+' : node.min === 0 && node.max === 1 ? '?'
                : node.max === Infinity ? `{${node.min},}` : node.min === node.max ? `{${node.min}}` : `{${node.min},${node.max}}`;
            return body + q;
        }
    }
}
/**
 * How much a backtracking matcher may explore: `branching` bounds the ways a
 * fixed-length stretch can be matched, `unbounded` counts the unbounded
 * quantifiers on a path. With at most one unbounded quantifier, each on a
 * single character set, and little branching, an anchored match costs
 * O(n · branching · pattern length), so V8 may run it.
 */
function cost(node) {
    switch (node.kind) {
        case 'empty':
        case 'set':
        case 'anchor':
            return { branching: 1, unbounded: 0 };
        case 'group':
            return cost(node.body);
        case 'seq': {
            let branching = 1, unbounded = 0;
            for (const item of node.items) {
                const c = cost(item);
                branching *= c.branching;
                unbounded += c.unbounded;
            }
            return { branching, unbounded };
        }
        case 'alt': {
            let branching = 0, unbounded = 0;
            for (const b of node.branches) {
                const c = cost(b);
                branching += c.branching;
                unbounded = Math.max(unbounded, c.unbounded);
            }
            return { branching, unbounded };
        }
        case 'repeat': {
            const body = cost(node.body);
            if (node.max === Infinity) {
                return node.body.kind === 'set' ? { branching: 1, unbounded: 1 } : { branching: Infinity, unbounded: Infinity };
            }
            return { branching: body.branching ** node.max * (node.max - node.min + 1), unbounded: body.unbounded * node.max };
        }
    }
}
const SAFE_BRANCHING = 64;
const MAX_PATTERN_LENGTH = 10_000;
/** Compiles an XML Schema pattern for a whole-value match; throws PatternSyntaxError with a readable reason. */
function compilePattern(source) {
    if (source.length > MAX_PATTERN_LENGTH)
        throw new PatternSyntaxError(`patterns longer than ${MAX_PATTERN_LENGTH} characters are not supported`);
    const ast = new Parser(source).parse();
    const engine = (0,schema_re2/* re2 */.wI)();
    let re2;
    try {
        re2 = engine.compile(`(?:${emit(ast, 're2')})`);
    }
    catch (error) {
        throw new PatternSyntaxError(error.message);
    }
    const c = cost(ast);
    const anchored = hasAnchor(ast);
    const v8Source = c.unbounded <= 1 && c.branching <= SAFE_BRANCHING ? emit(ast, 'js') : undefined;
    if (v8Source !== undefined) {
        const re = new RegExp(`^(?:${v8Source})$`, 'u');
        return { test: (value) => re.test(value), v8Source, anchored };
    }
    return { test: (value) => re2.matches(value), anchored };
}
function hasAnchor(node) {
    switch (node.kind) {
        case 'anchor': return true;
        case 'seq': return node.items.some(hasAnchor);
        case 'alt': return node.branches.some(hasAnchor);
        case 'group':
        case 'repeat': return hasAnchor(node.body);
        default: return false;
    }
}

// EXTERNAL MODULE: ./build/shared/schema/temporal.js
var temporal = __webpack_require__(1806);
;// CONCATENATED MODULE: ./build/shared/schema/fields.js
// Field compilation: turns a field descriptor into a caster (cell → a
// comparable primitive, or INVALID) and constraint checks over cast values.
// Temporal values cast to numbers (see temporal.ts), so min/max/enum/unique
// are plain comparisons on the hot path.





const INVALID = Symbol('invalid');
const FAST_GENERIC = 0;
const FAST_STRING = 1;
const FAST_NUMBER = 2;
const FAST_INTEGER = 3;
const FAST_DATE = 4;
const FAST_DATETIME = 5;
/** A boolean field's cell matched in place against its trueValues and falseValues (limits.booleanValues). */
const FAST_BOOLEAN = 6;
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** An integer literal; surrounding whitespace is allowed, as Frictionless strips it (Number() does too). */
const INTEGER_PATTERN = /^\s*[+-]?\d+\s*$/;
const SPECIAL_NUMBERS = new Map([
    ['NaN', NaN], ['nan', NaN], ['NAN', NaN],
    ['INF', Infinity], ['+INF', Infinity], ['-INF', -Infinity],
    ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
    ['Infinity', Infinity], ['+Infinity', Infinity], ['-Infinity', -Infinity],
]);
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:(?!\/\/$)[^\s]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Which constraints apply to which types (Table Schema v2, "Field Constraints"). */
const ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const LENGTHY = new Set(['string', 'array', 'object', 'list']);
const PATTERNED = new Set(['string']);
const JSON_SCHEMA_TYPES = new Set(['array', 'object']);
function compileField(field, ctx) {
    const format = field.format ?? 'default';
    const cast = compileCaster(field, format, ctx);
    // An example must be a value of the field, as frictionless-py checks.
    if (field.example !== undefined && field.example !== null && (typeof field.example !== 'object' || field.type === 'object' || field.type === 'array' || field.type === 'geojson')) {
        if (cast(field.example) === INVALID) {
            throw new errors/* ConfigurationError */.j1(`example ${JSON.stringify(field.example)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: `${ctx.key}.example` });
        }
    }
    const c = field.constraints ?? {};
    const at = (name) => `${ctx.key}.constraints.${name}`;
    const castBound = (name) => {
        const raw = c[name];
        if (raw === undefined)
            return undefined;
        if (!ORDERED.has(field.type)) {
            throw new errors/* ConfigurationError */.j1(`${name} does not apply to type ${field.type}`, { file: ctx.file, key: at(name) });
        }
        const value = cast(typeof raw === 'number' && field.type !== 'number' && field.type !== 'integer' && field.type !== 'year' ? String(raw) : raw);
        if (value === INVALID || (typeof value !== 'number' && typeof value !== 'string')) {
            throw new errors/* ConfigurationError */.j1(`${JSON.stringify(raw)} is not a valid ${field.type} for field "${field.name}"`, { file: ctx.file, key: at(name) });
        }
        return value;
    };
    const minimum = castBound('minimum');
    const maximum = castBound('maximum');
    const exclusiveMinimum = castBound('exclusiveMinimum');
    const exclusiveMaximum = castBound('exclusiveMaximum');
    if ((c.minLength !== undefined || c.maxLength !== undefined) && !LENGTHY.has(field.type)) {
        throw new errors/* ConfigurationError */.j1(`minLength/maxLength do not apply to type ${field.type}`, { file: ctx.file, key: at(c.minLength !== undefined ? 'minLength' : 'maxLength') });
    }
    let pattern;
    if (c.pattern !== undefined) {
        if (!PATTERNED.has(field.type))
            throw new errors/* ConfigurationError */.j1(`pattern does not apply to type ${field.type} (only to string)`, { file: ctx.file, key: at('pattern') });
        try {
            pattern = compilePattern(c.pattern);
        }
        catch (error) {
            if (!(error instanceof PatternSyntaxError))
                throw error;
            throw new errors/* ConfigurationError */.j1(`invalid regular expression: ${error.message}`, { file: ctx.file, key: at('pattern') });
        }
    }
    let jsonSchema;
    if (c.jsonSchema !== undefined) {
        if (!JSON_SCHEMA_TYPES.has(field.type))
            throw new errors/* ConfigurationError */.j1(`jsonSchema does not apply to type ${field.type} (only to array and object)`, { file: ctx.file, key: at('jsonSchema') });
        try {
            jsonSchema = compileJsonSchema(c.jsonSchema);
        }
        catch (error) {
            if (!(error instanceof JsonSchemaError))
                throw error;
            throw new errors/* ConfigurationError */.j1(`invalid JSON Schema: ${error.message}`, { file: ctx.file, key: at('jsonSchema') });
        }
    }
    let allowed;
    const enumByKey = field.type === 'object' || field.type === 'array' || field.type === 'list' || field.type === 'geojson' || field.type === 'any';
    if (c.enum) {
        allowed = new Set();
        c.enum.forEach((option, i) => {
            if (option === null)
                return;
            const value = cast((typeof option === 'string' ? option : field.type === 'string' ? String(option) : option));
            if (value === INVALID) {
                throw new errors/* ConfigurationError */.j1(`${JSON.stringify(option)} is not a valid ${field.type}`, { file: ctx.file, key: `${at('enum')}[${i}]` });
            }
            allowed.add(enumByKey ? uniqueKeyOf(value) : value);
        });
    }
    const { minLength, maxLength } = c;
    const checks = [];
    if (minimum !== undefined)
        checks.push((v) => (v < minimum ? 'minimum' : undefined));
    if (maximum !== undefined)
        checks.push((v) => (v > maximum ? 'maximum' : undefined));
    if (exclusiveMinimum !== undefined)
        checks.push((v) => (v <= exclusiveMinimum ? 'exclusiveMinimum' : undefined));
    if (exclusiveMaximum !== undefined)
        checks.push((v) => (v >= exclusiveMaximum ? 'exclusiveMaximum' : undefined));
    if (minLength !== undefined)
        checks.push((v) => (lengthOf(v) < minLength ? 'minLength' : undefined));
    if (maxLength !== undefined)
        checks.push((v) => (lengthOf(v) > maxLength ? 'maxLength' : undefined));
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
    const checkConstraints = checks.length === 0
        ? undefined
        : checks.length === 1
            ? checks[0]
            : (value, raw) => {
                for (let i = 0; i < checks.length; i++) {
                    const broken = checks[i](value, raw);
                    if (broken)
                        return broken;
                }
                return undefined;
            };
    const ext = field['x-holdout'];
    const plainNumber = !field.groupChar && (field.decimalChar ?? '.') === '.' && (field.bareNumber ?? true);
    const categorised = field.categories !== undefined;
    const fastKind = categorised ? FAST_GENERIC :
        field.type === 'string' && format === 'default' ? FAST_STRING
            : field.type === 'number' && plainNumber ? FAST_NUMBER
                : field.type === 'integer' && !field.groupChar && (field.bareNumber ?? true) ? FAST_INTEGER
                    : field.type === 'date' && format === 'default' ? FAST_DATE
                        : field.type === 'datetime' && format === 'default' ? FAST_DATETIME
                            : field.type === 'boolean' ? FAST_BOOLEAN
                                : FAST_GENERIC;
    const num = (v) => (typeof v === 'number' ? v : undefined);
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
function stickyFactory(source) {
    const cache = new Map();
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
function lengthOf(value) {
    if (typeof value === 'string') {
        // Count code points, as Frictionless (Python len) does; fast path for BMP text.
        let surrogates = 0;
        for (let i = 0; i < value.length; i++) {
            const c = value.charCodeAt(i);
            if (c >= 0xdc00 && c <= 0xdfff)
                surrogates++;
        }
        return value.length - surrogates;
    }
    if (Array.isArray(value))
        return value.length;
    if (typeof value === 'object')
        return Object.keys(value).length;
    return String(value).length;
}
/** A value's identity for unique/enum checks: equal cast values, equal keys. */
function uniqueKeyOf(value) {
    if (typeof value === 'string')
        return 's' + value;
    if (typeof value === 'number')
        return 'n' + (Object.is(value, -0) ? 0 : value);
    if (typeof value === 'boolean')
        return value ? 'b1' : 'b0';
    return 'j' + JSON.stringify(value);
}
/** The strings of a `missingValues` list (v2 allows `{ value, label }` objects). */
function missingValueStrings(list) {
    return list.map((item) => (typeof item === 'string' ? item : item.value));
}
function compileCaster(field, format, ctx) {
    const cast = compileTypeCaster(field, format, ctx);
    if (field.categories === undefined)
        return cast;
    // v2 categories: a value outside them is not a value of this field.
    if (field.type !== 'string' && field.type !== 'integer') {
        throw new errors/* ConfigurationError */.j1(`categories apply to string and integer fields, not ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories` });
    }
    const allowed = new Set();
    field.categories.forEach((category, i) => {
        const raw = typeof category === 'object' ? category.value : category;
        const value = cast(field.type === 'string' ? String(raw) : raw);
        if (value === INVALID || (field.type === 'string') !== (typeof raw === 'string')) {
            throw new errors/* ConfigurationError */.j1(`category ${JSON.stringify(raw)} is not a valid ${field.type}`, { file: ctx.file, key: `${ctx.key}.categories[${i}]` });
        }
        allowed.add(value);
    });
    return (cell) => {
        const value = cast(cell);
        return value === INVALID || allowed.has(value) ? value : INVALID;
    };
}
function compileTypeCaster(field, format, ctx) {
    const badFormat = () => new errors/* ConfigurationError */.j1(`format "${format}" is not known for type ${field.type}`, { file: ctx.file, key: `${ctx.key}.format` });
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
                if (typeof cell === 'number')
                    return Number.isInteger(cell) && cell >= 0 && cell <= 9999 ? cell : INVALID;
                if (typeof cell === 'bigint')
                    return cell >= 0n && cell <= 9999n ? Number(cell) : INVALID;
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
                if (typeof cell === 'string')
                    return (0,temporal/* parseYearMonth */.zD)(cell) ?? INVALID;
                // A JSON [year, month] pair, as frictionless-py reads it.
                if (Array.isArray(cell) && cell.length === 2 && Number.isInteger(cell[0]) && Number.isInteger(cell[1])) {
                    const [year, month] = cell;
                    return year >= 0 && year <= 9999 && month >= 1 && month <= 12 ? year * 12 + month - 1 : INVALID;
                }
                return INVALID;
            };
        case 'duration':
            return (cell) => (typeof cell === 'string' ? (0,temporal/* parseDuration */.E9)(cell) ?? INVALID : INVALID);
        case 'object':
            if (format !== 'default')
                throw badFormat();
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return isPlainObject(value) && withinJsonDepth(value) ? value : INVALID;
            };
        case 'geojson': {
            if (format !== 'default' && format !== 'topojson')
                throw badFormat();
            const valid = format === 'topojson' ? isTopoJson : isGeoJson;
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return isPlainObject(value) && withinJsonDepth(value) && valid(value) ? value : INVALID;
            };
        }
        case 'array':
            if (format !== 'default')
                throw badFormat();
            return (cell) => {
                const value = typeof cell === 'string' ? parseJson(cell) : cell;
                return Array.isArray(value) && withinJsonDepth(value) ? value : INVALID;
            };
        case 'list':
            if (format !== 'default')
                throw badFormat();
            return listCaster(field);
        case 'geopoint':
            return geopointCaster(format, badFormat);
        case 'any':
            return (cell) => (cell === null || !withinJsonDepth(cell) ? INVALID : cell);
    }
}
/**
 * JSON values nest at most this deep: deeper ones are not values of the field
 * (JSON.parse reads any depth, but comparing or hashing them recursively
 * would overflow the stack).
 */
const MAX_JSON_DEPTH = 256;
/** Whether a JSON value nests no deeper than MAX_JSON_DEPTH; iterative. */
function withinJsonDepth(value) {
    if (value === null || typeof value !== 'object')
        return true;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [node, depth] = stack.pop();
        if (depth > MAX_JSON_DEPTH)
            return false;
        const children = Array.isArray(node) ? node : Object.values(node);
        for (const child of children)
            if (child !== null && typeof child === 'object')
                stack.push([child, depth + 1]);
    }
    return true;
}
function isPlainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
function booleanCaster(trueList, falseList) {
    const trueValues = new Set(trueList ?? TRUE_VALUES);
    const falseValues = new Set(falseList ?? FALSE_VALUES);
    // JSON true/false are booleans; JSON numbers are not (0 and 1 are numbers, as in frictionless-py).
    return (cell) => {
        if (typeof cell === 'boolean')
            return cell;
        if (typeof cell !== 'string')
            return INVALID;
        if (trueValues.has(cell))
            return true;
        if (falseValues.has(cell))
            return false;
        return INVALID;
    };
}
/** `format: email`: one `@`, no whitespace, a dot inside the domain; checked in one pass (a regex here was quadratic). */
function isEmail(s) {
    const at = s.indexOf('@');
    if (at <= 0 || s.indexOf('@', at + 1) !== -1)
        return false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)
            return false;
    }
    const dot = s.indexOf('.', at + 2);
    return dot !== -1 && dot < s.length - 1;
}
function stringCaster(format, badFormat) {
    const formats = {
        default: undefined,
        email: isEmail,
        uuid: (s) => UUID.test(s),
        uri: (s) => URI.test(s),
        binary: (s) => s.length % 4 === 0 && BASE64.test(s),
        // Well-Known Text geometry: a frictionless-py extension of the spec's formats.
        wkt: isWkt,
    };
    if (!(format in formats))
        throw badFormat();
    const valid = formats[format];
    if (!valid)
        return (cell) => (typeof cell === 'string' ? cell : INVALID);
    return (cell) => (typeof cell === 'string' && valid(cell) ? cell : INVALID);
}
/** NaN, INF, -INF and Infinity in any case, as the spec and Python's Decimal accept them. */
function specialNumber(s) {
    if (s.length > 9)
        return undefined;
    return SPECIAL_NUMBERS.get(s) ?? SPECIAL_LOWER.get(s.toLowerCase());
}
const SPECIAL_LOWER = new Map([
    ['nan', NaN], ['+nan', NaN], ['-nan', NaN], ['inf', Infinity], ['+inf', Infinity], ['-inf', -Infinity],
    ['infinity', Infinity], ['+infinity', Infinity], ['-infinity', -Infinity],
]);
function numberCaster(field) {
    const group = field.groupChar || undefined;
    const decimal = field.decimalChar ?? '.';
    const bare = field.bareNumber ?? true;
    const plain = !group && decimal === '.' && bare;
    return (cell) => {
        if (typeof cell === 'number')
            return cell;
        if (typeof cell === 'bigint')
            return Number(cell);
        if (typeof cell !== 'string')
            return INVALID;
        if (plain && NUMBER_PATTERN.test(cell))
            return Number(cell);
        // As frictionless-py: strip whitespace, then (bareNumber: false) leading and trailing
        // non-numeric text, drop group characters; with another decimalChar a "." is not a number.
        let s = cell.trim();
        if (!bare)
            s = stripNonNumeric(s);
        if (group)
            s = s.split(group).join('');
        if (decimal !== '.') {
            if (s.includes('.'))
                return INVALID;
            s = s.split(decimal).join('.');
        }
        if (NUMBER_PATTERN.test(s))
            return Number(s);
        const special = specialNumber(s);
        return special === undefined ? INVALID : special;
    };
}
function integerCaster(field) {
    const group = field.groupChar || undefined;
    const bare = field.bareNumber ?? true;
    return (cell) => {
        if (typeof cell === 'number')
            return Number.isInteger(cell) ? cell : INVALID;
        if (typeof cell === 'bigint')
            return Number(cell);
        if (typeof cell !== 'string')
            return INVALID;
        let s = cell;
        if (!bare)
            s = stripNonNumeric(s.trim());
        if (group)
            s = s.split(group).join('');
        return INTEGER_PATTERN.test(s) ? Number(s) : INVALID;
    };
}
/** bareNumber: false — leading text other than a sign or digit, and trailing non-digits, are dropped (frictionless-py's rule). */
function stripNonNumeric(s) {
    // By hand: a trailing /[^0-9]+$/ retried at every start is quadratic on a long run of text before a digit.
    let from = 0;
    let to = s.length;
    while (from < to && !isDigitOrMinus(s.charCodeAt(from)))
        from++;
    while (to > from && !isDigit(s.charCodeAt(to - 1)))
        to--;
    return s.slice(from, to);
}
const isDigit = (c) => c >= 48 && c <= 57;
const isDigitOrMinus = (c) => isDigit(c) || c === 45;
/** v2 `list`: items split on the delimiter and cast with the item type's default format; an empty item is a missing item. */
function listCaster(field) {
    const delimiter = field.delimiter ?? ',';
    const itemType = field.itemType ?? 'string';
    const item = itemType === 'string' ? (cell) => (typeof cell === 'string' ? cell : INVALID)
        : itemType === 'integer' ? integerCaster({ name: '', type: 'integer' })
            : itemType === 'number' ? numberCaster({ name: '', type: 'number' })
                : itemType === 'boolean' ? booleanCaster(undefined, undefined)
                    : temporalCaster(itemType, 'default', () => new Error('unreachable'));
    const castItems = (items) => {
        const out = new Array(items.length);
        for (let i = 0; i < items.length; i++) {
            const raw = items[i];
            if (raw === null || (raw === '' && itemType !== 'string')) {
                out[i] = null;
                continue;
            }
            const value = item(raw);
            if (value === INVALID)
                return INVALID;
            out[i] = value;
        }
        return out;
    };
    return (cell) => {
        if (typeof cell === 'string')
            return castItems(cell.split(delimiter));
        if (Array.isArray(cell))
            return cell.every((v) => v === null || typeof v !== 'object') ? castItems(cell) : INVALID;
        return INVALID;
    };
}
function temporalCaster(type, format, badFormat) {
    let parse;
    if (format === 'default') {
        parse = type === 'date' ? temporal/* parseIsoDate */.jT : type === 'time' ? temporal/* parseIsoTime */.sX : (s) => (0,temporal/* parseIsoDatetime */._)(s);
    }
    else if (format === 'any') {
        parse = (s) => {
            const iso = type === 'date' ? (0,temporal/* parseIsoDate */.jT)(s) : type === 'time' ? (0,temporal/* parseIsoTime */.sX)(s) : (0,temporal/* parseIsoDatetime */._)(s, true);
            return iso !== undefined ? iso : parseAnyTemporal(s, type);
        };
    }
    else {
        try {
            parse = (0,temporal/* compileStrptime */.St)(format.startsWith('fmt:') ? format.slice(4) : format, type);
        }
        catch {
            throw badFormat();
        }
    }
    return (cell) => {
        if (typeof cell === 'string')
            return parse(cell) ?? INVALID;
        if (cell instanceof Date) {
            const ms = cell.getTime();
            if (Number.isNaN(ms))
                return INVALID;
            if (type === 'date')
                return Math.floor(ms / 86400000);
            if (type === 'time')
                return ((ms % 86400000) + 86400000) % 86400000;
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
function parseAnyTemporal(s, type) {
    if (s.length > 64)
        return undefined;
    const text = s.trim()
        .replace(/\b(\d{1,2})(?:st|nd|rd|th)\b/gi, '$1')
        .replace(/\b(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/gi, (_m, h, m, sec, ap) => Number(h) < 1 || Number(h) > 12 ? _m : `${String((Number(h) % 12) + (ap.toLowerCase() === 'p' ? 12 : 0)).padStart(2, '0')}:${m ?? '00'}:${sec ?? '00'}`);
    if (type === 'time') {
        const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
        if (!m)
            return undefined;
        const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
        return h <= 23 && min <= 59 && sec <= 60 ? ((h * 60 + min) * 60 + sec) * 1000 : undefined;
    }
    if (!/\d{4}/.test(text))
        return undefined;
    const zoned = /(?:\b(?:UTC|GMT)|[+-]\d{2}:?\d{2}|\dZ)$/i.test(text);
    const ms = Date.parse(zoned ? text : `${text} UTC`);
    if (Number.isNaN(ms))
        return undefined;
    return type === 'date' ? Math.floor(ms / 86400000) : ms;
}
function geopointCaster(format, badFormat) {
    if (format !== 'default' && format !== 'array' && format !== 'object')
        throw badFormat();
    const valid = (lon, lat) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    return (cell) => {
        let lon, lat;
        if (format === 'default' && typeof cell === 'string') {
            const parts = cell.split(',');
            if (parts.length !== 2)
                return INVALID;
            const a = parts[0].trim(), b = parts[1].trim();
            if (!NUMBER_PATTERN.test(a) || !NUMBER_PATTERN.test(b))
                return INVALID;
            lon = Number(a);
            lat = Number(b);
        }
        else {
            const value = typeof cell === 'string' ? parseJson(cell) : cell;
            if (format === 'object') {
                // A JSON object with exactly the keys lon and lat.
                if (!isPlainObject(value) || Object.keys(value).length !== 2)
                    return INVALID;
                ({ lon, lat } = value);
            }
            else if (Array.isArray(value) && value.length === 2) {
                // A [lon, lat] pair: the array format, or a JSON value of any format (as frictionless-py reads native pairs).
                [lon, lat] = value;
            }
            else
                return INVALID;
        }
        if (typeof lon !== 'number' || typeof lat !== 'number')
            return INVALID;
        return valid(lon, lat) ? `${lon},${lat}` : INVALID;
    };
}


/***/ }),

/***/ 6189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x: () => (/* binding */ compileTableSchema),
  yE: () => (/* binding */ loadTableSchema),
  d9: () => (/* reexport */ re2/* loadRe2For */.xg)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/config/load.js
var load = __webpack_require__(6783);
// EXTERNAL MODULE: ./build/shared/schema/fields.js + 3 modules
var schema_fields = __webpack_require__(6068);
// EXTERNAL MODULE: ./build/shared/schema/re2.js
var re2 = __webpack_require__(9131);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2857);
// EXTERNAL MODULE: ./build/shared/vocabulary/drift.js
var drift = __webpack_require__(3990);
;// CONCATENATED MODULE: ./build/shared/schema/model.js
// The table schema format: Frictionless Table Schema plus `x-holdout`
// extensions. Strict objects, so a misspelt key is reported (with a
// suggestion) instead of silently ignored; other `x-` keys are allowed.


const FIELD_TYPES = [
    'string', 'number', 'integer', 'boolean', 'date', 'datetime', 'time', 'year',
    'yearmonth', 'duration', 'object', 'array', 'list', 'geopoint', 'geojson', 'any',
];
const scalar = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
/** Item types of a v2 `list` field (the spec's list; its "datetme" is read as datetime). */
const LIST_ITEM_TYPES = ['string', 'integer', 'boolean', 'number', 'datetime', 'date', 'time'];
/**
 * A descriptor object: the spec lets a field or a schema carry any other
 * property, so unknown keys are dropped — except one that looks like a
 * misspelling of a key we know (`tpye`, `maximun`, `rowcount`), which stays so
 * the strict object below reports it with a suggestion. `x-…` keys other than
 * ours are vendor extensions and are dropped too.
 */
function extensible(shape) {
    const known = Object.keys(shape);
    return schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
        .transform((value) => {
        const out = {};
        for (const [key, v] of Object.entries(value)) {
            if (key.startsWith('x-') ? key === 'x-holdout' : known.includes(key) || looksMisspelt(key, known))
                out[key] = v;
        }
        return out;
    })
        .pipe(schemas/* strictObject */.rej(shape));
}
/** One edit (or a swap of neighbours, or only case) away from a known key; a known key plus "s" is taken as meant. */
function looksMisspelt(key, known) {
    const word = key.toLowerCase();
    if (word.length < 4)
        return false;
    return known.some((candidate) => {
        const c = candidate.toLowerCase();
        if (word === c + 's')
            return false;
        return osaDistance(word, c) <= 1;
    });
}
function osaDistance(a, b) {
    if (Math.abs(a.length - b.length) > 1)
        return 2;
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** `missingValues`: strings, or (v2) `{ value, label }` objects. */
const missingValuesSchema = schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* strictObject */.rej({ value: schemas/* string */.YjP(), label: schemas/* string */.YjP().optional() })], { message: 'a missing value is a string or { value, label }' }));
const constraintsSchema = schemas/* strictObject */.rej({
    required: schemas/* boolean */.zMY().optional(),
    unique: schemas/* boolean */.zMY().optional(),
    minimum: scalar.optional(),
    maximum: scalar.optional(),
    exclusiveMinimum: scalar.optional(),
    exclusiveMaximum: scalar.optional(),
    minLength: schemas/* number */.aig().int().nonnegative().optional(),
    maxLength: schemas/* number */.aig().int().nonnegative().optional(),
    pattern: schemas/* string */.YjP().optional(),
    enum: schemas/* array */.YOg(schemas/* unknown */.L5J()).min(1).optional(),
    jsonSchema: schemas/* union */.KCZ([schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* boolean */.zMY()]).optional(),
});
/** A drift check: the method and the levels at which it warns and fails (distances: ≥ level; p-values: < level). */
const driftSettingsSchema = schemas/* strictObject */.rej({
    method: schemas/* enum */.k5n(drift/* DRIFT_METHOD_CHOICES */.zi, { message: `unknown drift method; use one of ${drift/* DRIFT_METHOD_CHOICES */.zi.join(', ')}` }).optional(),
    warn: schemas/* number */.aig().nonnegative().optional(),
    fail: schemas/* number */.aig().nonnegative().optional(),
});
/** Levels for a share compared against the reference (a change in missing rate, the share of unseen categories): status when above. */
const shareLevelsSchema = schemas/* strictObject */.rej({
    warn: schemas/* number */.aig().min(0).max(1).optional(),
    fail: schemas/* number */.aig().min(0).max(1).optional(),
});
const fieldExtensionSchema = schemas/* strictObject */.rej({
    /** Largest tolerated share of missing values, 0..1. */
    maxMissingRate: schemas/* number */.aig().min(0).max(1).optional(),
    /** Share of non-missing values that must satisfy the type and constraints (Great Expectations' `mostly`). */
    mostly: schemas/* number */.aig().min(0).max(1).optional(),
    /** Drift check of this column against the reference; false leaves the column out. */
    drift: schemas/* union */.KCZ([schemas/* literal */.euz(false), driftSettingsSchema]).optional(),
    missingRateChange: schemas/* union */.KCZ([schemas/* literal */.euz(false), shareLevelsSchema]).optional(),
    unseenCategories: schemas/* union */.KCZ([schemas/* literal */.euz(false), shareLevelsSchema]).optional(),
});
const fieldSchema = extensible({
    name: schemas/* string */.YjP().min(1, 'a field needs a non-empty name'),
    type: schemas/* enum */.k5n(FIELD_TYPES, { message: `unknown type; use one of ${FIELD_TYPES.join(', ')}` }).default('string'),
    format: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    example: schemas/* unknown */.L5J().optional(),
    rdfType: schemas/* string */.YjP().optional(),
    constraints: constraintsSchema.optional(),
    missingValues: missingValuesSchema.optional(),
    trueValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    falseValues: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    decimalChar: schemas/* string */.YjP().min(1, 'decimalChar cannot be empty').optional(),
    /** `""` means no grouping, as if absent. */
    groupChar: schemas/* string */.YjP().optional(),
    bareNumber: schemas/* boolean */.zMY().optional(),
    /** frictionless-py's: numbers as floats instead of decimals; the same values here. */
    floatNumber: schemas/* boolean */.zMY().optional(),
    /** `list`: the item separator (default `,`) and the item type (default `string`). */
    delimiter: schemas/* string */.YjP().min(1, 'delimiter cannot be empty').optional(),
    itemType: schemas/* enum */.k5n(LIST_ITEM_TYPES, { message: `unknown itemType; use one of ${LIST_ITEM_TYPES.join(', ')}` }).optional(),
    /** v2 categories (string and integer fields): values, or `{ value, label }` objects. */
    categories: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* strictObject */.rej({ value: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]), label: schemas/* string */.YjP().optional() })])).optional(),
    categoriesOrdered: schemas/* boolean */.zMY().optional(),
    'x-holdout': fieldExtensionSchema.optional(),
});
const tableExtensionSchema = schemas/* strictObject */.rej({
    rowCount: schemas/* strictObject */.rej({ min: schemas/* number */.aig().int().nonnegative().optional(), max: schemas/* number */.aig().int().nonnegative().optional() })
        .optional(),
    /** Defaults for every column's drift check. */
    drift: driftSettingsSchema.optional(),
    /** The table drifts when this share of the compared columns fails its drift check (Evidently's dataset drift). */
    datasetDrift: schemas/* strictObject */.rej({ share: schemas/* number */.aig().min(0).max(1) }).optional(),
    missingRateChange: shareLevelsSchema.optional(),
    unseenCategories: shareLevelsSchema.optional(),
});
const keyList = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* string */.YjP()).min(1)]);
/** A foreign key as the spec gives it; whether the values exist is checked against the data package's tables. */
const foreignKeySchema = extensible({
    fields: keyList,
    reference: extensible({ resource: schemas/* string */.YjP().optional(), fields: keyList }),
});
const tableSchemaSchema = extensible({
    $schema: schemas/* string */.YjP().optional(),
    profile: schemas/* string */.YjP().optional(),
    name: schemas/* string */.YjP().optional(),
    title: schemas/* string */.YjP().optional(),
    description: schemas/* string */.YjP().optional(),
    fields: schemas/* array */.YOg(fieldSchema).min(1, 'a schema needs at least one field'),
    missingValues: missingValuesSchema.optional(),
    primaryKey: keyList.optional(),
    uniqueKeys: schemas/* array */.YOg(keyList).optional(),
    foreignKeys: schemas/* array */.YOg(foreignKeySchema).optional(),
    fieldsMatch: schemas/* enum */.k5n(['exact', 'equal', 'subset', 'superset', 'partial']).optional(),
    'x-holdout': tableExtensionSchema.optional(),
});

;// CONCATENATED MODULE: ./build/shared/schema/load.js
// loadTableSchema: reads a schema file (JSON or YAML), validates it and
// compiles its fields. Every mistake names the schema file and the key.






async function loadTableSchema(file) {
    const text = await (0,load/* readConfigText */.im)(file);
    await (0,re2/* loadRe2For */.xg)(text);
    return compileTableSchema(text, file.display);
}
/** Loads what compiling this schema text may need (the RE2 engine for patterns), for a caller that compiles it with compileTableSchema. */

function compileTableSchema(text, file) {
    const parsed = (0,load/* parseConfigText */.Bu)(text, file);
    checkMisplacedConstraints(parsed, file);
    const descriptor = (0,load/* validateConfig */.$r)(tableSchemaSchema, parsed, file);
    const v1 = descriptor.$schema !== undefined && /\/1\.0\/tableschema\.json$/.test(descriptor.$schema);
    const checkMissingValues = (list, path) => {
        if (list === undefined)
            return;
        const key = formatKey(path);
        const seenValues = new Set();
        const seenLabels = new Set();
        for (const item of list) {
            if (typeof item === 'string')
                continue;
            if (v1)
                throw new errors/* ConfigurationError */.j1('missing values in object form ({ value, label }) need Table Schema v2; this schema declares v1', { file, key, line: parsed.lineOf(path) });
            if (seenValues.has(item.value))
                throw new errors/* ConfigurationError */.j1(`missing value ${JSON.stringify(item.value)} is not unique`, { file, key, line: parsed.lineOf(path) });
            seenValues.add(item.value);
            if (item.label !== undefined) {
                if (seenLabels.has(item.label))
                    throw new errors/* ConfigurationError */.j1(`missing value label ${JSON.stringify(item.label)} is not unique`, { file, key, line: parsed.lineOf(path) });
                seenLabels.add(item.label);
            }
        }
    };
    checkMissingValues(descriptor.missingValues, ['missingValues']);
    const schemaMissingValues = descriptor.missingValues ? (0,schema_fields/* missingValueStrings */.yb)(descriptor.missingValues) : [''];
    // Duplicate field names are a valid schema (v1 allowed them, and v2 tells consumers not to refuse them); the
    // table check reports duplicate labels, and keys name the first field of a name.
    const names = new Set();
    const fields = descriptor.fields.map((field, index) => {
        const key = `fields[${index}]`;
        names.add(field.name);
        checkMissingValues(field.missingValues, ['fields', index, 'missingValues']);
        try {
            return (0,schema_fields/* compileField */.gC)(field, { file, key, schemaMissingValues });
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && error.key && !error.line) {
                throw new errors/* ConfigurationError */.j1(error.reason, { file, key: error.key, line: parsed.lineOf(keyToPath(error.key)) });
            }
            throw error;
        }
    });
    const keyGroups = [];
    const fieldList = (value, key) => {
        const list = typeof value === 'string' ? [value] : value;
        for (const name of list) {
            if (!names.has(name)) {
                throw new errors/* ConfigurationError */.j1(`"${name}" is not a field of this schema`, { file, key, line: parsed.lineOf(keyToPath(key)) });
            }
        }
        return list;
    };
    if (descriptor.primaryKey !== undefined)
        keyGroups.push({ kind: 'primaryKey', fields: fieldList(descriptor.primaryKey, 'primaryKey') });
    descriptor.uniqueKeys?.forEach((group, i) => keyGroups.push({ kind: 'uniqueKey', fields: fieldList(group, `uniqueKeys[${i}]`) }));
    descriptor.foreignKeys?.forEach((fk, i) => {
        const own = fieldList(fk.fields, `foreignKeys[${i}].fields`);
        const referenced = typeof fk.reference.fields === 'string' ? [fk.reference.fields] : fk.reference.fields;
        if (referenced.length !== own.length) {
            throw new errors/* ConfigurationError */.j1(`the reference names ${referenced.length} field${referenced.length === 1 ? '' : 's'} for ${own.length}`, { file, key: `foreignKeys[${i}].reference.fields`, line: parsed.lineOf(['foreignKeys', i, 'reference', 'fields']) });
        }
        // A self-reference (no resource, or v1's ""): the referenced fields are this schema's.
        if (!fk.reference.resource)
            fieldList(fk.reference.fields, `foreignKeys[${i}].reference.fields`);
    });
    const rowCount = descriptor['x-holdout']?.rowCount;
    if (rowCount?.min !== undefined && rowCount.max !== undefined && rowCount.min > rowCount.max) {
        throw new errors/* ConfigurationError */.j1('min is larger than max', { file, key: 'x-holdout.rowCount', line: parsed.lineOf(['x-holdout', 'rowCount']) });
    }
    return {
        file,
        sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'),
        descriptor,
        fields,
        fieldsMatch: descriptor.fieldsMatch ?? 'exact',
        keyGroups,
        rowCount,
    };
}
const CONSTRAINT_KEYS = ['required', 'unique', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];
/** `required: true` (and the like) written on the field instead of under `constraints`: a mistake, as frictionless-py says. */
function checkMisplacedConstraints(parsed, file) {
    const fields = parsed.value?.fields;
    if (!Array.isArray(fields))
        return;
    fields.forEach((field, index) => {
        if (field === null || typeof field !== 'object')
            return;
        for (const name of CONSTRAINT_KEYS) {
            if (Object.hasOwn(field, name)) {
                throw new errors/* ConfigurationError */.j1(`"${name}" belongs under constraints: write constraints.${name}`, { file, key: `fields[${index}].${name}`, line: parsed.lineOf(['fields', index, name]) });
            }
        }
    });
}
function formatKey(path) {
    return path.reduce((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
}
function keyToPath(key) {
    const path = [];
    for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        path.push(match[2] !== undefined ? Number(match[2]) : match[1]);
    return path;
}


/***/ }),

/***/ 9131:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wI: () => (/* binding */ re2),
/* harmony export */   xg: () => (/* binding */ loadRe2For)
/* harmony export */ });
/* unused harmony exports loadRe2, mayHavePattern */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
// The RE2 engine (re2js) for the `pattern` constraints, loaded on demand:
// re2js is 257 KB and builds its Unicode tables when it is evaluated, which
// cost every action's start while most schemas have no pattern. Schema
// loading is asynchronous, so it loads the engine (a dynamic import) when the
// schema text may hold a pattern; compiling stays synchronous and takes the
// loaded engine from here.

let engine;
/** Loads re2js once; later calls return at once. */
async function loadRe2() {
    engine ??= (await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856))).RE2JS;
}
/**
 * Whether a schema text may hold a `pattern` or `patternProperties` key: the
 * word itself, or any backslash (a JSON or YAML escape could spell the key).
 * Errs towards loading.
 */
function mayHavePattern(text) {
    return text.includes('pattern') || text.includes('\\');
}
/** Loads re2js when the schema text may need it. */
async function loadRe2For(text) {
    if (mayHavePattern(text))
        await loadRe2();
}
/**
 * The engine, for a synchronous compile. In the bundles it has been loaded by
 * the schema loader; unbundled (build/ and the tests, which compile schema
 * texts synchronously) it is required from node_modules on first use.
 */
function re2() {
    if (engine)
        return engine;
    if (false) {}
    throw new Error('internal error: the pattern engine was not loaded before a schema with a pattern was compiled (loadRe2For)');
}


/***/ }),

/***/ 1806:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   St: () => (/* binding */ compileStrptime),
/* harmony export */   _: () => (/* binding */ parseIsoDatetime),
/* harmony export */   _$: () => (/* binding */ parseIsoDateRange),
/* harmony export */   di: () => (/* binding */ parseIsoDatetimeRange),
/* harmony export */   jT: () => (/* binding */ parseIsoDate),
/* harmony export */   sX: () => (/* binding */ parseIsoTime),
/* harmony export */   zD: () => (/* binding */ parseYearMonth)
/* harmony export */ });
/* unused harmony exports daysInMonth, daysFromCivil */
// Dates and times as comparable numbers: dates as days since 1970-01-01,
// datetimes as milliseconds since the epoch (UTC; an offset is applied),
// times as milliseconds since midnight. Parsed by hand on the hot path.
const DIGIT0 = 48;
function digits(s, from, count) {
    let value = 0;
    for (let i = from; i < from + count; i++) {
        const d = s.charCodeAt(i) - DIGIT0;
        if (d < 0 || d > 9)
            return -1;
        value = value * 10 + d;
    }
    return value;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/** Days since the epoch for a proleptic Gregorian date (Howard Hinnant's algorithm). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (month + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** `YYYY-MM-DD` in text[from, to) → days since epoch, or undefined. */
function parseIsoDateRange(s, from, to) {
    if (to - from !== 10 || s.charCodeAt(from + 4) !== 45 || s.charCodeAt(from + 7) !== 45)
        return undefined;
    const year = digits(s, from, 4);
    const month = digits(s, from + 5, 2);
    const day = digits(s, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    return daysFromCivil(year, month, day);
}
function parseIsoDate(s) {
    return parseIsoDateRange(s, 0, s.length);
}
/** `HH:MM:SS[.fff…]` starting at `from`, ending by `to`; returns [ms, end index] or undefined. */
function parseClock(s, from, to, requireSeconds) {
    if (from + 5 > to)
        return undefined;
    const h = digits(s, from, 2);
    if (h < 0 || h > 23 || s.charCodeAt(from + 2) !== 58)
        return undefined;
    const m = digits(s, from + 3, 2);
    if (m < 0 || m > 59)
        return undefined;
    let end = from + 5;
    let sec = 0;
    if (end < to && s.charCodeAt(end) === 58) {
        if (end + 3 > to)
            return undefined;
        sec = digits(s, end + 1, 2);
        if (sec < 0 || sec > 60)
            return undefined;
        end += 3;
    }
    else if (requireSeconds)
        return undefined;
    let ms = 0;
    if (end < to && s.charCodeAt(end) === 46) {
        let scale = 100;
        let i = end + 1;
        while (i < to) {
            const d = s.charCodeAt(i) - DIGIT0;
            if (d < 0 || d > 9)
                break;
            ms += d * scale;
            scale /= 10;
            i++;
        }
        if (i === end + 1)
            return undefined;
        end = i;
    }
    return [((h * 60 + m) * 60 + sec) * 1000 + ms, end];
}
/** `HH:MM:SS[.fff][Z|±HH:MM|±HHMM|±HH]` → ms since midnight (UTC when an offset is given, wrapped into the day). */
function parseIsoTime(s) {
    const clock = parseClock(s, 0, s.length, true);
    if (!clock)
        return undefined;
    const [ms, end] = clock;
    if (end === s.length)
        return ms;
    const offset = parseOffset(s, end, s.length);
    if (offset === undefined)
        return undefined;
    return (((ms - offset * 60000) % 86400000) + 86400000) % 86400000;
}
/** A zone designator filling text[from, to): `Z`, `±HH:MM`, `±HHMM` or `±HH` → minutes east of UTC. */
function parseOffset(s, from, to) {
    const c = s.charCodeAt(from);
    if (c === 90)
        return from + 1 === to ? 0 : undefined;
    if (c !== 43 && c !== 45)
        return undefined;
    const oh = from + 3 <= to ? digits(s, from + 1, 2) : -1;
    let rest = from + 3;
    let om = 0;
    if (rest < to) {
        if (s.charCodeAt(rest) === 58)
            rest++;
        om = rest + 2 === to ? digits(s, rest, 2) : -1;
    }
    else if (rest !== to)
        return undefined;
    if (oh < 0 || oh > 23 || om < 0 || om > 59)
        return undefined;
    return (c === 43 ? 1 : -1) * (oh * 60 + om);
}
/** ISO 8601 `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM]` in text[from, to) → ms since epoch (UTC). */
function parseIsoDatetimeRange(s, from, to, allowSpace = false) {
    if (to - from < 19)
        return undefined;
    const date = parseIsoDateRange(s, from, from + 10);
    if (date === undefined)
        return undefined;
    const sep = s.charCodeAt(from + 10);
    if (sep !== 84 && !(allowSpace && sep === 32))
        return undefined;
    const clock = parseClock(s, from + 11, to, true);
    if (!clock)
        return undefined;
    let [ms, end] = clock;
    if (end < to) {
        const c = s.charCodeAt(end);
        if (c === 90 && end === to - 1)
            end++;
        else if (c === 43 || c === 45) {
            const oh = end + 3 <= to ? digits(s, end + 1, 2) : -1;
            let rest = end + 3;
            if (rest < to && s.charCodeAt(rest) === 58)
                rest++;
            const om = rest + 2 <= to ? digits(s, rest, 2) : -1;
            if (oh < 0 || oh > 23 || om < 0 || om > 59 || rest + 2 !== to)
                return undefined;
            ms -= (c === 43 ? 1 : -1) * (oh * 60 + om) * 60000;
        }
        else
            return undefined;
    }
    return date * 86400000 + ms;
}
function parseIsoDatetime(s, allowSpace = false) {
    return parseIsoDatetimeRange(s, 0, s.length, allowSpace);
}
/** `YYYY-MM` → months since year 0. */
function parseYearMonth(s) {
    if (s.length !== 7 || s.charCodeAt(4) !== 45)
        return undefined;
    const year = digits(s, 0, 4);
    const month = digits(s, 5, 2);
    if (year < 0 || month < 1 || month > 12)
        return undefined;
    return year * 12 + month - 1;
}
const DURATION = /^P(?!$)(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?=\d)(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** ISO 8601 duration → seconds (years as 365.2425 days and months as a twelfth of that, for ordering only). */
function parseDuration(s) {
    const m = DURATION.exec(s);
    if (!m)
        return undefined;
    const [, y, mo, w, d, h, mi, sec] = m.map((v) => (v === undefined ? 0 : Number(v)));
    const day = 86400;
    return y * 365.2425 * day + mo * 30.436875 * day + w * 7 * day + d * day + h * 3600 + mi * 60 + sec;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const alternatives = (names) => `(${names.join('|')})`;
/** Python's strptime directives (C locale), as its `_strptime.TimeRE` matches them. */
const DIRECTIVES = {
    d: '(3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])',
    f: '([0-9]{1,6})',
    H: '(2[0-3]|[0-1]\\d|\\d)',
    I: '(1[0-2]|0[1-9]|[1-9])',
    G: '(\\d\\d\\d\\d)',
    j: '(36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
    m: '(1[0-2]|0[1-9]|[1-9])',
    M: '([0-5]\\d|\\d)',
    S: '(6[0-1]|[0-5]\\d|\\d)',
    U: '(5[0-3]|[0-4]\\d|\\d)',
    W: '(5[0-3]|[0-4]\\d|\\d)',
    V: '(5[0-3]|0[1-9]|[1-4]\\d|\\d)',
    w: '([0-6])',
    u: '([1-7])',
    y: '(\\d\\d)',
    Y: '(\\d\\d\\d\\d)',
    z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
    Z: '(utc|gmt)',
    p: '(am|pm)',
    A: alternatives(DAYS),
    a: alternatives(DAYS.map((d) => d.slice(0, 3))),
    B: alternatives(MONTHS),
    b: alternatives(MONTHS.map((m) => m.slice(0, 3))),
};
/** Composite directives in the C locale, as Python expands them. */
const COMPOSITES = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };
/**
 * Compiles a Python strptime pattern (Frictionless `format` for dates and
 * times) into a parser returning the same units as the ISO parsers. As
 * Python: the whole value must match, letters in any case, whitespace in the
 * pattern matches any run of whitespace, %p applies to %I only, %Z accepts
 * UTC and GMT, %z an offset (applied to datetimes).
 */
function compileStrptime(format, kind) {
    let expanded = '';
    for (let i = 0; i < format.length; i++) {
        if (format[i] === '%' && COMPOSITES[format[i + 1] ?? ''] !== undefined) {
            expanded += COMPOSITES[format[i + 1]];
            i++;
        }
        else if (format[i] === '%') {
            expanded += format.slice(i, i + 2);
            i++;
        }
        else
            expanded += format[i];
    }
    let source = '^';
    const directives = [];
    for (let i = 0; i < expanded.length; i++) {
        const c = expanded[i];
        if (c !== '%') {
            if (/\s/.test(c)) {
                while (i + 1 < expanded.length && /\s/.test(expanded[i + 1]))
                    i++;
                source += '\\s+';
            }
            else
                source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            continue;
        }
        const directive = expanded[++i];
        if (directive === '%') {
            source += '%';
            continue;
        }
        const re = directive === undefined ? undefined : DIRECTIVES[directive];
        if (re === undefined)
            throw new Error(`unsupported strptime directive %${directive ?? ''}`);
        source += re;
        directives.push(directive);
    }
    const regex = new RegExp(source + '$', 'i');
    return (s) => {
        const m = regex.exec(s);
        if (!m)
            return undefined;
        let year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, ms = 0, offset = 0, yday = 0;
        let pm;
        let twelveHour = false;
        for (let k = 0; k < directives.length; k++) {
            const v = m[k + 1];
            switch (directives[k]) {
                case 'Y':
                    year = Number(v);
                    break;
                case 'y':
                    year = Number(v) + (Number(v) < 69 ? 2000 : 1900);
                    break;
                case 'm':
                    month = Number(v);
                    break;
                case 'd':
                    day = Number(v);
                    break;
                case 'H':
                    hour = Number(v);
                    break;
                case 'I':
                    hour = Number(v);
                    twelveHour = true;
                    break;
                case 'M':
                    minute = Number(v);
                    break;
                case 'S':
                    second = Number(v);
                    break;
                case 'f':
                    ms = Number(v.padEnd(6, '0')) / 1000;
                    break;
                case 'p':
                    pm = v.toLowerCase() === 'pm';
                    break;
                case 'b':
                case 'B':
                    month = MONTHS.findIndex((name) => name.startsWith(v.toLowerCase().slice(0, 3))) + 1;
                    break;
                case 'j':
                    yday = Number(v);
                    break;
                case 'z': {
                    if (v.toUpperCase() !== 'Z') {
                        const sign = v[0] === '-' ? -1 : 1;
                        const d = v.slice(1).replace(/:/g, '');
                        offset = sign * (Number(d.slice(0, 2)) * 60 + Number(d.slice(2, 4)) + Number(d.slice(4) || 0) / 60);
                    }
                    break;
                }
                // Weekdays, week numbers and %Z (UTC/GMT) are read and do not change the value, as in Python.
            }
        }
        if (twelveHour)
            hour = (hour % 12) + (pm ? 12 : 0);
        if (day > daysInMonth(year, month))
            return undefined;
        let days = daysFromCivil(year, month, day);
        if (yday > 0)
            days = daysFromCivil(year, 1, 1) + yday - 1;
        const clock = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
        if (kind === 'date')
            return days;
        if (kind === 'time')
            return clock;
        return days * 86400000 + clock - Math.round(offset * 60000);
    };
}


/***/ }),

/***/ 3664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   FR: () => (/* binding */ truncateCell),
/* harmony export */   MU: () => (/* binding */ formatCastValue)
/* harmony export */ });
// Number and value formatting for validation messages: counts with
// thousands separators, rates as percentages, cast values back in the type's
// own notation (dates as ISO, not as day numbers).

function formatRate(rate) {
    const pct = rate * 100;
    if (pct === 0 || pct === 100)
        return `${pct}%`;
    const digits = pct < 0.01 ? 4 : pct < 1 ? 3 : 2;
    return `${Number(pct.toPrecision(digits))}%`;
}
const MAX_CELL = 200;
function truncateCell(cell) {
    const text = typeof cell === 'string' ? cell : cell instanceof Date ? cell.toISOString() : typeof cell === 'bigint' ? cell.toString() : JSON.stringify(cell) ?? String(cell);
    return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL)}…` : text;
}
function formatCastValue(field, value) {
    switch (field.type) {
        case 'date':
            return new Date(value * 86400000).toISOString().slice(0, 10);
        case 'datetime':
            return new Date(value).toISOString();
        case 'time':
            return new Date(value).toISOString().slice(11, 23);
        case 'yearmonth':
            return `${String(Math.floor(value / 12)).padStart(4, '0')}-${String((value % 12) + 1).padStart(2, '0')}`;
        default:
            return value;
    }
}


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ mergeKeyStates),
/* harmony export */   TF: () => (/* binding */ keyStatesMeet),
/* harmony export */   YF: () => (/* binding */ KeyHashSet)
/* harmony export */ });
/* harmony import */ var _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1038);
// The value set of a unique or primary-key check, with a fast path for keys
// that arrive in order.
//
// Identifiers usually come sorted (row ids, C00000001, C00000002, …). While
// every key is strictly greater than the one before, no key can repeat an
// earlier one, and that is decided exactly by one comparison with the
// previous key: no hash-table probe (a cache miss per row on a table of tens
// of megabytes), no false duplicate from a hash collision. The keys' 64-bit
// hashes are appended to a flat log meanwhile (8 bytes a key, sequential
// writes). The moment the order breaks — or a caller needs the set as a
// table (the byte ranges of one file merge their key states) — the log is
// turned into a ValueHashSet with exactly the hashes that set would hold, and
// every later key takes the general path. Verdicts and error rows are those
// of ValueHashSet alone: a key the ordered path accepts is new, and a
// ValueHashSet would accept it too unless its hash collided.

/** a[aFrom, aTo) > b[bFrom, bTo) in code-unit order (JavaScript's string <). */
function rangeGreater(a, aFrom, aTo, b, bFrom, bTo) {
    const n = Math.min(aTo - aFrom, bTo - bFrom);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(aFrom + i);
        const y = b.charCodeAt(bFrom + i);
        if (x !== y)
            return x > y;
    }
    return aTo - aFrom > bTo - bFrom;
}
const NONE = 0;
const NUMBER = 1;
const STRING = 2;
class KeyHashSet {
    /** The general path, once taken; undefined while the keys arrive in order. */
    table;
    /** Ordered path: the hashes so far, two words a key, in arrival order. */
    log;
    count = 0;
    expected = 0;
    previous = NONE;
    previousNumber = 0;
    previousText = '';
    previousFrom = 0;
    previousTo = 0;
    /** The first key of the ordered run (a string is copied once). */
    first;
    constructor(initialCapacity = 1024) {
        this.log = new Uint32Array(2 * Math.max(16, initialCapacity));
    }
    /** Continues from a key state: in order after its last key, or from its table (used as is, not copied). */
    static fromKeyState(state) {
        if (state.kind === 'table') {
            const set = new KeyHashSet(16);
            set.table = _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueHashSet */ .KT.fromState(state.table);
            set.log = new Uint32Array(0);
            return set;
        }
        const set = new KeyHashSet(Math.max(16, state.count));
        set.log.set(state.log.subarray(0, state.count * 2));
        set.count = state.count;
        set.first = state.first;
        if (typeof state.last === 'number') {
            set.previous = NUMBER;
            set.previousNumber = state.last;
        }
        else if (typeof state.last === 'string') {
            set.previous = STRING;
            set.previousText = state.last;
            set.previousFrom = 0;
            set.previousTo = state.last.length;
        }
        return set;
    }
    /**
     * The set as plain data (see KeyState). An ordered run's log is the set's
     * own array, not a copy (its first `count` pairs; later keys are written
     * past them or to a new array, so the state stays as it was): a byte range
     * hands it to the calling thread by moving the buffer, after which the set
     * is not used again.
     */
    toKeyState() {
        if (this.table !== undefined)
            return { kind: 'table', table: this.table.toState() };
        const last = this.previous === NUMBER ? this.previousNumber : this.previous === STRING ? this.previousText.slice(this.previousFrom, this.previousTo) : undefined;
        return {
            kind: 'ordered',
            count: this.count,
            ...(this.first !== undefined ? { first: this.first } : {}),
            ...(last !== undefined ? { last } : {}),
            log: this.log,
        };
    }
    /** Whether every key so far arrived in strictly increasing order (no table was built). */
    get ordered() {
        return this.table === undefined;
    }
    get size() {
        return this.table ? this.table.size : this.count;
    }
    reserve(expected) {
        this.expected = Math.max(this.expected, expected);
        if (this.table)
            this.table.reserve(expected);
        else if (expected * 2 > this.log.length)
            this.growLog(expected);
    }
    addNumber(value) {
        if (this.table === undefined) {
            if (this.previous === NONE || (this.previous === NUMBER && value > this.previousNumber)) {
                if (this.previous === NONE)
                    this.first = value;
                this.previous = NUMBER;
                this.previousNumber = value;
                (0,_profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .hashNumber */ .YR)(value);
                this.append();
                return true;
            }
            this.materialize();
        }
        return this.table.addNumber(value);
    }
    add(value) {
        return this.addRange(value, 0, value.length);
    }
    addRange(text, from, to) {
        if (this.table === undefined) {
            if (this.previous === NONE || (this.previous === STRING && rangeGreater(text, from, to, this.previousText, this.previousFrom, this.previousTo))) {
                // Holds a reference to the chunk text until the next key, not a copy.
                if (this.previous === NONE)
                    this.first = text.slice(from, to);
                this.previous = STRING;
                this.previousText = text;
                this.previousFrom = from;
                this.previousTo = to;
                (0,_profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .hashRange */ .Uk)(text, from, to);
                this.append();
                return true;
            }
            this.materialize();
        }
        return this.table.addRange(text, from, to);
    }
    /** Whether the value (its hash) is present. */
    has(value) {
        return this.toTable().has(value);
    }
    /** The general-path table (built from the log if the keys were in order so far). */
    toTable() {
        if (this.table === undefined)
            this.materialize();
        return this.table;
    }
    append() {
        const at = this.count * 2;
        if (at + 2 > this.log.length)
            this.growLog(this.count * 1.5 + 1024);
        this.log[at] = _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .HASH */ .v9[0];
        this.log[at + 1] = _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .HASH */ .v9[1];
        this.count++;
    }
    growLog(keys) {
        const log = new Uint32Array(2 * Math.ceil(keys));
        log.set(this.log.subarray(0, this.count * 2));
        this.log = log;
    }
    /** Builds the ValueHashSet of the logged hashes (its layout: linear probing from h1 & mask, load ≤ 0.7). */
    materialize() {
        const wanted = Math.max(this.count, this.expected);
        let capacity = 1024;
        while (capacity * 0.7 < wanted || (capacity - 1) * 0.7 < this.count + 1)
            capacity *= 2;
        const slots = new Uint32Array(capacity * 2);
        const mask = capacity - 1;
        const log = this.log;
        let count = 0;
        for (let k = 0; k < this.count; k++) {
            const h1 = log[2 * k];
            const h2 = log[2 * k + 1];
            let index = h1 & mask;
            for (;;) {
                const at = index * 2;
                const stored = slots[at + 1];
                if (stored === 0) {
                    slots[at] = h1;
                    slots[at + 1] = h2;
                    count++;
                    break;
                }
                // Two distinct keys of the ordered run with one hash: the table holds the hash once, as ValueHashSet would.
                if (stored === h2 && slots[at] === h1)
                    break;
                index = (index + 1) & mask;
            }
        }
        this.table = _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueHashSet */ .KT.fromState({ slots, count });
        this.log = new Uint32Array(0);
        this.count = 0;
        this.previousText = '';
    }
}
/** The earlier run ends strictly below where the later one starts (same kind of key). */
function before(a, b) {
    if (a === undefined || b === undefined)
        return a === undefined || b === undefined;
    return typeof a === typeof b && a < b;
}
function tableOf(state) {
    if (state.kind === 'table')
        return _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueHashSet */ .KT.fromState(state.table);
    return KeyHashSet.fromKeyState(state).toTable();
}
/**
 * Whether two key states may share a key: false is exact (ordered runs that
 * follow each other, or no common 64-bit hash); true may be a hash collision,
 * which costs a range read again from the union, never a wrong verdict.
 */
function keyStatesMeet(earlier, later) {
    if (earlier.kind === 'ordered' && later.kind === 'ordered') {
        if (earlier.count === 0 || later.count === 0)
            return false;
        if (before(earlier.last, later.first))
            return false;
    }
    return tableOf(earlier).intersects(tableOf(later));
}
/**
 * The union of two key states as a pure function (neither input changes): the
 * set a single pass holds after reading `earlier`'s rows, then `later`'s.
 * Ordered runs that follow each other stay one ordered run.
 */
function mergeKeyStates(earlier, later) {
    if (earlier.kind === 'ordered' && later.kind === 'ordered' && (earlier.count === 0 || later.count === 0 || before(earlier.last, later.first))) {
        const log = new Uint32Array((earlier.count + later.count) * 2);
        log.set(earlier.log.subarray(0, earlier.count * 2));
        log.set(later.log.subarray(0, later.count * 2), earlier.count * 2);
        return {
            kind: 'ordered',
            count: earlier.count + later.count,
            ...(earlier.count > 0 ? { first: earlier.first } : later.count > 0 ? { first: later.first } : {}),
            ...(later.count > 0 ? { last: later.last } : earlier.count > 0 ? { last: earlier.last } : {}),
            log,
        };
    }
    const union = tableOf(earlier);
    const copy = earlier.kind === 'table' ? _profile_hashset_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueHashSet */ .KT.fromState({ slots: union.toState().slots.slice(), count: union.size }) : union;
    copy.addAll(tableOf(later));
    return { kind: 'table', table: copy.toState() };
}


/***/ }),

/***/ 8011:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MIN_RANGE_BYTES: () => (/* reexport */ range_size/* MIN_RANGE_BYTES */.r),
  offsetTally: () => (/* binding */ offsetTally),
  openShardRange: () => (/* binding */ openShardRange),
  splitTargets: () => (/* binding */ splitTargets),
  tallyInRanges: () => (/* binding */ tallyInRanges),
  tallyRange: () => (/* binding */ tallyRange),
  warmRange: () => (/* binding */ warmRange)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./build/shared/errors.js
var errors = __webpack_require__(2005);
// EXTERNAL MODULE: ./build/shared/data/csv.js
var csv = __webpack_require__(7213);
// EXTERNAL MODULE: ./build/shared/data/source.js
var data_source = __webpack_require__(3548);
;// CONCATENATED MODULE: ./build/shared/data/split.js
// Byte ranges of one CSV/TSV file that can be parsed on their own: each
// starts at a record boundary, found by a quote-aware scan from the start of
// the file (a newline inside a quoted field is not a boundary), so the
// records of the ranges, in order, are exactly the records of the file.
//
// The scan is a four-state machine over bytes (a quote opens a quoted field
// only at the start of a field, as the reader reads it; a doubled quote stays
// inside). Chunks without a quote byte outside a quoted field are skipped
// with one native search, so a file without quotes is scanned at memchr speed.
// Dialects the scan does not model (an escape character, comment lines or
// rows, initial spaces before a quote, several header rows, a non-ASCII
// delimiter or quote) are not split.




const LF = 0x0a;
const CR = 0x0d;
const SCAN_BYTES = 1024 * 1024;
function splitDialect(dialect, delimiter) {
    const d = dialect ?? {};
    const quote = d.quoteChar ?? '"';
    if (d.escapeChar !== undefined && d.escapeChar !== quote)
        return undefined;
    if (d.commentChar !== undefined || (d.commentRows?.length ?? 0) > 0 || d.skipInitialSpace === true)
        return undefined;
    if (d.headerRows !== undefined && !(d.headerRows.length === 1 && d.headerRows[0] === 1))
        return undefined;
    if (delimiter.length !== 1 || quote.length !== 1 || delimiter.charCodeAt(0) >= 0x80 || quote.charCodeAt(0) >= 0x80)
        return undefined;
    return { delimiter: delimiter.charCodeAt(0), quote: quote.charCodeAt(0), doubleQuote: d.escapeChar === quote || (d.doubleQuote ?? true) };
}
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** Just after a quote inside a quoted field: a closing quote, or the first of a doubled one. */
const QUOTE_SEEN = 3;
/** After a closing quote: the field's tail, where a CR also ends the record. */
const CLOSED = 4;
/**
 * For each target offset (ascending), the first record boundary at or after
 * it, or undefined past the last. A boundary is a byte just after a line feed
 * that ends a record.
 */
async function recordBoundaries(path, targets, dialect) {
    const out = targets.map(() => undefined);
    if (targets.length === 0)
        return out;
    const { delimiter, quote, doubleQuote } = dialect;
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(SCAN_BYTES);
        let position = 0;
        let state = FIELD_START;
        let newlines = 0;
        let next = 0; // the target whose boundary is sought
        for (;;) {
            const { bytesRead: len } = await handle.read(buffer, 0, SCAN_BYTES, position);
            if (len === 0)
                return out;
            const bytes = buffer;
            let i = 0;
            let nextQuote = -2;
            let nextLf = -2;
            while (i < len) {
                if (state === QUOTED) {
                    if (nextQuote !== -1 && nextQuote < i)
                        nextQuote = bytes.indexOf(quote, i);
                    const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
                    for (;;) {
                        if (nextLf !== -1 && nextLf < i)
                            nextLf = bytes.indexOf(LF, i);
                        if (nextLf === -1 || nextLf >= stop)
                            break;
                        newlines++;
                        i = nextLf + 1;
                    }
                    i = stop + 1;
                    if (stop < len)
                        state = QUOTE_SEEN;
                    continue;
                }
                if (state === QUOTE_SEEN) {
                    if (bytes[i] === quote && doubleQuote) {
                        i++;
                        state = QUOTED;
                        continue;
                    }
                    state = CLOSED;
                }
                // Outside quotes up to the next quote byte: every line feed ends a record.
                if (nextQuote !== -1 && nextQuote < i)
                    nextQuote = bytes.indexOf(quote, i);
                const stop = nextQuote === -1 || nextQuote >= len ? len : nextQuote;
                for (;;) {
                    if (nextLf !== -1 && nextLf < i)
                        nextLf = bytes.indexOf(LF, i);
                    if (nextLf === -1 || nextLf >= stop)
                        break;
                    newlines++;
                    i = nextLf + 1;
                    state = FIELD_START;
                    while (next < targets.length && position + i >= targets[next])
                        out[next++] = { offset: position + i, newlines };
                    if (next >= targets.length)
                        return out;
                }
                // The rest of the line up to the quote: delimiters start fields; a CR after a quoted field ends its record.
                for (; i < stop; i++) {
                    const c = bytes[i];
                    if (c === delimiter)
                        state = FIELD_START;
                    else if (c === CR && state === CLOSED)
                        state = FIELD_START;
                    else if (state === FIELD_START)
                        state = UNQUOTED;
                }
                if (stop < len) {
                    // The quote opens a quoted field only at a field's start; elsewhere it is text.
                    i = stop + 1;
                    if (state === FIELD_START)
                        state = QUOTED;
                }
            }
            position += len;
        }
    }
    finally {
        await handle.close();
    }
}
/** A range whose end was guessed (`cut`) ends inside a quoted field: the guess was not a record boundary. */
class OpenAtRangeEnd extends errors/* ConfigurationError */.j1 {
}
/** A table over bytes [start, end) of a CSV/TSV file; `lines()` is how many physical lines it held. Its digest is the range's size only. */
async function openCsvRange(info, options) {
    const { start, end } = options;
    async function* chunks() {
        if (end > start)
            yield* (0,data_source.fileChunks)(info.path, info.display, start, end);
    }
    async function* checked(batches) {
        try {
            yield* batches;
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1 && error.reason.startsWith('unterminated quoted field')) {
                throw new OpenAtRangeEnd(`a quoted field is still open where this shard's bytes end (byte ${end}): the shard boundary fell inside a quoted value that spans lines; shard by whole files or with shard-by instead`, { file: info.display, line: error.line });
            }
            throw error;
        }
    }
    const report = {};
    const stream = await (0,csv/* openCsvStream */.ze)((0,data_source.decodeUtf8)(chunks(), info.display), {
        displayPath: info.display, dialect: options.dialect, delimiter: options.delimiter, header: options.header, report,
    });
    const size = end - start;
    return {
        ...stream,
        ...(options.cut ? { batches: checked(stream.batches) } : {}),
        info,
        digest: () => ({ sha256: '', bytes: size }),
        estimateRows: (batch) => {
            const chars = batch.text ? batch.text.text.length : undefined;
            return !chars || batch.size === 0 ? undefined : Math.ceil((size / chars) * batch.size);
        },
        lines: () => {
            if (report.lines === undefined)
                throw new Error('lines requested before the range was read to the end');
            return report.lines;
        },
    };
}
/**
 * Where a byte-range shard starts, read from the bytes at `target` only (no
 * scan from the file's start): the first line feed after which the next
 * records (up to 8, within 1 MiB) each have `width` cells as the boundary
 * scan counts them — a line feed inside a quoted field rarely passes that
 * — else the first line feed. Every shard computes the same boundary from
 * the same bytes, so neighbours agree; when the guess is wrong, the shard
 * before it ends inside a quoted field and says so (not a silent misread).
 * Undefined when no line feed follows within the window.
 */
async function guessBoundary(path, target, dialect, width) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const window = Buffer.alloc(SCAN_BYTES);
        const { bytesRead } = await handle.read(window, 0, SCAN_BYTES, target);
        const bytes = window.subarray(0, bytesRead);
        const atEnd = bytesRead < SCAN_BYTES;
        let first;
        let lf = bytes.indexOf(LF);
        for (let tries = 0; lf !== -1 && tries < 64; tries++, lf = bytes.indexOf(LF, lf + 1)) {
            first ??= lf + 1;
            if (recordsFit(bytes, lf + 1, dialect, width, atEnd))
                return target + lf + 1;
        }
        return first === undefined ? undefined : target + first;
    }
    finally {
        await handle.close();
    }
}
/** Whether the records from `from` (at most 8, within the bytes) each have `width` cells, blank lines aside. */
function recordsFit(bytes, from, { delimiter, quote, doubleQuote }, width, atEnd) {
    let state = FIELD_START;
    let cells = 1;
    let empty = true;
    let records = 0;
    for (let i = from; i < bytes.length; i++) {
        const c = bytes[i];
        if (state === QUOTED) {
            if (c === quote)
                state = QUOTE_SEEN;
            continue;
        }
        if (state === QUOTE_SEEN) {
            if (c === quote && doubleQuote) {
                state = QUOTED;
                continue;
            }
            state = CLOSED;
        }
        if (c === LF) {
            if (!empty || cells > 1) {
                if (cells !== width)
                    return false;
                if (++records >= 8)
                    return true;
            }
            state = FIELD_START;
            cells = 1;
            empty = true;
            continue;
        }
        if (c === CR)
            continue;
        empty = false;
        if (c === delimiter) {
            cells++;
            state = FIELD_START;
        }
        else if (state === FIELD_START)
            state = c === quote ? QUOTED : UNQUOTED;
    }
    // The window ended: enough records seen, or the file ended cleanly outside quotes.
    return records > 0 && (atEnd ? state !== QUOTED : true);
}
/** Byte offset just after the header (the first `newlines` line feeds that end records), scanning from the file's start. */
async function headerEnd(path, dialect, newlines) {
    let target = 0;
    for (;;) {
        const [boundary] = await recordBoundaries(path, [target], dialect);
        if (!boundary)
            return undefined;
        if (boundary.newlines >= newlines)
            return boundary.offset;
        target = boundary.offset + 1;
    }
}

// EXTERNAL MODULE: ./build/shared/schema/load.js + 1 modules
var load = __webpack_require__(6189);
// EXTERNAL MODULE: ./build/shared/profile/profile.js + 1 modules
var profile_profile = __webpack_require__(1354);
// EXTERNAL MODULE: ./build/shared/validate/keys.js
var keys = __webpack_require__(1835);
// EXTERNAL MODULE: ./build/shared/validate/table.js
var validate_table = __webpack_require__(7251);
// EXTERNAL MODULE: ./build/shared/validate/range-size.js
var range_size = __webpack_require__(9570);
;// CONCATENATED MODULE: ./build/shared/validate/parallel.js
// One CSV/TSV file validated in byte ranges, one per worker thread, with the
// verdict of a single pass. The ranges start at record boundaries: guessed
// from the bytes at each split point (data/split.ts guessBoundary, nothing
// read before the ranges start) and proved by the range before ending
// outside a quoted field, else found by the exact quote-aware scan from the
// file's start. Each range is tallied on its own (the first in the calling
// thread, the others in worker threads) with rows and lines counted from 1,
// then:
// - rows and lines are offset by the records and physical lines of the
//   ranges before it (errors, locations and the messages that name them);
// - unique and key checks: a value first seen in range k may repeat one of
//   an earlier range. The ranges' hash sets are compared; a range whose set
//   meets the union of the earlier ones is tallied again starting from that
//   union — exactly the state a single pass has there — so its duplicates
//   are found at their own rows. Without such a meeting (distinct keys, the
//   common case) nothing is read twice;
// - the tallies merge as row shards do (mergeTallies), and the file's sha256
//   is computed in this thread while the workers read.
//
// - profiles: each range is profiled on the whole's binning (a reference's
//   frozen edges, or all values kept for edges of its own) and the ranges'
//   states merge in file order to the single pass's (DatasetProfiler.
//   mergeRange); a range that cannot tell the count of a category kept by
//   the earlier ranges is read again counting those from the start.
//
// Not split: compressed files, foreign keys (a pass of their own), row
// shards, dialects the boundary scan does not model, and files under
// MIN_RANGE_BYTES a range.
//
// A .gz file cannot be split by bytes (a gzip stream has no entry points).
// Its inflation runs in libuv's thread pool; with a core to spare, decoding
// and parsing run on a spare worker and the checks in the task's thread
// (data/remote.ts, steps/tasks/validate-data.ts tablesBeside).













// Filled only by warmRange, in a spare worker, which lives for one task: its files do not change meanwhile
// (tests that run ranges in their own thread, over files rewritten between runs, never warm).
const warmSchemas = new Map();
const warmDigests = new Map();
/** A spare worker's preparation for the ranges it will be asked for (steps/worker.ts EngineTask.warm). */
async function warmRange(hint) {
    if (hint.hash) {
        const info = (0,data_source.detectFormat)(hint.hash);
        const digest = hashFile(info.path, info.display);
        digest.catch(() => undefined); // surfaces in the range that asks for it
        warmDigests.set(info.path, digest);
    }
    if (hint.schema) {
        const schema = (0,load/* loadTableSchema */.yE)(hint.schema);
        warmSchemas.set(hint.schema.path, schema);
        await schema.catch(() => undefined); // a bad schema is the range's to report
    }
}
/** The engine of one range: tallies bytes [start, end) of the file. */
async function tallyRange(input, compiled) {
    const info = (0,data_source.detectFormat)(input.file);
    const digest = input.digest ? (warmDigests.get(info.path) ?? hashFile(info.path, info.display)) : undefined;
    digest?.catch(() => undefined); // awaited below, after the tally
    const schema = compiled ?? (await (warmSchemas.get(input.schema.path) ?? (0,load/* loadTableSchema */.yE)(input.schema)));
    const sets = new Map();
    const keySet = (id) => {
        const seed = input.seeds?.[id];
        const set = seed ? keys/* KeyHashSet */.YF.fromKeyState(seed) : new keys/* KeyHashSet */.YF(1 << 16);
        sets.set(id, set);
        return set;
    };
    try {
        const table = await openCsvRange(info, { start: input.start, end: input.end, delimiter: input.delimiter, dialect: input.dialect, header: input.header, ...(input.cut ? { cut: true } : {}) });
        const profile = input.profile ? profile_profile/* DatasetProfiler */.ib.forRange(input.profile) : undefined;
        const { tally } = await (0,validate_table/* tallyTable */.xL)(table, schema, { ...input.options, keySet, profile });
        // Typed arrays that own their buffers: a worker's reply moves them (steps/worker.ts), no copy.
        const keySets = {};
        for (const [id, set] of sets)
            keySets[id] = set.toKeyState();
        const whole = digest && (await digest);
        return { tally, lines: table.lines(), keySets, ...(profile ? { profile: profile.toState() } : {}), ...(whole ? { digest: { sha256: whole.sha256, bytes: whole.bytes } } : {}), problems: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigurationError */.j1))
            throw error;
        if (error instanceof OpenAtRangeEnd)
            return { openAtEnd: true, problems: [] };
        return { failure: { reason: error.reason, line: error.line, key: error.key }, problems: [] };
    }
}
/**
 * The tally of `file` read in byte ranges by `runner`, or undefined when the
 * file is not split (see the header comment); the caller then reads it whole.
 */
async function tallyInRanges(file, schemaFile, options, runner) {
    const info = (0,data_source.detectFormat)(file);
    if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip)
        return undefined;
    const size = (await (0,promises_.stat)(info.path)).size;
    const given = runner.splitAt ?? runner.guessAt;
    const parts = given ? given.length + 1 : Math.min(runner.workers, Math.floor(size / range_size/* MIN_RANGE_BYTES */.r));
    if (parts < 2)
        return undefined;
    // The header, its line and the delimiter, as a whole read sees them.
    const head = await readHead(info, options.dialect);
    if (!head)
        return undefined;
    const dialect = splitDialect(options.dialect, head.delimiter);
    if (!dialect)
        return undefined;
    const targets = given ? [...given].sort((a, b) => a - b) : splitTargets(size, parts);
    const headerNewlines = head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0);
    const schema = options.schema ?? (await (0,load/* loadTableSchema */.yE)(schemaFile));
    const profileSpec = options.profile?.rangeSpec(schema.fields.map((f) => f.name));
    const rangesFrom = (starts, guessed) => starts.map((start, k) => ({
        file, schema: schemaFile, start, end: starts[k + 1] ?? size, delimiter: head.delimiter,
        ...(options.dialect ? { dialect: options.dialect } : {}),
        ...(k > 0 ? { header: head.header } : {}),
        ...(guessed && k < starts.length - 1 ? { cut: true } : {}),
        ...(options.validate ? { options: options.validate } : {}),
        ...(profileSpec ? { profile: profileSpec } : {}),
        ...(k === 1 ? { digest: true } : {}),
    }));
    // Boundaries guessed from the bytes at each target (no scan of the file before the ranges start), then
    // proved by the ranges themselves: range k starts at a record boundary, so if it ends outside a quoted
    // field its end is one too — the single pass would be at a record start there. A range that ends inside
    // one (a guess on a line feed within a multi-line value; the guess checks 8 records' widths, so rare)
    // sends the split back to the exact quote-aware scan from the file's start. Tests' split points are exact.
    let ranges;
    let outcomes;
    if (!runner.splitAt) {
        const afterHeader = await headerEnd(info.path, dialect, headerNewlines);
        if (afterHeader === undefined)
            return undefined;
        const starts = [0];
        for (const target of targets) {
            const guess = await guessBoundary(info.path, Math.max(target, afterHeader), dialect, head.header.length);
            if (guess !== undefined && guess < size && guess > starts[starts.length - 1])
                starts.push(guess);
        }
        if (starts.length < 2)
            return undefined;
        ranges = rangesFrom(starts, true);
        outcomes = await runAll(ranges, runner, schema);
        if (outcomes.some((outcome) => outcome.openAtEnd))
            outcomes = undefined;
    }
    if (!outcomes) {
        const starts = [0];
        for (const boundary of await recordBoundaries(info.path, targets, dialect)) {
            // A range after the first starts past the header, and holds bytes.
            if (!boundary || boundary.newlines < headerNewlines || boundary.offset >= size || boundary.offset <= starts[starts.length - 1])
                continue;
            starts.push(boundary.offset);
        }
        if (starts.length < 2)
            return undefined;
        ranges = rangesFrom(starts, false);
        outcomes = await runAll(ranges, runner, schema);
    }
    const split = ranges;
    // The first unreadable range (in file order) is what a single pass would have stopped at.
    let lineOffset = 0;
    for (const outcome of outcomes) {
        if (outcome.failure) {
            const { reason, line, key } = outcome.failure;
            throw new errors/* ConfigurationError */.j1(reason, { file: info.display, ...(line !== undefined ? { line: line + lineOffset } : {}), ...(key !== undefined ? { key } : {}) });
        }
        lineOffset += outcome.lines;
    }
    const digest = outcomes[1].digest;
    if (!digest)
        throw new Error(`the second range of ${info.display} gave no digest`);
    // A range read again does not hash the file again: the digest is in hand.
    const readAgain = (k) => {
        const { digest: _inHand, ...range } = split[k];
        return range;
    };
    // Keys: a range whose keys may meet the earlier ranges' is tallied again from their union. Ranges of
    // sorted keys follow each other (each starts above the last key before it): decided without a table.
    const ids = Object.keys(outcomes[0].keySets);
    if (ids.length > 0) {
        const union = new Map(ids.map((id) => [id, outcomes[0].keySets[id]]));
        outcomes[0].keySets = undefined;
        const again = [];
        outcomes.forEach((outcome, k) => {
            if (k === 0)
                return;
            const states = outcome.keySets;
            outcome.keySets = undefined;
            if (ids.some((id) => (0,keys/* keyStatesMeet */.TF)(union.get(id), states[id]))) {
                // The re-read fills its seeds: a table is copied, so the union here stays the earlier ranges' (an ordered run is copied by fromKeyState).
                const seeds = {};
                for (const id of ids) {
                    const state = union.get(id);
                    seeds[id] = state.kind === 'table' ? { kind: 'table', table: { slots: state.table.slots.slice(), count: state.table.count } } : state;
                }
                again.push(runner.run({ ...readAgain(k), seeds }).then((redone) => {
                    if (!redone.tally)
                        throw new Error(`range ${k} of ${info.display} could not be read again`);
                    outcomes[k] = { ...redone, lines: outcome.lines, keySets: undefined };
                }));
            }
            if (k < outcomes.length - 1)
                for (const id of ids)
                    union.set(id, (0,keys/* mergeKeyStates */.QX)(union.get(id), states[id]));
        });
        await Promise.all(again);
    }
    // Profiles, in file order. A range that stopped counting new categories before it met one the earlier
    // ranges kept is read again for those columns, counting the kept ones from the start (rare: see CategoryCounter).
    const profiler = options.profile;
    if (profiler) {
        for (let k = 0; k < outcomes.length; k++) {
            const refused = profiler.mergeRange(outcomes[k].profile);
            if (refused.length === 0)
                continue;
            const range = readAgain(k);
            const redone = await runner.run({ ...range, profile: { ...range.profile, seeds: profiler.categorySeeds(refused) } });
            if (!redone.profile || profiler.mergeRange(redone.profile, new Set(refused)).length > 0)
                throw new Error(`range ${k} of ${info.display} could not be profiled again`);
        }
    }
    const { sha256, bytes } = digest;
    let rows = 0;
    let lines = 0;
    const tallies = outcomes.map((outcome) => {
        const tally = offsetTally(outcome.tally, rows, lines);
        rows += tally.rows;
        lines += outcome.lines;
        return { ...tally, sha256, bytes };
    });
    return (0,validate_table/* mergeTallies */.n_)(tallies, options.validate);
}
/**
 * Hashing a byte (sha256 with the CPU's SHA extensions, read beside the
 * parse) costs about this share of validating it: the second range, whose
 * thread also hashes the whole file, is made that much of the file shorter
 * than the others, so that the threads end together. (Per-thread profiles of
 * the 1M-row benchmark file with equal halves: the hashing thread ended
 * 0.3 s after the other, which then sat idle.)
 */
const HASH_SHARE = 0.08;
/** Where to split a file of `size` bytes into `parts` ranges of equal work, the second range's hash included. */
function splitTargets(size, parts) {
    // With many parts the hash may not take more than half of a part.
    const hash = Math.min(HASH_SHARE, 1 / (2 * parts));
    const share = (1 + hash) / parts;
    const targets = [];
    let at = 0;
    for (let k = 0; k + 1 < parts; k++) {
        at += k === 1 ? share - hash : share;
        targets.push(Math.floor(at * size));
    }
    return targets;
}
/**
 * Runs the ranges, results in range order: the first in this thread (one
 * engine and heap fewer than a worker for it), the others by the runner, at
 * most `workers - 1` at a time beside it.
 */
async function runAll(ranges, runner, schema) {
    const outcomes = new Array(ranges.length);
    let next = 1;
    const lane = async () => {
        while (next < ranges.length) {
            const k = next++;
            outcomes[k] = await runner.run(ranges[k]);
        }
    };
    const lanes = Array.from({ length: Math.max(1, Math.min(runner.workers - 1, ranges.length - 1)) }, lane);
    outcomes[0] = await tallyRange(ranges[0], schema);
    await Promise.all(lanes);
    return outcomes;
}
async function readHead(info, dialect) {
    const source = await (0,data_source.openByteStream)(info);
    const report = {};
    const stream = await (0,csv/* openCsvStream */.ze)((0,data_source.decodeUtf8)(source.chunks, info.display), {
        displayPath: info.display, dialect, delimiter: info.format === 'tsv' ? '\t' : undefined, report,
    });
    await stream.close?.();
    if (stream.noHeader || report.delimiter === undefined)
        return undefined;
    return { header: [...stream.header], headerLine: stream.headerLine ?? 1, delimiter: report.delimiter };
}
/** The file's sha256 and size, and the line feeds before byte `until` (counted while hashing). */
function hashFile(path, display, until = 0) {
    return new Promise((resolve, reject) => {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        let newlines = 0;
        (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1024 * 1024 })
            .on('data', (data) => {
            const chunk = data;
            hash.update(chunk);
            if (bytes < until) {
                const part = chunk.subarray(0, Math.min(chunk.length, until - bytes));
                for (let at = part.indexOf(0x0a); at !== -1; at = part.indexOf(0x0a, at + 1))
                    newlines++;
            }
            bytes += chunk.length;
        })
            .on('error', (error) => reject(new errors/* ConfigurationError */.j1(String(error.message), { file: display })))
            .on('end', () => resolve({ sha256: hash.digest('hex'), bytes, newlines }));
    });
}
function countChar(text, char) {
    let n = 0;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1))
        n++;
    return n;
}
/**
 * A range's tally with its rows and lines counted from the file's start:
 * `rows` records and `lines` physical lines come before the range. Messages
 * that start by naming the row or line ("row 12 has …", "line 40 is a blank
 * row") are renamed with them.
 */
function offsetTally(tally, rows, lines) {
    if (rows === 0 && lines === 0)
        return tally;
    const move = (item) => item.row === undefined ? item : { ...item, row: item.row + rows, ...(item.line !== undefined ? { line: item.line + lines } : {}) };
    const errors = tally.errors.map((error) => {
        if (error.row === undefined)
            return error;
        const moved = move(error);
        return { ...moved, message: renumber(error.message, error, moved) };
    });
    const checks = tally.checks.map((check) => (check.scope === 'file' ? check : { ...check, locations: check.locations.map(move) }));
    return { ...tally, errors, checks };
}
function renumber(message, before, after) {
    const row = `row ${before.row}`;
    if (message.startsWith(row) && !/^\d/.test(message.slice(row.length)))
        return `row ${after.row}${message.slice(row.length)}`;
    const line = `line ${before.line}`;
    if (before.line !== undefined && message.startsWith(line) && !/^\d/.test(message.slice(line.length)))
        return `line ${after.line}${message.slice(line.length)}`;
    return message;
}
/**
 * Shard `index` of `count` of one CSV/TSV file as a byte range: the table
 * over its bytes only (besides the header, which every shard reads), rows
 * numbered from the range's start, and the file's digest with the line
 * feeds before the range (the caller makes the lines the file's). The
 * boundaries are guessed from the bytes there (data/split.ts guessBoundary),
 * the same in neighbouring shards; with no line feed after a target the
 * boundary is the file's end (that range runs to it, the later ones are
 * empty). Undefined only when the file cannot be split so (compressed,
 * another format, a dialect the scan does not model): a property of the file,
 * so every shard of it then keeps every count-th row.
 */
async function openShardRange(file, index, count) {
    const info = (0,data_source.detectFormat)(file);
    if ((info.format !== 'csv' && info.format !== 'tsv') || info.gzip)
        return undefined;
    const size = (await (0,promises_.stat)(info.path)).size;
    const head = await readHead(info, undefined);
    if (!head)
        return undefined;
    const dialect = splitDialect(undefined, head.delimiter);
    if (!dialect)
        return undefined;
    const afterHeader = await headerEnd(info.path, dialect, head.headerLine + head.header.reduce((n, label) => n + countChar(label, '\n'), 0));
    if (afterHeader === undefined)
        return undefined;
    // Boundary k: the guess at target k, or the file's end when no line feed follows it (a long last line,
    // a line over the guess's window). A later boundary that lands before it wins, so boundaries never cross.
    // Each depends on the file and the shard count only: every shard computes the same ones.
    const targetOf = (k) => Math.floor((k * size) / count);
    const guess = async (k) => {
        const target = targetOf(k);
        if (target < afterHeader)
            return afterHeader;
        return (await guessBoundary(info.path, target, dialect, head.header.length)) ?? size;
    };
    const at = async (k) => {
        if (k === 0)
            return 0;
        if (k >= count)
            return size;
        let boundary = await guess(k);
        for (let j = k + 1; j < count && targetOf(j) < boundary; j++)
            boundary = Math.min(boundary, await guess(j));
        return boundary;
    };
    const start = await at(index);
    const end = await at(index + 1);
    const from = Math.min(start, end);
    // sha256 needs every byte: the file is hashed (at disk speed, beside the parse), and its line feeds before the range counted.
    const digest = hashFile(info.path, info.display, from);
    digest.catch(() => undefined);
    const table = await openCsvRange(info, {
        start: from, end, delimiter: head.delimiter, ...(index > 0 ? { header: head.header } : {}), ...(end < size ? { cut: true } : {}),
    });
    let linesBefore = 0;
    void digest.then((d) => (linesBefore = d.newlines), () => undefined);
    return { table, digest, range: () => ({ file: info.display, start: from, end, lines: table.lines(), linesBefore }) };
}


/***/ }),

/***/ 7251:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SX: () => (/* binding */ finishTable),
/* harmony export */   n_: () => (/* binding */ mergeTallies),
/* harmony export */   xL: () => (/* binding */ tallyTable)
/* harmony export */ });
/* unused harmony exports validateTable, byRowOrder */
/* harmony import */ var _data_batch_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(177);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2005);
/* harmony import */ var _results_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8563);
/* harmony import */ var _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6068);
/* harmony import */ var _schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1806);
/* harmony import */ var _schema_numbers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1620);
/* harmony import */ var _profile_hashset_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1038);
/* harmony import */ var _keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1835);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3664);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5343);
// validateTable: streams one table through a compiled schema. Every cell is
// counted (no sample limit on counts); only the error details kept for the
// report are capped. Split in two so a sharded run can merge: tallyTable
// counts (and profiles) in one pass, finishTable turns the counts — one
// table's, or the sum of its shards' — into the verdict. Table-level checks
// (row count, keys, missing rates, `mostly`) always run on the full counts.









/** A tuple of cast values as one key: the same on both sides of a foreign key (missing or invalid: a marker). */
function tupleKey(states, r) {
    let key = '';
    let any = false;
    for (let k = 0; k < states.length; k++) {
        const value = states[k].values[r];
        if (k > 0)
            key += '\u0000';
        if (value === undefined)
            key += '\u0001';
        else {
            any = true;
            key += (0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeyOf */ .IT)(value);
        }
    }
    // All missing: no reference (Frictionless skips it, as it skips such rows of the referenced table).
    return any ? key : undefined;
}
const NUMERIC_ORDERED = new Set(['number', 'integer', 'year', 'date', 'datetime', 'time', 'yearmonth', 'duration']);
const CATEGORICAL = new Set(['string', 'boolean']);
/** Validates and, if asked, profiles one table in one pass; the verdict is `finishTable` of the tally. */
async function validateTable(table, schema, options = {}) {
    const { tally } = await tallyTable(table, schema, options);
    return finishTable(tally, schema, options);
}
/** Row order for error samples and locations: file-level (no row) first, then by row and line. */
function byRowOrder(a, b) {
    return (a.row ?? 0) - (b.row ?? 0) || (a.line ?? 0) - (b.line ?? 0);
}
/**
 * The first `max` errors in row order, ties in the order they were found.
 * Cells are checked a column at a time within each batch, so "first found"
 * is not "first by row"; keeping the first by row makes a shard's sample the
 * part of the unsharded sample its rows hold, so merged samples agree.
 * Holds at most 2·max errors; past the cut, an error costs one comparison.
 */
class FirstErrors {
    max;
    items = [];
    cutRow = Infinity;
    constructor(max) {
        this.max = max;
    }
    add(error) {
        if (this.max <= 0)
            return;
        // Full and at or past the last kept row: it would sort after every kept error (found later, no smaller row).
        if ((error.row ?? 0) >= this.cutRow)
            return;
        this.items.push(error);
        if (this.items.length >= 2 * this.max)
            this.cut();
    }
    cut() {
        this.items.sort(byRowOrder); // stable: equal rows stay in the order found
        if (this.max > 0 && this.items.length >= this.max) {
            this.items.length = this.max;
            this.cutRow = this.items[this.max - 1].row ?? 0;
        }
    }
    toArray() {
        this.cut();
        return this.items;
    }
}
/** One pass over a table: every count the verdict needs, the error samples, and the profile. */
async function tallyTable(table, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const file = table.info.display;
    const errors = new FirstErrors(maxSamples);
    const checks = [];
    const errorCounts = { file: {}, rows: {} };
    const newCheck = (id, title, kind, extra = {}) => {
        const check = { id: `${file}#${id}`, title, scope: kind === 'header' ? 'file' : 'rows', kind, tolerable: false, count: 0, locations: [], ...extra };
        checks.push(check);
        return check;
    };
    const record = (check, error) => {
        check.count++;
        const counts = errorCounts[check.scope];
        counts[error.type] = (counts[error.type] ?? 0) + 1;
        if (check.locations.length < maxLocations) {
            check.locations.push({ file, line: error.line, row: error.row, field: error.field });
        }
        errors.add({ ...error, file, severity: 'fail' });
    };
    // Key hash sets: the caller's (a byte range after others starts from their keys), else empty.
    const keySet = (id) => options.keySet?.(`${file}#${id}`) ?? new _keys_js__WEBPACK_IMPORTED_MODULE_6__/* .KeyHashSet */ .YF(1 << 16);
    // Header against the schema.
    const headerCheck = newCheck('header', `Header matches the schema (fieldsMatch: ${schema.fieldsMatch})`, 'header');
    const fieldStates = matchHeader(table, schema, (type, message, field) => record(headerCheck, { type, message, field, line: table.headerLine }));
    const byName = new Map(fieldStates.map((state) => [state.field.name, state]));
    // Row shape (blank rows, extra and missing cells): counted per row, so per shard; a check only once a row breaks it.
    let rowsCheck;
    const rowsCheckOf = () => {
        if (!rowsCheck) {
            rowsCheck = { id: `${file}#${ROWS_CHECK}`, title: ROWS_CHECK_TITLE, scope: 'rows', kind: 'header', tolerable: false, count: 0, locations: [] };
            checks.splice(checks.indexOf(headerCheck) + 1, 0, rowsCheck);
        }
        return rowsCheck;
    };
    for (const state of fieldStates) {
        const f = state.field;
        const tolerable = f.mostly !== undefined;
        if (f.type !== 'any')
            state.typeCheck = newCheck(`field:${f.name}:type`, `${f.name}: values are ${f.typeLabel}`, 'type', { field: f.name, tolerable });
        if (f.required)
            state.requiredCheck = newCheck(`field:${f.name}:required`, `${f.name}: required (no missing values)`, 'required', { field: f.name, constraint: 'required' });
        for (const name of CONSTRAINT_ORDER) {
            if (f.constraintValue(name) === undefined)
                continue;
            state.constraintChecks.set(name, newCheck(`field:${f.name}:${name}`, `${f.name}: ${describeConstraint(name, f.constraintValue(name))}`, 'constraint', { field: f.name, constraint: name, tolerable }));
        }
        if (f.unique) {
            state.uniqueCheck = newCheck(`field:${f.name}:unique`, `${f.name}: values are unique`, 'unique', { field: f.name, constraint: 'unique', keyFields: [f.name] });
            state.unique = keySet(`field:${f.name}:unique`);
        }
        if (options.profile && (NUMERIC_ORDERED.has(f.type) || CATEGORICAL.has(f.type))) {
            // An identifier's values are all different: its profile counts them but keeps no categories (drift leaves it out).
            const identifier = f.unique || schema.keyGroups.some((g) => g.kind === 'primaryKey' && g.fields.length === 1 && g.fields[0] === f.name);
            state.profile = options.profile.accumulator(f.name, f.type, NUMERIC_ORDERED.has(f.type) ? 'numeric' : identifier ? 'identifier' : 'categorical');
        }
    }
    const keyGroups = schema.keyGroups
        .map((group) => ({
        ...group,
        states: group.fields.map((name) => byName.get(name)),
        set: keySet(group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`),
        check: newCheck(group.kind === 'primaryKey' ? 'primaryKey' : `uniqueKey:${group.fields.join(',')}`, `${group.kind === 'primaryKey' ? 'Primary key' : 'Unique key'} (${group.fields.join(', ')}) is unique${group.kind === 'primaryKey' ? ' and complete' : ''}`, 'key', { keyFields: [...group.fields], constraint: group.kind }),
    }))
        .filter((group) => {
        if (group.states.some((s) => s === undefined)) {
            // The header check already reports the missing column; the key cannot be checked.
            group.check.unavailable = true;
            return false;
        }
        if (group.states.length === 1) {
            const state = group.states[0];
            // A field both unique and the primary key shares one hash set: a duplicate is both errors.
            if (group.kind === 'primaryKey')
                state.primaryKey = { set: state.unique ?? group.set, check: group.check };
            else if (!state.unique) {
                state.unique = group.set;
                state.uniqueCheck = group.check;
            }
            else
                checks.splice(checks.indexOf(group.check), 1); // the field's own unique check covers it
            return false;
        }
        for (const s of group.states)
            s.keepValues = true;
        return true;
    });
    // Foreign keys: this table's tuples looked up in the referenced table's; and the tuples it provides to others.
    const provided = (options.provide ?? []).flatMap((entry) => {
        const states = entry.fields.map((name) => byName.get(name));
        if (states.some((st) => st === undefined)) {
            entry.unavailable = true;
            return [];
        }
        for (const st of states)
            st.keepValues = true;
        return [{ entry, states: states }];
    });
    const foreignKeys = (options.foreignKeys ?? []).flatMap((fk, i) => {
        const target = fk.resource === '' ? 'this table' : `"${fk.resource}"`;
        const check = newCheck(`foreignKey:${i}`, `Foreign key (${fk.fields.join(', ')}) references ${target} (${fk.referenceFields.join(', ')})`, 'key', { constraint: 'foreignKey' });
        const states = fk.fields.map((name) => byName.get(name));
        if (fk.set === undefined || states.some((st) => st === undefined)) {
            check.unavailable = true;
            return [];
        }
        for (const st of states)
            st.keepValues = true;
        return [{ fk, check, set: fk.set, states: states }];
    });
    const shard = options.rows;
    let shardColumn;
    if (shard?.by !== undefined) {
        shardColumn = byName.get(shard.by);
        if (!shardColumn)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`shard-by column "${shard.by}" is not a column of the file and the schema`, { file });
    }
    let rows = 0;
    let reserved = false;
    for await (const batch of table.batches) {
        const mask = shard ? shardMask(batch, shard.index, shard.count, shardColumn) : undefined;
        rows += mask ? countKept(mask) : batch.size;
        if (!reserved) {
            // Size the hash sets once from the first batch's bytes per row.
            reserved = true;
            const expected = table.estimateRows?.(batch);
            if (expected !== undefined) {
                const sets = new Set();
                for (const state of fieldStates) {
                    if (state.unique)
                        sets.add(state.unique);
                    if (state.primaryKey)
                        sets.add(state.primaryKey.set);
                }
                for (const group of keyGroups)
                    sets.add(group.set);
                const share = shard ? shard.count : 1;
                for (const set of sets)
                    set.reserve(Math.ceil((expected / share) * 1.05));
            }
        }
        if (batch.issues !== undefined)
            reportRowIssues(batch, table.header, rowsCheckOf, record, mask, shard);
        for (const state of fieldStates)
            validateColumn(state, batch, record, mask);
        for (const group of keyGroups)
            checkKeyGroup(group, batch, record, mask);
        for (const { entry, states } of provided) {
            for (let r = 0; r < batch.size; r++) {
                const key = tupleKey(states, r);
                if (key !== undefined)
                    entry.set.add(key);
            }
        }
        for (const { fk, check, set, states } of foreignKeys) {
            for (let r = 0; r < batch.size; r++) {
                if (mask !== undefined && mask[r] === 0)
                    continue;
                const key = tupleKey(states, r);
                if (key === undefined || set.has(key))
                    continue;
                const row = batch.firstRow + r;
                const shown = states.map((st) => JSON.stringify((0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cellText(batch, st.column, r)))).join(', ');
                record(check, {
                    type: 'foreign-key', row, line: batch.lines?.[r], ...(fk.fields.length === 1 ? { field: fk.fields[0] } : {}),
                    message: `row ${row}: (${fk.fields.join(', ')}) = (${shown}) is not a key (${fk.referenceFields.join(', ')}) of ${fk.resource === '' ? 'this table' : `resource "${fk.resource}"`}`,
                });
            }
        }
        options.onBatch?.(batch.firstRow + batch.size - 1);
    }
    const digest = table.digest();
    const tally = {
        file,
        format: table.info.format + (table.info.gzip ? '+gzip' : ''),
        rows,
        sha256: digest.sha256,
        bytes: digest.bytes,
        checks,
        // No values leave min > max (their starting +∞ and −∞); an infinite value is an extreme like any other.
        fields: fieldStates.map((s) => ({ name: s.field.name, missing: s.missing, failed: s.failed, min: s.min > s.max ? null : encodeExtreme(s.min), max: s.min > s.max ? null : encodeExtreme(s.max) })),
        errors: errors.toArray(),
        errorCounts,
    };
    if (options.profile)
        options.profile.rows += rows;
    return { tally };
}
function encodeExtreme(value) {
    return Number.isFinite(value) ? value : value > 0 ? 'Infinity' : '-Infinity';
}
function decodeExtreme(value) {
    return typeof value === 'number' ? value : value === 'Infinity' ? Infinity : -Infinity;
}
/** An extreme as a check shows it: the field's own spelling of a value, an infinite one as text. */
function formatExtreme(field, value) {
    return typeof value === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatCastValue */ .MU)(field, value) : value;
}
const ROWS_CHECK = 'rows';
const ROWS_CHECK_TITLE = 'Rows have the header\'s cells (no blank rows, no extra or missing cells)';
/** Blank rows, extra and missing cells as Frictionless reports them; a blank row (not a record) belongs to the shard of the record after it. */
function reportRowIssues(batch, header, checkOf, record, mask, shard) {
    for (const issue of batch.issues) {
        if (shard !== undefined) {
            if (issue.index !== undefined ? mask[issue.index] === 0 : shard.by !== undefined ? shard.index !== 0 : (issue.row - 1) % shard.count !== shard.index)
                continue;
        }
        const { row, line } = issue;
        const check = checkOf();
        if (issue.type === 'blank-row') {
            record(check, { type: 'blank-row', row, line, message: `line ${line} is a blank row` });
        }
        else if (issue.type === 'extra-cell') {
            for (let k = header.length; k < issue.cells; k++) {
                record(check, {
                    type: 'extra-cell', row, line, ...(k === header.length && issue.cell !== undefined ? { cell: issue.cell } : {}),
                    message: `row ${row} has ${issue.cells} cells, the header ${header.length}: cell ${k + 1} has no column`,
                });
            }
        }
        else {
            for (let k = issue.cells; k < header.length; k++) {
                record(check, { type: 'missing-cell', row, line, field: header[k], message: `row ${row} has ${issue.cells} cell${issue.cells === 1 ? '' : 's'}, the header ${header.length}: no cell for column ${k + 1} ("${header[k]}")` });
            }
        }
    }
}
/** Which rows of a batch belong to the shard: by row number, or by a hash of the shard-by value (equal values, one shard). */
function shardMask(batch, index, count, by) {
    const mask = new Uint8Array(batch.size);
    if (!by) {
        for (let r = 0; r < batch.size; r++)
            mask[r] = (batch.firstRow + r - 1) % count === index ? 1 : 0;
        return mask;
    }
    const numeric = NUMERIC_ORDERED.has(by.field.type);
    for (let r = 0; r < batch.size; r++) {
        let raw = cellText(batch, by.column, r).trim();
        if (numeric) {
            // 1, 1.0 and 01 are one key: hash the cast number where there is one.
            const value = by.field.cast(raw);
            if (typeof value === 'number')
                raw = String(value);
        }
        mask[r] = (0,_profile_hashset_js__WEBPACK_IMPORTED_MODULE_5__/* .fnv1a */ .PS)(raw) % count === index ? 1 : 0;
    }
    return mask;
}
function cellText(batch, column, r) {
    if (batch.text)
        return (0,_data_batch_js__WEBPACK_IMPORTED_MODULE_8__/* .textCell */ .i)(batch.text, batch.text.starts.length, column, r);
    const cell = batch.columns[column][r];
    return cell === null || cell === undefined ? '' : typeof cell === 'string' ? cell : (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell);
}
function countKept(mask) {
    let n = 0;
    for (let i = 0; i < mask.length; i++)
        n += mask[i];
    return n;
}
/**
 * Sums the tallies of one file's row shards: row counts add up, file-level
 * counts (the header) are the same in every shard and taken once, error
 * samples and locations interleave back into row order.
 */
function mergeTallies(tallies, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const maxLocations = options.maxLocationsPerCheck ?? 50;
    const first = tallies[0];
    for (const t of tallies) {
        if (t.sha256 !== first.sha256)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`the shards read different contents of ${first.file} (sha256 ${first.sha256?.slice(0, 12)} and ${t.sha256?.slice(0, 12)})`, { file: first.file });
    }
    // A check a shard made only when its rows broke it (row shape) may be missing from the first shard.
    const all = [...first.checks];
    for (const t of tallies) {
        t.checks.forEach((check, k) => {
            if (all.some((c) => c.id === check.id))
                return;
            const after = k === 0 ? -1 : all.findIndex((c) => c.id === t.checks[k - 1].id);
            all.splice(after + 1, 0, check);
        });
    }
    const checks = all.map((check) => {
        if (check.scope === 'file')
            return structuredClone(check);
        const parts = tallies.map((t) => t.checks.find((c) => c.id === check.id)).filter((c) => c !== undefined);
        return { ...structuredClone(check), count: parts.reduce((s, c) => s + c.count, 0), locations: parts.flatMap((c) => c.locations).sort(byRowOrder).slice(0, maxLocations) };
    });
    const fields = first.fields.map((field) => {
        const parts = tallies.map((t) => t.fields.find((f) => f.name === field.name)).filter((f) => f !== undefined);
        const mins = parts.map((p) => p.min).filter((v) => v !== null).map(decodeExtreme);
        const maxes = parts.map((p) => p.max).filter((v) => v !== null).map(decodeExtreme);
        // As a single pass keeps them: the first of equal extremes in row order (0 or -0, whichever came first), not Math.min's -0.
        return { name: field.name, missing: parts.reduce((s, p) => s + p.missing, 0), failed: parts.reduce((s, p) => s + p.failed, 0), min: mins.length ? encodeExtreme(mins.reduce((m, v) => (v < m ? v : m))) : null, max: maxes.length ? encodeExtreme(maxes.reduce((m, v) => (v > m ? v : m))) : null };
    });
    const rowErrorCounts = {};
    for (const t of tallies)
        for (const [k, v] of Object.entries(t.errorCounts.rows))
            rowErrorCounts[k] = (rowErrorCounts[k] ?? 0) + v;
    const fileErrors = first.errors.filter((e) => e.row === undefined);
    const rowErrors = tallies.flatMap((t) => t.errors.filter((e) => e.row !== undefined)).sort(byRowOrder);
    return {
        file: first.file,
        format: first.format,
        rows: tallies.reduce((s, t) => s + t.rows, 0),
        sha256: first.sha256,
        bytes: first.bytes,
        checks,
        fields,
        errors: [...fileErrors, ...rowErrors].slice(0, maxSamples),
        errorCounts: { file: { ...first.errorCounts.file }, rows: rowErrorCounts },
    };
}
/** The verdict of a (possibly merged) tally: statuses, table-level checks, `mostly`, messages. */
function finishTable(tally, schema, options = {}) {
    const maxSamples = options.maxErrorSamples ?? 1000;
    const file = tally.file;
    const rows = tally.rows;
    const errors = tally.errors.map((e) => ({ ...e }));
    const errorCounts = {};
    for (const counts of [tally.errorCounts.file, tally.errorCounts.rows])
        for (const [k, v] of Object.entries(counts))
            errorCounts[k] = (errorCounts[k] ?? 0) + v;
    let errorCount = Object.values(errorCounts).reduce((a, b) => a + b, 0);
    const addError = (error) => {
        errorCount++;
        errorCounts[error.type] = (errorCounts[error.type] ?? 0) + 1;
        if (errors.length < maxSamples)
            errors.push(error);
    };
    const fieldOf = new Map(schema.fields.map((f) => [f.name, f]));
    const stats = new Map(tally.fields.map((f) => [f.name, f]));
    const tolerated = new Set();
    for (const s of tally.fields) {
        const mostly = fieldOf.get(s.name)?.mostly;
        const nonMissing = rows - s.missing;
        if (mostly !== undefined && s.failed > 0 && nonMissing > 0 && 1 - s.failed / nonMissing >= mostly)
            tolerated.add(s.name);
    }
    for (const error of errors) {
        if (error.field !== undefined && tolerated.has(error.field) && (error.type === 'type-error' || (error.type === 'constraint-error' && error.constraint !== 'required'))) {
            error.severity = 'warn';
        }
    }
    const finished = [];
    for (const check of tally.checks) {
        const field = check.field === undefined ? undefined : fieldOf.get(check.field);
        const s = check.field === undefined ? undefined : stats.get(check.field);
        if (check.unavailable) {
            const why = check.constraint === 'foreignKey' ? 'a key column is missing, or the referenced table could not be read' : 'a key column is missing from the file';
            finished.push({ id: check.id, title: check.title, status: 'fail', message: `cannot be checked: ${why}`, count: 0, locations: [] });
            continue;
        }
        const unverifiable = check.keyFields ? options.unverifiableKey?.(check.keyFields) : undefined;
        let status = check.count === 0 ? 'pass' : 'fail';
        let message = check.count === 0 ? 'no errors' : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(check.count)} error${check.count === 1 ? '' : 's'}`;
        let observed = check.count;
        let expected = 0;
        if (unverifiable !== undefined) {
            status = check.count === 0 ? 'error' : 'fail';
            message = `${check.count === 0 ? 'cannot be verified' : `${message} within shards; the rest cannot be verified`}: ${unverifiable}`;
        }
        else if (field && s && check.tolerable && field.mostly !== undefined) {
            const nonMissing = rows - s.missing;
            const share = nonMissing === 0 ? 1 : 1 - s.failed / nonMissing;
            observed = share;
            expected = `≥ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(field.mostly)} valid`;
            if (check.count > 0) {
                status = tolerated.has(field.name) ? 'pass' : 'fail';
                message = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(check.count)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(nonMissing)} values break it; ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(share)} of the field is valid, ${status === 'pass' ? 'within' : 'below'} mostly ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(field.mostly)}`;
            }
        }
        else if (field && s && (check.constraint === 'minimum' || check.constraint === 'exclusiveMinimum') && s.min !== null) {
            observed = formatExtreme(field, s.min);
            expected = `${check.constraint === 'minimum' ? '≥' : '>'} ${String(field.constraintValue(check.constraint))}`;
        }
        else if (field && s && (check.constraint === 'maximum' || check.constraint === 'exclusiveMaximum') && s.max !== null) {
            observed = formatExtreme(field, s.max);
            expected = `${check.constraint === 'maximum' ? '≤' : '<'} ${String(field.constraintValue(check.constraint))}`;
        }
        finished.push({ id: check.id, title: check.title, status, observed, expected, message, count: check.count, locations: check.locations });
    }
    // Table-level checks over the full counts.
    const rowCount = schema.rowCount;
    if (rowCount && !options.partial) {
        const range = describeRange(rowCount.min, rowCount.max);
        const ok = (rowCount.min === undefined || rows >= rowCount.min) && (rowCount.max === undefined || rows <= rowCount.max);
        finished.push({ id: `${file}#rowCount`, title: `Row count is ${range}`, status: ok ? 'pass' : 'fail', observed: rows, expected: range, message: ok ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(rows)} rows` : `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(rows)} rows, expected ${range}`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'row-count', file, message: `the table has ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(rows)} rows, expected ${range}`, severity: 'fail' });
    }
    for (const s of tally.fields) {
        const field = fieldOf.get(s.name);
        if (field?.maxMissingRate === undefined)
            continue;
        const rate = rows === 0 ? 0 : s.missing / rows;
        const limit = field.maxMissingRate;
        const ok = rate <= limit;
        finished.push({ id: `${file}#field:${field.name}:maxMissingRate`, title: `${field.name}: missing rate ≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(limit)}`, status: ok ? 'pass' : 'fail', observed: rate, expected: `≤ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(limit)}`, message: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(s.missing)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(rows)} values missing (${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(rate)})`, count: ok ? 0 : 1, locations: [] });
        if (!ok)
            addError({ type: 'missing-rate', file, field: field.name, message: `${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(rate)} of "${field.name}" is missing, more than the ${(0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatRate */ .CE)(limit)} allowed`, severity: 'fail' });
    }
    errors.sort(byRowOrder);
    const failedChecks = finished.filter((c) => c.status === 'fail' || c.status === 'error').length;
    return {
        summary: {
            file,
            format: tally.format,
            status: (0,_results_status_js__WEBPACK_IMPORTED_MODULE_1__/* .worstStatus */ .A4)(finished.map((c) => c.status)),
            rows,
            sha256: tally.sha256,
            bytes: tally.bytes,
            errorCount,
            errorCounts,
            failedChecks,
        },
        checks: finished,
        errors,
    };
}
const CONSTRAINT_ORDER = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'enum', 'jsonSchema'];
function describeConstraint(name, value) {
    switch (name) {
        case 'minimum': return `≥ ${String(value)}`;
        case 'maximum': return `≤ ${String(value)}`;
        case 'exclusiveMinimum': return `> ${String(value)}`;
        case 'exclusiveMaximum': return `< ${String(value)}`;
        case 'minLength': return `length ≥ ${String(value)}`;
        case 'maxLength': return `length ≤ ${String(value)}`;
        case 'pattern': return `matches /${String(value)}/`;
        case 'jsonSchema': return 'conforms to its JSON Schema';
        case 'enum': {
            const list = value.map((v) => JSON.stringify(v));
            return `one of ${list.length > 6 ? `${list.slice(0, 6).join(', ')}, … (${list.length})` : list.join(', ')}`;
        }
    }
}
function constraintMessage(name, cell, limit) {
    const shown = JSON.stringify(cell);
    switch (name) {
        case 'minimum': return `${shown} is less than the minimum ${String(limit)}`;
        case 'maximum': return `${shown} is greater than the maximum ${String(limit)}`;
        case 'exclusiveMinimum': return `${shown} is not greater than the exclusive minimum ${String(limit)}`;
        case 'exclusiveMaximum': return `${shown} is not less than the exclusive maximum ${String(limit)}`;
        case 'minLength': return `${shown} is shorter than minLength ${String(limit)}`;
        case 'maxLength': return `${shown} is longer than maxLength ${String(limit)}`;
        case 'pattern': return `${shown} does not match the pattern ${String(limit)}`;
        case 'jsonSchema': return `${shown} does not conform to the field's JSON Schema`;
        case 'enum': return `${shown} is not one of ${limit.map(String).join(', ')}`;
    }
}
function describeRange(min, max) {
    if (min !== undefined && max !== undefined)
        return `between ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(min)} and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(max)}`;
    if (min !== undefined)
        return `at least ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(min)}`;
    if (max !== undefined)
        return `at most ${(0,_format_js__WEBPACK_IMPORTED_MODULE_9__/* .formatCount */ .B)(max)}`;
    return 'any';
}
/**
 * Matches the header against the schema as Frictionless does (frictionless-py
 * table/header.py). `exact` matches by position: labels past the fields are
 * extra-label, fields past the labels missing-label, and at each position a
 * blank-label, a duplicate-label or an incorrect-label. Every other mode
 * matches by name: unmatched labels are extra-label (not under subset or
 * partial), unmatched fields missing-label (under superset and partial only
 * the required and primary-key fields), and partial with no label matched is
 * unmatched-header. A duplicate label is reported (Frictionless refuses the
 * table) and its first column is the field's. Cells of the matched columns
 * are checked whatever the header errors.
 */
function matchHeader(table, schema, report) {
    const header = table.header;
    // Records keyed by name (JSON Lines, inline objects) have no column order: exact means equal.
    const mode = table.unexpectedKeys !== undefined && schema.fieldsMatch === 'exact' ? 'equal' : schema.fieldsMatch;
    const states = [];
    const make = (field, column) => ({
        field, column, missing: 0, failed: 0, min: Infinity, max: -Infinity, constraintChecks: new Map(), keepValues: false, values: [],
    });
    const firstAt = new Map();
    const duplicateOf = header.map((label, i) => {
        const before = firstAt.get(label);
        if (before === undefined)
            firstAt.set(label, i);
        return label === '' ? undefined : before;
    });
    if (table.noHeader) {
        // No header row: the columns are the fields by position; a field past the last column is absent.
        schema.fields.forEach((field, i) => {
            if (i < header.length)
                states.push(make(field, i));
            else
                report('missing-label', `field "${field.name}" (position ${i + 1}) has no column: the rows have ${header.length} cell${header.length === 1 ? '' : 's'}`, field.name);
        });
    }
    else if (mode === 'exact') {
        schema.fields.forEach((field, i) => {
            if (i >= header.length)
                report('missing-label', `field "${field.name}" (position ${i + 1}) is missing from the header`, field.name);
        });
        header.forEach((label, i) => {
            const field = schema.fields[i];
            if (!field) {
                report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
                return;
            }
            const before = duplicateOf[i];
            if (label === '')
                report('blank-label', `column ${i + 1} has a blank header (the schema expects "${field.name}")`, field.name);
            else if (before !== undefined)
                report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}`, field.name);
            else if (label !== field.name)
                report('incorrect-label', `column ${i + 1} is "${label}", the schema expects "${field.name}"`, field.name);
            states.push(make(field, i));
        });
    }
    else {
        const names = new Set(schema.fields.map((f) => f.name));
        const primaryKey = new Set(schema.keyGroups.filter((g) => g.kind === 'primaryKey').flatMap((g) => g.fields));
        const allowExtra = mode === 'subset' || mode === 'partial';
        const allowMissing = mode === 'superset' || mode === 'partial';
        header.forEach((label, i) => {
            const before = duplicateOf[i];
            if (before !== undefined)
                report('duplicate-label', `column ${i + 1} repeats the label "${label}" of column ${before + 1}: fields are matched by name (fieldsMatch: ${mode}), so column ${before + 1} is "${label}"`, names.has(label) ? label : undefined);
            else if (!allowExtra && !names.has(label))
                report('extra-label', `column ${label === '' ? i + 1 : `"${label}" (position ${i + 1})`} is not in the schema`, label === '' ? undefined : label);
        });
        if (mode === 'partial' && schema.fields.length > 0 && !schema.fields.some((f) => firstAt.has(f.name))) {
            report('unmatched-header', `no column of the file is a field of the schema (labels: ${header.slice(0, 8).map((l) => JSON.stringify(l)).join(', ')}${header.length > 8 ? ', …' : ''})`);
        }
        for (const field of schema.fields) {
            const column = firstAt.get(field.name);
            if (column !== undefined)
                states.push(make(field, column));
            else if (!allowMissing)
                report('missing-label', `field "${field.name}" is missing from the header`, field.name);
            else if (field.required || primaryKey.has(field.name)) {
                report('missing-label', `field "${field.name}" is missing from the header, and it is ${field.required ? 'required' : 'in the primary key'} (fieldsMatch: ${mode} allows only optional fields to be absent)`, field.name);
            }
        }
    }
    const unexpected = table.unexpectedKeys;
    if (unexpected && mode !== 'subset' && mode !== 'partial') {
        const originalBatches = table.batches;
        // JSON Lines can reveal extra keys only while reading; report them after the last batch.
        table.batches = (async function* () {
            yield* originalBatches;
            for (const [key, line] of unexpected()) {
                if (!schema.fields.some((f) => f.name === key))
                    report('extra-label', `key "${key}" (first seen on line ${line}) is not in the schema`, key);
            }
        })();
    }
    return states;
}
/** Marks a string value left in the chunk text (text[start, end)), not materialized. */
const IN_TEXT = Symbol('in-text');
function validateColumn(state, batch, record, mask) {
    const cellsOfBatch = batch.text;
    if (cellsOfBatch !== undefined && mask === undefined && cellsOfBatch.special === undefined && cellsOfBatch.absent === undefined) {
        if (state.textLoop === undefined)
            state.textLoop = textLoopOf(state, cellsOfBatch.delimiter);
        if (state.textLoop === 'numeric') {
            numericTextColumn(state, batch, cellsOfBatch, record);
            return;
        }
        if (state.textLoop === 'string') {
            stringTextColumn(state, batch, cellsOfBatch, record);
            return;
        }
        if (state.textLoop === 'boolean') {
            booleanTextColumn(state, batch, cellsOfBatch, record);
            return;
        }
    }
    // One tight loop per column. For CSV/TSV cells are offsets into the chunk:
    // numbers, dates and most string checks run on the text without making a
    // string per cell. The common casts and every constraint are inlined (a
    // closure call per cell would be megamorphic across fields).
    const { field } = state;
    const cells = batch.text;
    const text = cells?.text ?? '';
    const starts = cells?.starts[state.column];
    const ends = cells?.ends[state.column];
    const special = cells?.special;
    const absent = cells?.absent;
    const width = cells?.starts.length ?? 0;
    const column = cells ? undefined : batch.columns[state.column];
    const lines = batch.lines;
    const missingValues = field.missingValues;
    const missingList = [...missingValues];
    const onlyEmptyMissing = missingList.length === 1 && missingList[0] === '';
    // Hashing every cell for Set.has is costly; missing markers are short, so test length first.
    let longestMissing = 0;
    for (const m of missingList)
        longestMissing = Math.max(longestMissing, m.length);
    const cast = field.cast;
    const kind = field.fastKind;
    const L = field.limits;
    const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
    const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
    const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
    const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
    const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
    const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
    const pattern = L.pattern;
    const allowed = L.enum;
    const enumByKey = L.enumByKey;
    const trueValues = L.booleanValues?.trueValues;
    const falseValues = L.booleanValues?.falseValues;
    // A small set of allowed strings is matched in place; a large one needs the string for Set.has.
    const enumList = allowed && allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? [...allowed] : undefined;
    const jsonSchema = L.jsonSchema;
    const anyConstraint = hasMin || hasMax || hasExMin || hasExMax || hasMinLength || hasMaxLength || pattern !== undefined || allowed !== undefined || jsonSchema !== undefined;
    const ordered = NUMERIC_ORDERED.has(field.type);
    const unique = state.unique;
    const primaryKey = state.primaryKey;
    const keep = state.keepValues;
    const sticky = cells && L.stickyPattern ? L.stickyPattern(cells.delimiter) : undefined;
    const needString = (pattern !== undefined && sticky === undefined) || (allowed !== undefined && enumList === undefined) || keep;
    const values = state.values;
    if (keep)
        values.length = batch.size;
    let seenMin = state.min;
    let seenMax = state.max;
    const profile = state.profile;
    const profileNumbers = profile !== undefined && profile.kind === 'numeric';
    const profileCountOnly = profile !== undefined && profile.countOnly;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let cell;
        let s = 0;
        let e = 0;
        let isMissing;
        if (column === undefined) {
            s = starts[r];
            e = ends[r];
            cell = special === undefined ? undefined : special.get(r * width + state.column);
            if (cell === undefined) {
                const length = e - s;
                isMissing = length === 0 && (missingValues.has('') || (absent !== undefined && absent.has(r * width + state.column)));
                if (!isMissing && !onlyEmptyMissing && length <= longestMissing) {
                    for (let k = 0; k < missingList.length; k++) {
                        const m = missingList[k];
                        if (m.length === length && text.startsWith(m, s))
                            isMissing = true;
                    }
                }
            }
            else
                isMissing = missingValues.has(cell);
        }
        else {
            cell = column[r];
            isMissing = cell === null || cell === undefined || (typeof cell === 'string' && (onlyEmptyMissing ? cell === '' : cell.length <= longestMissing && missingValues.has(cell)));
        }
        if (isMissing) {
            if (keep)
                values[r] = undefined;
            recordMissing(state, batch, r, record);
            continue;
        }
        let value;
        if (cell === undefined) {
            if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_STRING */ .n9)
                value = needString ? (cell = text.slice(s, e)) : IN_TEXT;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_NUMBER */ .DP) {
                const parsed = (0,_schema_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDecimalRange */ .Qb)(text, s, e);
                value = parsed !== undefined ? parsed : cast((cell = text.slice(s, e)));
            }
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_INTEGER */ .oq)
                value = (0,_schema_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIntegerRange */ .lf)(text, s, e) ?? _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATE */ .C)
                value = (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDateRange */ ._$)(text, s, e) ?? _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATETIME */ .tk)
                value = (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDatetimeRange */ .di)(text, s, e) ?? _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_BOOLEAN */ .U5)
                value = booleanInPlace(text, s, e, trueValues, falseValues);
            else
                value = cast((cell = text.slice(s, e)));
        }
        else if (typeof cell === 'string' && kind !== 0) {
            if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_STRING */ .n9)
                value = cell;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_NUMBER */ .DP)
                value = _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .NUMBER_PATTERN */ .nj.test(cell) ? +cell : cast(cell);
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_INTEGER */ .oq)
                value = _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INTEGER_PATTERN */ .sR.test(cell) ? +cell : _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATE */ .C)
                value = (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDate */ .jT)(cell) ?? _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATETIME */ .tk)
                value = (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDatetime */ ._)(cell) ?? _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            else
                value = cast(cell);
        }
        else
            value = cast(cell);
        if (value === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY) {
            if (keep)
                values[r] = undefined;
            recordInvalid(state, batch, r, record, cell ?? text.slice(s, e));
            continue;
        }
        if (keep)
            values[r] = value;
        if (ordered) {
            if (value < seenMin)
                seenMin = value;
            if (value > seenMax)
                seenMax = value;
        }
        if (anyConstraint) {
            let broken;
            if (hasMin && value < min)
                broken = 'minimum';
            else if (hasMax && value > max)
                broken = 'maximum';
            else if (hasExMin && value <= exMin)
                broken = 'exclusiveMinimum';
            else if (hasExMax && value >= exMax)
                broken = 'exclusiveMaximum';
            else if (hasMinLength && (value === IN_TEXT ? rangeShorterThan(text, s, e, minLength) : shorterThan(value, minLength)))
                broken = 'minLength';
            else if (hasMaxLength && (value === IN_TEXT ? rangeLongerThan(text, s, e, maxLength) : longerThan(value, maxLength)))
                broken = 'maxLength';
            else if (pattern !== undefined) {
                let matches;
                if (cell === undefined && sticky !== undefined) {
                    // In place: a match must end where the cell ends; one ending elsewhere is checked on the string.
                    sticky.lastIndex = s;
                    matches = sticky.test(text) && (sticky.lastIndex === e || pattern.test(text.slice(s, e)));
                }
                else {
                    matches = pattern.test(typeof cell === 'string' ? cell : cell === undefined ? text.slice(s, e) : typeof value === 'string' ? value : (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell));
                }
                if (!matches)
                    broken = 'pattern';
            }
            // An enum is checked after a pattern the value matches (both are constraints of the field).
            if (broken === undefined && allowed !== undefined) {
                if (value === IN_TEXT) {
                    let found = false;
                    for (let k = 0; k < enumList.length && !found; k++) {
                        const option = enumList[k];
                        found = option.length === e - s && text.startsWith(option, s);
                    }
                    if (!found)
                        broken = 'enum';
                }
                else if (!allowed.has(enumByKey ? (0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeyOf */ .IT)(value) : value))
                    broken = 'enum';
            }
            if (broken === undefined && jsonSchema !== undefined && !jsonSchema(value))
                broken = 'jsonSchema';
            if (broken !== undefined)
                recordBroken(state, batch, r, record, broken, cell ?? text.slice(s, e));
        }
        if (profile !== undefined) {
            if (profileNumbers)
                profile.addNumber(value);
            else if (profileCountOnly)
                profile.count++;
            else if (value === IN_TEXT)
                profile.addCategoryRange(text, s, e);
            else
                profile.addCategory(typeof value === 'string' ? value : String(value));
        }
        const fresh = unique === undefined ? true : value === IN_TEXT ? unique.addRange(text, s, e) : addValue(unique, value);
        if (!fresh)
            recordRepeat(state, batch, r, record, cell ?? text.slice(s, e));
        if (primaryKey !== undefined && !(primaryKey.set === unique ? fresh : value === IN_TEXT ? primaryKey.set.addRange(text, s, e) : addValue(primaryKey.set, value))) {
            recordRepeatedKey(state, batch, r, record, cell ?? text.slice(s, e));
        }
    }
    state.min = seenMin;
    state.max = seenMax;
}
// The errors of one cell, as both column loops record them (cold paths: a
// function each keeps the hot loops small).
function recordMissing(state, batch, r, record) {
    const { field } = state;
    state.missing++;
    if (state.profile !== undefined)
        state.profile.missing++;
    if (state.requiredCheck) {
        record(state.requiredCheck, { type: 'constraint-error', constraint: 'required', field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], message: `missing value in required field "${field.name}"` });
    }
    if (state.primaryKey)
        record(state.primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], message: `row ${batch.firstRow + r} has no primary key "${field.name}"` });
}
function recordInvalid(state, batch, r, record, cell) {
    const { field } = state;
    state.failed++;
    if (state.profile !== undefined)
        state.profile.typeErrors++;
    const shown = (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell);
    if (state.typeCheck) {
        record(state.typeCheck, { type: 'type-error', field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `${JSON.stringify(shown)} is not a valid ${field.typeLabel}` });
    }
    if (state.primaryKey)
        record(state.primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], message: `row ${batch.firstRow + r} has an invalid primary key "${field.name}"` });
}
function recordBroken(state, batch, r, record, broken, cell) {
    const { field } = state;
    state.failed++;
    if (state.profile !== undefined)
        state.profile.constraintErrors++;
    const shown = (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell);
    record(state.constraintChecks.get(broken), {
        type: 'constraint-error', constraint: broken, field: field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown,
        message: constraintMessage(broken, shown, field.constraintValue(broken)),
    });
}
function recordRepeat(state, batch, r, record, cell) {
    const shown = (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell);
    record(state.uniqueCheck, { type: 'unique-error', constraint: 'unique', field: state.field.name, row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `${JSON.stringify(shown)} repeats an earlier value of unique field "${state.field.name}"` });
}
function recordRepeatedKey(state, batch, r, record, cell) {
    const shown = (0,_format_js__WEBPACK_IMPORTED_MODULE_7__/* .truncateCell */ .FR)(cell);
    record(state.primaryKey.check, { type: 'primary-key', row: batch.firstRow + r, line: batch.lines?.[r], cell: shown, message: `row ${batch.firstRow + r} repeats the primary key "${state.field.name}" = ${JSON.stringify(shown)} of an earlier row` });
}
/**
 * Which loop a column's text batches take. numericTextColumn: a number,
 * integer, date or datetime parsed in place, checked against its bounds
 * only. stringTextColumn: a string checked in place — lengths, a pattern
 * with a sticky form, an enum of up to 16 strings. Either only when the
 * column's values are not kept for a key group, there is no JSON Schema, and
 * the profile (if any) takes the values as the loop has them. booleanTextColumn:
 * a boolean matched in place, not unique, without an enum.
 */
function textLoopOf(state, delimiter) {
    const { field } = state;
    const L = field.limits;
    const kind = field.fastKind;
    if (state.keepValues || L.jsonSchema !== undefined)
        return 'general';
    if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_NUMBER */ .DP || kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_INTEGER */ .oq || kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATE */ .C || kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATETIME */ .tk) {
        if (L.minLength !== undefined || L.maxLength !== undefined || L.pattern !== undefined || L.enum !== undefined)
            return 'general';
        return state.profile === undefined || state.profile.kind === 'numeric' ? 'numeric' : 'general';
    }
    if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_STRING */ .n9) {
        if (L.pattern !== undefined && L.stickyPattern?.(delimiter) === undefined)
            return 'general';
        if (L.enum !== undefined && smallStringEnum(L.enum) === undefined)
            return 'general';
        return state.profile === undefined || state.profile.kind === 'categorical' ? 'string' : 'general';
    }
    if (kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_BOOLEAN */ .U5) {
        // A boolean's only usual check is its type (and required); an enum or a unique boolean goes the general way.
        const constrained = L.minimum !== undefined || L.maximum !== undefined || L.exclusiveMinimum !== undefined || L.exclusiveMaximum !== undefined
            || L.minLength !== undefined || L.maxLength !== undefined || L.pattern !== undefined || L.enum !== undefined;
        if (constrained || state.unique !== undefined || state.primaryKey !== undefined)
            return 'general';
        return state.profile === undefined || (state.profile.kind === 'categorical' && !state.profile.countOnly) ? 'boolean' : 'general';
    }
    return 'general';
}
/** An enum matched in place: up to 16 strings. */
function smallStringEnum(allowed) {
    return allowed.size <= 16 && [...allowed].every((v) => typeof v === 'string') ? [...allowed] : undefined;
}
function missingMarkers(field) {
    const list = [...field.missingValues];
    return { list, empty: field.missingValues.has(''), longest: list.reduce((n, m) => Math.max(n, m.length), 0) };
}
/** Whether text[s, e) is one of the field's missing-value strings. */
function isMissingRange(text, s, e, missing) {
    const length = e - s;
    if (length > missing.longest)
        return false;
    if (length === 0)
        return missing.empty;
    const list = missing.list;
    for (let k = 0; k < list.length; k++) {
        const m = list[k];
        if (m.length === length && text.startsWith(m, s))
            return true;
    }
    return false;
}
/**
 * validateColumn for a numeric column of a text batch without special or
 * absent cells and without a row mask: the same verdicts, in a loop where the
 * value stays a machine double from parse to bounds, profile and key set —
 * the general loop's value is a union (number, string, marker), which V8
 * cannot keep unboxed, and its per-cell dispatch over every kind and
 * constraint is most of its time.
 */
function numericTextColumn(state, batch, cells, record) {
    const { field } = state;
    const text = cells.text;
    const starts = cells.starts[state.column];
    const ends = cells.ends[state.column];
    const missing = missingMarkers(field);
    const kind = field.fastKind;
    const cast = field.cast;
    const L = field.limits;
    const hasMin = L.minimum !== undefined, min = L.minimum ?? 0;
    const hasMax = L.maximum !== undefined, max = L.maximum ?? 0;
    const hasExMin = L.exclusiveMinimum !== undefined, exMin = L.exclusiveMinimum ?? 0;
    const hasExMax = L.exclusiveMaximum !== undefined, exMax = L.exclusiveMaximum ?? 0;
    const bounded = hasMin || hasMax || hasExMin || hasExMax;
    const profile = state.profile;
    const unique = state.unique;
    const primaryKey = state.primaryKey;
    const keySet = primaryKey !== undefined && primaryKey.set !== unique ? primaryKey.set : undefined;
    let seenMin = state.min;
    let seenMax = state.max;
    const size = batch.size;
    for (let r = 0; r < size; r++) {
        const s = starts[r];
        const e = ends[r];
        if (isMissingRange(text, s, e, missing)) {
            recordMissing(state, batch, r, record);
            continue;
        }
        let v;
        const parsed = kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_NUMBER */ .DP ? (0,_schema_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDecimalRange */ .Qb)(text, s, e)
            : kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_INTEGER */ .oq ? (0,_schema_numbers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseIntegerRange */ .lf)(text, s, e)
                : kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_DATE */ .C ? (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDateRange */ ._$)(text, s, e)
                    : (0,_schema_temporal_js__WEBPACK_IMPORTED_MODULE_3__/* .parseIsoDatetimeRange */ .di)(text, s, e);
        if (parsed !== undefined)
            v = parsed;
        else {
            // Only a number has a slower form to try (NaN, INF, more digits than the fast parse keeps).
            const cell = text.slice(s, e);
            const cast_ = kind === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .FAST_NUMBER */ .DP ? cast(cell) : _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
            if (typeof cast_ !== 'number') {
                recordInvalid(state, batch, r, record, cell);
                continue;
            }
            v = cast_;
        }
        if (v < seenMin)
            seenMin = v;
        if (v > seenMax)
            seenMax = v;
        if (bounded) {
            const broken = hasMin && v < min ? 'minimum'
                : hasMax && v > max ? 'maximum'
                    : hasExMin && v <= exMin ? 'exclusiveMinimum'
                        : hasExMax && v >= exMax ? 'exclusiveMaximum'
                            : undefined;
            if (broken !== undefined)
                recordBroken(state, batch, r, record, broken, text.slice(s, e));
        }
        if (profile !== undefined)
            profile.addNumber(v);
        if (unique !== undefined && !unique.addNumber(v)) {
            recordRepeat(state, batch, r, record, text.slice(s, e));
            if (primaryKey !== undefined && primaryKey.set === unique)
                recordRepeatedKey(state, batch, r, record, text.slice(s, e));
        }
        if (keySet !== undefined && !keySet.addNumber(v))
            recordRepeatedKey(state, batch, r, record, text.slice(s, e));
    }
    state.min = seenMin;
    state.max = seenMax;
}
/**
 * validateColumn for a string column of a text batch (see textLoopOf): every
 * check on the cell's range of the chunk text, no string made for a valid
 * cell — the same verdicts as the general loop, without its per-cell
 * dispatch over kinds.
 */
function stringTextColumn(state, batch, cells, record) {
    const { field } = state;
    const text = cells.text;
    const starts = cells.starts[state.column];
    const ends = cells.ends[state.column];
    const missing = missingMarkers(field);
    const L = field.limits;
    const hasMinLength = L.minLength !== undefined, minLength = L.minLength ?? 0;
    const hasMaxLength = L.maxLength !== undefined, maxLength = L.maxLength ?? 0;
    const pattern = L.pattern;
    const sticky = pattern !== undefined ? L.stickyPattern(cells.delimiter) : undefined;
    const enumList = L.enum !== undefined ? smallStringEnum(L.enum) : undefined;
    const profile = state.profile;
    const countOnly = profile !== undefined && profile.countOnly;
    const unique = state.unique;
    const primaryKey = state.primaryKey;
    const keySet = primaryKey !== undefined && primaryKey.set !== unique ? primaryKey.set : undefined;
    const size = batch.size;
    for (let r = 0; r < size; r++) {
        const s = starts[r];
        const e = ends[r];
        if (isMissingRange(text, s, e, missing)) {
            recordMissing(state, batch, r, record);
            continue;
        }
        let broken;
        if (hasMinLength && rangeShorterThan(text, s, e, minLength))
            broken = 'minLength';
        else if (hasMaxLength && rangeLongerThan(text, s, e, maxLength))
            broken = 'maxLength';
        else if (sticky !== undefined) {
            // A match must end where the cell ends; one ending elsewhere is checked on the string.
            sticky.lastIndex = s;
            if (!(sticky.test(text) && (sticky.lastIndex === e || pattern.test(text.slice(s, e)))))
                broken = 'pattern';
        }
        if (broken === undefined && enumList !== undefined) {
            let found = false;
            for (let k = 0; k < enumList.length && !found; k++) {
                const option = enumList[k];
                found = option.length === e - s && text.startsWith(option, s);
            }
            if (!found)
                broken = 'enum';
        }
        if (broken !== undefined)
            recordBroken(state, batch, r, record, broken, text.slice(s, e));
        if (profile !== undefined) {
            if (countOnly)
                profile.count++;
            else
                profile.addCategoryRange(text, s, e);
        }
        if (unique !== undefined && !unique.addRange(text, s, e)) {
            recordRepeat(state, batch, r, record, text.slice(s, e));
            if (primaryKey !== undefined && primaryKey.set === unique)
                recordRepeatedKey(state, batch, r, record, text.slice(s, e));
        }
        if (keySet !== undefined && !keySet.addRange(text, s, e))
            recordRepeatedKey(state, batch, r, record, text.slice(s, e));
    }
}
/** validateColumn for a boolean column of a text batch (see textLoopOf): matched in place, counted as "true"/"false". */
function booleanTextColumn(state, batch, cells, record) {
    const { field } = state;
    const text = cells.text;
    const starts = cells.starts[state.column];
    const ends = cells.ends[state.column];
    const missing = missingMarkers(field);
    const trueValues = field.limits.booleanValues.trueValues;
    const falseValues = field.limits.booleanValues.falseValues;
    const profile = state.profile;
    const size = batch.size;
    for (let r = 0; r < size; r++) {
        const s = starts[r];
        const e = ends[r];
        if (isMissingRange(text, s, e, missing)) {
            recordMissing(state, batch, r, record);
            continue;
        }
        const value = booleanInPlace(text, s, e, trueValues, falseValues);
        if (value === _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY) {
            recordInvalid(state, batch, r, record, text.slice(s, e));
            continue;
        }
        if (profile !== undefined)
            profile.addCategory(value ? 'true' : 'false');
    }
}
/** A boolean cell matched in place: true if it is one of trueValues (checked first, as the caster does), false if one of falseValues. */
function booleanInPlace(text, from, to, trueValues, falseValues) {
    const length = to - from;
    for (let k = 0; k < trueValues.length; k++) {
        const option = trueValues[k];
        if (option.length === length && text.startsWith(option, from))
            return true;
    }
    for (let k = 0; k < falseValues.length; k++) {
        const option = falseValues[k];
        if (option.length === length && text.startsWith(option, from))
            return false;
    }
    return _schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .INVALID */ .uY;
}
function codePointsInRange(text, from, to) {
    let surrogates = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff)
            surrogates++;
    }
    return to - from - surrogates;
}
function rangeShorterThan(text, from, to, limit) {
    const length = to - from;
    if (length < limit)
        return true;
    if (length >= 2 * limit)
        return false;
    return codePointsInRange(text, from, to) < limit;
}
function rangeLongerThan(text, from, to, limit) {
    const length = to - from;
    if (length <= limit)
        return false;
    if (length > 2 * limit)
        return true;
    return codePointsInRange(text, from, to) > limit;
}
// A string's code-point count lies between length/2 and length: count only when that range straddles the limit.
function shorterThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length < limit)
            return true;
        if (value.length >= 2 * limit)
            return false;
    }
    return (0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .lengthOf */ .Y5)(value) < limit;
}
function longerThan(value, limit) {
    if (typeof value === 'string') {
        if (value.length <= limit)
            return false;
        if (value.length > 2 * limit)
            return true;
    }
    return (0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .lengthOf */ .Y5)(value) > limit;
}
function addValue(set, value) {
    if (typeof value === 'string')
        return set.add(value);
    if (typeof value === 'number')
        return set.addNumber(value);
    return set.add((0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeyOf */ .IT)(value));
}
function checkKeyGroup(group, batch, record, mask) {
    const states = group.states;
    for (let r = 0; r < batch.size; r++) {
        if (mask !== undefined && mask[r] === 0)
            continue;
        let key = '';
        let incomplete = false;
        for (let k = 0; k < states.length; k++) {
            const value = states[k].values[r];
            if (value === undefined) {
                incomplete = true;
                break;
            }
            key += (k > 0 ? '\u0000' : '') + (0,_schema_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .uniqueKeyOf */ .IT)(value);
        }
        const row = batch.firstRow + r;
        const line = batch.lines?.[r];
        const shown = group.fields.length === 1 ? `"${group.fields[0]}"` : `(${group.fields.join(', ')})`;
        if (incomplete) {
            // Missing or invalid key values: a primary key must be complete; a unique key skips them.
            if (group.kind === 'primaryKey')
                record(group.check, { type: 'primary-key', row, line, message: `row ${row} has a missing or invalid primary key ${shown}` });
            continue;
        }
        if (!group.set.add(key)) {
            record(group.check, {
                type: group.kind === 'primaryKey' ? 'primary-key' : 'unique-error',
                row, line,
                message: `row ${row} repeats the ${group.kind === 'primaryKey' ? 'primary' : 'unique'} key ${shown} of an earlier row`,
            });
        }
    }
}


/***/ })

};
