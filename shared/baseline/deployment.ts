// deployment:<environment>: the metrics the gate recorded in the payload of
// the newest deployment to the environment whose latest status is success —
// the production baseline is what is in production. Along with it, from the
// same page of deployments, the metrics of the earlier ones that were in
// production (the trend the report draws).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import type { DeploymentRecord } from '../results/schema.js';
import { httpStatus, throughGitHub, type GitHubClient, type Repo } from './github-api.js';
import { deploymentPayloadSchema, metricsFromPayload } from './payload.js';
import type { BaselineResolver } from './resolver.js';

export interface DeploymentSource {
  kind: 'deployment';
  environment: string;
  spec: string;
}

export const deploymentResolver: BaselineResolver<DeploymentSource> = {
  scheme: 'deployment',
  syntax: 'deployment:<environment>',
  parse(rest, spec) {
    if (rest === '') throw new ConfigurationError(`baseline "${spec}": write deployment:<environment>, e.g. deployment:production`);
    return { kind: 'deployment', environment: rest, spec };
  },
  resolve(source, context) {
    return throughGitHub(source.spec, 'deployment', 'deployments: read', context, async (octokit, repo, tempDir) => {
      const { data: deployments } = await octokit.rest.repos.listDeployments({ ...repo, environment: source.environment, per_page: 30 });
      const seen: string[] = [];
      for (const [index, deployment] of deployments.entries()) {
        const { data: statuses } = await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 });
        const latest = statuses[0]?.state;
        // The newest deployment whose latest status is success is what is in production.
        if (latest !== 'success') {
          seen.push(`${deployment.id}: ${latest ?? 'no status'}`);
          continue;
        }
        const parsed = metricsFromPayload(deployment.payload);
        if ('problem' in parsed) return { missing: `${source.spec}: deployment ${deployment.id} succeeded but its ${parsed.problem}` };
        const path = join(tempDir, `deployment-${deployment.id}.json`);
        await writeFile(path, JSON.stringify(parsed.metrics, null, 2));
        const history = await pastDeployments(octokit, repo, deployments.slice(index + 1), HISTORY - 1);
        const current = recordOf(deployment);
        return { path, written: source.spec, display: source.spec, source: source.spec, id: `deployment ${deployment.id} (${deployment.sha.slice(0, 12)})`, history: [...history.reverse(), ...(current ? [current] : [])] };
      }
      return { missing: `${source.spec}: no successful deployment to "${source.environment}"${seen.length ? ` (newest: ${seen.slice(0, 3).join(', ')})` : ' (none at all: the first deploy?)'}` };
    });
  },
};

/** How many deployments (the baseline's included) the trend of the production metric goes back. */
export const HISTORY = 10;

type Deployment = Awaited<ReturnType<GitHubClient['rest']['repos']['listDeployments']>>['data'][number];

/** A deployment's recorded metrics, when its payload is the gate's record. */
function recordOf(deployment: Deployment): DeploymentRecord | undefined {
  const value = typeof deployment.payload === 'string' ? safeJson(deployment.payload) : deployment.payload;
  const parsed = deploymentPayloadSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { metrics, recordedAt } = parsed.data.holdout;
  return { id: String(deployment.id), commit: deployment.sha, ...(recordedAt ? { recordedAt } : {}), metrics };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The earlier deployments that were in production, newest first, at most
 * `limit`: from the page of deployments already listed (no further pages),
 * those that reached success — their latest status is success, or inactive
 * after a success (GitHub marks a replaced deployment inactive) — and carry
 * the gate's record. The trend is an extra: an API error ends it with what
 * was read, and never costs the baseline.
 */
async function pastDeployments(octokit: GitHubClient, repo: Repo, older: readonly Deployment[], limit: number): Promise<DeploymentRecord[]> {
  const out: DeploymentRecord[] = [];
  for (const deployment of older) {
    if (out.length >= limit) break;
    const record = recordOf(deployment);
    if (!record) continue;
    let states: string[];
    try {
      states = (await octokit.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: deployment.id, per_page: 10 })).data.map((s) => s.state);
    } catch (error) {
      if (httpStatus(error) === undefined) throw error;
      break;
    }
    if ((states[0] === 'success' || states[0] === 'inactive') && states.includes('success')) out.push(record);
  }
  return out;
}
