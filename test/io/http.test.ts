import { describe, expect, it } from 'vitest';
import { apiRoot, requestWithRetries, retryAfterMs, retryPolicy, type HttpFailure } from '../../shared/io/http.js';

/** A fetch that answers from a script, one entry per call: a Response, or an Error to throw; records when each call came. */
function scripted(answers: Array<Response | Error>) {
  const calls: number[] = [];
  const fetch = (async () => {
    calls.push(Date.now());
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const asError = (failure: HttpFailure) => Object.assign(new Error(failure.kind), { failure });

describe('requestWithRetries', () => {
  it('retries a network error, 503 and 429 (Retry-After capped), then returns the OK response', async () => {
    const { fetch, calls } = scripted([
      new Error('ECONNRESET'),
      new Response('busy', { status: 503 }),
      new Response('slow down', { status: 429, headers: { 'retry-after': '3600' } }),
      new Response('{"ok":true}', { status: 200 }),
    ]);
    const policy = { ...retryPolicy({ fetch, backoffUnitMs: 1, maxRetryAfterMs: 20 }, { timeoutMs: 1000, secrets: [] }), attempts: 4 };
    const started = Date.now();
    const response = await requestWithRetries(new URL('https://api.example.com/x'), { method: 'GET', headers: {} }, policy, asError);
    expect(await response.json()).toEqual({ ok: true });
    expect(calls).toHaveLength(4);
    expect(Date.now() - started).toBeLessThan(2000); // the hour-long Retry-After was capped at 20 ms
  });

  it('gives up after the attempts with the last status and the body, the secrets scrubbed', async () => {
    const { fetch } = scripted([new Response('no', { status: 502 }), new Response('token glpat-SECRET1 is bad', { status: 502 })]);
    const policy = retryPolicy({ fetch, attempts: 2, backoffUnitMs: 1 }, { timeoutMs: 1000, secrets: ['glpat-SECRET1', 'ab'] });
    const error = await requestWithRetries(new URL('https://api.example.com/x'), { method: 'POST', headers: {}, body: { a: 1 } }, policy, asError).catch((e) => e);
    expect(error.failure).toEqual({ kind: 'status', attempts: 2, status: 502, retryable: true, text: 'token *** is bad' });
  });

  it('does not retry a 404, and scrubs a network error message', async () => {
    const notFound = scripted([new Response('missing', { status: 404 }), new Response('{}', { status: 200 })]);
    const error = await requestWithRetries(new URL('https://h/x'), { method: 'GET', headers: {} }, retryPolicy({ fetch: notFound.fetch, backoffUnitMs: 1 }, { timeoutMs: 1000, secrets: [] }), asError).catch((e) => e);
    expect(error.failure).toMatchObject({ kind: 'status', status: 404, retryable: false });
    expect(notFound.calls).toHaveLength(1);
    const down = scripted([new Error('connect to https://u:hunter22@h failed')]);
    const unreachable = await requestWithRetries(new URL('https://h/x'), { method: 'GET', headers: {} }, retryPolicy({ fetch: down.fetch, attempts: 1 }, { timeoutMs: 1000, secrets: ['hunter22'] }), asError).catch((e) => e);
    expect(unreachable.failure).toEqual({ kind: 'unreachable', attempts: 1, message: 'connect to https://u:***@h failed' });
  });
});

describe('retryAfterMs and apiRoot', () => {
  it('reads delay-seconds and an HTTP-date (RFC 9110 10.2.3)', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(retryAfterMs(inAMinute)).toBeGreaterThan(55_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT')).toBe(0);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('drops credentials, query, fragment and the trailing slash', () => {
    expect(apiRoot(new URL('https://user:tok@mlflow.example.com/prefix/?x=1#y'))).toBe('https://mlflow.example.com/prefix');
  });
});
