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

/** What the calling thread got: the idle policy, the lowest nice, or no change (not Linux, or `normal`). */
export type Lowered = 'idle' | 'nice' | 'unchanged';

/** The calling thread's own id, on Linux. */
export function threadId(): number | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

/** Lowers the calling thread's scheduling priority (never the process's). */
export function lowerThisThread(priority: BotPriority): Lowered {
  const tid = priority === 'idle' ? threadId() : undefined;
  if (tid === undefined) return 'unchanged';
  try {
    setPriority(tid, 19);
  } catch {
    return 'unchanged';
  }
  try {
    execFileSync('chrt', ['--idle', '-p', '0', String(tid)], { stdio: 'ignore', timeout: 5000 });
    return 'idle';
  } catch {
    return 'nice';
  }
}
