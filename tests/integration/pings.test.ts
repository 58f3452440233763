// The server's heartbeat (server/pings.ts): every connection is still pinged once per
// interval and ended after the same unanswered pings as Colyseus' own, but the pings of
// many connections are spread over the interval instead of all sent in one turn.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { type WebSocketServer } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { PING_SLICES, SpreadPingTransport } from '../../server/pings.ts';

const INTERVAL_MS = 600;
let closeAll: (() => Promise<void>) | undefined;
afterEach(async () => closeAll?.());

async function transportWithClients(count: number, answer: (i: number) => boolean) {
  const server = http.createServer();
  const transport = new SpreadPingTransport({ server, pingInterval: INTERVAL_MS, pingMaxRetries: 2 });
  // The transport's own handler would look for a room: these sockets only need to stay open,
  // with the count of unanswered pings it keeps (reset by each pong).
  const wss = (transport as unknown as { wss: WebSocketServer }).wss;
  wss.removeAllListeners('connection');
  wss.on('connection', (ws: WebSocket & { pingCount: number }) => {
    ws.pingCount = 0;
    ws.on('pong', () => (ws.pingCount = 0));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const pings: number[][] = [];
  const closed: boolean[] = [];
  const clients = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      pings.push([]);
      closed.push(false);
      const ws = new WebSocket(url, { autoPong: answer(i) });
      ws.on('ping', () => pings[i].push(performance.now()));
      ws.on('close', () => (closed[i] = true));
      return new Promise<WebSocket>((resolve) => ws.once('open', () => resolve(ws)));
    }),
  );
  closeAll = async () => {
    for (const c of clients) c.terminate();
    transport.shutdown();
    await new Promise((r) => server.close(r));
  };
  return { pings, closed, t0: performance.now() };
}

describe('the server heartbeat', () => {
  it('pings each connection once per interval, spread over it', async () => {
    const { pings } = await transportWithClients(PING_SLICES, () => true);
    await new Promise((r) => setTimeout(r, INTERVAL_MS * 2.5));
    // Each connection: two pings, one interval apart.
    for (const p of pings) {
      expect(p.length).toBeGreaterThanOrEqual(2);
      expect(p.length).toBeLessThanOrEqual(3);
      expect(p[1] - p[0]).toBeGreaterThan(INTERVAL_MS * 0.7);
    }
    // Not all at once: the first pings came in many different turns, spread over an interval.
    const first = pings.map((p) => p[0]).sort((a, b) => a - b);
    expect(new Set(first.map((t) => Math.round(t / 5))).size).toBeGreaterThan(PING_SLICES / 2);
    expect(first.at(-1)! - first[0]).toBeGreaterThan(INTERVAL_MS / 2);
  });

  it('ends a connection that leaves two pings unanswered, and no other', async () => {
    const { closed } = await transportWithClients(6, (i) => i !== 2);
    await new Promise((r) => setTimeout(r, INTERVAL_MS * 3.5));
    expect(closed).toEqual([false, false, true, false, false, false]);
  });
});
