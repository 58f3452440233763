// The load bench (scripts/benchLoad.ts) shows the server issue's targets, so it must keep
// measuring: a tiny run against each server answers every message and times the bursts of
// two weeks both as the clients saw them and as the server did.
import { describe, expect, it } from 'vitest';
import { loadRun } from '../../scripts/benchLoad.ts';

// The bench's servers read their environment: bot threads at normal priority here, since test
// files share the cores and an idle-priority search would wait for them all.
process.env.BOT_PRIORITY = 'normal';

describe('the load bench', () => {
  for (const kind of ['bare', 'sahel'] as const) {
    it(`plays a small classroom load against the ${kind} server times both weeks' bursts on both sides and counts what it sent`, async () => {
      const run = await loadRun(kind, 2, 1, 1);
      expect(run.sent).toBeGreaterThan(0);
      expect(run.unanswered).toBe(0);
      expect(run.errors).toBe(0);
      expect(run.p50).toBeGreaterThan(0);
      // Both are durations in their own process: finite, and the server's no longer than
      // the clients' wait plus the little time between its mark and their first send.
      expect(run.burstMs).toBeGreaterThan(0);
      expect(run.burstServerMs).toBeGreaterThan(0);
      expect(run.burstServerMs).toBeLessThan(run.burstMs + 1_000);
      // The second week's burst is timed the same way (every class reached week 2 and resolved it again).
      expect(run.laterBurstMs).toBeGreaterThan(0);
      expect(run.laterBurstServerMs).toBeGreaterThan(0);
      expect(run.laterBurstServerMs).toBeLessThan(run.laterBurstMs + 1_000);
      // The server's event loop was timed through the load window.
      expect(run.loopDelayP99).toBeGreaterThan(0);
      expect(run.loopDelayMax).toBeGreaterThanOrEqual(run.loopDelayP99);
      // Every message is answered with at least its `ok` (a frame of a few dozen bytes).
      expect(run.framesPerMsg).toBeGreaterThanOrEqual(1);
      expect(run.bytesPerMsg).toBeGreaterThan(run.framesPerMsg * 10);
      // The CPU split by thread adds up to the process's CPU (Linux counts each thread's time
      // in 1/100 s, so within a tick a thread), and the main thread ran JavaScript.
      if (process.platform === 'linux') {
        const split = (run.mainUserPerMsgMs + run.mainSystemPerMsgMs + run.othersPerMsgMs) * run.sent;
        expect(run.mainUserPerMsgMs).toBeGreaterThan(0);
        expect(Math.abs(split - run.cpuPerMsgMs * run.sent)).toBeLessThan(300);
      }
    }, 60_000);
  }

  it('seats the bare room\'s students in the same two teams as the server\'s when the AES is a bot', async () => {
    // Each line is echoed to the sender's teammates: about nine of them in two teams of ten,
    // six in three teams (and the `ok` besides).
    const run = await loadRun('bare', 1, 1, 1, 'easy');
    expect(run.unanswered).toBe(0);
    expect(run.framesPerMsg).toBeGreaterThan(8.5);
    const three = await loadRun('bare', 1, 1, 1);
    expect(three.framesPerMsg).toBeLessThan(8);
  }, 60_000);

  it('with bots, measures the load while they think and counts the searches still running when it ends', async () => {
    const run = await loadRun('sahel', 2, 1, 1, 'easy');
    expect(run.unanswered).toBe(0);
    expect(run.errors).toBe(0);
    expect(run.thinkingP50).toBeGreaterThan(0);
    // A count of searches (each class's decision and offer), and a wait only when some were left.
    expect(Number.isInteger(run.thinkingLeft)).toBe(true);
    expect(run.thinkingLeft).toBeGreaterThanOrEqual(0);
    expect(run.thinkingLeft).toBeLessThanOrEqual(4);
    expect(run.thinkingDoneMs > 0).toBe(run.thinkingLeft > 0);
    expect(run.laterBurstMs).toBeGreaterThan(0);
  }, 60_000);

  it('answers every message in the bare room that records them, and copies each to the teacher', async () => {
    // The same three teams of about seven: the teacher's copy is one frame more per message.
    const run = await loadRun('recorded', 2, 1, 1);
    expect(run.sent).toBeGreaterThan(0);
    expect(run.unanswered).toBe(0);
    expect(run.errors).toBe(0);
    expect(run.framesPerMsg).toBeGreaterThan(7.2);
    expect(run.framesPerMsg).toBeLessThan(9);
  }, 60_000);
});
