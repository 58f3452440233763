// The bots' searches in a bot thread (server/match/botThreads.ts): the same outcome as run
// at once here, the server's event loop left free while they run, a cancelled search
// dropped, and a search that throws told by its error while the thread goes on serving.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { performance } from 'node:perf_hooks';
import { afterAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import { createMatch, finish, viewFor } from '../../shared/index.ts';
import type { Search } from '../../server/match/botSearch.ts';
import { stepsOf, thinkHere } from '../../server/match/botSearch.ts';
import { openBotThreads } from '../../server/match/botThreads.ts';

const errors: string[] = [];
const threads = openBotThreads(1, { error: (event: string) => void errors.push(event) });
afterAll(() => threads.close());

const state = createMatch({ seed: 11 });
const seat = (role: Role) => viewFor(state, { kind: 'role', role });
/** capMs 0: the outcome depends on the budget alone, not on how busy the machine is. */
const decide = (role: Role, level: 'easy' | 'hard') => ({ kind: 'decide' as const, view: seat(role), role, level, character: 'neutral', seed: 7, committed: [], othersBound: {}, capMs: level === 'easy' ? 0 : undefined }) satisfies Search;

/** The main thread's event-loop utilisation while `f` runs: near 1 when it computes, near 0 when it only waits. */
async function busyWhile(f: () => Promise<unknown>): Promise<number> {
  const before = performance.eventLoopUtilization();
  await f();
  return performance.eventLoopUtilization(before).utilization;
}

describe('bot threads', () => {
  it('give the outcome the same search gives run at once here, for a decision, an offer and an answer', async () => {
    const decision = decide('mali', 'easy');
    const there = await threads.think(decision).done;
    expect(there).toEqual(finish(stepsOf(decision)));
    expect(there?.orders.length).toBeGreaterThan(0);

    const offer = { kind: 'offer', view: seat('mali'), role: 'mali', level: 'easy', character: 'neutral', seed: 3, capMs: 0 } satisfies Search;
    const offered = await threads.think(offer).done;
    expect(offered).toEqual(finish(stepsOf(offer)));
    expect(offered?.deal.from).toBe('mali');

    const deal = offered!.deal;
    const answer = { kind: 'answer', view: seat(deal.to), style: 'pragmatist', level: 'easy', deal, capMs: 0 } satisfies Search;
    expect(await threads.think(answer).done).toBe(finish(stepsOf(answer)));
  });

  it('leave the event loop free while a hard decision runs (in this thread it is busy throughout)', async () => {
    const away = await busyWhile(() => threads.think(decide('aes', 'hard')).done);
    const here = await busyWhile(() => thinkHere(decide('aes', 'hard')).done);
    expect(away).toBeLessThan(0.5);
    expect(here).toBeGreaterThan(0.5);
  });

  it('drop a cancelled search at once, and serve the next one', async () => {
    const long = threads.think(decide('algeria', 'hard'));
    long.cancel();
    expect(long.running).toBe(false);
    expect(await long.done).toBeUndefined();
    const next = decide('mali', 'easy');
    expect(await threads.think(next).done).toEqual(finish(stepsOf(next)));
    expect(threads.running).toBe(0);
  });

  it('tell the heap they hold (the load bench counts it as the server\'s memory)', async () => {
    await threads.think(decide('mali', 'easy')).done;
    const bytes = await threads.heapUsed();
    // A thread that has loaded the engine holds a few MB; a number of bytes, not a flag.
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(bytes).toBeLessThan(500_000_000);
    expect(await openBotThreads(0, { error: () => undefined }).heapUsed()).toBe(0);
  });

  it('reject a search that throws with its error, and go on serving', async () => {
    const broken = { ...decide('mali', 'easy'), view: {} } as unknown as Search;
    await expect(threads.think(broken).done).rejects.toThrow(/TypeError/);
    const next = decide('algeria', 'easy');
    expect(await threads.think(next).done).toEqual(finish(stepsOf(next)));
    expect(errors).toEqual([]);
  });
});

describe('a bot thread that dies', () => {
  it('fails the searches it was running, with why, and starts again for the next', async () => {
    const lost: Record<string, unknown>[] = [];
    // So little memory that the thread dies before the search is done (loading its code already exhausts it).
    const starved = openBotThreads(1, { error: (_event: string, fields?: Record<string, unknown>) => void lost.push(fields ?? {}) }, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
    try {
      await expect(starved.think(decide('aes', 'hard')).done).rejects.toThrow(/the bot thread stopped/);
      expect(lost).toEqual([expect.objectContaining({ searches: 1, reason: expect.stringMatching(/memory limit/) })]);
      expect(starved.running).toBe(0);
      // A new thread takes the next search (and, as starved, dies the same way rather than hang).
      await expect(starved.think(decide('mali', 'hard')).done).rejects.toThrow(/the bot thread stopped/);
      expect(lost.length).toBe(2);
    } finally {
      await starved.close();
    }
  });
});

/** This process's threads (Linux): id → [scheduling policy, nice] from /proc (5 is SCHED_IDLE). */
function tasks(): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const id of readdirSync('/proc/self/task')) {
    try {
      const f = readFileSync(`/proc/self/task/${id}/stat`, 'utf8').split(') ')[1].split(' ');
      // Fields after the name start at the third (state): nice is the 19th, policy the 41st.
      out.set(id, [Number(f[38]), Number(f[16])]);
    } catch {
      // A thread that ended meanwhile.
    }
  }
  return out;
}

/** The threads a bot thread pool adds to this process while it runs a search, and their scheduling. */
async function addedBy(priority: 'idle' | 'normal'): Promise<[number, number][]> {
  const before = tasks();
  const pool = openBotThreads(1, { error: () => undefined }, undefined, priority);
  try {
    await pool.think(decide('mali', 'easy')).done;
    return [...tasks()].filter(([id]) => !before.has(id)).map(([, v]) => v);
  } finally {
    await pool.close();
  }
}

const chrt = spawnSync('chrt', ['--version']).status === 0;

describe.runIf(process.platform === 'linux')('a bot thread\'s priority', () => {
  it(`is idle by default: it runs only when no other thread wants the core${chrt ? '' : ' (here without chrt: the lowest nice)'}`, async () => {
    const mine = getPriority();
    const added = await addedBy('idle');
    expect(added.length).toBeGreaterThan(0);
    // One new thread, the bot thread, stepped back; the process itself did not.
    expect(added.filter(([policy, nice]) => nice === 19 && policy === (chrt ? 5 : 0))).toHaveLength(1);
    expect(getPriority()).toBe(mine);
  });

  it('stays the process\'s own with BOT_PRIORITY=normal', async () => {
    const added = await addedBy('normal');
    expect(added.length).toBeGreaterThan(0);
    // Each new thread keeps the process's own nice (whatever this test runs at).
    expect(added.filter(([policy, nice]) => policy === 5 || nice !== getPriority())).toEqual([]);
  });
});
