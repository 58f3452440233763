// A throwaway PostgreSQL server for the tests: initdb into a temp dir, then `postgres` on a
// free loopback port, with fsync off. PostgreSQL refuses to run as root, so under root it
// runs as the `postgres` system user that Debian's package creates. Nothing touches the
// system's own cluster or services.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { freePort, Spawned, tempDir } from './processes.ts';

/** The newest PostgreSQL binaries on this machine (PG_BIN_DIR to choose), or why there are none. */
export function findPostgres(): { bin: string } | { missing: string } {
  const candidates = process.env.PG_BIN_DIR
    ? [process.env.PG_BIN_DIR]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  const bin = candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'postgres')));
  return bin ? { bin } : { missing: 'no PostgreSQL server binaries (initdb, postgres) under /usr/lib/postgresql/*/bin or PG_BIN_DIR; `.ci/run` installs them' };
}

export interface TestPostgres {
  /** A URL for a fresh, empty database on the server. */
  newDatabase(): Promise<string>;
  /** Stop the database server as an outage would (its data stays); `resume()` starts it again on the same port. */
  halt(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
}

function runAsUser(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startPostgres(bin: string): Promise<TestPostgres> {
  const dir = tempDir('pg');
  const data = join(dir, 'data');
  const user = runAsUser();
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'], { cwd: dir, ...user, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed (${init.status}): ${init.stderr || init.error}`);
  const port = await freePort();
  const run = async () => {
    const p = new Spawned(
      'postgres',
      join(bin, 'postgres'),
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      {},
      { cwd: dir, ...user },
    );
    await p.waitForLine('ready', (l) => l.includes('ready to accept connections'), 60_000);
    return p;
  };
  let server = await run();
  const halt = async () => {
    server.kill('SIGINT'); // PostgreSQL's "fast" shutdown
    await server.exited;
  };
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let n = 0;
  return {
    newDatabase: async () => {
      const name = `sahel_${process.pid}_${++n}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    },
    halt,
    resume: async () => {
      server = await run();
    },
    stop: halt,
  };
}
