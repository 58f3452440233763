// A client of the lobby room that keeps the live list of open public matches.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { Listing } from '../../shared/protocol/index.ts';
import { Waiters } from './waiters.ts';

/** A client of the lobby room: keeps the listing of open public matches as it changes. */
export class LobbyWatcher {
  readonly matches = new Map<string, Listing>();
  /** Every code the lobby ever listed. */
  readonly seen = new Set<string>();
  private waiters = new Waiters();
  private room!: Room;

  static async join(url: string): Promise<LobbyWatcher> {
    const w = new LobbyWatcher();
    w.room = await new Client(url).joinOrCreate('lobby');
    const put = (id: string, data: { metadata?: Listing; name?: string }) => {
      if (data.name !== 'match' || !data.metadata) return;
      w.matches.set(id, data.metadata);
      w.seen.add(id);
    };
    w.room.onMessage('rooms', (list: { roomId: string; metadata?: Listing; name?: string }[]) => {
      w.matches.clear();
      for (const r of list) put(r.roomId, r);
      w.notify();
    });
    w.room.onMessage('+', ([id, data]: [string, { metadata?: Listing; name?: string }]) => {
      put(id, data);
      w.notify();
    });
    w.room.onMessage('-', (id: string) => {
      w.matches.delete(id);
      w.notify();
    });
    return w;
  }

  until<T>(what: string, check: () => T | undefined | null | false, timeoutMs = 20_000): Promise<T> {
    const listed = () => JSON.stringify([...this.matches.values()]);
    return this.waiters.until(check, timeoutMs, (lastError) => `lobby: timed out waiting for ${what}; listed: ${listed()}${lastError ? `; last check error: ${String(lastError)}` : ''}`);
  }

  leave(): Promise<number> {
    return this.room.leave(true);
  }

  private notify(): void {
    this.waiters.notify();
  }
}
