// The checkpoint thread of a SQLite record store (checkpoints.ts): on each request it copies
// the pages the WAL holds into the database file, with the disk syncs that takes, on a
// connection of its own, so that the event loop never waits for them.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** SQLite's answer: pages in the WAL, pages of it now in the database file, and whether a reader or writer kept it from finishing. */
export interface Checkpointed {
  busy: number;
  log: number;
  checkpointed: number;
}

export type ToCheckpointer = { id: number } | { close: true };
export type FromCheckpointer = ({ id: number } & Checkpointed) | { id: number; error: string };

const port = parentPort!;
const db = new Database((workerData as { file: string }).file);
db.pragma('synchronous = NORMAL');

port.on('message', (m: ToCheckpointer) => {
  if ('close' in m) {
    db.close();
    port.close();
    return;
  }
  try {
    // PASSIVE: copies what no reader still needs, and neither waits for nor blocks a writer.
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as Checkpointed[];
    port.postMessage({ id: m.id, ...r } satisfies FromCheckpointer);
  } catch (error) {
    port.postMessage({ id: m.id, error: (error as Error).message } satisfies FromCheckpointer);
  }
});
