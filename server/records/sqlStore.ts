// The record store over SQL, written once for both databases: a driver says how to run
// statements (SQLite at once and synchronously, PostgreSQL through an ordered queue per
// match), this file says what to write and how to read it back.
import type { GameState, Outcome } from '../../shared/index.ts';
import type { CheckAnswer } from '../../shared/check/index.ts';
import type { Grades } from '../../shared/grades/index.ts';
import type { ChatMessage, MatchOptions, Memo, Proposal, StudentActivity, TurnRecord } from '../../shared/protocol/index.ts';
import type { Logger } from '../log.ts';
import type {
  DeleteResult,
  DraftChange,
  LiveSnapshot,
  MatchHeader,
  MatchLog,
  MatchRecord,
  MatchSummary,
  RecordStore,
  SeatRecord,
  StoredMatch,
  SummaryQuery,
  TurnEntry,
} from './types.ts';
import type { StoreHealth } from './health.ts';
import { WriteHealth } from './health.ts';
import { TickBatch } from './tickBatch.ts';
import { metrics } from '../metrics.ts';
import { WriteQueue } from './writeQueue.ts';

export interface Stmt {
  sql: string;
  params: unknown[];
}

export type Row = Record<string, unknown>;

/** SQL uses `?` placeholders; the PostgreSQL driver numbers them. */
export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** Synchronous drivers write a batch at once (see tickBatch.ts), so that an acknowledged change is already on disk. */
  writeNow?(stmts: Stmt[]): void;
  /** Statements in one transaction. */
  write(stmts: Stmt[]): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

const CHILD_TABLES = ['team_memos', 'check_answers', 'live_matches', 'seat_events', 'draft_events', 'chat_messages', 'proposals', 'turns'];
const json = (v: unknown) => JSON.stringify(v);
const parse = <T>(v: unknown): T => JSON.parse(String(v)) as T;
/** PostgreSQL returns BIGINT as a string. */
const num = (v: unknown): number => Number(v);
const stmt = (sql: string, ...params: unknown[]): Stmt => ({ sql, params });

/** A draft log line as the record shows it. */
const draftOf = (r: Row): DraftChange => ({ turn: num(r.turn), role: r.role as DraftChange['role'], at: num(r.at), by: String(r.by_name), entries: parse(r.entries), ready: num(r.ready) === 1 });

/** What a draft log line counted for its student, if anything (read back for a restore only). */
function studentOf(r: Row): Pick<DraftChange, 'student'> {
  if (r.player_id === null || r.player_id === undefined) return {};
  const playerId = String(r.player_id);
  if (r.counted === 'ready') return { student: { playerId, kind: 'ready' } };
  if (r.counted === 'edit') return { student: { playerId, kind: 'edit', ordersAdded: num(r.orders_added) } };
  return {};
}

/** The same driver, its writes timed into the record-write histogram (/metrics). */
function timedWrites(driver: SqlDriver): SqlDriver {
  const { kind } = driver;
  const writeNow = driver.writeNow?.bind(driver);
  const write = driver.write.bind(driver);
  return {
    kind,
    ...(writeNow
      ? {
          writeNow: (stmts: Stmt[]) => {
            const start = process.hrtime.bigint();
            try {
              writeNow(stmts);
            } finally {
              metrics.recordWritten(kind, start);
            }
          },
        }
      : {}),
    write: async (stmts) => {
      const start = process.hrtime.bigint();
      try {
        await write(stmts);
      } finally {
        metrics.recordWritten(kind, start);
      }
    },
    query: (sql, params) => driver.query(sql, params),
    close: () => driver.close(),
  };
}

export class SqlRecordStore implements RecordStore {
  private busy = new Set<WriteQueue>();
  /** For a synchronous driver: writes gathered over a turn of the event loop. */
  private batch?: TickBatch;
  private db: SqlDriver;
  private writeHealth: WriteHealth;
  /** The heartbeat's own place in the health: it fails and recovers apart from match writes. */
  private heartbeatSource = {};

  constructor(
    driver: SqlDriver,
    private log: Logger,
  ) {
    driver = timedWrites(driver);
    this.writeHealth = new WriteHealth(log);
    const writeNow = driver.writeNow?.bind(driver);
    if (!writeNow) {
      this.db = driver;
      return;
    }
    const batch = (this.batch = new TickBatch(writeNow, log, this.writeHealth));
    // Whatever is read or written otherwise sees every queued write first.
    this.db = {
      kind: driver.kind,
      writeNow,
      write: async (stmts) => {
        batch.writeQueued();
        await driver.write(stmts);
      },
      query: async (sql, params) => {
        batch.writeQueued();
        return driver.query(sql, params);
      },
      close: async () => {
        batch.writeQueued();
        await driver.close();
      },
    };
  }

