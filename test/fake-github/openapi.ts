// GitHub's own OpenAPI description (@octokit/openapi) as a request checker:
// every request must match an operation (method + path template), its path
// and query parameters must fit their schemas, and its JSON body must
// validate against the operation's requestBody schema.

import { createRequire } from 'node:module';
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS with a default export.
const Ajv = AjvModule.default;
type AjvInstance = InstanceType<typeof Ajv>;
const addFormats = addFormatsModule.default;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  $ref?: string;
}

interface MediaTypes {
  content?: Record<string, { schema?: Record<string, unknown> }>;
  $ref?: string;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Record<string, unknown> }> };
  responses?: Record<string, MediaTypes>;
}

interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters: Record<string, Parameter>; schemas: Record<string, unknown>; responses: Record<string, MediaTypes> };
}

export interface MatchedOperation {
  operationId: string;
  method: string;
  template: string;
  params: Record<string, string>;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  operation: Operation;
  literalSegments: number;
}

let cached: OpenApi | undefined;

export class OpenApi {
  private readonly routes: Route[] = [];
  private readonly ajv: AjvInstance;
  /** Reports every problem with a response at once (the fake's shapes are ours to fix). */
  private readonly responseAjv: AjvInstance;
  private readonly bodyValidators = new Map<string, ValidateFunction | null>();
  private readonly responseValidators = new Map<string, ValidateFunction | null | 'undocumented'>();
  private readonly spec: Spec;

  static load(): OpenApi {
    if (!cached) {
      const require = createRequire(import.meta.url);
      cached = new OpenApi(require('@octokit/openapi/generated/api.github.com.json') as Spec);
    }
    return cached;
  }

