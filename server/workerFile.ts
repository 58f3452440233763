// Starting one of the server's own threads (the bots' searches, SQLite's checkpoints): the
// compiled file in production, the TypeScript file through tsx in tests and benchmarks.
import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';

/** The thread file `name` beside the caller (`import.meta.url`), compiled or not as the caller is. */
export function startWorkerFile(name: string, caller: string, options: WorkerOptions = {}): Worker {
  const url = new URL(`./${name}${caller.endsWith('.ts') ? '.ts' : '.js'}`, caller);
  if (url.pathname.endsWith('.js')) return new Worker(url, options);
  const load = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(load, { ...options, eval: true });
}
