// The clients' one reducer of server messages (shared/protocol/reducer.ts), used by the
// browser's store, `npm run bot` and the test harness.
import { describe, expect, it } from 'vitest';
import type { ChatMessage, Draft, Proposal, Resolution, Welcome } from '../../shared/protocol/index.ts';
import { emptySeatState, reduceSeat } from '../../shared/protocol/index.ts';

const welcome = (role: 'algeria' | 'mali'): Welcome => ({
  code: 'ABCDE',
  matchId: 'm',
  playerId: 'p1',
  seatToken: 'token-token',
  nickname: 'Amina',
  seat: { kind: 'role', role },
  host: false,
  controls: [],
  classroom: true,
});
const chat = (id: number, text: string): ChatMessage => ({ id, turn: 1, channel: 'team:algeria', from: { playerId: 'p1', nickname: 'Amina', role: 'algeria' }, text, at: id });
const draft = (role: 'algeria' | 'mali', n: number): Draft => ({ role, turn: 1, entries: Array.from({ length: n }, () => ({ order: { action: 'statement', target: 'mali', option: 'firm' } })), spent: n, budget: 3, ready: false });
const proposal = (id: number, status: Proposal['status']): Proposal => ({ id, turn: 1, from: 'algeria', to: 'mali', give: [], get: [], status, proposedBy: { playerId: 'p1', nickname: 'Amina' } });
const week = (turn: number): Resolution => ({ turn, news: [], reports: {}, revealed: {}, refused: [], bots: [], ended: false });

describe('reduceSeat', () => {
  it('puts participation rows in place of the console rows of the same students, and ignores them before any console', () => {
    const row = (playerId: string, team: number) => ({ playerId, nickname: playerId, role: 'mali' as const, ordersAdded: 0, draftEdits: 0, proposalsMade: 0, proposalsAnswered: 0, messages: { public: 0, team, private: 0 }, weeksConnected: 1, readyMarks: 0 });
    expect(reduceSeat(emptySeatState(), 'participation', { rows: [row('a', 1)] })).toEqual(emptySeatState());
    const s = reduceSeat(emptySeatState(), 'console', { watchers: [], participation: [row('a', 0), row('b', 0)] });
    const next = reduceSeat(s, 'participation', { rows: [row('b', 3), row('gone', 9)] });
    expect(next.console!.participation!.map((r) => [r.playerId, r.messages.team])).toEqual([['a', 0], ['b', 3]]);
    expect(s.console!.participation![1].messages.team).toBe(0);
  });

  it('keeps chat and proposals by id, weeks by turn, and never mutates the state it is given', () => {
    let s = emptySeatState();
    const first = s;
    s = reduceSeat(s, 'chat', chat(1, 'a'));
    s = reduceSeat(s, 'chat', chat(2, 'b'));
    s = reduceSeat(s, 'chat', chat(1, 'a again'));
    expect(s.chat.map((m) => m.text)).toEqual(['a again', 'b']);
    s = reduceSeat(s, 'proposal', { proposal: proposal(1, 'pending') });
    s = reduceSeat(s, 'proposal', { proposal: proposal(1, 'accepted') });
    expect(s.proposals.map((p) => p.status)).toEqual(['accepted']);
    s = reduceSeat(s, 'resolution', week(2));
    s = reduceSeat(s, 'resolution', week(1));
    s = reduceSeat(s, 'resolution', week(2));
    expect(s.history.map((r) => r.turn)).toEqual([1, 2]);
    expect(first).toEqual(emptySeatState());
  });

  it('lets a snapshot replace the lists, and ignores events that hold no state', () => {
    let s = reduceSeat(emptySeatState(), 'chat', chat(1, 'old'));
    s = reduceSeat(s, 'chat.history', { messages: [chat(5, 'new')] });
    expect(s.chat.map((m) => m.id)).toEqual([5]);
    s = reduceSeat(s, 'history', { resolutions: [week(3)] });
    expect(s.history.map((r) => r.turn)).toEqual([3]);
    expect(reduceSeat(s, 'notice', { key: 'notice.paused', params: {} })).toBe(s);
    expect(reduceSeat(s, 'ok', { type: 'ready', rid: 1 })).toBe(s);
  });

  it('drops what the old seat held when a welcome brings another seat', () => {
    let s = reduceSeat(emptySeatState(), 'welcome', welcome('algeria'));
    s = reduceSeat(s, 'draft', draft('algeria', 2));
    s = reduceSeat(s, 'chat', chat(1, 'team secret'));
    // The same seat again (a rename, a host change): everything stays.
    s = reduceSeat(s, 'welcome', { ...welcome('algeria'), nickname: 'Amina 2' });
    expect(s.drafts.algeria?.entries).toHaveLength(2);
    expect(s.chat).toHaveLength(1);
    // Moved to Mali: nothing of Algeria's stays.
    s = reduceSeat(s, 'welcome', welcome('mali'));
    expect(s.drafts).toEqual({});
    expect(s.chat).toEqual([]);
    expect(s.welcome?.seat).toEqual({ kind: 'role', role: 'mali' });
  });
});
