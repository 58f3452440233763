// A bot thread (botThreads.ts): it runs the searches it is given, sharing its time among
// them in slices (botThinking.ts) so that a cancel or a new search is read between two
// slices, and posts each outcome back. It sees only what a search carries: one seat's view.
import { parentPort, workerData } from 'node:worker_threads';
import { heapAfterGc } from '../heap.ts';
import type { BotPriority } from '../threadPriority.ts';
import { lowerThisThread } from '../threadPriority.ts';
import type { Thought } from './botThinking.ts';
import type { Search } from './botSearch.ts';
import { thinkHere } from './botSearch.ts';

export type ToThread = { id: number; search: Search } | { cancel: number } | { heap: number };
export type FromThread = { id: number; value: unknown; longestSlice: number; longestSliceCpu: number } | { id: number; error: string } | { heap: number; bytes: number };

const port = parentPort!;
// Players first: the searches take only the CPU the event loop leaves (threadPriority.ts).
lowerThisThread((workerData as { priority?: BotPriority } | undefined)?.priority ?? 'normal');
const running = new Map<number, Thought<unknown>>();

port.on('message', (m: ToThread) => {
  if ('heap' in m) {
    // The load bench counts the searches' worlds, which live here, in the server's memory.
    void heapAfterGc().then((bytes) => port.postMessage({ heap: m.heap, bytes } satisfies FromThread));
    return;
  }
  if ('cancel' in m) {
    running.get(m.cancel)?.cancel();
    running.delete(m.cancel);
    return;
  }
  const thought = thinkHere(m.search);
  running.set(m.id, thought);
  thought.done.then(
    (value) => {
      // A cancelled search has nobody waiting for it.
      if (!running.delete(m.id)) return;
      port.postMessage({ id: m.id, value, longestSlice: thought.longestSlice, longestSliceCpu: thought.longestSliceCpu } satisfies FromThread);
    },
    (err: unknown) => {
      running.delete(m.id);
      port.postMessage({ id: m.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromThread);
    },
  );
});
