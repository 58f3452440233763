// What each student did in a class session, counted as it happens (the intents call it),
// for the teacher's console, the debrief and the grades. Activity, not quality.
import type { ActivityCounts, ChannelId, ChatMessage, StudentActivity } from '../../shared/protocol/index.ts';
import type { StudentDraftChange } from '../records/types.ts';

const empty = (): ActivityCounts => ({ ordersAdded: 0, draftEdits: 0, proposalsMade: 0, proposalsAnswered: 0, messages: { public: 0, team: 0, private: 0 }, weeks: [], readyMarks: 0 });

/** A copy that shares nothing. Field by field: the live snapshot copies every student's counts after each change, and V8 (Node 20) spreads `{ ...c }` on a slow path. */
const copy = (c: ActivityCounts): ActivityCounts => ({
  ordersAdded: c.ordersAdded,
  draftEdits: c.draftEdits,
  proposalsMade: c.proposalsMade,
  proposalsAnswered: c.proposalsAnswered,
  messages: { public: c.messages.public, team: c.messages.team, private: c.messages.private },
  weeks: c.weeks.slice(),
  readyMarks: c.readyMarks,
});

const channelKind = (c: ChannelId): 'public' | 'team' | 'private' => (c === 'public' ? 'public' : c.startsWith('team:') ? 'team' : 'private');

export class Participation {
  private counts = new Map<string, ActivityCounts>();
  /** Goes up with every count: the console's copy of the table is refreshed from it now and then (outbox.ts). */
  version = 0;
  /**
   * Each student's row as last made, kept until a count of theirs (dropped by `of`) or while
   * their nickname and team stay the same: the same object, so the console sends only the
   * rows that are new objects.
   */
  private rows = new Map<string, StudentActivity>();

  private of(playerId: string): ActivityCounts {
    this.version++;
    this.rows.delete(playerId);
    let c = this.counts.get(playerId);
    if (!c) this.counts.set(playerId, (c = empty()));
    return c;
  }

  /** A student's draft change, as it happens and again from the draft log on restore. */
  drafted(change: StudentDraftChange): void {
    const c = this.of(change.playerId);
    if (change.kind === 'ready') {
      c.readyMarks++;
      return;
    }
    c.draftEdits++;
    c.ordersAdded += change.ordersAdded;
  }

  said(playerId: string, channel: ChannelId): void {
    this.of(playerId).messages[channelKind(channel)]++;
  }

  proposed(playerId: string): void {
    this.of(playerId).proposalsMade++;
  }

  answered(playerId: string): void {
    this.of(playerId).proposalsAnswered++;
  }

  /** The student was connected during this week; true if that is new. */
  present(playerId: string, week: number): boolean {
    if (this.counts.get(playerId)?.weeks.includes(week)) return false;
    this.of(playerId).weeks.push(week);
    return true;
  }

  /**
   * Messages are counted again from the chat log after a restart: a chat line is recorded
   * before it is acknowledged, so its count needs no live snapshot of its own.
   */
  recountMessages(chat: readonly ChatMessage[]): void {
    for (const c of this.counts.values()) c.messages = { public: 0, team: 0, private: 0 };
    this.rows.clear();
    for (const msg of chat) this.of(msg.from.playerId).messages[channelKind(msg.channel as ChannelId)]++;
  }

  /** A student's row; the same object as last time if nothing in it changed. */
  activity(p: { playerId: string; nickname: string; role: StudentActivity['role'] }): StudentActivity {
    const kept = this.rows.get(p.playerId);
    if (kept && kept.nickname === p.nickname && kept.role === p.role) return kept;
    const c = this.counts.get(p.playerId) ?? empty();
    // Field by field: V8 (Node 20) builds `{ ...p, more }` on a slow path, some 50 times slower.
    const row: StudentActivity = {
      playerId: p.playerId,
      nickname: p.nickname,
      role: p.role,
      ordersAdded: c.ordersAdded,
      draftEdits: c.draftEdits,
      proposalsMade: c.proposalsMade,
      proposalsAnswered: c.proposalsAnswered,
      messages: { ...c.messages },
      weeksConnected: c.weeks.length,
      readyMarks: c.readyMarks,
    };
    this.rows.set(p.playerId, row);
    return row;
  }

  snapshot(): Record<string, ActivityCounts> {
    const out: Record<string, ActivityCounts> = {};
    for (const [id, c] of this.counts) out[id] = copy(c);
    return out;
  }

  restore(s: Record<string, ActivityCounts> | undefined): void {
    this.counts = new Map(Object.entries(s ?? {}).map(([id, c]) => [id, copy(c)]));
    this.rows.clear();
  }
}
