// A thread's memory after full collections: the benchmarks' memory rows read it, and so do
// the bot threads when the load bench asks for their share. `gc` is exposed at run time,
// so no node flag is needed.
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | undefined;

function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** This thread's V8 heap in use plus the memory its objects hold outside it (buffers), after full collections. */
export async function heapAfterGc(): Promise<number> {
  gc ??= collector();
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}
