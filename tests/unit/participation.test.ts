// The participation counts (server/match/participation.ts): a student's row is made again
// only when something in it changed, since the console sends the teacher only the rows
// that are new objects; and a restore never leaves a row of the counts before it.
import { describe, expect, it } from 'vitest';
import { Participation } from '../../server/match/participation.ts';

const ana = { playerId: 'p-ana', nickname: 'Ana', role: 'mali' as const };
const ben = { playerId: 'p-ben', nickname: 'Ben', role: 'algeria' as const };

describe('participation rows', () => {
  it('keeps a row while nothing in it changed, and makes a new one with each count, rename or move', () => {
    const p = new Participation();
    const first = p.activity(ana);
    const other = p.activity(ben);
    expect(p.activity(ana)).toBe(first);
    p.said(ana.playerId, 'team:mali');
    const counted = p.activity(ana);
    expect(counted).not.toBe(first);
    expect(counted.messages).toEqual({ public: 0, team: 1, private: 0 });
    // Someone else's count leaves the row as it was.
    expect(p.activity(ben)).toBe(other);
    p.drafted({ playerId: ben.playerId, kind: 'edit', ordersAdded: 2 });
    expect(p.activity(ana)).toBe(counted);
    expect(p.activity(ben)).toMatchObject({ draftEdits: 1, ordersAdded: 2 });
    const renamed = p.activity({ ...ana, nickname: 'Ana B.' });
    expect(renamed).not.toBe(counted);
    expect(renamed).toMatchObject({ nickname: 'Ana B.', messages: { team: 1 } });
    const moved = p.activity({ ...ana, nickname: 'Ana B.', role: 'aes' });
    expect(moved).not.toBe(renamed);
    expect(moved.role).toBe('aes');
  });

  it('shares nothing a later count could change with a row already made', () => {
    const p = new Participation();
    p.said(ana.playerId, 'public');
    const row = p.activity(ana);
    p.said(ana.playerId, 'public');
    expect(row.messages.public).toBe(1);
    expect(p.activity(ana).messages.public).toBe(2);
  });

  it('gives the restored counts after a restore, and the recounted messages after a recount', () => {
    const p = new Participation();
    p.said(ana.playerId, 'team:mali');
    p.said(ana.playerId, 'team:mali');
    const before = p.activity(ana);
    expect(before.messages.team).toBe(2);
    p.recountMessages([{ from: { playerId: ana.playerId }, channel: 'public' } as never]);
    expect(p.activity(ana).messages).toEqual({ public: 1, team: 0, private: 0 });
    const restored = new Participation();
    restored.restore(p.snapshot());
    expect(restored.activity(ana)).toEqual(p.activity(ana));
    // A restore over counts already shown: the row is made from what was restored.
    const q = new Participation();
    q.said(ana.playerId, 'pair:algeria-mali');
    q.activity(ana);
    q.restore(p.snapshot());
    expect(q.activity(ana).messages).toEqual({ public: 1, team: 0, private: 0 });
  });
});
