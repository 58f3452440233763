// The embedded record store: one SQLite file in DATA_DIR (created with the folder on
// first start), WAL mode, prepared statements cached by SQL text. Writes run at once
// and synchronously, so anything a player was told is accepted is already on disk
// (synchronous=NORMAL: safe against a killed process; an OS crash may lose the last
// transactions). The WAL's checkpoints, which wait for the disk, run on a thread of their
// own (checkpoints.ts). ':memory:' gives a throwaway store (tests, no DATA_DIR).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../log.ts';
import { Checkpoints, leaveCheckpointsToThread } from './checkpoints.ts';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations.ts';
import type { Row, SqlDriver, Stmt } from './sqlStore.ts';
import { SqlRecordStore } from './sqlStore.ts';

export const SQLITE_FILE = 'sahel-standoff.sqlite';

/** `driver` may wrap the file's driver (tests inject write faults through it). */
export function sqliteRecordStore(dataDir: string | ':memory:', log: Logger, driver: (d: SqlDriver) => SqlDriver = (d) => d): SqlRecordStore {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(resolve(dataDir), SQLITE_FILE);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Several processes on one machine may share the file; wait for a lock rather than fail.
  db.pragma('busy_timeout = 5000');
  migrate(db, file);
  const checkpoints = file === ':memory:' ? undefined : new Checkpoints(file, log);
  if (checkpoints) leaveCheckpointsToThread(db);
  log.info('records.opened', { store: 'sqlite', file });
  return new SqlRecordStore(driver(sqliteDriver(db, checkpoints)), log);
}

function migrate(db: Database.Database, where: string): void {
  db.exec(MIGRATIONS_TABLE);
  // IMMEDIATE takes the write lock first, so two processes starting together migrate once.
  db.transaction(() => {
    const applied = db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[];
    for (const m of pendingMigrations(
      applied.map((r) => r.version),
      where,
    )) {
      for (const sql of m.statements) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, Date.now());
    }
  }).immediate();
}

function sqliteDriver(db: Database.Database, checkpoints: Checkpoints | undefined): SqlDriver {
  const cache = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = cache.get(sql);
    if (s) return s;
    // Bounded: the few SQL texts built on the fly (paging, batch deletes) must not pile up.
    if (cache.size >= 500) cache.clear();
    cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const runAll = db.transaction((stmts: Stmt[]) => {
    for (const s of stmts) prepared(s.sql).run(...(s.params as unknown[]));
  });
  const writeNow = (stmts: Stmt[]) => {
    runAll(stmts);
    checkpoints?.committed();
  };
  return {
    kind: 'sqlite',
    writeNow,
    write: async (stmts) => writeNow(stmts),
    query: async (sql, params = []) => {
      const s = prepared(sql);
      if (s.reader) return s.all(...params) as Row[];
      s.run(...params);
      return [];
    },
    close: async () => {
      // The thread first: the last connection to close checkpoints the rest and removes the WAL.
      await checkpoints?.close();
      if (db.open) db.close();
    },
  };
}
