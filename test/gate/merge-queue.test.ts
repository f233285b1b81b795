// The merge queue's branch names the pull request it was made for. The ref
// shape is GitHub's: merge_group.head_ref in @octokit/webhooks-examples'
// checks_requested payload is refs/heads/gh-readonly-queue/main/pr-104-<sha>.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { queuedPullRequest } from '../../shared/gate/merge-queue.js';
import { subjectCommit } from '../../shared/runtime/context.js';

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, any>> }>;
const example = (name: string, action?: string) => examples.find((g) => g.name === name)!.examples.find((e) => action === undefined || e.action === action)!;

describe('queuedPullRequest', () => {
  it('reads the pull request, its queued head and the base from GitHub\'s merge_group payload', () => {
    expect(queuedPullRequest(example('merge_group').merge_group.head_ref)).toEqual({ number: 104, headSha: '929f8209d40f77f4abc622a499c93a83babdbe64', baseRef: 'main' });
    expect(queuedPullRequest(`gh-readonly-queue/release/2.x/pr-7-${'a'.repeat(40)}`)).toEqual({ number: 7, headSha: 'a'.repeat(40), baseRef: 'release/2.x' });
  });

  it.each([undefined, 'refs/heads/main', 'refs/heads/gh-readonly-queue/main/pr-x-abc', `refs/heads/feature/gh-readonly-queue/main/pr-1-${'a'.repeat(40)}`])('%s is no queue entry', (ref) => {
    expect(queuedPullRequest(ref)).toBeUndefined();
  });
});

describe('subjectCommit', () => {
  const SHA = 'f'.repeat(40);
  it.each([
    ['pull_request', example('pull_request', 'opened'), 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'],
    ['pull_request_target', example('pull_request', 'synchronize'), 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'],
    ['merge_group', example('merge_group'), '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d'],
    ['workflow_run', example('workflow_run', 'completed'), '5779607b49aab1200488439f02372c57b4f75444'],
    ['push', example('push'), SHA],
    ['workflow_dispatch', example('workflow_dispatch'), SHA],
    ['schedule', {}, SHA],
  ])('%s: the commit the results are about', (event, payload, expected) => {
    expect(subjectCommit(event, payload, SHA)).toBe(expected);
  });

  it('a pull request event without the head in its payload has no subject, never the merge commit in GITHUB_SHA', () => {
    expect(subjectCommit('pull_request', {}, SHA)).toBeUndefined();
    expect(subjectCommit('merge_group', { merge_group: {} }, SHA)).toBeUndefined();
  });
});
