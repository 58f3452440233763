// Frames to one connection within a batch of sends leave in one socket write (server/match/corks.ts).
import { describe, expect, it } from 'vitest';
import type { Client } from '@colyseus/core';
import { WebSocket, WebSocketServer } from 'ws';
import { corkFor, inOneWrite } from '../../server/match/corks.ts';

function fakeClient() {
  const socket = { corks: 0, uncorks: 0, destroyed: false, cork() { this.corks++; }, uncork() { this.uncorks++; } };
  return { socket, client: { ref: { _socket: socket } } as unknown as Client };
}

describe('corked sockets', () => {
  it('corks a socket once per batch however many frames it gets, and uncorks it when the batch ends', () => {
    const a = fakeClient();
    const b = fakeClient();
    inOneWrite(() => {
      corkFor(a.client);
      inOneWrite(() => corkFor(a.client));
      corkFor(b.client);
      expect([a.socket.corks, b.socket.corks]).toEqual([1, 1]);
      // A batch inside a batch leaves the uncorking to the outer one.
      expect(a.socket.uncorks).toBe(0);
    });
    expect([a.socket.uncorks, b.socket.uncorks]).toEqual([1, 1]);
    inOneWrite(() => corkFor(a.client));
    expect([a.socket.corks, a.socket.uncorks]).toEqual([2, 2]);
  });

  it('corks nothing outside a batch, uncorks even when the batch throws, and leaves closed sockets and socketless clients alone', () => {
    const a = fakeClient();
    corkFor(a.client);
    expect(a.socket.corks).toBe(0);
    expect(() =>
      inOneWrite(() => {
        corkFor(a.client);
        throw new Error('a send failed');
      }),
    ).toThrow('a send failed');
    expect(a.socket.uncorks).toBe(1);
    inOneWrite(() => {
      corkFor(a.client);
      a.socket.destroyed = true;
    });
    expect(a.socket.uncorks).toBe(1);
    expect(() => inOneWrite(() => corkFor({} as Client))).not.toThrow();
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
