export const id = 189;
export const ids = [189];
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


/***/ })

};
