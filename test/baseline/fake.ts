// Shared by the resolver tests: a fake GitHub (requests checked against
// GitHub's OpenAPI description) and a BaselineContext that reaches it.
import { createOctokit } from '../../shared/runtime/octokit.js';
import type { BaselineContext } from '../../shared/baseline/index.js';
import { FakeGitHub } from '../fake-github/server.js';
import { tempDir } from '../helpers.js';

export const REPO = 'octo/models';
export const [OWNER, NAME] = REPO.split('/') as [string, string];
export const TOKEN = 'ghs_bot';

export async function startGitHub(): Promise<FakeGitHub> {
  const gh = await FakeGitHub.start();
  gh.addToken(TOKEN, { user: 'github-actions[bot]', installation: true });
  return gh;
}

export function octokitFor(gh: FakeGitHub) {
  return createOctokit({ token: TOKEN, apiUrl: gh.url, backoffUnitMs: 1 });
}

export async function gitHubContext(gh: FakeGitHub): Promise<BaselineContext> {
  return { baseDir: await tempDir('holdout-base-'), tempDir: await tempDir('holdout-fetched-'), github: { octokit: octokitFor(gh), repo: { owner: OWNER, repo: NAME } } };
}

export async function offlineContext(): Promise<BaselineContext> {
  return { baseDir: await tempDir('holdout-base-'), tempDir: await tempDir('holdout-fetched-') };
}

/** The ConfigurationError message a bad spec throws, asserted to be one line. */
export async function configurationError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Error) || error.name !== 'ConfigurationError') throw new Error(`expected a ConfigurationError, got ${String(error)}`);
  if (error.message.includes('\n')) throw new Error(`not one line: ${error.message}`);
  return error.message;
}
