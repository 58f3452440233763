// The live list of open matches: the server's Colyseus lobby room pushes every change;
// if it cannot be joined, GET /api/matches is polled instead.
import { Client } from 'colyseus.js';
import type { Room } from 'colyseus.js';
import type { Listing } from '../../../shared/protocol/index.ts';
import { ROOM_NAMES } from '../../../shared/protocol/index.ts';
import { serverOrigin } from './endpoint.ts';

type RoomEntry = { roomId: string; metadata?: Listing };
const POLL_MS = 5000;

/** Calls `onChange` with the open matches until the returned function is called. */
export function watchOpenMatches(onChange: (list: Listing[]) => void): () => void {
  const rooms = new Map<string, Listing>();
  let stopped = false;
  let room: Room | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const emit = () => onChange([...rooms.values()].filter((l) => l.phase !== 'ended').sort((a, b) => b.createdAt - a.createdAt));

  const poll = async () => {
    try {
      const res = await fetch(`${serverOrigin()}/api/matches`, { headers: { Accept: 'application/json' } });
      if (res.ok) {
        const body = (await res.json()) as { matches?: Listing[] };
        rooms.clear();
        for (const l of body.matches ?? []) rooms.set(l.code, l);
        if (!stopped) emit();
      }
    } catch {
      // Try again later.
    }
    if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
  };

  new Client(serverOrigin())
    .joinOrCreate(ROOM_NAMES.lobby, { filter: { name: ROOM_NAMES.match } })
    .then((r) => {
      if (stopped) {
        void r.leave(true);
        return;
      }
      room = r;
      r.onMessage('rooms', (list: RoomEntry[]) => {
        rooms.clear();
        for (const e of list) if (e.metadata) rooms.set(e.roomId, e.metadata);
        emit();
      });
      r.onMessage('+', ([roomId, e]: [string, RoomEntry]) => {
        if (e.metadata) rooms.set(roomId, e.metadata);
        emit();
      });
      r.onMessage('-', (roomId: string) => {
        rooms.delete(roomId);
        emit();
      });
      r.onLeave(() => {
        if (!stopped) void poll();
      });
    })
    .catch(() => {
      if (!stopped) void poll();
    });

  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (room) void room.leave(true).catch(() => undefined);
  };
}