  get kind() {
    return this.db.kind;
  }

  get health(): StoreHealth {
    return this.writeHealth;
  }

  open(header: MatchHeader, owner: string): MatchLog {
    const o = header.options;
    const log = this.matchLog(header.matchId, 0, 0);
    log.push([
      stmt(
        'INSERT INTO matches (match_id, code, owner, title, listed, options, seed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        header.matchId,
        header.code,
        owner,
        o.title,
        o.public ? 1 : 0,
        json(o),
        header.seed,
        header.createdAt,
      ),
    ]);
    return log.api;
  }

  resume(stored: StoredMatch): MatchLog {
    return this.matchLog(stored.header.matchId, stored.seatCount, stored.draftCount).api;
  }

  /** One match's writer: numbering of its seat and draft logs, and its queue (if the driver needs one). */
  private matchLog(matchId: string, seats: number, drafts: number) {
    const db = this.db;
    const batch = this.batch;
    const queue = batch ? undefined : new WriteQueue(this.log, matchId, this.busy, this.writeHealth);
    let ended = false;
    const push = (stmts: Stmt[]) => {
      if (queue) queue.push({ run: () => db.write(stmts), live: false });
      else batch!.push(stmts);
    };
    const api: MatchLog = {
      matchId,
      health: this.writeHealth,
      creator: (hash) => push([stmt('UPDATE matches SET creator_hash = ? WHERE match_id = ?', hash, matchId)]),
      options: (o: MatchOptions, seed: number) =>
        push([stmt('UPDATE matches SET options = ?, seed = ?, title = ?, listed = ? WHERE match_id = ?', json(o), seed, o.title, o.public ? 1 : 0, matchId)]),
      started: (initial: GameState, at: number) => push([stmt('UPDATE matches SET initial_state = ?, started_at = ? WHERE match_id = ?', json(initial), at, matchId)]),
      seat: (e: SeatRecord) =>
        push([
          stmt(
            'INSERT INTO seat_events (match_id, seq, at, player_id, nickname, seat, seat_change) VALUES (?, ?, ?, ?, ?, ?, ?)',
            matchId,
            ++seats,
            e.at,
            e.playerId,
            e.nickname,
            json(e.seat),
            e.change,
          ),
        ]),
      draft: (d: DraftChange) =>
        push([
          stmt(
            'INSERT INTO draft_events (match_id, seq, at, turn, role, by_name, entries, ready, player_id, counted, orders_added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            matchId,
            ++drafts,
            d.at,
            d.turn,
            d.role,
            d.by,
            json(d.entries),
            d.ready ? 1 : 0,
            d.student?.playerId ?? null,
            d.student?.kind ?? null,
            d.student?.kind === 'edit' ? d.student.ordersAdded : 0,
          ),
        ]),
      chat: (m: ChatMessage) =>
        push([stmt('INSERT INTO chat_messages (match_id, id, turn, channel, at, body) VALUES (?, ?, ?, ?, ?, ?)', matchId, m.id, m.turn, m.channel, m.at, json(m))]),
      proposal: (p: Proposal) =>
        push([
          stmt(
            'INSERT INTO proposals (match_id, id, turn, status, body) VALUES (?, ?, ?, ?, ?) ON CONFLICT (match_id, id) DO UPDATE SET status = excluded.status, body = excluded.body',
            matchId,
            p.id,
            p.turn,
            p.status,
            json(p),
          ),
        ]),
      turn: (t: TurnEntry) => {
        const { resolvedAt, state, ...week } = t;
        push([
          stmt('INSERT INTO turns (match_id, turn, resolved_at, record, state) VALUES (?, ?, ?, ?, ?)', matchId, t.turn, resolvedAt, json(week), json(state)),
          stmt('UPDATE matches SET turns_played = ? WHERE match_id = ?', t.turn, matchId),
        ]);
      },
      checkAnswer: (a: CheckAnswer) =>
        push([
          stmt(
            'INSERT INTO check_answers (match_id, player_id, stage, question, choice, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (match_id, player_id, stage, question) DO UPDATE SET choice = excluded.choice, at = excluded.at',
            matchId,
            a.playerId,
            a.stage,
            a.question,
            a.choice,
            a.at,
          ),
        ]),
      memo: (memo: Memo) =>
        push([
          stmt(
            'INSERT INTO team_memos (match_id, role, updated_at, body) VALUES (?, ?, ?, ?) ON CONFLICT (match_id, role) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body',
            matchId,
            memo.role,
            memo.updatedAt,
            json(memo),
          ),
        ]),
      participation: (students: StudentActivity[]) => push([stmt('UPDATE matches SET participation = ? WHERE match_id = ?', json(students), matchId)]),
      memosRevealed: (at: number) => push([stmt('UPDATE matches SET memos_revealed_at = ? WHERE match_id = ?', at, matchId)]),
      live: (snapshot: LiveSnapshot | (() => LiveSnapshot)) => {
        if (ended) return;
        // A snapshot handed over as data includes the draft changes logged so far; one built
        // when written, those logged by then.
        const made = typeof snapshot === 'function' ? undefined : drafts;
        const build = () => {
          const s = typeof snapshot === 'function' ? snapshot() : snapshot;
          return [
            stmt(
              'INSERT INTO live_matches (match_id, saved_at, snapshot) VALUES (?, ?, ?) ON CONFLICT (match_id) DO UPDATE SET saved_at = excluded.saved_at, snapshot = excluded.snapshot',
              matchId,
              s.savedAt,
              // A restore replays only the draft changes logged after it.
              json({ ...s, draftSeq: made ?? drafts }),
            ),
          ];
        };
        if (queue) queue.push({ run: () => db.write(build()), live: true });
        else batch!.live(matchId, build);
      },
      ended: (at: number, end, outcome?: Outcome, final?: { state: GameState; early: boolean }) => {
        if (ended) return;
        ended = true;
        push([
          stmt(
            'UPDATE matches SET ended_at = ?, end_kind = ?, outcome = ?, final_state = ?, ended_early = ? WHERE match_id = ? AND ended_at IS NULL',
            at,
            end,
            outcome ? json(outcome) : null,
            final ? json(final.state) : null,
            final?.early ? 1 : 0,
            matchId,
          ),
          stmt('DELETE FROM live_matches WHERE match_id = ?', matchId),
        ]);
      },
      settled: () => (queue ? queue.settled() : batch!.settled()),
    };
    return { api, push };
  }

