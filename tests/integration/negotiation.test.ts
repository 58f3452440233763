// Teams, channels, formal proposals and the host's controls over real clients.
import { describe, expect, it } from 'vitest';
import { JOIN_ERROR_CODE } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';
import { planningOf } from './play.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const calm = (target: string) => ({ action: 'statement', target, option: 'conciliatory' });

describe('teams and channels', () => {
  it('a team shares one draft and its channel; with captainOnly only the captain marks it ready', async () => {
    const algeria = await Client.create(server.url, 'algeria', { ...FAST, captainOnly: true, role: 'algeria' });
    const m1 = await Client.join(server.url, 'mali-1', algeria.code, { role: 'mali', nickname: 'Fatou' });
    const m2 = await Client.join(server.url, 'mali-2', algeria.code, { role: 'mali', nickname: 'Oumar' });
    const aes = await Client.join(server.url, 'aes', algeria.code, { role: 'auto' });
    const all = [algeria, m1, m2, aes];
    clients.push(...all);
    expect(aes.role).toBe('aes');
    await startAndPlan(algeria, all);
    expect(algeria.seat('mali')).toMatchObject({ players: 2, captain: m1.playerId });

    await m2.must('draft.add', { order: calm('algeria') });
    const seen = await m1.until("Oumar's edit", () => m1.drafts.get('mali')?.entries.length === 1 && m1.drafts.get('mali'));
    expect(seen.editedBy).toBe('Oumar');
    expect(seen.spent).toBe(1);
    expect((await m2.refused('ready', { ready: true })).code).toBe('notCaptain');
    await m1.must('ready', { ready: true });
    await algeria.until('mali ready', () => algeria.seat('mali')?.ready);
    // Any change to the draft clears the team's ready.
    await m2.must('draft.remove', { order: calm('algeria') });
    await algeria.until('mali no longer ready', () => algeria.seat('mali')?.ready === false);

    await m1.must('chat.send', { to: 'team', text: 'team only' });
    await algeria.must('chat.send', { to: 'mali', text: 'between us' });
    await aes.must('chat.send', { to: 'public', text: 'to the world' });
    await m2.until('team and pair messages', () => m2.chat.some((c) => c.text === 'team only') && m2.chat.some((c) => c.text === 'between us'));
    await aes.until('the public statement', () => aes.chat.some((c) => c.text === 'to the world'));
    await algeria.until('the public statement', () => algeria.chat.some((c) => c.text === 'to the world'));
    expect(aes.chat.map((c) => c.text)).toEqual(['to the world']);
    expect(algeria.chat.map((c) => c.text)).not.toContain('team only');
    const pair = m2.chat.find((c) => c.text === 'between us')!;
    expect(pair).toMatchObject({ channel: 'pair:algeria-mali', from: { role: 'algeria', playerId: algeria.playerId }, turn: 1 });
  });
});

