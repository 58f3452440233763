// Real server processes for the crash, shutdown and scale-out tests: `node --import tsx
// server/main.ts` (one process, so that SIGKILL really kills the server), on a free
// loopback port, with its output kept for the failure message. Every process started
// here is killed by stopAll() if a test left it running.
import type { ChildProcess } from 'node:child_process';
import { LOOSE_GUARDS_ENV } from '../../server/config.ts';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const running = new Set<Spawned>();
const tempDirs = new Set<string>();

/** A free TCP port on 127.0.0.1 (closed again at once; the caller binds it next). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sahel-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

export class Spawned {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private proc: ChildProcess;

  constructor(
    readonly label: string,
    command: string,
    args: string[],
    env: Record<string, string>,
    options: { cwd?: string; uid?: number; gid?: number } = {},
  ) {
    this.proc = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], uid: options.uid, gid: options.gid });
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) this.output.push(line);
      if (this.output.length > 2000) this.output.splice(0, this.output.length - 2000);
      for (const w of [...this.waiters]) w();
    };
    this.proc.stdout!.on('data', keep);
    this.proc.stderr!.on('data', keep);
    running.add(this);
    this.exited = new Promise((resolve) =>
      this.proc.once('exit', (code, signal) => {
        running.delete(this);
        for (const w of [...this.waiters]) w();
        resolve({ code, signal });
      }),
    );
  }

  get pid(): number {
    return this.proc.pid!;
  }

  get alive(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  kill(signal: NodeJS.Signals): void {
    if (this.alive) this.proc.kill(signal);
  }

  private waiters = new Set<() => void>();

  /** Resolves when a line of output matches; fails if the process exits first or time runs out. */
  waitForLine(what: string, test: (line: string) => boolean, timeoutMs = 60_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const line = this.output.find(test);
        if (line !== undefined) return done(() => resolve(line));
        if (!this.alive) done(() => reject(new Error(`${this.label} exited before ${what}:\n${this.tail()}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`${this.label}: timed out waiting for ${what}:\n${this.tail()}`))), timeoutMs);
      const done = (f: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        f();
      };
      this.waiters.add(check);
      check();
    });
  }

  tail(lines = 40): string {
    return this.output.slice(-lines).join('\n');
  }
}

export interface GameProcess extends Spawned {
  port: number;
  url: string;
  http: string;
}

/** `npm start`'s entry, without the client build, logging JSON lines at info level. */
export async function startGameServer(label: string, port: number, env: Record<string, string>): Promise<GameProcess> {
  const p = new Spawned(label, process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    PORT: String(port),
    HOST: '127.0.0.1',
    SKIP_CLIENT_BUILD: '1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    NODE_ENV: 'production',
    ...LOOSE_GUARDS_ENV,
    ...env,
  }) as GameProcess;
  Object.assign(p, { port, url: `ws://127.0.0.1:${port}`, http: `http://127.0.0.1:${port}` });
  await p.waitForLine('listening', (l) => l.includes('"server.listening"'), 90_000);
  return p;
}

/** The JSON log lines of one event. */
export function logEvents(p: Spawned, event: string): Record<string, unknown>[] {
  return p.output.filter((l) => l.includes(`"event":"${event}"`)).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Kill every process still running and remove every temp dir (afterAll). */
export async function stopAll(): Promise<void> {
  const left = [...running];
  for (const p of left) p.kill('SIGKILL');
  await Promise.all(left.map((p) => p.exited));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}
