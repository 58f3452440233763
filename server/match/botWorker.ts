// A bot thread (botThreads.ts): it runs the searches it is given, sharing its time among
// them in slices (botThinking.ts) so that a cancel or a new search is read between two
// slices, and posts each outcome back. It sees only what a search carries: one seat's view.
import v8 from 'node:v8';
import vm from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { Thought } from './botThinking.ts';
import type { Search } from './botSearch.ts';
import { thinkHere } from './botSearch.ts';

export type ToThread = { id: number; search: Search } | { cancel: number } | { heap: number };
export type FromThread = { id: number; value: unknown; longestSlice: number; longestSliceCpu: number } | { id: number; error: string } | { heap: number; bytes: number };

const port = parentPort!;
const running = new Map<number, Thought<unknown>>();

/** The thread's heap after a full collection (the load bench counts it in the memory per class). */
function heapAfterGc(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

port.on('message', (m: ToThread) => {
  if ('heap' in m) {
    port.postMessage({ heap: m.heap, bytes: heapAfterGc() } satisfies FromThread);
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
