// The record store on PostgreSQL (DATABASE_URL=postgres://…): a `pg` Pool, the same
// schema and SQL as SQLite. Writes of each match go through an ordered queue; the
// migrations run under an advisory lock so that several servers starting together
// apply each version once.
import pg from 'pg';
import type { Logger } from '../log.ts';
import { MIGRATIONS_TABLE, pendingMigrations } from './migrations.ts';
import type { Row, SqlDriver, Stmt } from './sqlStore.ts';
import { SqlRecordStore } from './sqlStore.ts';

/** Any constant: the key of the advisory lock held while migrating. */
const MIGRATION_LOCK = 714_2025;

/** `?` placeholders as PostgreSQL's `$1, $2, …` (the SQL here never has `?` in literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The URL without its password, for logs and errors. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

export async function postgresRecordStore(url: string, log: Logger, poolSize = 10): Promise<SqlRecordStore> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle client losing its connection must not crash the server; the pool replaces it.
  pool.on('error', (error) => log.warn('records.poolError', { error }));
  try {
    await migrate(pool, redactUrl(url));
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`Could not open the PostgreSQL records at ${redactUrl(url)}: ${(error as Error).message}`, { cause: error });
  }
  log.info('records.opened', { store: 'postgres', url: redactUrl(url) });
  return new SqlRecordStore(postgresDriver(pool), log);
}

async function migrate(pool: pg.Pool, where: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(MIGRATIONS_TABLE);
    const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version);
    for (const m of pendingMigrations(applied, where)) {
      await client.query('BEGIN');
      try {
        for (const sql of m.statements) await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, Date.now()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}

function postgresDriver(pool: pg.Pool): SqlDriver {
  return {
    kind: 'postgres',
    write: async (stmts: Stmt[]) => {
      if (stmts.length === 1) {
        await pool.query(numbered(stmts[0].sql), stmts[0].params);
        return;
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        for (const s of stmts) await client.query(numbered(s.sql), s.params);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    query: async (sql, params = []) => (await pool.query(numbered(sql), params)).rows as Row[],
    close: () => pool.end(),
  };
}
