// Our GitHub client replayed against GitHub's own recorded responses, beside
// the fake: the sticky comment (create; update and fold duplicates), the check
// run (create, then annotation batches), the deployment, and error mapping on
// GitHub's recorded 422 and 404. And the fake's resources carry every field
// the recorded ones do, so the fake cannot quietly lose one our code reads.
//
// Replayed recordings:
// - octokit.rb (test/fixtures/github-recorded/octokit.rb.json): issue comments
//   list (octokit/octokit.rb#25), add, update, delete; check run create,
//   update; deployment create (with payload).
// - @octokit/fixtures: api.github.com/errors (422 Validation Failed),
//   api.github.com/branch-protection (404), api.github.com/create-status.
import { afterEach, describe, expect, it } from 'vitest';
import { upsertStickyComment } from '../../shared/github/comment.js';
import { createDeployment, publishCheck } from '../../shared/github/gate.js';
import { GitHubApiError } from '../../shared/errors.js';
import { createOctokit } from '../../shared/runtime/octokit.js';
import { octokitFixture, octokitRbCassettes, ReplayGitHub, type Recording } from './recorded.js';
import { FakeGitHub } from './server.js';

let replay: ReplayGitHub | undefined;
let fake: FakeGitHub | undefined;
afterEach(async () => {
  await replay?.stop();
  await fake?.stop();
  replay = fake = undefined;
});

async function replaying(recordings: Recording[]) {
  replay = await ReplayGitHub.start(recordings);
  return createOctokit({ token: 'ghs_recorded', apiUrl: replay.url, retries: 0, backoffUnitMs: 1 });
}

const recorded = (recordings: Recording[], method: string, pathPart: string) => recordings.find((r) => r.method === method && r.path.includes(pathPart))!.body as Record<string, any>;
const served = () => replay!.served.map((s) => `${s.request.split(' ')[0]} ${s.recording.source.split(' ').pop()}`);

