// A Match without a network or a database: a port that records what members are sent
// (on a clock moved by hand) and a record that keeps nothing.
import type { RoomPort } from '../../server/match/port.ts';
import type { MatchLog } from '../../server/records/types.ts';
import { thinkHere } from '../../server/match/botSearch.ts';
import { keepsNothing } from '../../server/records/keepsNothing.ts';

export interface Sent {
  to: string;
  type: string;
  payload: unknown;
}

/** The room clock, moved by hand: timers fire only when a test advances it past them. */
export interface Clock {
  now: number;
  timers: { at: number; fn: () => void; cleared: boolean }[];
}

export function advance(clock: Clock, ms: number): void {
  clock.now += ms;
  for (const t of [...clock.timers].sort((a, b) => a.at - b.at)) {
    if (t.cleared || t.at > clock.now) continue;
    t.cleared = true;
    t.fn();
  }
}

export function recordingPort(sent: Sent[], encodings: { count: number }, clock: Clock = { now: 1_000, timers: [] }): RoomPort {
  const sendEncodedTo = (ids: readonly string[], bytes: Uint8Array) => {
    const { type, payload } = JSON.parse(new TextDecoder().decode(bytes)) as { type: string; payload: unknown };
    for (const to of ids) sent.push({ to, type, payload });
  };
  return {
    send: (to, type, payload) => void sent.push({ to, type, payload: structuredClone(payload) }),
    sendNow: (to, type, payload) => void sent.push({ to, type, payload: structuredClone(payload) }),
    encode: (type, payload) => {
      encodings.count++;
      return new TextEncoder().encode(JSON.stringify({ type, payload }));
    },
    sendEncoded: (to, bytes) => sendEncodedTo([to], bytes),
    sendEncodedTo,
    close: () => undefined,
    later: (ms, fn) => {
      const t = { at: clock.now + ms, fn, cleared: false };
      clock.timers.push(t);
      return { clear: () => void (t.cleared = true) };
    },
    now: () => clock.now,
    listingChanged: () => undefined,
    setListed: () => undefined,
    think: thinkHere,
  };
}

/** A record that keeps nothing: this test is about what members are sent. */
export const noRecord: MatchLog = keepsNothing('m-1');
