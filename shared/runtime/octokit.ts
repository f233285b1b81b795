// The one octokit factory: retries (5xx) and throttling (primary and
// secondary rate limits, honouring retry-after), base URL from
// GITHUB_API_URL so GitHub Enterprise Server works unchanged.

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  token: string;
  apiUrl: string;
  /** Retries for 5xx and rate limits. */
  retries?: number;
  /** Milliseconds per unit of back-off: retry n waits n² units; a retry-after of s seconds waits s units. Tests lower it. */
  backoffUnitMs?: number;
}

export function createOctokit({ token, apiUrl, retries = 3, backoffUnitMs = 1000 }: OctokitOptions): Octokit {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      // Not request.retries: plugin-retry would then retry every failure, 4xx included.
      retry: { retries, doNotRetry: [400, 401, 403, 404, 410, 422, 451], retryAfterBaseValue: backoffUnitMs },
      throttle: {
        retryAfterBaseValue: backoffUnitMs,
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          core.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < retries;
        },
      },
    },
    retry,
    throttling,
  );
}
