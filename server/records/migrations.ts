// Versioned schema migrations, the same SQL for SQLite and PostgreSQL. Each store applies
// the ones its database lacks at start, each in its own transaction, and notes it in
// schema_migrations. Never edit a migration that has shipped: add the next version.
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** Bookkeeping of applied versions; created before anything else. */
export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;

// Types both databases read alike: TEXT (JSON bodies too, so that they round-trip byte
// for byte), INTEGER (32-bit values, 0/1 flags), BIGINT (ms timestamps).
const cascade = 'REFERENCES matches (match_id) ON DELETE CASCADE';

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'match records, live snapshots, server heartbeats',
    statements: [
      `CREATE TABLE matches (
        match_id TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        owner TEXT NOT NULL,
        title TEXT NOT NULL,
        listed INTEGER NOT NULL,
        options TEXT NOT NULL,
        seed BIGINT NOT NULL,
        creator_hash TEXT,
        created_at BIGINT NOT NULL,
        started_at BIGINT,
        ended_at BIGINT,
        end_kind TEXT,
        outcome TEXT,
        initial_state TEXT,
        turns_played INTEGER NOT NULL DEFAULT 0
      )`,
      'CREATE INDEX matches_by_end ON matches (end_kind, ended_at)',
      'CREATE INDEX matches_unfinished ON matches (owner, code) WHERE ended_at IS NULL',
      'CREATE INDEX matches_by_creator ON matches (creator_hash)',
      `CREATE TABLE live_matches (
        match_id TEXT PRIMARY KEY ${cascade},
        saved_at BIGINT NOT NULL,
        snapshot TEXT NOT NULL
      )`,
      `CREATE TABLE seat_events (
        match_id TEXT NOT NULL ${cascade},
        seq INTEGER NOT NULL,
        at BIGINT NOT NULL,
        player_id TEXT NOT NULL,
        nickname TEXT NOT NULL,
        seat TEXT NOT NULL,
        seat_change TEXT NOT NULL,
        PRIMARY KEY (match_id, seq)
      )`,
      `CREATE TABLE draft_events (
        match_id TEXT NOT NULL ${cascade},
        seq INTEGER NOT NULL,
        at BIGINT NOT NULL,
        turn INTEGER NOT NULL,
        role TEXT NOT NULL,
        by_name TEXT NOT NULL,
        entries TEXT NOT NULL,
        ready INTEGER NOT NULL,
        PRIMARY KEY (match_id, seq)
      )`,
      `CREATE TABLE chat_messages (
        match_id TEXT NOT NULL ${cascade},
        id INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        channel TEXT NOT NULL,
        at BIGINT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (match_id, id)
      )`,
      `CREATE TABLE proposals (
        match_id TEXT NOT NULL ${cascade},
        id INTEGER NOT NULL,
        turn INTEGER NOT NULL,
        status TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (match_id, id)
      )`,
      `CREATE TABLE turns (
        match_id TEXT NOT NULL ${cascade},
        turn INTEGER NOT NULL,
        resolved_at BIGINT NOT NULL,
        record TEXT NOT NULL,
        state TEXT NOT NULL,
        PRIMARY KEY (match_id, turn)
      )`,
      `CREATE TABLE servers (
        server_id TEXT PRIMARY KEY,
        alive_at BIGINT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'final state and early end (a teacher ending a classroom match)',
    statements: ['ALTER TABLE matches ADD COLUMN final_state TEXT', 'ALTER TABLE matches ADD COLUMN ended_early INTEGER NOT NULL DEFAULT 0'],
  },
  {
    version: 3,
    name: "knowledge check answers (each student's latest choice per question), team memos, participation, grades",
    statements: [
      `CREATE TABLE check_answers (
        match_id TEXT NOT NULL ${cascade},
        player_id TEXT NOT NULL,
        stage TEXT NOT NULL,
        question TEXT NOT NULL,
        choice TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (match_id, player_id, stage, question)
      )`,
      `CREATE TABLE team_memos (
        match_id TEXT NOT NULL ${cascade},
        role TEXT NOT NULL,
        updated_at BIGINT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (match_id, role)
      )`,
      'ALTER TABLE matches ADD COLUMN memos_revealed_at BIGINT',
      'ALTER TABLE matches ADD COLUMN participation TEXT',
      'ALTER TABLE matches ADD COLUMN grades TEXT',
    ],
  },
  {
    version: 4,
    name: 'draft changes say which student made them and what they count (a restore counts them again without a live snapshot)',
    statements: [
      'ALTER TABLE draft_events ADD COLUMN player_id TEXT',
      'ALTER TABLE draft_events ADD COLUMN counted TEXT',
      'ALTER TABLE draft_events ADD COLUMN orders_added INTEGER NOT NULL DEFAULT 0',
    ],
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/** The migrations still to apply; refuses a database written by a newer version of the server. */
export function pendingMigrations(applied: readonly number[], where: string): Migration[] {
  const newest = Math.max(0, ...applied);
  if (newest > LATEST_VERSION) {
    throw new Error(`The records database (${where}) has schema version ${newest}, newer than this server knows (${LATEST_VERSION}); run a newer server or another database.`);
  }
  return MIGRATIONS.filter((m) => !applied.includes(m.version));
}
