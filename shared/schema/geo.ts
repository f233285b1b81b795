// Structure checks for the `geojson` type: a GeoJSON object as RFC 7946
// defines it (format `default`) or a TopoJSON object as its specification
// defines it (format `topojson`). Iterative over nesting only as deep as the
// grammar allows, so a hostile cell costs time linear in its size.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A position: two or three numbers (RFC 7946 §3.1.1: more than three SHOULD NOT be used; both Frictionless implementations refuse them). */
function isPosition(v: unknown): boolean {
  return Array.isArray(v) && v.length >= 2 && v.length <= 3 && v.every((n) => typeof n === 'number' && Number.isFinite(n));
}
const isPositions = (v: unknown, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(isPosition);
const isLineString = (v: unknown) => isPositions(v, 2);
/** A linear ring: four or more positions (RFC 7946 §3.1.6). */
const isPolygon = (v: unknown) => Array.isArray(v) && v.every((ring) => isPositions(ring, 4));

function isGeometry(v: unknown, depth = 0): boolean {
  if (!isObject(v) || depth > 32) return false;
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

function isFeature(v: unknown): boolean {
  return isObject(v) && v.type === 'Feature' && 'geometry' in v && (v.geometry === null || isGeometry(v.geometry))
    && 'properties' in v && (v.properties === null || isObject(v.properties));
}

export function isGeoJson(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.bbox !== undefined && !(Array.isArray(v.bbox) && v.bbox.length >= 4 && v.bbox.every((n) => typeof n === 'number'))) return false;
  if (v.type === 'Feature') return isFeature(v);
  if (v.type === 'FeatureCollection') return Array.isArray(v.features) && v.features.every(isFeature);
  return isGeometry(v);
}

const isIntegers = (v: unknown) => Array.isArray(v) && v.every((n) => Number.isInteger(n));
const isIntegers2 = (v: unknown) => Array.isArray(v) && v.every(isIntegers);

function isTopoGeometry(v: unknown, depth = 0): boolean {
  if (!isObject(v) || depth > 32) return false;
  if (v.properties !== undefined && !isObject(v.properties)) return false;
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
export function isTopoJson(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.type === 'Topology') {
    if (!isObject(v.objects) || !Array.isArray(v.arcs)) return false;
    if (!v.arcs.every((arc) => isPositions(arc))) return false;
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
export function isWkt(text: string): boolean {
  const tokens = text.match(/[A-Za-z]+|[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[(),]|\S/g);
  if (!tokens) return false;
  let i = 0;
  const word = () => (i < tokens.length && /^[A-Za-z]+$/.test(tokens[i]!) ? tokens[i]!.toUpperCase() : undefined);
  const isNumber = (t: string | undefined) => t !== undefined && /^[+-]?(?:\d|\.\d)/.test(t);
  const geometry = (depth: number): boolean => {
    const type = word();
    if (type === undefined || !WKT_TYPES.has(type) || depth > 32) return false;
    i++;
    const dims = word();
    if (dims === 'Z' || dims === 'M' || dims === 'ZM') i++;
    if (word() === 'EMPTY') {
      i++;
      return true;
    }
    return list(depth + 1);
  };
  const list = (depth: number): boolean => {
    if (tokens[i] !== '(' || depth > 32) return false;
    i++;
    for (;;) {
      const t = tokens[i];
      if (t === '(') {
        if (!list(depth + 1)) return false;
      } else if (word() === 'EMPTY') i++;
      else if (word() !== undefined) {
        if (!geometry(depth + 1)) return false;
      } else if (isNumber(t)) {
        let n = 0;
        while (isNumber(tokens[i])) {
          i++;
          n++;
        }
        if (n < 2 || n > 4) return false;
      } else return false;
      if (tokens[i] === ',') i++;
      else if (tokens[i] === ')') {
        i++;
        return true;
      } else return false;
    }
  };
  return geometry(0) && i === tokens.length;
}
