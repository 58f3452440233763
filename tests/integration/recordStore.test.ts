// One repository suite, two databases: SQLite in a temp dir and a real PostgreSQL server
// started for the test (skipped, saying why, only where its binaries are absent).
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createLogger } from '../../server/log.ts';
import { postgresRecordStore } from '../../server/records/postgres.ts';
import { SQLITE_FILE, sqliteRecordStore } from '../../server/records/sqlite.ts';
import type { TestPostgres } from './postgresServer.ts';
import { findPostgres, startPostgres } from './postgresServer.ts';
import { stopAll, tempDir } from './processes.ts';
import { recordStoreSuite } from './recordStoreSuite.ts';

const log = createLogger({ level: (process.env.TEST_LOG_LEVEL ?? 'silent') as 'silent', pretty: true, write: (l) => process.stderr.write(l + '\n') });
const NEWER = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', 0)";

afterAll(stopAll);

describe('SQLite record store', () => {
  const dir = tempDir('sqlite');
  recordStoreSuite({
    open: async () => sqliteRecordStore(dir, log),
    markNewerSchema: async () => {
      const db = new Database(join(dir, SQLITE_FILE));
      db.prepare(NEWER).run();
      db.close();
    },
  });
});

const postgres = findPostgres();
describe.skipIf('missing' in postgres)(`PostgreSQL record store${'missing' in postgres ? ` (skipped: ${postgres.missing})` : ''}`, () => {
  let server: TestPostgres;
  let url: string;
  beforeAll(async () => {
    server = await startPostgres((postgres as { bin: string }).bin);
    url = await server.newDatabase();
  }, 120_000);
  afterAll(async () => server?.stop());
  recordStoreSuite({
    open: () => postgresRecordStore(url, log, 4),
    markNewerSchema: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(NEWER);
      await c.end();
    },
  });
});
