// Where the bots' searches run. With threads (BOT_THREADS, default 1) every search goes to
// a bot thread, so that the event loop serving the players' messages never runs a rollout,
// however many classes weigh their week at once; with 0 they run in this thread, in shared
// slices (botThinking.ts). A thread starts at the first search and is started again after a
// crash; the searches it was running fail, and their roles fall back on the one-step bot.
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { startWorkerFile } from '../workerFile.ts';
import type { Logger } from '../log.ts';
import type { BotPriority } from '../threadPriority.ts';
import type { Outcome, Search, Thinker } from './botSearch.ts';
import { thinkHere } from './botSearch.ts';
import type { Thought, ThoughtControl } from './botThinking.ts';
import { newThought } from './botThinking.ts';
import type { FromThread, ToThread } from './botWorker.ts';

export interface BotThreads {
  think: Thinker;
  /** How many searches the threads are running now (always 0 without threads). */
  readonly running: number;
  /** The threads' heaps after a full collection, in bytes (0 without threads, or before their first search). */
  heapUsed(): Promise<number>;
  close(): Promise<void>;
}

class Thread {
  private worker: Worker | undefined;
  private ids = 0;
  readonly pending = new Map<number, ThoughtControl<unknown>>();
  private heaps = new Map<number, (bytes: number) => void>();

  constructor(
    private log: Pick<Logger, 'error'>,
    private limits: ResourceLimits | undefined,
    private priority: BotPriority,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = startWorkerFile('botWorker', import.meta.url, { resourceLimits: this.limits, workerData: { priority: this.priority } });
    // An idle thread does not keep the process alive.
    w.unref();
    const lost = (why: string) => {
      if (this.worker !== w) return;
      this.worker = undefined;
      const pending = [...this.pending.values()];
      this.pending.clear();
      this.answerHeaps(0);
      if (pending.length) this.log.error('bot.threadLost', { reason: why, searches: pending.length });
      for (const p of pending) p.fail(new Error(`the bot thread stopped (${why})`));
    };
    w.on('message', (m: FromThread) => {
      if ('heap' in m) {
        this.heaps.get(m.heap)?.(m.bytes);
        this.heaps.delete(m.heap);
        return;
      }
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if ('error' in m) return p.fail(new Error(m.error));
      p.measured(m.longestSlice, m.longestSliceCpu);
      p.succeed(m.value);
    });
    w.on('error', (err) => lost(err.message));
    w.on('exit', (code) => lost(`exit code ${code}`));
    this.worker = w;
    return w;
  }

  think<S extends Search>(search: S): Thought<Outcome<S>> {
    const w = this.ensure();
    const id = ++this.ids;
    const t = newThought<Outcome<S>>(() => {
      this.pending.delete(id);
      w.postMessage({ cancel: id } satisfies ToThread);
    });
    this.pending.set(id, t as ThoughtControl<unknown>);
    w.postMessage({ id, search } satisfies ToThread);
    return t.thought;
  }

  heapUsed(): Promise<number> {
    const w = this.worker;
    if (!w) return Promise.resolve(0);
    const id = ++this.ids;
    return new Promise((resolve) => {
      this.heaps.set(id, resolve);
      w.postMessage({ heap: id } satisfies ToThread);
    });
  }

  /** Heap requests still out get `bytes` (0: the thread is gone). */
  private answerHeaps(bytes: number): void {
    for (const h of this.heaps.values()) h(bytes);
    this.heaps.clear();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.answerHeaps(0);
    // The searches still out end as if cancelled.
    for (const p of this.pending.values()) p.succeed(undefined);
    this.pending.clear();
    if (w) await w.terminate();
  }
}

/**
 * `count` bot threads (0: the searches run in this thread); each search goes to the least
 * busy. `limits` bounds each thread's memory (a thread past them dies, and starts again).
 * At `idle` priority (the default) a thread runs only on CPU nobody else wants (BOT_PRIORITY).
 */
export function openBotThreads(count: number, log: Pick<Logger, 'error'>, limits?: ResourceLimits, priority: BotPriority = 'idle'): BotThreads {
  if (count <= 0) return { think: thinkHere, running: 0, heapUsed: async () => 0, close: async () => undefined };
  const threads = Array.from({ length: count }, () => new Thread(log, limits, priority));
  const think: Thinker = (search) => threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)).think(search);
  return {
    think,
    get running() {
      return threads.reduce((n, t) => n + t.pending.size, 0);
    },
    heapUsed: async () => (await Promise.all(threads.map((t) => t.heapUsed()))).reduce((a, b) => a + b, 0),
    close: async () => {
      await Promise.all(threads.map((t) => t.close()));
    },
  };
}
