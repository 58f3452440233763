// Bad input: malformed, oversized, unknown, out-of-phase and out-of-role messages each
// get an `error` reply with a code and a readable reason, and change nothing on the
// server; chat has length and rate limits; nothing a client sends brings the server down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client as ColyseusClient } from 'colyseus.js';
import { JOIN_ERROR_CODE, LIMITS } from '../../shared/protocol/index.ts';
import type { ErrorReply } from '../../shared/protocol/index.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll, FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { serverSnapshot } from './serverSnapshot.ts';

let server: TestServer;
const clients: TestClient[] = [];
let host: TestClient;
let mali: TestClient;
let watcher: TestClient;

beforeAll(async () => {
  server = await bootServer();
  host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
  mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
  watcher = await Client.join(server.url, 'watcher', host.code, { spectate: true });
  clients.push(host, mali, watcher);
  await watcher.until('roster', () => watcher.state.players.length === 2);
});
afterAll(async () => {
  await closeAll(clients);
  await server.close();
});

/** Send a bad message; expect its error code, a readable message, and no change on the server. */
async function rejects(who: TestClient, type: string, payload: unknown, code: string): Promise<ErrorReply> {
  const before = serverSnapshot(host.code);
  const rid = `bad-${Math.random().toString(36).slice(2)}`;
  who.room.send(type, payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? { ...payload, rid } : payload);
  const err = await who.until(`error for ${type}`, () =>
    typeof payload === 'object' && payload !== null && !Array.isArray(payload) ? who.errors.find((e) => e.rid === rid) : who.errors.at(-1),
  );
  expect(err.code, `${type} ${JSON.stringify(payload)?.slice(0, 80)}: ${err.message}`).toBe(code);
  expect(err.key).toBe(`error.${code}`);
  expect(err.message.length).toBeGreaterThan(10);
  expect(err.message).not.toMatch(/\{\w+\}/);
  expect(serverSnapshot(host.code)).toBe(before);
  return err;
}

async function joinError(p: Promise<unknown>): Promise<{ code: number; message: string }> {
  return p.then(
    () => {
      throw new Error('the join should have failed');
    },
    (e: { code: number; message: string }) => e,
  );
}

