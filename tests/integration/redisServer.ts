// A throwaway redis-server for the tests: on a free loopback port, nothing saved to disk
// (a restart comes back empty, as a cache server restarted without persistence would).
// `halt()` stops it as an outage would; `resume()` starts it again on the same port.
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { freePort, Spawned } from './processes.ts';

export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find(existsSync);

export interface TestRedis {
  port: number;
  url: string;
  halt(): Promise<void>;
  resume(): Promise<void>;
  /** Sends one command line (inline protocol) and returns the raw reply. */
  command(line: string): Promise<string>;
}

/** Redis answers PING (it may accept connections a moment before it is ready). */
export async function redisPing(port: number): Promise<boolean> {
  return (await rawCommand(port, 'PING').catch(() => '')).startsWith('+PONG');
}

function rawCommand(port: number, line: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => s.write(`${line}\r\n`));
    let got = '';
    s.setTimeout(2000, () => (s.destroy(), resolve(got)));
    // Replies here are small: the first chunk, and whatever follows within a moment.
    s.on('data', (d) => {
      got += d.toString();
      setTimeout(() => (s.destroy(), resolve(got)), 50);
    });
    s.on('error', reject);
  });
}

export async function startRedis(): Promise<TestRedis> {
  if (!REDIS_SERVER) throw new Error('no redis-server on this machine');
  const port = await freePort();
  const run = async () => {
    const p = new Spawned('redis', REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {});
    await p.waitForLine('ready', (l) => l.includes('Ready to accept connections'), 30_000);
    for (let i = 0; i < 50 && !(await redisPing(port)); i++) await new Promise((r) => setTimeout(r, 100));
    return p;
  };
  let server = await run();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    halt: async () => {
      server.kill('SIGKILL');
      await server.exited;
    },
    resume: async () => {
      server = await run();
    },
    command: (line) => rawCommand(port, line),
  };
}
