// What the match needs from its Colyseus room, so that the match logic stays free of
// transport details: sending, closing, the room clock, and the lobby listing.
import type { Thinker } from './botSearch.ts';
import type { Listing, ServerMessage, ServerMessageType } from '../../shared/protocol/index.ts';

/** A message encoded for the wire once, to be sent as is to several members. */
export type Encoded = Uint8Array;

export interface Timer {
  clear(): void;
}

export interface RoomPort {
  /** Sent once the writes queued so far are done (see heldOutput.ts), like everything below. */
  send<T extends ServerMessageType>(sessionId: string, type: T, payload: ServerMessage<T>): void;
  /** Sent at once, ahead of anything held: only for what must get through while the records cannot write. */
  sendNow<T extends ServerMessageType>(sessionId: string, type: T, payload: ServerMessage<T>): void;
  /** Encode a message once (Colyseus' room-data frame)... */
  encode<T extends ServerMessageType>(type: T, payload: ServerMessage<T>): Encoded;
  /** ...and send those bytes to a session... */
  sendEncoded(sessionId: string, bytes: Encoded): void;
  /** ...or to several, in this order (an event: one held send for all who see it). */
  sendEncodedTo(sessionIds: readonly string[], bytes: Encoded): void;
  /** Disconnect a session with a WebSocket close code. */
  close(sessionId: string, code: number): void;
  /** A timer on the room's clock, cleared when the room is disposed. */
  later(ms: number, fn: () => void): Timer;
  now(): number;
  /** The lobby listing changed (the room coalesces these into one metadata write now and then). */
  listingChanged(listing: Listing): void;
  /** Show the match in the lobby or hide it (private matches, ended matches). */
  setListed(listed: boolean): void;
  /** Starts a bot's search: in a bot thread, or in this one between messages (botThreads.ts). */
  think: Thinker;
}

/** Close codes the server disconnects with: declared once, for the clients too, in shared/protocol/rules.ts. */
export { CLOSE_CODES } from '../../shared/protocol/index.ts';
