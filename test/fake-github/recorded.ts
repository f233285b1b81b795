// Recorded real GitHub API responses, replayed on loopback: @octokit/fixtures'
// scenarios (normalized-fixture.json) and the octokit.rb cassettes kept in
// test/fixtures/github-recorded/octokit.rb.json. The replay server answers
// each request with the next recording of the same operation (GitHub's
// OpenAPI description decides what "same" means, so ids and names in the
// path may differ), its recorded status, body and Link header, with
// api.github.com moved to the server's address. Unused recordings go first;
// once all of an operation's are used, its last one is served again.
// Anything without a recording is a 501 and listed in `unmatched`.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpenApi } from './openapi.js';

export interface Recording {
  /** Where it was recorded: `@octokit/fixtures api.github.com/errors` or `octokit.rb spec/cassettes/…`. */
  source: string;
  method: string;
  /** Path and query as recorded, without the host. */
  path: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One scenario of @octokit/fixtures, e.g. `api.github.com/errors`. */
export function octokitFixture(scenario: string): Recording[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve(`@octokit/fixtures/scenarios/${scenario}/normalized-fixture.json`);
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Array<{ method: string; path: string; status: number; response: unknown; headers?: Record<string, string> }>;
  return entries.map((e) => ({
    source: `@octokit/fixtures ${scenario}`,
    method: e.method.toUpperCase(),
    path: e.path,
    status: e.status,
    headers: pick(e.headers ?? {}, ['link', 'content-type', 'location']),
    body: e.response === '' ? undefined : e.response,
  }));
}

interface CassetteFile {
  cassettes: Array<{ path: string; interactions: Array<{ method: string; path: string; status: number; headers: Record<string, string>; body: unknown }> }>;
}

/** The octokit.rb cassettes whose path contains `part` (all of them without it). */
export function octokitRbCassettes(part = ''): Recording[] {
  const file = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/github-recorded/octokit.rb.json');
  const { cassettes } = JSON.parse(readFileSync(file, 'utf8')) as CassetteFile;
  return cassettes
    .filter((c) => c.path.includes(part))
    .flatMap((c) => c.interactions.map((i) => ({ source: `octokit.rb ${c.path}`, method: i.method, path: i.path, status: i.status, headers: i.headers, body: i.body ?? undefined })));
}

function pick(headers: Record<string, string>, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => names.includes(k.toLowerCase())).map(([k, v]) => [k.toLowerCase(), v]));
}

export interface Served {
  request: string;
  recording: Recording;
}

export class ReplayGitHub {
  url = '';
  readonly served: Served[] = [];
  readonly unmatched: string[] = [];
  private server: Server | undefined;
  private readonly openapi = OpenApi.load();
  private readonly pending: Array<Recording & { operationId?: string; used: boolean }>;

  private constructor(recordings: Recording[]) {
    this.pending = recordings.map((r) => ({ ...r, operationId: this.openapi.match(r.method, r.path.split('?')[0]!)?.operationId, used: false }));
  }

  static async start(recordings: Recording[]): Promise<ReplayGitHub> {
    const replay = new ReplayGitHub(recordings);
    replay.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const method = req.method ?? 'GET';
        const path = new URL(req.url ?? '/', replay.url).pathname;
        const request = `${method} ${req.url}`;
        const operationId = replay.openapi.match(method, path)?.operationId;
        const same = replay.pending.filter((r) => r.method === method && r.operationId !== undefined && r.operationId === operationId);
        const recording = same.find((r) => !r.used) ?? same.at(-1);
        if (!recording) {
          replay.unmatched.push(request);
          res.writeHead(501, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ message: `no recording for ${request}` }));
          return;
        }
        recording.used = true;
        replay.served.push({ request, recording });
        const move = (text: string) => text.replaceAll('https://api.github.com', replay.url);
        const headers: Record<string, string> = { 'content-type': recording.headers['content-type'] ?? 'application/json; charset=utf-8' };
        if (recording.headers.link) headers.link = move(recording.headers.link);
        if (recording.headers.location) headers.location = move(recording.headers.location);
        res.writeHead(recording.status, headers);
        res.end(recording.body === undefined ? '' : move(JSON.stringify(recording.body)));
      });
    });
    await new Promise<void>((resolve) => replay.server!.listen(0, '127.0.0.1', resolve));
    replay.url = `http://127.0.0.1:${(replay.server.address() as AddressInfo).port}`;
    return replay;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
