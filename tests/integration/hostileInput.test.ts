// What a curious or hostile client meets: payloads that are not plain objects, binary
// payloads, the message type '*', frames that are not the Colyseus protocol, and refused
// creates and joins. Each gets a short, clear answer and changes nothing; client mistakes
// are logged as such (info, no stack), never as server errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client as ColyseusClient } from 'colyseus.js';
import { WebSocket } from 'ws';
import { CLOSE_CODES, JOIN_ERROR_CODE } from '../../shared/protocol/index.ts';
import type { ErrorReply } from '../../shared/protocol/index.ts';
import { createLogger } from '../../server/log.ts';
import type { TestClient, TestServer } from './harness.ts';
import { bootServer, closeAll, FAST, startAndPlan, TestClient as Client } from './harness.ts';
import { serverSnapshot } from './serverSnapshot.ts';

let server: TestServer;
const clients: TestClient[] = [];
let host: TestClient;
let mali: TestClient;
const lines: { level: string; event: string; stack?: boolean }[] = [];

beforeAll(async () => {
  const log = createLogger({
    level: 'debug',
    pretty: false,
    write: (line) => {
      const l = JSON.parse(line) as { level: string; event: string };
      lines.push({ level: l.level, event: l.event, stack: line.includes('"stack"') });
    },
  });
  server = await bootServer({ log });
  host = await Client.create(server.url, 'host', { ...FAST, role: 'algeria' });
  mali = await Client.join(server.url, 'mali', host.code, { role: 'mali' });
  clients.push(host, mali);
  await startAndPlan(host, [host, mali]);
});
afterAll(async () => {
  await closeAll(clients);
  await server.close();
});

/** Send anything as a payload; wait for the next error reply. */
async function nextError(c: TestClient, send: () => void): Promise<ErrorReply> {
  const n = c.errors.length;
  send();
  return c.until('an error reply', () => c.errors.length > n && c.errors[n]);
}

describe('payloads', () => {
  it('only plain objects are payloads: null, timestamps, arrays, strings and numbers are refused', async () => {
    const before = serverSnapshot(host.code);
    for (const type of ['draft.clear', 'sync', 'ready']) {
      for (const payload of [null, new Date(0), [1, 2], 'x', 7, true]) {
        const err = await nextError(mali, () => mali.room.send(type, payload));
        expect(err.code, `${type} ${String(payload)}`).toBe('badMessage');
        expect(err.type).toBe(type);
        expect(String(err.params.detail)).toMatch(/send an object/);
      }
    }
    expect(serverSnapshot(host.code)).toBe(before);
  });

  it('a message may omit its payload: it stands for {}', async () => {
    await mali.must('draft.add', { order: { action: 'statement', target: 'algeria', option: 'firm' } });
    await mali.until('the order in the draft', () => mali.drafts.get('mali')?.entries.length === 1);
    mali.room.send('draft.clear');
    await mali.until('the draft emptied', () => mali.drafts.get('mali')?.entries.length === 0);
    // A payload without its required fields is still refused by its schema.
    const err = await nextError(mali, () => mali.room.send('ready'));
    expect(err.code).toBe('badMessage');
    expect(String(err.params.detail)).toMatch(/ready/);
  });

  it('binary payloads get a short reply, whatever their size', async () => {
    const before = serverSnapshot(host.code);
    for (const size of [3, 3_900]) {
      const framesBefore = mali.frames.length;
      const err = await nextError(mali, () => mali.room.sendBytes('draft.add', new Uint8Array(size).fill(7)));
      expect(err.code).toBe('badMessage');
      expect(String(err.params.detail)).toMatch(/binary/);
      const replyBytes = mali.frames.slice(framesBefore).reduce((n, f) => n + f.byteLength, 0);
      expect(replyBytes).toBeLessThan(400);
    }
    expect(serverSnapshot(host.code)).toBe(before);
  });

  it('schema errors are cut short: a payload cannot make its reply large', async () => {
    const orders = Array.from({ length: 12 }, () => ({ action: 'x'.repeat(41), target: 'y'.repeat(41), option: 'z'.repeat(41), extra: 1 }));
    const err = await mali.refused('draft.set', { orders });
    expect(err.code).toBe('badMessage');
    expect(String(err.params.detail).length).toBeLessThanOrEqual(240);
  });

  it("the message type '*' is refused as an unknown type, with its rid", async () => {
    const err = await mali.refused('*', { all: true });
    expect(err.code).toBe('unknownType');
    expect(err.type).toBe('*');
    expect(err.params.type).toBe('*');
    // A '*' whose payload is a string is not taken for a message of that type.
    const err2 = await nextError(mali, () => mali.room.send('*', 'draft.clear'));
    expect(err2.code).toBe('unknownType');
    expect(err2.type).toBe('*');
  });
});

describe('frames', () => {
  for (const [what, frame] of [
    ['an unknown protocol code', new Uint8Array([99, 1, 2, 3])],
    ['a text frame', 'hello'],
    ['an empty frame', new Uint8Array(0)],
  ] as const) {
    it(`${what} on a joined connection closes it with 4002, and nothing else`, async () => {
      const spy = await Client.join(server.url, 'spy', host.code, { spectate: true });
      clients.push(spy);
      await host.until('the spectator counted', () => host.state.spectatorCount === 1);
      const game = () => {
        const { engine, drafts, chat, proposals } = JSON.parse(serverSnapshot(host.code)) as Record<string, unknown>;
        return JSON.stringify({ engine, drafts, chat, proposals });
      };
      const before = game();
      const ws = (spy.room as unknown as { connection: { transport: { ws: WebSocket } } }).connection.transport.ws;
      ws.send(frame);
      await spy.until('the connection closed', () => spy.left === CLOSE_CODES.invalidFrame);
      await host.until('the spectator gone', () => host.state.spectatorCount === 0);
      expect(game()).toBe(before);
      await mali.must('sync');
    });
  }
});

describe('logs', () => {
  it('refused creates and joins are logged at info without a stack; no error lines', async () => {
    const c = new ColyseusClient(server.url);
    const refused = await c.create('match', { turns: 3 }).then(
      () => undefined,
      (e: { code: number; message: string }) => e,
    );
    expect(refused?.code).toBe(JOIN_ERROR_CODE);
    await c.joinById(host.code, { role: 'mediator' }).catch(() => undefined);
    await c.joinById(host.code, { seatToken: 'not-a-real-token' }).catch(() => undefined);
    // A WebSocket opened without a seat reservation (made up, or expired).
    const ws = new WebSocket(`${server.url}/someProcess/${host.code}?sessionId=made-up`);
    const closed = await new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    expect(closed).toBe(4002);
    await host.until('the refusals logged', () => lines.filter((l) => l.event === 'create.refused' || l.event === 'join.refused').length >= 3);
    const refusals = lines.filter((l) => l.event === 'create.refused' || l.event === 'join.refused');
    expect(refusals.every((l) => l.level === 'info' && !l.stack)).toBe(true);
    expect(lines.some((l) => l.event === 'colyseus.refused' && l.level === 'info' && !l.stack)).toBe(true);
    expect(lines.filter((l) => l.level === 'error')).toEqual([]);
  });
});
