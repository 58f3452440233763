// Colyseus' WebSocket transport pings every connection at once each ping interval (3 s),
// and ends a connection after two unanswered pings. With a whole school on one process
// that is 4,000 socket writes in one turn of the event loop: about 100 ms in which no
// message is read. This transport keeps the same rule (each connection pinged once per
// interval, ended after the same number of unanswered pings) but pings a slice of the
// connections at a time, PING_SLICES slices per interval.
import type WebSocket from 'ws';
import { WebSocketTransport } from '@colyseus/ws-transport';

export const PING_SLICES = 30;

type Pinged = WebSocket & { pingCount: number; pingSlice?: number };
const noop = () => undefined;

export class SpreadPingTransport extends WebSocketTransport {
  protected override autoTerminateUnresponsiveClients(pingInterval: number, pingMaxRetries: number): void {
    let tick = 0;
    let joined = 0;
    this.pingInterval = setInterval(() => {
      const slice = tick++ % PING_SLICES;
      for (const client of this.wss.clients as Set<Pinged>) {
        // Each connection takes the next slice as it is first seen, so slices stay even.
        client.pingSlice ??= joined++ % PING_SLICES;
        if (client.pingSlice !== slice) continue;
        if (client.pingCount >= pingMaxRetries) {
          client.terminate();
          continue;
        }
        client.pingCount++;
        client.ping(noop);
      }
    }, pingInterval / PING_SLICES);
  }
}
