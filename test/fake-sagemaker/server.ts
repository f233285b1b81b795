// A fake SageMaker (awsJson1_1: POST / with X-Amz-Target SageMaker.<Operation>)
// and S3 (REST-XML, path-style GET /<bucket>/<key>) for tests, checked
// against the AWS SDK's own service model: the input shapes of the
// operations served are read from @aws-sdk/client-sagemaker's schemas
// (dist-es/schemas/schemas_0.js: member names, and the number of leading
// members that are required), so a request with a missing required member or
// a member the model does not have is a violation. Every request must carry
// a SigV4 Authorization header for a known access key id, the right region
// and service. Faults (throttling, 5xx, access denied) can be injected.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';

export interface Shape {
  members: string[];
  required: string[];
}

/** An input or output shape of @aws-sdk/client-sagemaker's schema: its members and required members. */
export function sdkShape(name: string): Shape {
  const text = schemaText();
  const constant = new Map<string, string>();
  for (const m of text.matchAll(/^const (_\w+) = "([^"]*)";$/gm)) constant.set(m[1]!, m[2]!);
  const def = new RegExp(`export var ${name}\\$ = \\[3, n0, _\\w+,\\s*[^,]+,\\s*\\[([^\\]]*)\\],\\s*\\[[\\s\\S]*?\\](?:,\\s*(\\d+))?\\s*\\];`).exec(text);
  if (!def) throw new Error(`no shape ${name} in the SDK's schema`);
  const members = def[1]!.split(',').map((s) => s.trim()).filter(Boolean).map((ref) => constant.get(ref) ?? ref);
  return { members, required: members.slice(0, Number(def[2] ?? 0)) };
}

let cachedSchema: string | undefined;
function schemaText(): string {
  if (cachedSchema === undefined) {
    const entry = createRequire(import.meta.url).resolve('@aws-sdk/client-sagemaker');
    cachedSchema = readFileSync(join(dirname(entry), '../dist-es/schemas/schemas_0.js'), 'utf8');
  }
  return cachedSchema;
}

const OPERATIONS = ['ListModelPackages', 'DescribeModelPackage', 'UpdateModelPackage'] as const;
type Operation = (typeof OPERATIONS)[number] | 'GetObject';

export interface PackageSeed {
  group: string;
  status?: 'Approved' | 'Rejected' | 'PendingManualApproval';
  /** s3:// URI of the model-quality statistics JSON. */
  statistics?: string;
}

export interface Fault {
  operation: Operation;
  status: number;
  /** The AWS error type (__type / S3 Code). */
  type: string;
  message?: string;
  times?: number;
}

export interface LoggedRequest {
  operation: Operation | undefined;
  input: Record<string, unknown>;
  accessKeyId?: string;
}

interface Package {
  arn: string;
  group: string;
  version: number;
  status: string;
  created: number;
  statistics?: string;
  description?: string;
}

export class FakeSageMaker {
  readonly requests: LoggedRequest[] = [];
  readonly violations: string[] = [];
  url = '';
  readonly region = 'eu-west-1';
  readonly account = '123456789012';
  private server: Server | undefined;
  private readonly packages: Package[] = [];
  private readonly objects = new Map<string, Uint8Array>();
  private readonly keys = new Map<string, 'read' | 'write'>();
  private faults: Array<Fault & { remaining: number }> = [];
  private clock = Date.parse('2026-11-30T12:00:00Z') / 1000;

