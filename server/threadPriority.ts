// Players before bots: a bot thread steps back whenever the players' event loop (or anything
// else on the machine) wants a core, and takes every core left idle. On Linux a thread's
// scheduling is its own (its id stands for it where a process id is expected), so the thread
// lowers itself: the idle policy if util-linux's `chrt` is there (a waking thread takes the
// core at once), else the lowest nice (it still shares a core a little). Elsewhere it keeps
// the process's priority.
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

export const BOT_PRIORITIES = ['idle', 'normal'] as const;
export type BotPriority = (typeof BOT_PRIORITIES)[number];

/** The calling thread's own id, on Linux. */
function threadId(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

/** Lowers the calling thread's scheduling priority (never the process's). */
export function lowerThisThread(priority: BotPriority): void {
  const tid = priority === 'idle' ? threadId() : undefined;
  if (tid === undefined) return;
  try {
    setPriority(tid, 19);
    execFileSync('chrt', ['--idle', '-p', '0', String(tid)], { stdio: 'ignore', timeout: 5000 });
  } catch {
    // No chrt (the thread keeps nice 19), or not even that: it keeps the process's priority.
  }
}
