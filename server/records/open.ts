// Which record store a server uses: PostgreSQL when DATABASE_URL is set, otherwise the
// SQLite file in DATA_DIR, otherwise (tests) a throwaway SQLite database in memory.
import type { Logger } from '../log.ts';
import { postgresRecordStore } from './postgres.ts';
import { sqliteRecordStore } from './sqlite.ts';
import type { RecordStore } from './types.ts';

export interface RecordSettings {
  dataDir?: string;
  databaseUrl?: string;
}

export async function openRecordStore(s: RecordSettings, log: Logger): Promise<RecordStore> {
  if (s.databaseUrl) return postgresRecordStore(s.databaseUrl, log);
  return sqliteRecordStore(s.dataDir ?? ':memory:', log);
}