describe('proposals', () => {
  it('are accepted into both drafts and carried out; a deal that does not fit stays pending; the rest expire', async () => {
    const algeria = await Client.create(server.url, 'algeria', { ...FAST, role: 'algeria' });
    const mali = await Client.join(server.url, 'mali', algeria.code, { role: 'mali' });
    const aes = await Client.join(server.url, 'aes', algeria.code, { role: 'aes' });
    const all = [algeria, mali, aes];
    clients.push(...all);
    await startAndPlan(algeria, all);

    await algeria.must('ready', { ready: true });
    await algeria.must('proposal.make', { to: 'mali', give: [calm('mali')], get: [calm('algeria')], note: 'Calm words both ways' });
    const offer = await mali.until('the offer', () => mali.proposals.get(1));
    expect(offer).toMatchObject({ from: 'algeria', to: 'mali', status: 'pending', note: 'Calm words both ways' });
    await mali.must('proposal.accept', { id: 1 });
    await algeria.until('accepted', () => algeria.proposals.get(1)?.status === 'accepted');
    expect(algeria.drafts.get('algeria')!.entries).toEqual([{ order: calm('mali'), proposal: 1 }]);
    await mali.until('the deal in the draft', () => mali.drafts.get('mali')?.entries.length === 1);
    expect(mali.drafts.get('mali')!.entries).toEqual([{ order: calm('algeria'), proposal: 1 }]);
    // Algeria's draft changed, so it is no longer ready.
    await algeria.until('algeria not ready', () => algeria.seat('algeria')?.ready === false);
    expect(aes.proposals.size).toBe(0);

    // A deal that does not fit Mali's draft: refused with the engine's reason, still pending.
    await mali.must('draft.add', { order: { action: 'summonAmbassador', target: 'algeria' } });
    await mali.must('draft.add', { order: { action: 'accuseTerrorism', target: 'algeria' } });
    await algeria.must('proposal.make', { to: 'mali', give: [], get: [{ action: 'recallAmbassador', target: 'algeria' }] });
    await mali.until('the second offer', () => mali.proposals.get(2));
    const err = await mali.refused('proposal.accept', { id: 2 });
    expect(err).toMatchObject({ code: 'proposalDoesNotFit', params: { id: 2, side: 'mali', reason: 'notEnoughAp' } });
    expect(err.reason?.key).toBe('reason.notEnoughAp');
    await algeria.until('told why', () => algeria.notices.find((n) => n.key === 'notice.proposalDoesNotFit'));
    expect(mali.proposals.get(2)!.status).toBe('pending');
    await algeria.must('proposal.make', { to: 'aes', give: [calm('aes')], get: [] });
    await algeria.must('proposal.withdraw', { id: 3 });
    await aes.until('withdrawn', () => aes.proposals.get(3)?.status === 'withdrawn');

    for (const p of all) await p.must('ready', { ready: true });
    const week = await aes.until('week 1', () => aes.resolutions.find((r) => r.turn === 1));
    expect(week.revealed.algeria).toContainEqual(calm('mali'));
    expect(week.revealed.mali).toContainEqual(calm('algeria'));
    await mali.until('the pending deal expired', () => mali.proposals.get(2)?.status === 'expired');
    await algeria.until('expired for the proposer too', () => algeria.proposals.get(2)?.status === 'expired');
    // A new week: proposals from the last one cannot be answered any more.
    await planningOf(mali, 2);
    expect((await mali.refused('proposal.accept', { id: 2 })).code).toBe('proposalClosed');
  });
});

describe('seats and host controls', () => {
  it('players choose seats in the lobby; the host changes options, hands over, and kicks', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    const guest = await Client.join(server.url, 'guest', host.code, { role: 'mali', nickname: 'Guest' });
    const other = await Client.join(server.url, 'other', host.code, {});
    clients.push(host, guest, other);
    expect(other.role).toBe('aes');
    expect(other.welcome!.nickname.length).toBeGreaterThan(0);

    await host.must('control', { command: 'settings', params: { options: { mediator: true, turns: 6, planningSeconds: 90 } } });
    await guest.until('the mediator seat', () => guest.state.seats.some((s) => s.role === 'mediator'));
    expect(guest.state.options).toMatchObject({ turns: 6, planningSeconds: 90, mediator: true });
    await guest.must('seat.choose', { seat: 'mediator' });
    await guest.until('seated as mediator', () => guest.role === 'mediator');
    await host.must('control', { command: 'settings', params: { options: { mediator: false } } });
    await guest.until('moved off the mediator seat', () => guest.role && guest.role !== 'mediator');
    await other.must('seat.choose', { seat: 'spectator' });
    await host.until('a spectator', () => host.state.spectatorCount === 1 && host.state.players.length === 2);

    await host.must('control', { command: 'makeHost', params: { playerId: guest.playerId } });
    await guest.until('host now', () => guest.welcome?.host && guest.state.host === guest.playerId);
    await host.until('no longer host', () => host.welcome?.host === false);
    expect((await host.refused('control', { command: 'start' })).code).toBe('notHost');

    const token = host.welcome!.seatToken;
    await guest.must('control', { command: 'kick', params: { playerId: host.playerId } });
    await host.until('kicked', () => host.left === 4003);
    expect(host.notices.map((n) => n.key)).toContain('notice.kicked');
    await guest.until('gone from the roster', () => guest.state.players.length === 1);
    const again = await Client.join(server.url, 'kicked', guest.code, { seatToken: token }).then(
      () => undefined,
      (e: { code: number; message: string }) => e,
    );
    expect(again?.code).toBe(JOIN_ERROR_CODE);
    expect(again?.message).toMatch(/^seatTokenUnknown/);
    await guest.must('control', { command: 'start' });
    await guest.until('started', () => guest.state.phase === 'planning');
    expect(guest.state.turn).toBe(1);
  });
});
