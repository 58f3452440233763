// The records failing under running matches, with real processes killed with SIGKILL and
// started again (see storeFaults.ts for the story each case tells): SQLite on a full disk
// (a 16 MiB tmpfs filled up) and on a read-only file (`chattr +i`), where this machine
// allows them; SQLite through a failing driver, always; PostgreSQL stopped mid-planning,
// where PostgreSQL is installed.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import type { SqlDriver } from '../../server/records/sqlStore.ts';
import { SQLITE_FILE, sqliteRecordStore } from '../../server/records/sqlite.ts';
import { createLogger } from '../../server/log.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll } from './harness.ts';
import type { TestPostgres } from './postgresServer.ts';
import { findPostgres, startPostgres } from './postgresServer.ts';
import type { GameProcess } from './processes.ts';
import { freePort, startGameServer, stopAll, tempDir } from './processes.ts';
import type { FaultRig } from './storeFaults.ts';
import { storeFaultScenario } from './storeFaults.ts';

const ADMIN = 'operator-secret-for-fault-tests';
const clients: TestClient[] = [];
const cleanups: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  await closeAll(clients);
  // Unmounted (lazily) before stopAll removes the temp dirs.
  for (const c of cleanups.reverse()) await c();
  await stopAll();
});

/** Whether a command works here (containers may forbid mounts or file attributes). */
function can(what: () => void): boolean {
  try {
    what();
    return true;
  } catch {
    return false;
  }
}

const tmpfsProbe = tempDir('tmpfs-probe');
const canMount = can(() => {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', tmpfsProbe], { stdio: 'ignore' });
  execFileSync('umount', [tmpfsProbe], { stdio: 'ignore' });
});
const attrProbe = join(tempDir('chattr-probe'), 'probe');
writeFileSync(attrProbe, 'x');
const canChattr = can(() => {
  execFileSync('chattr', ['+i', attrProbe], { stdio: 'ignore' });
  execFileSync('chattr', ['-i', attrProbe], { stdio: 'ignore' });
});
const postgres = findPostgres();

/** A real server process on `env`'s records; SIGKILLed and started again on the same port. */
function processRig(env: () => Record<string, string>, fault: { inject(): Promise<void>; clear(): Promise<void> }) {
  let proc: GameProcess | undefined;
  let port = 0;
  const rig: FaultRig & { start(): Promise<void> } = {
    start: async () => {
      port ||= await freePort();
      proc = await startGameServer('server', port, { ...env(), RECORDS_ADMIN_TOKEN: ADMIN });
    },
    url: () => proc!.url,
    http: () => proc!.http,
    ...fault,
    crash: async () => {
      proc!.kill('SIGKILL');
      await proc!.exited;
    },
    restart: () => rig.start(),
    record: async (matchId) => {
      const res = await fetch(`${proc!.http}/api/records/${matchId}`, { headers: { authorization: `Bearer ${ADMIN}` } });
      if (res.status !== 200) throw new Error(`GET /api/records/${matchId}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { record: Awaited<ReturnType<FaultRig['record']>> }).record;
    },
  };
  return rig;
}

/** Fill the file system of `dir` to the last byte. */
function fillUp(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1 << 20, 4096, 1]) {
      const chunk = Buffer.alloc(size);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!canMount)(`SQLite on a full disk${canMount ? '' : ' (skipped: this machine cannot mount a tmpfs)'}`, () => {
  for (const ending of ['clears', 'killed'] as const) {
    it(`a 16 MiB tmpfs filled up, then ${ending === 'clears' ? 'freed, then SIGKILL' : 'SIGKILL while full'}: every acknowledged change is back, every other one was refused or never answered`, async () => {
      const disk = tempDir('full-disk');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', disk]);
      cleanups.push(() => void can(() => execFileSync('umount', ['-l', disk])));
      const filler = join(disk, 'filler');
      const rig = processRig(() => ({ DATA_DIR: join(disk, 'data') }), {
        inject: async () => fillUp(filler),
        clear: async () => unlinkSync(filler),
      });
      await rig.start();
      await storeFaultScenario(rig, ending, clients);
    }, 120_000);
  }
});

describe.skipIf(!canChattr)(`SQLite on a read-only file${canChattr ? '' : ' (skipped: this machine cannot set chattr +i)'}`, () => {
  it('the database and its WAL made immutable mid-planning, SIGKILL while they are: every acknowledged change is back', async () => {
    const dir = tempDir('read-only');
    // Not the -shm file: SQLite maps it into memory, and a write to it would crash the process.
    const files = [SQLITE_FILE, `${SQLITE_FILE}-wal`].map((f) => join(dir, f));
    const attr = (flag: string) => execFileSync('chattr', [flag, ...files]);
    cleanups.push(() => void can(() => attr('-i')));
    const rig = processRig(() => ({ DATA_DIR: dir }), { inject: async () => void attr('+i'), clear: async () => void attr('-i') });
    await rig.start();
    await storeFaultScenario(rig, 'killed', clients);
  }, 120_000);
});

describe('SQLite through a failing driver (any machine)', () => {
  for (const ending of ['clears', 'killed'] as const) {
    it(`writes fail, then ${ending === 'clears' ? 'work again' : 'the store is abandoned as a crash would'}: what a restart finds is exactly what was acknowledged`, async () => {
      const dir = tempDir('driver-fault');
      let failing = false;
      /** Crashed: this store never writes again (a new one reads the file). */
      let dead = false;
      const faulty = (d: SqlDriver): SqlDriver => ({
        ...d,
        writeNow: (stmts) => {
          if (failing || dead) throw Object.assign(new Error('disk I/O error (injected)'), { code: 'SQLITE_IOERR_WRITE' });
          d.writeNow!(stmts);
        },
      });
      const log = createLogger({ level: 'silent', pretty: false, write: () => undefined });
      const records = sqliteRecordStore(dir, log, faulty);
      let server: TestServer | undefined = await bootServer({ records });
      const stop = async () => {
        failing = dead = false;
        await server?.close();
        server = undefined;
        await records.close();
      };
      cleanups.push(stop);
      await storeFaultScenario(
        {
          url: () => server!.url,
          http: () => server!.http,
          inject: async () => void (failing = true),
          clear: async () => void (failing = false),
          // A crash: nothing more is written by this store; a new one opens the file as a restarted process would.
          crash: async () => {
            if (!failing) await records.flush();
            dead = true;
          },
          record: async (matchId) => {
            const fresh = sqliteRecordStore(dir, log);
            try {
              return (await fresh.get(matchId))!;
            } finally {
              await fresh.close();
            }
          },
        },
        ending,
        clients,
      );
      await closeAll(clients);
      await stop();
    }, 120_000);
  }
});

describe.skipIf('missing' in postgres)(`PostgreSQL stopped mid-planning${'missing' in postgres ? ` (skipped: ${postgres.missing})` : ''}`, () => {
  let pg: TestPostgres | undefined;
  cleanups.push(async () => pg?.stop());
  for (const ending of ['clears', 'killed'] as const) {
    it(`the database server stopped, then ${ending === 'clears' ? 'started again, then SIGKILL' : 'SIGKILL while it is down'}: every acknowledged change is back`, async () => {
      pg ??= await startPostgres((postgres as { bin: string }).bin);
      const url = await pg.newDatabase();
      const rig = processRig(() => ({ DATABASE_URL: url, DATA_DIR: tempDir('unused') }), { inject: () => pg!.halt(), clear: () => pg!.resume() });
      await rig.start();
      await storeFaultScenario(rig, ending, clients);
    }, 120_000);
  }
});