  async get(matchId: string): Promise<MatchRecord | undefined> {
    const [m] = await this.db.query('SELECT * FROM matches WHERE match_id = ?', [matchId]);
    if (!m) return undefined;
    const [seats, drafts, chat, proposals, turns, answers, memos] = await Promise.all([
      this.db.query('SELECT * FROM seat_events WHERE match_id = ? ORDER BY seq', [matchId]),
      this.db.query('SELECT * FROM draft_events WHERE match_id = ? ORDER BY seq', [matchId]),
      this.readChat(matchId),
      this.readProposals(matchId),
      this.readTurns(matchId),
      this.db.query('SELECT * FROM check_answers WHERE match_id = ? ORDER BY at, player_id, question', [matchId]),
      this.db.query('SELECT body FROM team_memos WHERE match_id = ? ORDER BY role', [matchId]),
    ]);
    const rec: MatchRecord = {
      header: headerOf(m),
      seats: seats.map((r) => ({ playerId: String(r.player_id), nickname: String(r.nickname), seat: parse(r.seat), at: num(r.at), change: r.seat_change as SeatRecord['change'] })),
      drafts: drafts.map(draftOf),
      turns,
      chat,
      proposals,
    };
    if (answers.length) {
      rec.checkAnswers = answers.map((r) => ({
        playerId: String(r.player_id),
        stage: r.stage as CheckAnswer['stage'],
        question: String(r.question),
        choice: String(r.choice),
        at: num(r.at),
      }));
    }
    if (m.participation) rec.participation = parse(m.participation);
    if (m.grades) rec.grades = parse(m.grades);
    if (memos.length) rec.memos = memos.map((r) => parse<Memo>(r.body));
    if (m.memos_revealed_at !== null && m.memos_revealed_at !== undefined) rec.memosRevealedAt = num(m.memos_revealed_at);
    if (m.initial_state) rec.initial = parse(m.initial_state);
    if (m.started_at !== null) rec.startedAt = num(m.started_at);
    if (m.ended_at !== null) rec.endedAt = num(m.ended_at);
    if (m.end_kind) rec.end = m.end_kind as MatchRecord['end'];
    if (m.outcome) rec.outcome = parse(m.outcome);
    if (m.final_state) rec.final = parse(m.final_state);
    if (num(m.ended_early) === 1) rec.endedEarly = true;
    return rec;
  }