  private constructor(spec: Spec) {
    this.spec = spec;
    this.ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true, discriminator: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ components: rewriteRefs(spec.components) }, 'gh');
    this.responseAjv = new Ajv({ strict: false, allErrors: true, validateFormats: true, discriminator: false });
    addFormats(this.responseAjv);
    this.responseAjv.addSchema({ components: rewriteRefs(spec.components) }, 'gh');
    for (const [template, methods] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation?.operationId) continue;
        const names: string[] = [];
        const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          // `path` in the contents API spans slashes; every other parameter is one segment.
          return name === 'path' ? '(.+)' : '([^/]+)';
        });
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          names,
          operation,
          literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
        });
      }
    }
    // Prefer the most specific template (most literal segments) when several match.
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  match(method: string, pathname: string): MatchedOperation | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
      return { operationId: route.operation.operationId, method, template: route.template, params };
    }
    return undefined;
  }

  /** Returns a list of problems with the request; empty when it fits the description. */
  check(matched: MatchedOperation, query: URLSearchParams, body: unknown, contentType: string | undefined): string[] {
    const route = this.routes.find((r) => r.method === matched.method && r.template === matched.template)!;
    const problems: string[] = [];
    const parameters = (route.operation.parameters ?? []).map((p) => (p.$ref ? this.resolveParameter(p.$ref) : p));
    for (const parameter of parameters) {
      if (parameter.in !== 'query') continue;
      const value = query.get(parameter.name);
      if (value === null) {
        if (parameter.required) problems.push(`query parameter ${parameter.name} is required`);
        continue;
      }
      const type = (parameter.schema as { type?: string } | undefined)?.type;
      if (type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query parameter ${parameter.name} must be an integer, got "${value}"`);
      const allowed = (parameter.schema as { enum?: string[] } | undefined)?.enum;
      if (allowed && !allowed.includes(value)) problems.push(`query parameter ${parameter.name} must be one of ${allowed.join(', ')}, got "${value}"`);
    }
    const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
    const requestBody = route.operation.requestBody;
    if (!requestBody) {
      if (body !== undefined && matched.method !== 'GET' && matched.method !== 'DELETE') problems.push('this operation takes no request body');
      return problems;
    }
    if (body === undefined) {
      if (requestBody.required) problems.push('request body is required');
      return problems;
    }
    if (!requestBody.content['application/json']) return problems;
    if (contentType && !contentType.includes('json')) problems.push(`content-type must be JSON, got ${contentType}`);
    const validate = this.bodyValidator(matched, route);
    if (validate && !validate(body)) {
      for (const error of validate.errors ?? []) problems.push(`body${error.instancePath || ''} ${error.message ?? 'is invalid'}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`);
    }
    return problems;
  }

  private bodyValidator(matched: MatchedOperation, route: Route): ValidateFunction | null {
    const key = `${route.method} ${route.template}`;
    if (!this.bodyValidators.has(key)) {
      const schema = route.operation.requestBody?.content['application/json']?.schema;
      this.bodyValidators.set(key, schema ? this.ajv.compile(rewriteRefs(schema) as object) : null);
    }
    return this.bodyValidators.get(key)!;
  }

  /**
   * Problems with a response the fake is about to send: its status must be one
   * the operation documents (a 5xx or 429 is GitHub's own failure and always
   * allowed), and a JSON body must validate against that status's schema.
   */
  checkResponse(matched: MatchedOperation, status: number, body: unknown): string[] {
    const route = this.routeOf(matched);
    const key = `${route.method} ${route.template} ${status}`;
    if (!this.responseValidators.has(key)) this.responseValidators.set(key, this.compileResponse(route, status));
    const validate = this.responseValidators.get(key)!;
    if (validate === 'undocumented') {
      if (status >= 500 || status === 429) return [];
      // Any operation can answer 401, 403 (no permission) or 404 (no such thing, or hidden from this token), though few document it.
      if (status === 401 || status === 403 || status === 404) return this.basicError(body) ? [] : [`response ${status} body is not a basic-error`];
      return [`response status ${status} is not documented for this operation`];
    }
    if (validate === null || body === undefined) return [];
    if (validate(body)) return [];
    // GitHub answers "" for a URL that was never set (a deployment status's
    // target_url without a log_url), which its description types as a uri.
    const errors = (validate.errors ?? []).filter((e) => !(e.keyword === 'format' && e.params?.format === 'uri' && at(body, e.instancePath) === ''));
    return errors.map((e) => `response ${status} body${e.instancePath || ''} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
  }

  private basicErrorValidator: ValidateFunction | undefined;

  private basicError(body: unknown): boolean {
    this.basicErrorValidator ??= this.responseAjv.compile({ $ref: 'gh#/components/schemas/basic-error' });
    return this.basicErrorValidator(body) as boolean;
  }

  private compileResponse(route: Route, status: number): ValidateFunction | null | 'undocumented' {
    const responses = route.operation.responses ?? {};
    let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
    if (!response) return 'undocumented';
    if (response.$ref) response = this.spec.components.responses[response.$ref.replace('#/components/responses/', '')]!;
    const schema = response.content?.['application/json']?.schema ?? response.content?.['application/scim+json']?.schema;
    return schema ? this.responseAjv.compile(rewriteRefs(schema) as object) : null;
  }

  private routeOf(matched: MatchedOperation): Route {
    return this.routes.find((r) => r.method === matched.method && r.template === matched.template)!;
  }

  private resolveParameter(ref: string): Parameter {
    const name = ref.replace('#/components/parameters/', '');
    return this.spec.components.parameters[name]!;
  }
}

/**
 * Rewrites `#/components/...` refs to point into the `gh` schema registered
 * with Ajv, and OpenAPI 3.0's `nullable: true` beside `$ref`/`allOf`/`anyOf`
 * (no `type`, which Ajv's `nullable` needs) into `anyOf: [schema, null]`.
 */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/')) out[key] = `gh${v}`;
      else if (key === 'example' || key === 'examples') continue;
      else out[key] = rewriteRefs(v);
    }
    // Ajv's `nullable` does not widen an `enum`: null has to be listed.
    if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.nullable === true && out.type === undefined) {
      const { nullable: _, ...rest } = out;
      return { anyOf: [rest, { type: 'null' }] };
    }
    return out;
  }
  return value;
}

function at(value: unknown, pointer: string): unknown {
  let v = value;
  for (const part of pointer.split('/').slice(1)) v = (v as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}

/**
 * A copy of an example from GitHub's OpenAPI description (the first item of
 * an array example), with its API URLs and repository moved to `base` and
 * `fullName`: the fake starts every resource from GitHub's own example and
 * overrides what it models, so fields it does not model still have GitHub's shape.
 */
export function specExample(name: string, base: string, fullName?: string): any {
  const require = createRequire(import.meta.url);
  const spec = require('@octokit/openapi/generated/api.github.com.json') as { components: { examples: Record<string, { value: unknown }> } };
  const example = spec.components.examples[name];
  if (!example) throw new Error(`no example ${name} in GitHub's OpenAPI description`);
  const value = Array.isArray(example.value) ? example.value[0] : example.value;
  const move = (v: unknown): unknown => {
    if (typeof v === 'string') {
      let s = v.replace(/^https:\/\/api\.github\.com/, base);
      if (fullName) s = s.replace(/octocat\/Hello-World/g, fullName);
      return s;
    }
    if (Array.isArray(v)) return v.map(move);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, move(x)]));
    return v;
  };
  return move(value);
}
