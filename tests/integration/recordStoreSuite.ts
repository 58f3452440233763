// The repository test suite, written once and run against every record store (SQLite in a
// temp dir, PostgreSQL on a server the test starts): same calls, same answers.
import { randomUUID } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import type { GameState, Outcome } from '../../shared/index.ts';
import { createMatch } from '../../shared/index.ts';
import type { ChatMessage, Proposal } from '../../shared/protocol/index.ts';
import { withDefaults } from '../../shared/protocol/index.ts';
import { LATEST_VERSION } from '../../server/records/migrations.ts';
import type { LiveSnapshot, MatchHeader, MatchLog, RecordStore } from '../../server/records/types.ts';

export interface StoreFactory {
  /** A store on the suite's database; every call opens the same database again. */
  open(): Promise<RecordStore>;
  /** Make the database look as if a newer server had migrated it. */
  markNewerSchema(store: RecordStore): Promise<void>;
}

let n = 0;
const header = (over: Partial<MatchHeader> = {}): MatchHeader => ({
  matchId: randomUUID(),
  code: `C${String(++n).padStart(4, '0')}`.slice(0, 5),
  createdAt: 1_000_000 + n,
  options: withDefaults({ title: `match ${n}` }),
  seed: 7,
  ...over,
});
const chat = (id: number, channel = 'public'): ChatMessage => ({ id, turn: 1, channel, from: { playerId: 'p1', nickname: 'Amina', role: 'algeria' }, text: `message ${id}`, at: 2_000_000 + id });
const proposal = (id: number, status: Proposal['status']): Proposal => ({
  id,
  turn: 1,
  from: 'algeria',
  to: 'mali',
  give: [{ action: 'statement', target: 'mali', option: 'conciliatory' }],
  get: [],
  status,
  proposedBy: { playerId: 'p1', nickname: 'Amina' },
});
const live = (savedAt: number, over: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
  phase: 'planning',
  turn: 1,
  clock: { timed: true, paused: false, leftMs: 90_000 },
  hostId: 'p1',
  members: [{ playerId: 'p1', tokenHash: 'hash-1', nickname: 'Amina', seat: { kind: 'role', role: 'algeria' }, order: 1 }],
  joined: 1,
  drafts: [{ role: 'algeria', entries: [{ order: { action: 'statement', target: 'mali', option: 'firm' } }], ready: true }],
  bots: ['aes'],
  savedAt,
  ...over,
});
const state = (): GameState => createMatch({ seed: 7 });
const outcome = { kind: 'turnLimit', turn: 8, winner: 'mali', scores: {} } as unknown as Outcome;

/** Ended matches are written through the log like a room would. */
async function endedMatch(store: RecordStore, over: Partial<MatchHeader>, endedAt: number, end: 'finished' | 'abandoned' = 'finished'): Promise<MatchHeader> {
  const h = header(over);
  const log = store.open(h, 'main');
  log.ended(endedAt, end, end === 'finished' ? outcome : undefined);
  await log.settled();
  return h;
}