describe('bad input', () => {
  it('bad create and join options are refused with a join error', async () => {
    const c = new ColyseusClient(server.url);
    let e = await joinError(c.create('match', { turns: 99 }));
    expect(e.code).toBe(JOIN_ERROR_CODE);
    expect(e.message).toMatch(/^badOptions: .*turns/);
    e = await joinError(c.create('match', { turns: 8, launchCodes: true }));
    expect(e.message).toMatch(/^badOptions: /);
    e = await joinError(c.joinById(host.code, { nickname: 'x'.repeat(LIMITS.nicknameChars + 1) }));
    expect(e.message).toMatch(/^badOptions: .*nickname/);
    e = await joinError(c.joinById(host.code, { color: 'red' }));
    expect(e.message).toMatch(/^badOptions: .*unknown option\(s\): color/);
    e = await joinError(c.joinById(host.code, { role: 'mediator' }));
    expect(e.message).toMatch(/^roleNotSeated: /);
    e = await joinError(c.joinById('ZZZZZ', {}));
    expect(e.message).toMatch(/not found/);
  });

  it('in the lobby: out-of-phase, out-of-role and malformed messages', async () => {
    expect(host.state.phase).toBe('lobby');
    await rejects(host, 'draft.add', { order: { action: 'statement', target: 'mali' } }, 'wrongPhase');
    await rejects(mali, 'ready', { ready: true }, 'wrongPhase');
    await rejects(mali, 'control', { command: 'start' }, 'notHost');
    await rejects(mali, 'control', { command: 'settings', params: { options: { turns: 5 } } }, 'notHost');
    await rejects(host, 'control', { command: 'settings', params: { options: { turns: 99 } } }, 'badMessage');
    await rejects(host, 'control', { command: 'settings', params: { options: { colour: 'red' } } }, 'badMessage');
    await rejects(host, 'control', { command: 'pause' }, 'wrongPhase');
    await rejects(host, 'seat.choose', { seat: 'mediator' }, 'roleNotSeated');
    await rejects(watcher, 'proposal.make', { to: 'mali', give: [], get: [{ action: 'statement' }] }, 'notAllowed');
  });

  it('malformed, oversized and unknown messages', async () => {
    await startAndPlan(host, [host, mali, watcher]);
    await rejects(mali, 'draft.add', { order: 5 }, 'badMessage');
    await rejects(mali, 'draft.add', { order: { action: 'statement', target: 'algeria', evil: true } }, 'badMessage');
    await rejects(mali, 'draft.add', {}, 'badMessage');
    await rejects(mali, 'draft.add', 'statement', 'badMessage');
    await rejects(mali, 'draft.add', [1, 2, 3], 'badMessage');
    await rejects(mali, 'draft.set', { orders: Array.from({ length: 13 }, () => ({ action: 'statement' })) }, 'badMessage');
    await rejects(mali, 'ready', { ready: 'yes' }, 'badMessage');
    await rejects(mali, 'control', { command: 'launchMissiles' }, 'badMessage');
    await rejects(mali, 'proposal.accept', { id: -1 }, 'badMessage');
    await rejects(mali, 'chat.send', { to: 'public', text: 'x'.repeat(LIMITS.chatChars + 1) }, 'badMessage');
    await rejects(mali, 'chat.send', { to: 'public', text: ' \u0000\u200b  ' }, 'badMessage');
    await rejects(mali, 'chat.send', { to: 'everyone', text: 'hi' }, 'badMessage');
    const big = await rejects(mali, 'chat.send', { to: 'public', text: 'x'.repeat(LIMITS.messageBytes + 100) }, 'tooLarge');
    expect(big.params.limit).toBe(LIMITS.messageBytes);
    await rejects(mali, 'hack', { all: true }, 'unknownType');
    await rejects(mali, 'constructor', {}, 'unknownType');
    await rejects(host, 'control', { command: 'extend', params: { seconds: 'lots' } }, 'badMessage');
    await rejects(host, 'control', { command: 'kick', params: {} }, 'badMessage');
    // A 64-bit integer arrives as a BigInt, which plain JSON cannot measure: still a clear refusal.
    const bigRid = 'bad-bigint';
    mali.room.send('ready', { ready: 2n ** 63n, rid: bigRid });
    const bigint = await mali.until('an error for a big integer', () => mali.errors.find((e) => e.rid === bigRid));
    expect(bigint.code).toBe('badMessage');
    // Binary payloads are not messages of the protocol.
    const before = serverSnapshot(host.code);
    const n = mali.errors.length;
    mali.room.sendBytes('draft.add', new Uint8Array([1, 2, 3]));
    await mali.until('an error for bytes', () => mali.errors.length > n);
    expect(mali.errors.at(-1)!.code).toBe('badMessage');
    expect(serverSnapshot(host.code)).toBe(before);
  });

  it('out-of-phase and out-of-role messages during planning', async () => {
    await rejects(host, 'seat.choose', { seat: 'aes' }, 'wrongPhase');
    await rejects(host, 'control', { command: 'start' }, 'wrongPhase');
    await rejects(host, 'control', { command: 'settings', params: { options: { turns: 6 } } }, 'wrongPhase');
    await rejects(watcher, 'draft.add', { order: { action: 'statement', target: 'mali', option: 'firm' } }, 'notAllowed');
    await rejects(watcher, 'ready', { ready: true }, 'notAllowed');
    await rejects(watcher, 'chat.send', { to: 'public', text: 'hello' }, 'notAllowed');
    await rejects(mali, 'control', { command: 'pause' }, 'notHost');
    await rejects(mali, 'control', { command: 'kick', params: { playerId: host.playerId } }, 'notHost');
    await rejects(host, 'control', { command: 'kick', params: { playerId: 'nobody' } }, 'unknownPlayer');
    await rejects(host, 'control', { command: 'kick', params: { playerId: host.playerId } }, 'notAllowed');
    await rejects(host, 'control', { command: 'resume' }, 'notPaused');
    // Orders the engine refuses, with the engine's reason.
    let err = await rejects(mali, 'draft.add', { order: { action: 'teleport' } }, 'orderRefused');
    expect(err.params.reason).toBe('unknownAction');
    expect(err.reason?.key).toBe('reason.unknownAction');
    err = await rejects(mali, 'draft.add', { order: { action: 'reinforceBorder' } }, 'orderRefused');
    expect(err.params.reason).toBe('notYourAction');
    await rejects(mali, 'draft.remove', { order: { action: 'statement', target: 'algeria', option: 'firm' } }, 'notInDraft');
    await mali.must('draft.set', {
      orders: [
        { action: 'statement', target: 'algeria', option: 'firm' },
        { action: 'summonAmbassador', target: 'algeria' },
        { action: 'accuseTerrorism', target: 'algeria' },
      ],
    });
    err = await rejects(mali, 'draft.add', { order: { action: 'recallAmbassador', target: 'algeria' } }, 'orderRefused');
    expect(err.params.reason).toBe('notEnoughAp');
    await rejects(mali, 'draft.set', { orders: [{ action: 'statement', target: 'algeria', option: 'firm' }, { action: 'teleport' }] }, 'orderRefused');
    // Proposals: unknown, not addressed to the sender, closed.
    await rejects(mali, 'proposal.accept', { id: 99 }, 'unknownProposal');
    await rejects(mali, 'proposal.make', { to: 'mali', give: [], get: [{ action: 'statement', target: 'algeria', option: 'firm' }] }, 'notAllowed');
    await rejects(mali, 'proposal.make', { to: 'mediator', give: [], get: [{ action: 'publicAppeal' }] }, 'roleNotSeated');
    await rejects(mali, 'proposal.make', { to: 'algeria', give: [], get: [{ action: 'droneMission' }] }, 'orderRefused');
    await rejects(mali, 'proposal.make', { to: 'algeria', give: [], get: [] }, 'badMessage');
    await mali.must('proposal.make', { to: 'algeria', give: [], get: [{ action: 'statement', target: 'mali', option: 'conciliatory' }] });
    await rejects(mali, 'proposal.accept', { id: 1 }, 'notAllowed');
    await rejects(host, 'proposal.withdraw', { id: 1 }, 'notAllowed');
    await host.must('proposal.decline', { id: 1 });
    await rejects(host, 'proposal.accept', { id: 1 }, 'proposalClosed');
    await rejects(watcher, 'proposal.decline', { id: 1 }, 'notAllowed');
  });

  it('chat: wrong channels and the rate limit', async () => {
    await rejects(mali, 'chat.send', { to: 'mali', text: 'talking to myself' }, 'badChannel');
    await rejects(mali, 'chat.send', { to: 'mediator', text: 'anyone there?' }, 'badChannel');
    for (let i = 0; i < LIMITS.chatBurst; i++) await host.must('chat.send', { to: 'team', text: `note ${i}` });
    const err = await rejects(host, 'chat.send', { to: 'team', text: 'one too many' }, 'chatRateLimited');
    expect(err.params).toEqual({ burst: LIMITS.chatBurst, seconds: LIMITS.chatWindowSeconds });
  });

  it('a flood is cut off, garbage bytes close only their own connection, and the server stays up', async () => {
    const spam = await Client.join(server.url, 'spam', host.code, { spectate: true });
    clients.push(spam);
    const before = serverSnapshot(host.code);
    for (let i = 0; i < LIMITS.messagesPerWindow + 20; i++) spam.room.send('hack', {});
    await spam.until('the flood limit', () => spam.errors.some((e) => e.code === 'rateLimited'));
    expect(serverSnapshot(host.code)).toBe(before);

    // Room data that is not msgpack makes Colyseus close that one connection (4002); so
    // does any other frame that is not the Colyseus protocol (see hostileInput.test.ts).
    const ws = (spam.room as unknown as { connection: { send(d: Uint8Array): void } }).connection;
    ws.send(new Uint8Array([13, 0xa4, 0x73, 0x79, 0x6e, 0x63, 0xc1, 0xc1, 0xff]));
    await spam.until('the garbage connection closed', () => spam.left === 4002);
    await host.until('the spectator gone', () => host.state.spectatorCount === 1);

    const health = (await (await fetch(`${server.http}/healthz`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    await mali.must('draft.clear');
    expect(host.state.phase).toBe('planning');
    for (const c of [host, mali, watcher]) expect(c.invalid).toEqual([]);
  });
});
