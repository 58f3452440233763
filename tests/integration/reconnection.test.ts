// A refresh or a dropped network returns the player to the same seat and draft.
import { describe, expect, it } from 'vitest';
import { JOIN_ERROR_CODE } from '../../shared/protocol/index.ts';
import type { TestClient } from './harness.ts';
import { FAST, startAndPlan, suiteServer, TestClient as Client } from './harness.ts';

const clients: TestClient[] = [];
const server = suiteServer(clients);

const order = { action: 'statement', target: 'algeria', option: 'firm' };

async function matchInPlanning(): Promise<[TestClient, TestClient]> {
  const host = await Client.create(server.url, 'host', { ...FAST, takeoverGraceSeconds: 600, role: 'algeria' });
  const mali = await Client.join(server.url, 'mali', host.code, { role: 'mali', nickname: 'Awa' });
  clients.push(host, mali);
  await startAndPlan(host, [host, mali]);
  await mali.must('draft.add', { order });
  return [host, mali];
}

describe('reconnection', () => {
  it('a dropped connection comes back to the same seat and draft (Colyseus reconnection)', async () => {
    const [host, mali] = await matchInPlanning();
    const { playerId, seatToken } = mali.welcome!;
    mali.drop();
    await host.until('mali shown as disconnected', () => host.state.players.find((p) => p.id === playerId)?.connected === false);
    expect(host.seat('mali')!.bot).toBe(false);

    mali.drafts.clear();
    mali.welcome = undefined;
    await mali.reconnect();
    await mali.until('the snapshot', () => mali.welcome && mali.drafts.get('mali'));
    expect(mali.welcome!.playerId).toBe(playerId);
    expect(mali.welcome!.seatToken).toBe(seatToken);
    expect(mali.welcome!.seat).toEqual({ kind: 'role', role: 'mali' });
    expect(mali.drafts.get('mali')!.entries).toEqual([{ order }]);
    await host.until('mali connected again', () => host.state.players.find((p) => p.id === playerId)?.connected === true);
    // The seat works as before.
    await mali.must('draft.add', { order: { action: 'summonAmbassador', target: 'algeria' } });
    expect(host.state.phase).toBe('planning');
  });

  it('a refreshed page rejoins with its seat token, to the same seat and draft', async () => {
    const [host, mali] = await matchInPlanning();
    const { playerId } = mali.welcome!;
    mali.drop();
    await host.until('mali disconnected', () => host.state.players.find((p) => p.id === playerId)?.connected === false);
    mali.drafts.clear();
    await mali.rejoinWithToken();
    await mali.until('the snapshot', () => mali.drafts.get('mali'));
    expect(mali.welcome!.playerId).toBe(playerId);
    expect(mali.welcome!.nickname).toBe('Awa');
    expect(mali.drafts.get('mali')!.entries).toEqual([{ order }]);
    await host.until('mali back', () => host.state.players.find((p) => p.id === playerId)?.connected === true);
    expect(host.state.players.filter((p) => p.role === 'mali')).toHaveLength(1);
  });

  it('a second tab with the same seat token takes the seat over; the first is told and closed', async () => {
    const [host, mali] = await matchInPlanning();
    const tab = await Client.join(server.url, 'mali-tab-2', host.code, { seatToken: mali.welcome!.seatToken });
    clients.push(tab);
    await mali.until('closed as replaced', () => mali.left === 4005);
    expect(mali.notices.map((n) => n.key)).toContain('notice.replaced');
    expect(tab.welcome!.playerId).toBe(mali.welcome!.playerId);
    await tab.until('the draft', () => tab.drafts.get('mali')?.entries.length === 1);
    await tab.must('ready', { ready: true });
  });

  it('an unknown seat token is refused with a clear join error', async () => {
    const host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
    clients.push(host);
    const err = await Client.join(server.url, 'stranger', host.code, { seatToken: 'not-a-real-token' }).then(
      () => undefined,
      (e: { code: number; message: string }) => e,
    );
    expect(err?.code).toBe(JOIN_ERROR_CODE);
    expect(err?.message).toMatch(/^seatTokenUnknown: /);
  });
});