describe("our client against GitHub's recorded responses", () => {
  it('sticky comment: finds none of its own in a real comment list, creates one, and reads its id and URL from the recorded 201', async () => {
    const recordings = [...octokitRbCassettes('_issue_comments/returns_comments'), ...octokitRbCassettes('_add_comment/adds_a_comment')];
    const octokit = await replaying(recordings);
    const sticky = await upsertStickyComment(octokit, { owner: 'octokit', repo: 'octokit.rb' }, 25, '<!-- holdout:report:default/0123456789ab -->', 'report', 'github-actions[bot]');
    const created = recorded(recordings, 'POST', '/issues/1/comments');
    expect(sticky).toEqual({ id: created.id, url: created.html_url, created: true });
    expect(served().map((s) => s.split(' ')[0])).toEqual(['GET', 'POST', 'GET']);
    expect(replay!.unmatched).toEqual([]);
  });

  it("sticky comment: adopts the author's comments that carry the marker, updates the oldest from the recorded 200, and deletes the duplicate with the recorded 204", async () => {
    const recordings = [...octokitRbCassettes('_issue_comments/returns_comments'), ...octokitRbCassettes('_update_comment/'), ...octokitRbCassettes('_delete_comment/')];
    const octokit = await replaying(recordings);
    // In the recorded list, catsby wrote two comments that both contain "I've" (ids 1194549 and 1194690); sferik one that does not.
    const sticky = await upsertStickyComment(octokit, { owner: 'octokit', repo: 'octokit.rb' }, 25, "I've", 'report', 'catsby');
    const updated = recorded(recordings, 'PATCH', '/issues/comments/');
    expect(sticky).toEqual({ id: updated.id, url: updated.html_url, created: false });
    const requests = replay!.served.map((s) => s.request);
    expect(requests[1]).toBe('PATCH /repos/octokit/octokit.rb/issues/comments/1194549');
    expect(requests).toContain('DELETE /repos/octokit/octokit.rb/issues/comments/1194690');
    expect(requests.filter((r) => r.includes('1199663'))).toEqual([]);
    expect(replay!.unmatched).toEqual([]);
  });

  it('check run: creates it and sends the annotations past the first 50 as an update, reading the id from the recorded 201', async () => {
    const recordings = octokitRbCassettes('Octokit_Client_Checks/');
    const octokit = await replaying(recordings);
    const annotations = Array.from({ length: 60 }, (_, i) => ({ level: 'error' as const, message: `row ${i + 2}: bad`, file: 'data/train.csv', line: i + 2 }));
    const published = await publishCheck(octokit, { owner: 'octo', repo: 'models' }, 'e1db7418a77db065d1900e579c82ef0aad1da2b1', 'holdout / gate', 'failure', { title: 'fails', summary: 's' }, annotations);
    expect(published).toEqual({ checkRunId: recorded(recordings, 'POST', '/check-runs').id });
    expect(replay!.served.map((s) => s.request)).toEqual(['POST /repos/octo/models/check-runs', `PATCH /repos/octo/models/check-runs/${published.checkRunId}`]);
  });

  it('deployment: creates it with the holdout payload and reads the id from the recorded 201', async () => {
    const recordings = octokitRbCassettes('creates_a_deployment_with_a_payload');
    const octokit = await replaying(recordings);
    const id = await createDeployment(octokit, { owner: 'octo', repo: 'models' }, 'a'.repeat(40), 'production', { holdout: 1 } as never, 'holdout gate passed');
    expect(id).toBe(recorded(recordings, 'POST', '/deployments').id);
    expect(served()).toEqual(['POST spec/cassettes/Octokit_Client_Deployments/with_ref/_create_deployment/creates_a_deployment_with_a_payload.json']);
  });

  it("GitHub's recorded 422 and 404 become one line naming the call and what GitHub said", async () => {
    const octokit = await replaying([...octokitFixture('api.github.com/errors'), ...octokitFixture('api.github.com/branch-protection')]);
    const refused = await octokit.rest.issues.createLabel({ owner: 'octokit-fixture-org', repo: 'errors', name: 'foo', color: 'invalid' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GitHubApiError);
    expect((refused as GitHubApiError).message).toBe("GitHub API POST /repos/octokit-fixture-org/errors/labels: 422 Validation Failed: Label color invalid: GitHub refused the request's content");
    expect((refused as GitHubApiError).status).toBe(422);
    const missing = await octokit.rest.repos.getBranchProtection({ owner: 'octokit-fixture-org', repo: 'branch-protection', branch: 'main' }).catch((e: unknown) => e);
    expect((missing as GitHubApiError).message).toBe('GitHub API GET /repos/octokit-fixture-org/branch-protection/branches/main/protection: 404 Branch not protected: it (or the repository octokit-fixture-org/branch-protection) does not exist, or the token cannot see it');
  });
});

describe("the fake's resources carry every field of GitHub's recorded ones", () => {
  /** Top-level fields of a recorded body that the fake's answer to the same operation lacks. */
  const lacking = (real: Record<string, unknown>, ours: Record<string, unknown>) => Object.keys(real).filter((k) => !(k in ours)).sort();

  it('comment, check run, deployment, deployment status and commit status', async () => {
    fake = await FakeGitHub.start();
    fake.addToken('t', { user: 'github-actions[bot]', installation: true });
    fake.addPullRequest('octo/models', { number: 1, author: 'alice', headSha: '1'.repeat(40) });
    const octokit = createOctokit({ token: 't', apiUrl: fake.url, retries: 0 });
    const repo = { owner: 'octo', repo: 'models' };
    const rb = octokitRbCassettes();
    const comment = await octokit.rest.issues.createComment({ ...repo, issue_number: 1, body: 'x' });
    expect(lacking(recorded(rb, 'POST', '/issues/1/comments'), comment.data)).toEqual([]);
    const check = await octokit.rest.checks.create({ ...repo, name: 'n', head_sha: '1'.repeat(40), status: 'completed', conclusion: 'success', output: { title: 't', summary: 's' } });
    expect(lacking(recorded(rb, 'POST', '/check-runs'), check.data)).toEqual([]);
    const deployment = await octokit.rest.repos.createDeployment({ ...repo, ref: '1'.repeat(40), environment: 'production', payload: { holdout: 1 }, auto_merge: false, required_contexts: [] });
    expect(lacking(recorded(rb, 'POST', '/deployments'), deployment.data as Record<string, unknown>)).toEqual([]);
    const status = await octokit.rest.repos.createDeploymentStatus({ ...repo, deployment_id: (deployment.data as { id: number }).id, state: 'success', log_url: 'https://example.com/log' });
    expect(lacking(recorded(rb, 'POST', '/statuses'), status.data)).toEqual([]);
    const commitStatus = await octokit.rest.repos.createCommitStatus({ ...repo, sha: '1'.repeat(40), state: 'success', context: 'holdout' });
    expect(lacking(recorded(octokitFixture('api.github.com/create-status'), 'POST', '/statuses/'), commitStatus.data)).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});