export function recordStoreSuite(factory: StoreFactory): void {
  let store: RecordStore;
  const opened: RecordStore[] = [];
  const open = async () => {
    const s = await factory.open();
    opened.push(s);
    return s;
  };
  afterAll(async () => {
    for (const s of opened) await s.close().catch(() => {});
  });

  it('migrates to the latest version at start, once', async () => {
    store = await open();
    expect(await store.schemaVersion()).toBe(LATEST_VERSION);
    const again = await open();
    expect(await again.schemaVersion()).toBe(LATEST_VERSION);
  });

  it('records a whole match and reads it back', async () => {
    const h = header({ code: 'ABCDE' });
    const log: MatchLog = store.open(h, 'main');
    log.creator('creator-hash');
    log.options(withDefaults({ title: 'Renamed', turns: 6 }), 99);
    log.seat({ playerId: 'p1', nickname: 'Amina', seat: { kind: 'role', role: 'algeria' }, at: 10, change: 'joined' });
    log.seat({ playerId: 'p2', nickname: 'Awa', seat: { kind: 'spectator' }, at: 11, change: 'joined' });
    const initial = state();
    log.started(initial, 20);
    log.draft({ turn: 1, role: 'algeria', at: 21, by: 'Amina', entries: [{ order: { action: 'statement', target: 'mali', option: 'firm' } }], ready: false });
    log.draft({ turn: 1, role: 'algeria', at: 22, by: 'Amina', entries: [{ order: { action: 'statement', target: 'mali', option: 'firm' } }], ready: true });
    log.chat(chat(1));
    log.chat(chat(2, 'pair:algeria-mali'));
    log.proposal(proposal(1, 'pending'));
    log.proposal({ ...proposal(1, 'accepted'), decidedBy: { playerId: 'bot', nickname: 'bot' } });
    log.live(live(30));
    const after = state();
    log.turn({ turn: 1, orders: { algeria: [] }, carriedOut: {}, refused: [], news: [], reports: {}, bots: ['aes'], resolvedAt: 40, state: after });
    await store.flush();

    const [unfinished] = (await store.unfinished('main')).filter((m) => m.header.matchId === h.matchId);
    // The store notes how many draft changes the snapshot includes.
    expect(unfinished.live).toEqual({ ...live(30), draftSeq: 2 });
    expect(unfinished.draftsAfter).toEqual([]);
    expect(unfinished.seatCount).toBe(2);
    expect(unfinished.draftCount).toBe(2);
    expect(unfinished.initial).toEqual(initial);
    expect(await store.codeInUse('ABCDE')).toBe(true);

    log.ended(50, 'finished', outcome);
    log.ended(60, 'abandoned'); // only the first end counts
    log.live(live(70)); // too late: ignored
    await store.flush();
    const rec = (await store.get(h.matchId))!;
    expect(rec.header).toEqual({ ...h, options: withDefaults({ title: 'Renamed', turns: 6 }), seed: 99 });
    expect(rec).toMatchObject({ startedAt: 20, endedAt: 50, end: 'finished', outcome });
    expect(rec.initial).toEqual(initial);
    expect(rec.seats.map((s) => [s.nickname, s.seat.kind, s.change, s.at])).toEqual([
      ['Amina', 'role', 'joined', 10],
      ['Awa', 'spectator', 'joined', 11],
    ]);
    expect(rec.drafts.map((d) => [d.at, d.ready, d.entries.length])).toEqual([
      [21, false, 1],
      [22, true, 1],
    ]);
    expect(rec.chat).toEqual([chat(1), chat(2, 'pair:algeria-mali')]);
    expect(rec.proposals).toEqual([{ ...proposal(1, 'accepted'), decidedBy: { playerId: 'bot', nickname: 'bot' } }]);
    expect(rec.turns).toHaveLength(1);
    expect(rec.turns[0]).toMatchObject({ turn: 1, resolvedAt: 40, bots: ['aes'] });
    expect(rec.turns[0].state).toEqual(after);
    expect(await store.creatorHash(h.matchId)).toBe('creator-hash');
    expect((await store.unfinished()).some((m) => m.header.matchId === h.matchId)).toBe(false);
    expect(await store.codeInUse('ABCDE')).toBe(false);
    const [summary] = (await store.summaries({ creatorHash: 'creator-hash' })).filter((s) => s.matchId === h.matchId);
    expect(summary).toEqual({ matchId: h.matchId, code: 'ABCDE', title: 'Renamed', public: true, createdAt: h.createdAt, startedAt: 20, endedAt: 50, end: 'finished', turns: 6, turnsPlayed: 1, outcome: { kind: 'turnLimit', winner: 'mali' } });
  });

  it('keeps the order of many quick writes, and the newest live snapshot', async () => {
    const h = header();
    const log = store.open(h, 'main');
    for (let i = 1; i <= 150; i++) {
      log.chat(chat(i));
      log.live(live(i));
      log.seat({ playerId: `p${i}`, nickname: `n${i}`, seat: { kind: 'spectator' }, at: i, change: 'joined' });
    }
    await log.settled();
    await store.flush();
    const rec = (await store.get(h.matchId))!;
    expect(rec.chat.map((c) => c.id)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    expect(rec.seats.map((s) => s.at)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
    const [u] = (await store.unfinished()).filter((m) => m.header.matchId === h.matchId);
    expect(u.live!.savedAt).toBe(150);
  });

  it('gives back the draft changes logged after the live snapshot, each with what it counted for its student', async () => {
    const h = header();
    const log = store.open(h, 'main');
    const firm = { order: { action: 'statement' as const, target: 'mali' as const, option: 'firm' } };
    log.draft({ turn: 2, role: 'algeria', at: 1, by: 'Amina', entries: [firm], ready: false, student: { playerId: 'p1', kind: 'edit', ordersAdded: 1 } });
    log.live(live(2));
    log.draft({ turn: 2, role: 'algeria', at: 3, by: 'Amina', entries: [], ready: false, student: { playerId: 'p1', kind: 'edit', ordersAdded: 0 } });
    log.draft({ turn: 2, role: 'algeria', at: 4, by: 'proposal 3', entries: [firm], ready: false });
    log.draft({ turn: 2, role: 'algeria', at: 5, by: 'Yacine', entries: [firm], ready: true, student: { playerId: 'p2', kind: 'ready' } });
    await store.flush();
    const [u] = (await store.unfinished()).filter((m) => m.header.matchId === h.matchId);
    expect(u.live!.draftSeq).toBe(1);
    expect(u.draftCount).toBe(4);
    expect(u.draftsAfter).toEqual([
      { turn: 2, role: 'algeria', at: 3, by: 'Amina', entries: [], ready: false, student: { playerId: 'p1', kind: 'edit', ordersAdded: 0 } },
      { turn: 2, role: 'algeria', at: 4, by: 'proposal 3', entries: [firm], ready: false },
      { turn: 2, role: 'algeria', at: 5, by: 'Yacine', entries: [firm], ready: true, student: { playerId: 'p2', kind: 'ready' } },
    ]);
    // The record's draft log itself is as before: who counted what is for restores only.
    expect((await store.get(h.matchId))!.drafts.map((d) => Object.keys(d).sort())).toEqual(Array(4).fill(['at', 'by', 'entries', 'ready', 'role', 'turn']));
    // A later snapshot includes them all.
    log.live(live(6));
    await store.flush();
    const [again] = (await store.unfinished()).filter((m) => m.header.matchId === h.matchId);
    expect(again.live!.draftSeq).toBe(4);
    expect(again.draftsAfter).toEqual([]);
  });

  it('a resumed log numbers on from what is stored', async () => {
    const h = header();
    const log = store.open(h, 'main');
    log.seat({ playerId: 'p1', nickname: 'a', seat: { kind: 'spectator' }, at: 1, change: 'joined' });
    log.draft({ turn: 1, role: 'mali', at: 2, by: 'a', entries: [], ready: true });
    log.live(live(3));
    await store.flush();
    const [stored] = (await store.unfinished()).filter((m) => m.header.matchId === h.matchId);
    const resumed = store.resume(stored);
    resumed.seat({ playerId: 'p1', nickname: 'a', seat: { kind: 'spectator' }, at: 4, change: 'left' });
    resumed.draft({ turn: 1, role: 'mali', at: 5, by: 'a', entries: [], ready: false });
    await store.flush();
    const rec = (await store.get(h.matchId))!;
    expect(rec.seats.map((s) => s.change)).toEqual(['joined', 'left']);
    expect(rec.drafts.map((d) => d.ready)).toEqual([true, false]);
  });

  it('finds unfinished matches by owner and lets exactly one server adopt each', async () => {
    const h = header();
    const log = store.open(h, 'server-a');
    log.live(live(1));
    await store.flush();
    expect((await store.unfinished('server-a')).map((m) => m.header.matchId)).toContain(h.matchId);
    expect((await store.unfinished('server-b')).map((m) => m.header.matchId)).not.toContain(h.matchId);
    const [b, c] = await Promise.all([store.adopt(h.matchId, 'server-a', 'server-b'), store.adopt(h.matchId, 'server-a', 'server-c')]);
    expect([b, c].filter(Boolean)).toHaveLength(1);
    const winner = b ? 'server-b' : 'server-c';
    expect((await store.unfinished(winner)).map((m) => m.header.matchId)).toContain(h.matchId);
    log.ended(2, 'abandoned');
    await store.flush();
  });

  it('lists the matches of servers whose lease ran out, and takes one over only while its lease is still out', async () => {
    const h = header();
    const log = store.open(h, 'lease-a');
    log.live(live(1));
    await store.heartbeat('lease-a', 1_000);
    await store.flush();
    expect((await store.orphans('lease-b', 500)).map((o) => o.matchId)).not.toContain(h.matchId);
    expect(await store.orphans('lease-b', 2_000)).toContainEqual({ matchId: h.matchId, code: h.code, owner: 'lease-a', aliveAt: 1_000 });
    expect((await store.orphans('lease-a', 2_000)).map((o) => o.matchId)).not.toContain(h.matchId);
    // The owner renewed its lease after the list was read: the takeover fails, the owner keeps it.
    await store.heartbeat('lease-a', 3_000);
    expect(await store.adopt(h.matchId, 'lease-a', 'lease-b', 2_000)).toBe(false);
    expect(await store.adopt(h.matchId, 'lease-a', 'lease-a')).toBe(true);
    expect(await store.adopt(h.matchId, 'lease-a', 'lease-b', 4_000)).toBe(true);
    // Taken over: its old owner, restarting, no longer gets it.
    expect(await store.adopt(h.matchId, 'lease-a', 'lease-a')).toBe(false);
    expect((await store.unfinished('lease-b', h.matchId)).map((m) => m.header.matchId)).toEqual([h.matchId]);
    log.ended(5, 'abandoned');
    await store.flush();
  });

  it("keeps each student's latest answer to the knowledge check and each team's latest memo, also after the end", async () => {
    const h = header();
    const log = store.open(h, 'main');
    log.checkAnswer({ playerId: 'p1', stage: 'before', question: 'juntaWords', choice: 'b', at: 1 });
    log.checkAnswer({ playerId: 'p1', stage: 'before', question: 'juntaWords', choice: 'a', at: 2 });
    log.checkAnswer({ playerId: 'p2', stage: 'before', question: 'juntaWords', choice: 'c', at: 3 });
    log.ended(4, 'finished', outcome);
    // The check after is answered once the match has ended.
    log.checkAnswer({ playerId: 'p1', stage: 'after', question: 'cemocExit', choice: 'c', at: 5 });
    await store.flush();
    expect((await store.get(h.matchId))!.checkAnswers).toEqual([
      { playerId: 'p1', stage: 'before', question: 'juntaWords', choice: 'a', at: 2 },
      { playerId: 'p2', stage: 'before', question: 'juntaWords', choice: 'c', at: 3 },
      { playerId: 'p1', stage: 'after', question: 'cemocExit', choice: 'c', at: 5 },
    ]);
    // Team memos, written after the end: the latest text of each team, and when they were shown.
    log.memo({ role: 'mali', text: 'first', authors: [{ playerId: 'p1', nickname: 'Amina' }], updatedAt: 6, version: 1 });
    log.memo({ role: 'mali', text: 'second\nline', authors: [{ playerId: 'p1', nickname: 'Amina' }, { playerId: 'p2', nickname: 'Awa' }], updatedAt: 7, version: 2 });
    log.memosRevealed(8);
    await store.flush();
    const withMemos = (await store.get(h.matchId))!;
    expect(withMemos.memos).toEqual([{ role: 'mali', text: 'second\nline', authors: [{ playerId: 'p1', nickname: 'Amina' }, { playerId: 'p2', nickname: 'Awa' }], updatedAt: 7, version: 2 }]);
    expect(withMemos.memosRevealedAt).toBe(8);
    // One student's data goes; the others' and the match stay.
    log.seat({ playerId: 'p1', nickname: 'Amina', seat: { kind: 'role', role: 'mali' }, at: 1, change: 'joined' });
    log.chat({ ...chat(1), from: { playerId: 'p1', nickname: 'Amina', role: 'mali' }, text: 'mine' });
    log.chat({ ...chat(2), from: { playerId: 'p2', nickname: 'Awa', role: 'mali' }, text: 'hers' });
    log.participation([
      { playerId: 'p1', nickname: 'Amina', role: 'mali', ordersAdded: 1, draftEdits: 1, proposalsMade: 0, proposalsAnswered: 0, messages: { public: 1, team: 0, private: 0 }, weeksConnected: 1, readyMarks: 0 },
      { playerId: 'p2', nickname: 'Awa', role: 'mali', ordersAdded: 0, draftEdits: 0, proposalsMade: 0, proposalsAnswered: 0, messages: { public: 1, team: 0, private: 0 }, weeksConnected: 1, readyMarks: 0 },
    ]);
    await store.flush();
    expect(await store.setGrades(h.matchId, { rubric: { criteria: [{ id: 'a', name: 'A', levels: ['low', 'high'] }] }, teams: {}, students: { p1: { levels: { a: 1 }, comment: 'x' }, p2: { levels: {}, comment: 'y' } } })).toBe(true);
    expect(await store.forgetStudent(h.matchId, 'nobody')).toBe('unknownStudent');
    expect(await store.forgetStudent(h.matchId, 'p1')).toBe('deleted');
    const forgotten = (await store.get(h.matchId))!;
    expect(forgotten.checkAnswers?.some((a) => a.playerId === 'p1')).toBeFalsy();
    expect(forgotten.checkAnswers?.some((a) => a.playerId === 'p2')).toBe(true);
    expect(forgotten.seats.filter((s) => s.playerId === 'p1').map((s) => s.nickname)).toEqual(['']);
    expect(forgotten.chat.map((c) => [c.from.nickname, c.text])).toEqual([['', ''], ['Awa', 'hers']]);
    expect(forgotten.participation!.map((p) => p.playerId)).toEqual(['p2']);
    expect(Object.keys(forgotten.grades!.students)).toEqual(['p2']);
    expect(forgotten.memos![0].authors).toEqual([{ playerId: 'p2', nickname: 'Awa' }]);
    expect(JSON.stringify(forgotten)).not.toContain('Amina');
    expect(await store.delete(h.matchId)).toBe('deleted');
    expect(await store.get(h.matchId)).toBeUndefined();
  });

  it('deletes an ended match with everything in it, never an unfinished one', async () => {
    const h = header();
    const log = store.open(h, 'main');
    log.chat(chat(1));
    log.live(live(1));
    log.turn({ turn: 1, orders: {}, carriedOut: {}, refused: [], news: [], reports: {}, bots: [], resolvedAt: 5, state: state() });
    await store.flush();
    expect(await store.delete(h.matchId)).toBe('inProgress');
    log.ended(6, 'finished', outcome);
    await store.flush();
    expect(await store.delete(h.matchId)).toBe('deleted');
    expect(await store.get(h.matchId)).toBeUndefined();
    expect(await store.delete(h.matchId)).toBe('notFound');
    // A new match may reuse the id space without leftovers.
    expect((await store.unfinished()).some((m) => m.header.matchId === h.matchId)).toBe(false);
  });

  it('retention removes ended records older than the cutoff, nothing else', async () => {
    const old = await endedMatch(store, {}, 100);
    const oldAbandoned = await endedMatch(store, {}, 150, 'abandoned');
    const recent = await endedMatch(store, {}, 10_000);
    const running = header({ createdAt: 1 });
    store.open(running, 'main').live(live(2));
    await store.flush();
    expect(await store.removeOlderThan(5_000)).toBeGreaterThanOrEqual(2);
    expect(await store.get(old.matchId)).toBeUndefined();
    expect(await store.get(oldAbandoned.matchId)).toBeUndefined();
    expect(await store.get(recent.matchId)).toBeDefined();
    expect(await store.get(running.matchId)).toBeDefined();
  });

  it('lists ended matches newest first, by status, public only, with paging', async () => {
    const base = 50_000_000;
    const a = await endedMatch(store, {}, base + 1);
    const hidden = await endedMatch(store, { options: withDefaults({ public: false }) }, base + 2);
    const b = await endedMatch(store, {}, base + 3);
    const gave = await endedMatch(store, {}, base + 4, 'abandoned');
    const finished = (await store.summaries({ publicOnly: true, limit: 200 })).map((s) => s.matchId);
    expect(finished.indexOf(b.matchId)).toBeLessThan(finished.indexOf(a.matchId));
    expect(finished).not.toContain(hidden.matchId);
    expect(finished).not.toContain(gave.matchId);
    expect((await store.summaries({ status: 'abandoned' })).map((s) => s.matchId)).toContain(gave.matchId);
    const all = (await store.summaries({ status: 'ended', limit: 200 })).map((s) => s.matchId);
    expect(all).toEqual(expect.arrayContaining([a.matchId, hidden.matchId, b.matchId, gave.matchId]));
    const page = await store.summaries({ status: 'ended', before: base + 4, limit: 2 });
    expect(page.map((s) => s.matchId)).toEqual([b.matchId, hidden.matchId]);
  });

  it('keeps each server heartbeat', async () => {
    expect(await store.lastHeartbeat('nobody')).toBeUndefined();
    await store.heartbeat('server-a', 1_000);
    await store.heartbeat('server-a', 2_000);
    expect(await store.lastHeartbeat('server-a')).toBe(2_000);
  });

  it('refuses a database that a newer server migrated', async () => {
    await factory.markNewerSchema(store);
    await expect(open()).rejects.toThrow(/schema version 999, newer than this server knows/);
  });
}