  static async start(): Promise<FakeSageMaker> {
    const fake = new FakeSageMaker();
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server!.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addAccessKey(accessKeyId: string, access: 'read' | 'write' = 'write'): void {
    this.keys.set(accessKeyId, access);
  }

  putObject(uri: string, content: string | Uint8Array): void {
    this.objects.set(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  /** Registers a package version in its group; returns its ARN. */
  addPackage(seed: PackageSeed): string {
    const version = this.packages.filter((p) => p.group === seed.group).length + 1;
    const arn = `arn:aws:sagemaker:${this.region}:${this.account}:model-package/${seed.group}/${version}`;
    this.clock += 60;
    this.packages.push({ arn, group: seed.group, version, status: seed.status ?? 'PendingManualApproval', created: this.clock, statistics: seed.statistics });
    return arn;
  }

  status(arn: string): string | undefined {
    return this.packages.find((p) => p.arn === arn)?.status;
  }

  injectFault(fault: Fault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const target = req.headers['x-amz-target'];
    const isSageMaker = req.method === 'POST' && typeof target === 'string';
    const operation: Operation | undefined = isSageMaker ? (OPERATIONS as readonly string[]).includes(target.replace(/^SageMaker\./, '')) ? (target.replace(/^SageMaker\./, '') as Operation) : undefined : req.method === 'GET' ? 'GetObject' : undefined;
    const auth = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/.exec(req.headers.authorization ?? '');
    let input: Record<string, unknown> = {};
    if (isSageMaker) {
      try {
        input = JSON.parse(raw || '{}') as Record<string, unknown>;
      } catch {
        this.violations.push(`${target}: body is not JSON`);
      }
    }
    this.requests.push({ operation, input, accessKeyId: auth?.[1] });
    if (!operation) {
      this.violations.push(`${req.method} ${url.pathname} ${String(target ?? '')}: not an operation this fake serves`);
      return this.jsonError(res, 400, 'UnknownOperationException', 'Unknown operation');
    }
    if (isSageMaker && req.headers['content-type'] !== 'application/x-amz-json-1.1') this.violations.push(`${operation}: content-type ${req.headers['content-type']}, not application/x-amz-json-1.1`);
    if (!auth) {
      this.violations.push(`${operation}: no SigV4 Authorization header`);
      return this.error(res, operation, 403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    }
    const service = operation === 'GetObject' ? 's3' : 'sagemaker';
    if (auth[2] !== this.region || auth[3] !== service) this.violations.push(`${operation}: signed for ${auth[2]}/${auth[3]}, not ${this.region}/${service}`);
    if (isSageMaker) {
      const shape = sdkShape(`${operation}Input`);
      for (const key of Object.keys(input)) if (!shape.members.includes(key)) this.violations.push(`${operation}: ${key} is not a member of ${operation}Input`);
      for (const key of shape.required) if (input[key] === undefined) this.violations.push(`${operation}: required member ${key} is missing`);
    }
    const fault = this.faults.find((f) => f.operation === operation && f.remaining > 0);
    if (fault) {
      fault.remaining--;
      return this.error(res, operation, fault.status, fault.type, fault.message ?? `injected ${fault.type}`);
    }
    const access = this.keys.get(auth[1]!);
    if (!access) return this.error(res, operation, operation === 'GetObject' ? 403 : 400, operation === 'GetObject' ? 'InvalidAccessKeyId' : 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    if (operation === 'UpdateModelPackage' && access !== 'write') {
      return this.jsonError(res, 400, 'AccessDeniedException', `User: arn:aws:sts::${this.account}:assumed-role/ci/session is not authorized to perform: sagemaker:UpdateModelPackage on resource: ${String(input.ModelPackageArn)}`);
    }

    switch (operation) {
      case 'ListModelPackages': {
        let found = this.packages.filter((p) => (input.ModelPackageGroupName === undefined || p.group === input.ModelPackageGroupName) && (input.ModelApprovalStatus === undefined || p.status === input.ModelApprovalStatus));
        found = found.sort((a, b) => (input.SortOrder === 'Descending' ? b.created - a.created : a.created - b.created));
        const max = typeof input.MaxResults === 'number' ? input.MaxResults : 10;
        return this.json(res, {
          ModelPackageSummaryList: found.slice(0, max).map((p) => ({ ModelPackageArn: p.arn, CreationTime: p.created, ModelPackageStatus: 'Completed', ModelPackageGroupName: p.group, ModelPackageVersion: p.version, ModelApprovalStatus: p.status })),
          ...(found.length > max ? { NextToken: 'next' } : {}),
        });
      }
      case 'DescribeModelPackage': {
        const p = this.packages.find((x) => x.arn === input.ModelPackageName);
        if (!p) return this.jsonError(res, 400, 'ValidationException', `ModelPackage ${String(input.ModelPackageName)} does not exist.`);
        return this.json(res, {
          ModelPackageName: p.group,
          ModelPackageGroupName: p.group,
          ModelPackageVersion: p.version,
          ModelPackageArn: p.arn,
          CreationTime: p.created,
          ModelPackageStatus: 'Completed',
          ModelPackageStatusDetails: { ValidationStatuses: [], ImageScanStatuses: [] },
          ModelApprovalStatus: p.status,
          ...(p.statistics ? { ModelMetrics: { ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: p.statistics } } } } : {}),
        });
      }
      case 'UpdateModelPackage': {
        const p = this.packages.find((x) => x.arn === input.ModelPackageArn);
        if (!p) return this.jsonError(res, 400, 'ValidationException', `ModelPackage ${String(input.ModelPackageArn)} does not exist.`);
        if (typeof input.ModelApprovalStatus === 'string') p.status = input.ModelApprovalStatus;
        if (typeof input.ApprovalDescription === 'string') p.description = input.ApprovalDescription;
        return this.json(res, { ModelPackageArn: p.arn });
      }
      case 'GetObject': {
        const [, bucket, ...key] = url.pathname.split('/');
        const bytes = this.objects.get(`s3://${bucket}/${decodeURIComponent(key.join('/'))}`);
        if (!bytes) return this.xmlError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length), etag: '"fake"' });
        res.end(bytes);
        return;
      }
    }
  }

  private error(res: ServerResponse, operation: Operation, status: number, type: string, message: string): void {
    if (operation === 'GetObject') this.xmlError(res, status, type, message);
    else this.jsonError(res, status, type, message);
  }

  private json(res: ServerResponse, body: unknown): void {
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': 'fake-request' });
    res.end(JSON.stringify(body));
  }

  private jsonError(res: ServerResponse, status: number, type: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type, 'x-amzn-requestid': 'fake-request' });
    res.end(JSON.stringify({ __type: type, message }));
  }

  private xmlError(res: ServerResponse, status: number, code: string, message: string): void {
    res.writeHead(status, { 'content-type': 'application/xml', 'x-amz-request-id': 'fake-request' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fake-request</RequestId></Error>`);
  }
}
