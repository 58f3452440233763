// Records kept in memory, the newest `capacity` matches; enough until a database store exists.
import type { MatchHeader, MatchLog, MatchRecord, RecordStore } from './types.ts';

export class MemoryRecordStore implements RecordStore {
  private records = new Map<string, MatchRecord>();

  constructor(private capacity = 200) {}

  open(header: MatchHeader): MatchLog {
    const rec: MatchRecord = { header: structuredClone(header), seats: [], turns: [], chat: [], proposals: [] };
    this.records.set(header.matchId, rec);
    this.evict();
    return {
      options: (options, seed) => {
        rec.header.options = structuredClone(options);
        rec.header.seed = seed;
      },
      started: (initial, at) => {
        rec.initial = structuredClone(initial);
        rec.startedAt = at;
      },
      seat: (entry) => void rec.seats.push(structuredClone(entry)),
      chat: (message) => void rec.chat.push(structuredClone(message)),
      proposal: (p) => {
        const i = rec.proposals.findIndex((x) => x.id === p.id);
        if (i >= 0) rec.proposals[i] = structuredClone(p);
        else rec.proposals.push(structuredClone(p));
      },
      turn: (entry) => void rec.turns.push(structuredClone(entry)),
      ended: (at, end, outcome) => {
        if (rec.end) return;
        rec.endedAt = at;
        rec.end = end;
        if (outcome) rec.outcome = structuredClone(outcome);
      },
      read: () => structuredClone(rec),
    };
  }

  get(matchId: string): MatchRecord | undefined {
    const r = this.records.get(matchId);
    return r && structuredClone(r);
  }

  list(): MatchRecord[] {
    return [...this.records.values()].reverse().map((r) => structuredClone(r));
  }

  private evict(): void {
    while (this.records.size > this.capacity) {
      const oldest = this.records.keys().next().value as string;
      this.records.delete(oldest);
    }
  }
}
