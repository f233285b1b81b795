// deployment:<environment>: the metrics the gate recorded in the payload of
// the newest deployment to the environment whose latest status is success —
// the production baseline is what is in production.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigurationError } from '../errors.js';
import { throughGitHub } from './github-api.js';
import { metricsFromPayload } from './payload.js';
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
      for (const deployment of deployments) {
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
        return { path, written: source.spec, display: source.spec, source: source.spec, id: `deployment ${deployment.id} (${deployment.sha.slice(0, 12)})` };
      }
      return { missing: `${source.spec}: no successful deployment to "${source.environment}"${seen.length ? ` (newest: ${seen.slice(0, 3).join(', ')})` : ' (none at all: the first deploy?)'}` };
    });
  },
};