  async summaries(q: SummaryQuery = {}): Promise<MatchSummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (q.creatorHash !== undefined) {
      where.push('creator_hash = ?');
      params.push(q.creatorHash);
    }
    const status = q.status ?? (q.creatorHash !== undefined ? undefined : 'finished');
    if (status) where.push('ended_at IS NOT NULL');
    if (status === 'finished' || status === 'abandoned') {
      where.push('end_kind = ?');
      params.push(status);
    }
    if (q.publicOnly) where.push('listed = 1');
    if (q.before !== undefined) {
      where.push('COALESCE(ended_at, created_at) < ?');
      params.push(q.before);
    }
    const limit = Math.max(1, Math.min(q.limit ?? 50, 200));
    const rows = await this.db.query(
      `SELECT match_id, code, title, listed, options, created_at, started_at, ended_at, end_kind, outcome, turns_played, ended_early FROM matches${
        where.length ? ' WHERE ' + where.join(' AND ') : ''
      } ORDER BY COALESCE(ended_at, created_at) DESC, match_id LIMIT ${limit}`,
      params,
    );
    return rows.map((r) => {
      const s: MatchSummary = {
        matchId: String(r.match_id),
        code: String(r.code),
        title: String(r.title),
        public: num(r.listed) === 1,
        createdAt: num(r.created_at),
        turns: parse<MatchOptions>(r.options).turns,
        turnsPlayed: num(r.turns_played),
      };
      if (r.started_at !== null) s.startedAt = num(r.started_at);
      if (r.ended_at !== null) s.endedAt = num(r.ended_at);
      if (r.end_kind) s.end = r.end_kind as MatchSummary['end'];
      if (num(r.ended_early) === 1) s.endedEarly = true;
      if (r.outcome) {
        const o = parse<Outcome>(r.outcome);
        s.outcome = { kind: o.kind, ...(o.winner ? { winner: o.winner } : {}) };
      }
      return s;
    });
  }

  async creatorHash(matchId: string): Promise<string | undefined> {
    const [r] = await this.db.query('SELECT creator_hash FROM matches WHERE match_id = ?', [matchId]);
    return r?.creator_hash ? String(r.creator_hash) : undefined;
  }

  async unfinished(owner?: string, matchId?: string): Promise<StoredMatch[]> {
    const where = ['ended_at IS NULL'];
    const params: unknown[] = [];
    if (owner !== undefined) {
      where.push('owner = ?');
      params.push(owner);
    }
    if (matchId !== undefined) {
      where.push('match_id = ?');
      params.push(matchId);
    }
    const rows = await this.db.query(`SELECT * FROM matches WHERE ${where.join(' AND ')} ORDER BY created_at`, params);
    return Promise.all(
      rows.map(async (m) => {
        const id = String(m.match_id);
        const [[live], chat, proposals, turns, [counts]] = await Promise.all([
          this.db.query('SELECT snapshot FROM live_matches WHERE match_id = ?', [id]),
          this.readChat(id),
          this.readProposals(id),
          this.readTurns(id),
          this.db.query(
            'SELECT (SELECT COUNT(*) FROM seat_events WHERE match_id = ?) AS seats, (SELECT COUNT(*) FROM draft_events WHERE match_id = ?) AS drafts',
            [id, id],
          ),
        ]);
        const s: StoredMatch = {
          header: headerOf(m),
          owner: String(m.owner),
          chat,
          proposals,
          turns,
          draftsAfter: [],
          seatCount: num(counts.seats),
          draftCount: num(counts.drafts),
        };
        if (live) s.live = parse(live.snapshot);
        // Draft changes after the snapshot (a snapshot without draftSeq was saved after every one).
        const seq = s.live?.draftSeq;
        if (seq !== undefined && seq < s.draftCount) {
          const rows = await this.db.query('SELECT * FROM draft_events WHERE match_id = ? AND seq > ? ORDER BY seq', [id, seq]);
          s.draftsAfter = rows.map((r) => ({ ...draftOf(r), ...studentOf(r) }));
        }
        if (m.initial_state) s.initial = parse(m.initial_state);
        if (m.started_at !== null) s.startedAt = num(m.started_at);
        return s;
      }),
    );
  }

  async orphans(except: string, aliveSince: number): Promise<{ matchId: string; code: string; owner: string; aliveAt?: number }[]> {
    const rows = await this.db.query(
      'SELECT m.match_id, m.code, m.owner, s.alive_at FROM matches m LEFT JOIN servers s ON s.server_id = m.owner WHERE m.ended_at IS NULL AND m.owner <> ? AND (s.alive_at IS NULL OR s.alive_at < ?) ORDER BY m.created_at',
      [except, aliveSince],
    );
    return rows.map((r) => ({ matchId: String(r.match_id), code: String(r.code), owner: String(r.owner), ...(r.alive_at !== null ? { aliveAt: num(r.alive_at) } : {}) }));
  }

  /** Even from a server to itself: a restarted server keeps only what nobody took over meanwhile. */
  async adopt(matchId: string, from: string, to: string, staleBefore?: number): Promise<boolean> {
    const lease = staleBefore !== undefined ? ' AND NOT EXISTS (SELECT 1 FROM servers WHERE server_id = ? AND alive_at >= ?)' : '';
    const rows = await this.db.query(
      `UPDATE matches SET owner = ? WHERE match_id = ? AND owner = ? AND ended_at IS NULL${lease} RETURNING match_id`,
      staleBefore !== undefined ? [to, matchId, from, from, staleBefore] : [to, matchId, from],
    );
    return rows.length === 1;
  }

  async codeInUse(code: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 AS x FROM matches WHERE code = ? AND ended_at IS NULL LIMIT 1', [code])).length > 0;
  }

  async delete(matchId: string): Promise<DeleteResult> {
    const [m] = await this.db.query('SELECT ended_at FROM matches WHERE match_id = ?', [matchId]);
    if (!m) return 'notFound';
    if (m.ended_at === null) return 'inProgress';
    await this.remove([matchId]);
    return 'deleted';
  }

  async forgetStudent(matchId: string, playerId: string): Promise<DeleteResult | 'unknownStudent'> {
    const [m] = await this.db.query('SELECT ended_at, participation, grades FROM matches WHERE match_id = ?', [matchId]);
    if (!m) return 'notFound';
    if (m.ended_at === null) return 'inProgress';
    const names = (await this.db.query('SELECT DISTINCT nickname FROM seat_events WHERE match_id = ? AND player_id = ?', [matchId, playerId])).map((r) => String(r.nickname));
    if (!names.length) return 'unknownStudent';
    const anon = (ref: { playerId: string; nickname: string } | undefined) => (ref?.playerId === playerId ? { ...ref, nickname: '' } : ref);
    const stmts: Stmt[] = [
      stmt('DELETE FROM check_answers WHERE match_id = ? AND player_id = ?', matchId, playerId),
      stmt("UPDATE seat_events SET nickname = '' WHERE match_id = ? AND player_id = ?", matchId, playerId),
      ...names.map((n) => stmt("UPDATE draft_events SET by_name = '' WHERE match_id = ? AND by_name = ?", matchId, n)),
    ];
    for (const c of await this.readChat(matchId)) {
      if (c.from.playerId === playerId) stmts.push(stmt('UPDATE chat_messages SET body = ? WHERE match_id = ? AND id = ?', json({ ...c, from: { ...c.from, nickname: '' }, text: '' }), matchId, c.id));
    }
    for (const p of await this.readProposals(matchId)) {
      if (p.proposedBy.playerId !== playerId && p.decidedBy?.playerId !== playerId) continue;
      const body = { ...p, proposedBy: anon(p.proposedBy)!, ...(p.decidedBy ? { decidedBy: anon(p.decidedBy) } : {}) };
      stmts.push(stmt('UPDATE proposals SET body = ? WHERE match_id = ? AND id = ?', json(body), matchId, p.id));
    }
    for (const r of await this.db.query('SELECT role, body FROM team_memos WHERE match_id = ?', [matchId])) {
      const memo = parse<Memo>(r.body);
      if (memo.authors.some((a) => a.playerId === playerId)) stmts.push(stmt('UPDATE team_memos SET body = ? WHERE match_id = ? AND role = ?', json({ ...memo, authors: memo.authors.filter((a) => a.playerId !== playerId) }), matchId, String(r.role)));
    }
    if (m.participation) stmts.push(stmt('UPDATE matches SET participation = ? WHERE match_id = ?', json(parse<StudentActivity[]>(m.participation).filter((s) => s.playerId !== playerId)), matchId));
    if (m.grades) {
      const g = parse<Grades>(m.grades);
      const { [playerId]: _gone, ...students } = g.students;
      stmts.push(stmt('UPDATE matches SET grades = ? WHERE match_id = ?', json({ ...g, students }), matchId));
    }
    if (this.db.writeNow) this.db.writeNow(stmts);
    else await this.db.write(stmts);
    return 'deleted';
  }

  async setGrades(matchId: string, grades: Grades): Promise<boolean> {
    const rows = await this.db.query('UPDATE matches SET grades = ? WHERE match_id = ? RETURNING match_id', [json(grades), matchId]);
    return rows.length === 1;
  }

  async removeOlderThan(cutoff: number): Promise<number> {
    const rows = await this.db.query('SELECT match_id FROM matches WHERE ended_at IS NOT NULL AND ended_at < ?', [cutoff]);
    const ids = rows.map((r) => String(r.match_id));
    for (let i = 0; i < ids.length; i += 100) await this.remove(ids.slice(i, i + 100));
    return ids.length;
  }

  /** Child rows first, explicitly, so that nothing depends on foreign-key enforcement being on. */
  private async remove(ids: string[]): Promise<void> {
    const marks = ids.map(() => '?').join(', ');
    const stmts = [...CHILD_TABLES, 'matches'].map((t) => stmt(`DELETE FROM ${t} WHERE match_id IN (${marks})`, ...ids));
    if (this.db.writeNow) this.db.writeNow(stmts);
    else await this.db.write(stmts);
  }

  /** Also the store's probe: an idle store finds out here that it cannot write (and that it can again). */
  async heartbeat(serverId: string, at: number): Promise<void> {
    const s = [stmt('INSERT INTO servers (server_id, alive_at) VALUES (?, ?) ON CONFLICT (server_id) DO UPDATE SET alive_at = excluded.alive_at', serverId, at)];
    try {
      if (this.db.writeNow) this.db.writeNow(s);
      else await this.db.write(s);
    } catch (error) {
      this.writeHealth.failed(this.heartbeatSource, error);
      throw error;
    }
    this.writeHealth.succeeded(this.heartbeatSource);
  }

  async lastHeartbeat(serverId: string): Promise<number | undefined> {
    const [r] = await this.db.query('SELECT alive_at FROM servers WHERE server_id = ?', [serverId]);
    return r ? num(r.alive_at) : undefined;
  }

  async schemaVersion(): Promise<number> {
    const [r] = await this.db.query('SELECT MAX(version) AS v FROM schema_migrations');
    return num(r?.v ?? 0);
  }

  async flush(): Promise<void> {
    this.batch?.writeQueued();
    for (let pending = this.batch?.settled(); pending; pending = this.batch?.settled()) await pending;
    while (this.busy.size) await Promise.all([...this.busy].map((q) => q.settled()));
  }

  /**
   * Writes what is queued, waiting at most `waitMs` for a store that cannot write; then stops
   * retrying. What is still unwritten then was never acknowledged (no `ok` before a write).
   */
  async close(waitMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = await Promise.race([
      this.flush().then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), waitMs))),
    ]);
    clearTimeout(timer);
    if (gaveUp) this.log.error('records.closedUnwritten', { waitedMs: waitMs, error: this.writeHealth.lastError });
    this.batch?.stop();
    for (const q of this.busy) q.stop();
    await this.db.close();
  }

  private async readChat(matchId: string): Promise<ChatMessage[]> {
    return (await this.db.query('SELECT body FROM chat_messages WHERE match_id = ? ORDER BY id', [matchId])).map((r) => parse(r.body));
  }

  private async readProposals(matchId: string): Promise<Proposal[]> {
    return (await this.db.query('SELECT body FROM proposals WHERE match_id = ? ORDER BY id', [matchId])).map((r) => parse(r.body));
  }

  private async readTurns(matchId: string): Promise<TurnEntry[]> {
    const rows = await this.db.query('SELECT turn, resolved_at, record, state FROM turns WHERE match_id = ? ORDER BY turn', [matchId]);
    return rows.map((r) => ({ ...parse<TurnRecord>(r.record), resolvedAt: num(r.resolved_at), state: parse<GameState>(r.state) }));
  }
}

function headerOf(m: Row): MatchHeader {
  return { matchId: String(m.match_id), code: String(m.code), createdAt: num(m.created_at), options: parse(m.options), seed: num(m.seed) };
}
