// Frames to one connection within a tick leave in one socket write (server/match/corks.ts).
import { describe, expect, it } from 'vitest';
import type { Client } from '@colyseus/core';
import { WebSocket, WebSocketServer } from 'ws';
import { corkFor } from '../../server/match/corks.ts';

function fakeClient() {
  const socket = { corks: 0, uncorks: 0, destroyed: false, cork() { this.corks++; }, uncork() { this.uncorks++; } };
  return { socket, client: { ref: { _socket: socket } } as unknown as Client };
}

describe('corked sockets', () => {
  it('corks a socket once per tick however many frames it gets, and uncorks it once the tick is done', async () => {
    const a = fakeClient();
    const b = fakeClient();
    corkFor(a.client);
    corkFor(a.client);
    corkFor(b.client);
    expect([a.socket.corks, b.socket.corks]).toEqual([1, 1]);
    expect(a.socket.uncorks).toBe(0);
    await new Promise<void>((r) => process.nextTick(r));
    expect([a.socket.uncorks, b.socket.uncorks]).toEqual([1, 1]);
    // The next tick corks it again.
    corkFor(a.client);
    expect(a.socket.corks).toBe(2);
    await new Promise<void>((r) => process.nextTick(r));
    expect(a.socket.uncorks).toBe(2);
  });

  it('leaves a closed socket alone, and a client without a socket', async () => {
    const a = fakeClient();
    corkFor(a.client);
    a.socket.destroyed = true;
    await new Promise<void>((r) => process.nextTick(r));
    expect(a.socket.uncorks).toBe(0);
    expect(() => corkFor({} as Client)).not.toThrow();
  });

  it("finds the socket where ws keeps it (a ws upgrade that moved it would silently stop the corking)", async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const joined = new Promise<WebSocket>((r) => server.once('connection', r));
    const port = (server.address() as { port: number }).port;
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    const ws = await joined;
    await new Promise((r) => (client.readyState === WebSocket.OPEN ? r(undefined) : client.once('open', r)));
    const socket = (ws as unknown as { _socket?: { cork: unknown; uncork: unknown } })._socket;
    expect(typeof socket?.cork).toBe('function');
    expect(typeof socket?.uncork).toBe('function');
    client.close();
    await new Promise((r) => server.close(r));
  });
});
