// Which record store a server uses: PostgreSQL when DATABASE_URL is set, otherwise the
// SQLite file in DATA_DIR, otherwise (tests) a throwaway SQLite database in memory.
import type { Logger } from '../log.ts';
import { sqliteRecordStore } from './sqlite.ts';
import type { RecordStore } from './types.ts';

export interface RecordSettings {
  dataDir?: string;
  databaseUrl?: string;
}

export async function openRecordStore(s: RecordSettings, log: Logger): Promise<RecordStore> {
  // pg is loaded only by a server that uses it (it would weigh on every idle process).
  if (s.databaseUrl) return (await import('./postgres.ts')).postgresRecordStore(s.databaseUrl, log);
  return sqliteRecordStore(s.dataDir ?? ':memory:', log);
}
