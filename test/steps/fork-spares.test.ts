// The forks of a task on spare workers (steps/worker.ts forkOf), with the
// spares' ends played by this thread over real MessageChannels: requests go
// to the spares in the order they were started (the first gets the first
// fork, which validate's first spare is warmed for), a spare is reused once
// it has answered, and a spare whose thread ends — its port closes — fails
// the request it held instead of leaving it unanswered, and is not used again.
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { forkOf } from '../../shared/steps/worker.js';

/** A spare that answers every request with its name and the input, unless told to die on one. */
function fakeSpare(name: string, dieOn?: string): MessagePort {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', ({ input }: { task: string; input: string }) => {
    if (input === dieOn) port1.close(); // the thread ends: its port closes
    else port1.postMessage({ ok: true, value: { spare: name, input }, problems: [] });
  });
  return port2;
}

describe('forks on spare workers', () => {
  it('sends the first request to the first spare and reuses spares once they answer', async () => {
    const fork = forkOf('/nonexistent/worker.js', [fakeSpare('first'), fakeSpare('second')]);
    expect(await fork.run('task', 'a')).toEqual({ spare: 'first', input: 'a' });
    const both = await Promise.all([fork.run('task', 'b'), fork.run('task', 'c')]);
    expect(both.map((v) => (v as { spare: string }).spare).sort()).toEqual(['first', 'second']);
  });

  it('fails a request whose spare exits before answering, and does not use that spare again', async () => {
    const fork = forkOf('/nonexistent/worker.js', [fakeSpare('dying', 'boom')]);
    await expect(fork.run('task', 'boom')).rejects.toThrow(/spare worker running task exited before answering/);
    // The pool is empty now: the next fork starts a worker of its own (here a script that does not exist, so it fails; it does not wait).
    await expect(fork.run('task', 'after')).rejects.toThrow();
  });
});
