// The SageMaker Model Registry through the AWS SDK for JavaScript v3: the
// newest Approved model package of a group, the model-quality statistics
// JSON it points to in S3, and setting a package's approval status. The SDK
// is loaded on first use (most runs never talk to AWS) and finds credentials
// through its standard chain (environment, web identity from
// aws-actions/configure-aws-credentials' OIDC, profiles, instance roles);
// this module passes no credentials and names none. Where it points (region,
// endpoint overrides) comes from the caller: sagemakerSettingsFrom maps the
// standard variables, and the entries pass the process environment.

import { ConfigurationError } from '../errors.js';

export interface SageMakerSettings {
  region: string;
  /** AWS_ENDPOINT_URL_SAGEMAKER / AWS_ENDPOINT_URL: a SageMaker-compatible endpoint (tests, VPC endpoints). */
  sagemakerEndpoint?: string;
  /** AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL: then path-style addressing. */
  s3Endpoint?: string;
  /** Attempts per call, including the first (the SDK's standard retry: throttling and 5xx). Default 3. */
  maxAttempts?: number;
}

/** Region and endpoints from the standard variables; undefined without a region (then AWS is not configured). */
export function sagemakerSettingsFrom(env: Readonly<Record<string, string | undefined>>): SageMakerSettings | undefined {
  const region = env.AWS_REGION?.trim() || env.AWS_DEFAULT_REGION?.trim();
  if (!region) return undefined;
  const common = env.AWS_ENDPOINT_URL?.trim() || undefined;
  return { region, sagemakerEndpoint: env.AWS_ENDPOINT_URL_SAGEMAKER?.trim() || common, s3Endpoint: env.AWS_ENDPOINT_URL_S3?.trim() || common };
}

export interface ApprovedPackage {
  arn: string;
  group: string;
  version?: number;
  createdAt?: string;
  /** ModelMetrics.ModelQuality.Statistics.S3Uri, when the package has one. */
  statistics?: string;
}

/** A failed AWS call: the HTTP status and the service's error name, one line, no credentials. */
export class AwsCallError extends ConfigurationError {
  readonly status?: number;
  readonly code: string;
  constructor(call: string, error: unknown) {
    const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    const code = e?.name ?? 'Error';
    super(`${call} failed: ${e?.$metadata?.httpStatusCode ?? ''} ${code}: ${(e?.message ?? String(error)).replace(/\s+/g, ' ').slice(0, 300)}`.replace('failed:  ', 'failed: '));
    this.code = code;
    this.status = e?.$metadata?.httpStatusCode;
  }
}

export interface SageMakerRegistry {
  readonly region: string;
  /** The newest package of the group whose approval status is Approved, or undefined. */
  newestApproved(group: string): Promise<ApprovedPackage | undefined>;
  /** The object at s3://bucket/key, or undefined when there is none (NoSuchKey). */
  readS3(uri: string): Promise<Uint8Array | undefined>;
  /** Sets a package's approval status (Approved on an approved deploy). */
  setApproval(arn: string, status: 'Approved' | 'Rejected' | 'PendingManualApproval', description?: string): Promise<void>;
}

export function sagemakerFromEnvironment(env: Readonly<Record<string, string | undefined>>): SageMakerRegistry | undefined {
  const settings = sagemakerSettingsFrom(env);
  return settings ? createSageMakerRegistry(settings) : undefined;
}

export function createSageMakerRegistry(settings: SageMakerSettings): SageMakerRegistry {
  const common = { region: settings.region, maxAttempts: settings.maxAttempts ?? 3 };
  let sagemaker: Promise<{ send: (command: unknown) => Promise<unknown>; sdk: typeof import('@aws-sdk/client-sagemaker') }> | undefined;
  let s3: Promise<{ send: (command: unknown) => Promise<unknown>; sdk: typeof import('@aws-sdk/client-s3') }> | undefined;
  const sageMakerClient = () =>
    (sagemaker ??= import('@aws-sdk/client-sagemaker').then((sdk) => {
      const client = new sdk.SageMakerClient({ ...common, ...(settings.sagemakerEndpoint ? { endpoint: settings.sagemakerEndpoint } : {}) });
      return { send: (command: unknown) => client.send(command as never), sdk };
    }));
  const s3Client = () =>
    (s3 ??= import('@aws-sdk/client-s3').then((sdk) => {
      const client = new sdk.S3Client({ ...common, ...(settings.s3Endpoint ? { endpoint: settings.s3Endpoint, forcePathStyle: true } : {}) });
      return { send: (command: unknown) => client.send(command as never), sdk };
    }));
  const call = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new AwsCallError(name, error);
    }
  };

  return {
    region: settings.region,
    async newestApproved(group) {
      const { send, sdk } = await sageMakerClient();
      const listed = (await call(`SageMaker ListModelPackages (${group})`, () =>
        send(new sdk.ListModelPackagesCommand({ ModelPackageGroupName: group, ModelApprovalStatus: 'Approved', SortBy: 'CreationTime', SortOrder: 'Descending', MaxResults: 1 })),
      )) as { ModelPackageSummaryList?: Array<{ ModelPackageArn?: string }> };
      const arn = listed.ModelPackageSummaryList?.[0]?.ModelPackageArn;
      if (!arn) return undefined;
      const described = (await call(`SageMaker DescribeModelPackage (${arn})`, () => send(new sdk.DescribeModelPackageCommand({ ModelPackageName: arn })))) as {
        ModelPackageVersion?: number;
        CreationTime?: Date;
        ModelMetrics?: { ModelQuality?: { Statistics?: { S3Uri?: string } } };
      };
      return {
        arn,
        group,
        version: described.ModelPackageVersion,
        createdAt: described.CreationTime instanceof Date ? described.CreationTime.toISOString() : undefined,
        statistics: described.ModelMetrics?.ModelQuality?.Statistics?.S3Uri,
      };
    },
    async readS3(uri) {
      const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
      if (!match) throw new AwsCallError(`S3 GetObject (${uri})`, { name: 'InvalidUri', message: 'not an s3://bucket/key URI' });
      const { send, sdk } = await s3Client();
      try {
        const object = (await send(new sdk.GetObjectCommand({ Bucket: match[1], Key: match[2] }))) as { Body?: { transformToByteArray(): Promise<Uint8Array> } };
        return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        const name = (error as { name?: string })?.name;
        if (name === 'NoSuchKey' || name === 'NotFound' || name === 'NoSuchBucket') return undefined;
        throw new AwsCallError(`S3 GetObject (${uri})`, error);
      }
    },
    async setApproval(arn, status, description) {
      const { send, sdk } = await sageMakerClient();
      await call(`SageMaker UpdateModelPackage (${arn})`, () => send(new sdk.UpdateModelPackageCommand({ ModelPackageArn: arn, ModelApprovalStatus: status, ...(description ? { ApprovalDescription: description } : {}) })));
    },
  };
}
