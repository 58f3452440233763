// The live snapshot is written only for what the record's logs cannot give back. A draft
// change (with what it counts for its student) and a resolved week are in the logs, so a
// whole class editing drafts, or a whole school resolving at once, writes no snapshot;
// a match restored from an older snapshot and those logs is the match as it was.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import { creationOptions } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import { INTENTS } from '../../server/match/intents.ts';
import { Match } from '../../server/match/Match.ts';
import type { Member } from '../../server/match/members.ts';
import { newMatchState } from '../../server/match/schema.ts';
import { admit, dropped } from '../../server/match/seating.ts';
import type { DraftChange, LiveSnapshot, MatchLog, StoredMatch, TurnEntry } from '../../server/records/types.ts';
import { noRecord, recordingPort } from './matchDouble.ts';

const quiet = () => createLogger({ level: 'silent', pretty: false, write: () => undefined });

/** A record that keeps the logs a restore reads, numbering the draft log as the stores do. */
function keptRecord() {
  const kept = { drafts: [] as DraftChange[], lives: [] as LiveSnapshot[], turns: [] as TurnEntry[] };
  const log: MatchLog = {
    ...noRecord,
    draft: (d) => void kept.drafts.push(structuredClone(d)),
    turn: (t) => void kept.turns.push(structuredClone(t)),
    live: (s) => void kept.lives.push({ ...structuredClone(typeof s === 'function' ? s() : s), draftSeq: kept.drafts.length }),
  };
  return { kept, log };
}

/** As the inbox handles a message: the intent, the projection, the snapshot if one is due. */
function act(m: Match, member: Member, type: keyof typeof INTENTS, msg: unknown): void {
  (INTENTS[type] as (m: Match, member: Member, msg: unknown) => void)(m, member, msg);
  m.project();
  m.saveNow();
}

/** The match as a restart would find it: the last snapshot, and the logs after it. */
function restored(m: Match, kept: ReturnType<typeof keptRecord>['kept'], initial: Match['engine']): Match {
  const live = kept.lives.at(-1)!;
  const stored: StoredMatch = {
    header: { matchId: 'm-1', code: m.code, createdAt: 0, options: m.options, seed: m.seed },
    owner: 'main',
    initial,
    live,
    chat: [],
    proposals: [],
    turns: kept.turns,
    draftsAfter: kept.drafts.slice(live.draftSeq),
    seatCount: 0,
    draftCount: kept.drafts.length,
  };
  const back = new Match(recordingPort([], { count: 0 }), newMatchState(), quiet(), noRecord, { code: m.code, options: m.options, seed: m.seed }, 0);
  back.restore(stored, live.savedAt);
  return back;
}

const byId = (rows: { playerId: string }[]) => [...rows].sort((a, b) => a.playerId.localeCompare(b.playerId));

describe('the live snapshot', () => {
  it('is not written for draft changes or a resolved week, and a restore from the logs gives back drafts, ready flags, counts and presence', () => {
    const { kept, log } = keptRecord();
    const m = new Match(recordingPort([], { count: 0 }), newMatchState(), quiet(), log, { code: 'ABCDE', options: creationOptions({ classroom: true, bots: false }), seed: 3 }, 0);
    const teacher = admit(m, 's-teacher', {});
    const students = Array.from({ length: 6 }, (_, i) => admit(m, `s-${i}`, { nickname: `Student ${i}` }));
    m.project();
    act(m, teacher, 'control', { command: 'start' });
    m.endPhase(); // briefing → planning
    m.project();
    m.saveNow();
    const initial = m.engine;
    const of = (role: Role) => students.filter((s) => s.seat.kind === 'role' && s.seat.role === role);
    const [mali, otherMali] = of('mali');
    const [algeria] = of('algeria');
    // Away before the week's drafting: not present in the next week.
    const away = of('aes').find((s) => s !== m.members.captain('aes'))!;
    dropped(m, away);
    m.saveNow();
    const snapshots = kept.lives.length;

    act(m, mali, 'draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    act(m, otherMali, 'draft.add', { order: { action: 'statement', target: 'aes', option: 'conciliatory' } });
    act(m, mali, 'draft.remove', { order: { action: 'statement', target: 'aes', option: 'conciliatory' } });
    act(m, algeria, 'draft.add', { order: { action: 'hostSeparatists' } });
    act(m, m.members.captain('algeria')!, 'ready', { ready: true });
    act(m, m.members.captain('aes')!, 'ready', { ready: true });
    act(m, m.members.captain('aes')!, 'ready', { ready: false });
    act(m, m.members.captain('aes')!, 'ready', { ready: true });
    expect(kept.lives.length, 'no snapshot for draft changes').toBe(snapshots);

    const midWeek = restored(m, kept, initial);
    expect(midWeek.phase).toBe('planning');
    for (const role of m.seatedRoles()) expect(midWeek.drafts.snapshot([role]), role).toEqual(m.drafts.snapshot([role]));
    expect(byId(midWeek.participation())).toEqual(byId(m.participation()));
    expect(m.participation().find((p) => p.playerId === mali.playerId)).toMatchObject({ draftEdits: 2, ordersAdded: 1 });
    expect(m.participation().find((p) => p.playerId === m.members.captain('aes')!.playerId)).toMatchObject({ readyMarks: 2 });

    // A deal's answer counts for its student only in the snapshot (the drafts it filled are logged).
    act(m, algeria, 'proposal.make', { to: 'mali', give: [{ action: 'statement', target: 'mali', option: 'conciliatory' }], get: [] });
    const made = kept.lives.length;
    act(m, otherMali, 'proposal.accept', { id: 1 });
    expect(kept.lives.length, 'a snapshot for the answer').toBe(made + 1);
    expect(restored(m, kept, initial).participation().find((p) => p.playerId === otherMali.playerId)).toMatchObject({ proposalsAnswered: 1, draftEdits: 1 });
    // The deal changed Algeria's draft, so Algeria is ready again only once it says so.
    act(m, m.members.captain('algeria')!, 'ready', { ready: true });
    const beforeLastReady = kept.lives.length;

    // The last ready resolves the week: its turn record, not a snapshot, keeps it.
    act(m, m.members.captain('mali')!, 'ready', { ready: true });
    expect(m.phase).toBe('resolution');
    expect(m.engine.turn).toBe(2);
    expect(kept.lives.length, 'no snapshot for a resolved week').toBe(beforeLastReady);
    const afterWeek = restored(m, kept, initial);
    expect(afterWeek.phase).toBe('resolution');
    expect(afterWeek.engine).toEqual(m.engine);
    expect(byId(afterWeek.participation())).toEqual(byId(m.participation()));
    expect(m.participation().find((p) => p.playerId === mali.playerId)!.weeksConnected).toBe(2);
    expect(m.participation().find((p) => p.playerId === away.playerId)!.weeksConnected).toBe(1);

    // The next change the logs do not hold is saved as before.
    m.endPhase(); // resolution → briefing
    m.saveNow();
    expect(kept.lives.length).toBe(beforeLastReady + 1);
    expect(kept.lives.at(-1)).toMatchObject({ phase: 'briefing', turn: 2, draftSeq: kept.drafts.length });
  });
});
