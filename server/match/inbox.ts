// Every inbound message passes here: flood limit, size, known type, schema, seat kind
// and phase, then its handler. Anything refused gets an `error` reply and changes
// nothing; nothing a client sends can throw out of this function.
import type { ClientMessageType } from '../../shared/protocol/index.ts';
import { CLIENT_MESSAGES, isClientMessageType, LIMITS } from '../../shared/protocol/index.ts';
import { INTENTS } from './intents.ts';
import type { Match } from './Match.ts';
import type { Member } from './members.ts';
import { errorReply, Refusal } from './refusal.ts';
import { zodDetail } from './zodDetail.ts';
import { metrics } from '../metrics.ts';

function ridOf(payload: unknown): string | number | undefined {
  if (typeof payload !== 'object' || payload === null || !('rid' in payload)) return undefined;
  const rid = (payload as { rid: unknown }).rid;
  if (typeof rid === 'string' && rid.length <= 64) return rid;
  if (typeof rid === 'number' && Number.isInteger(rid)) return rid;
  return undefined;
}

/**
 * Payloads are msgpack maps: plain objects. An absent payload (`room.send(type)`) stands for
 * `{}`; null, arrays, binary, timestamps (Date) and other values are refused before their
 * schema is asked, with one short sentence (never one line per byte).
 */
function payloadProblem(payload: unknown): string | undefined {
  if (payload === undefined) return undefined;
  if (payload === null) return 'the payload is null; send an object (or no payload at all)';
  if (typeof payload !== 'object') return `the payload is a ${typeof payload}; send an object`;
  if (payload instanceof Uint8Array) return 'binary payloads are not accepted; send an object';
  if (Array.isArray(payload)) return 'the payload is an array; send an object';
  const proto = Object.getPrototypeOf(payload) as unknown;
  if (proto !== Object.prototype && proto !== null) return 'the payload is not a plain object (a timestamp or an extension type?); send an object';
  return undefined;
}

/** The payload's size as JSON; big integers count by their JSON form. */
function jsonSize(payload: unknown): number {
  try {
    // Without a replacer first: it calls back for every key, and only a big integer needs it (plain JSON throws on one).
    return Buffer.byteLength(JSON.stringify(payload ?? null) ?? '');
  } catch {
    try {
      return Buffer.byteLength(JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '');
    } catch {
      return Infinity;
    }
  }
}

export class Inbox {
  /** Per connection, when its recent messages arrived (a sliding window). */
  private traffic = new Map<string, number[]>();

  constructor(private m: Match) {}

  receive(sessionId: string, type: unknown, payload: unknown): void {
    const typeName = typeof type === 'string' ? type.slice(0, 64) : String(type);
    const rid = ridOf(payload);
    metrics.messageIn(type);
    try {
      this.countTraffic(sessionId);
      const size = payload instanceof Uint8Array ? payload.byteLength : jsonSize(payload);
      if (size > LIMITS.messageBytes) throw new Refusal('tooLarge', { size: Number.isFinite(size) ? size : -1, limit: LIMITS.messageBytes });
      if (!isClientMessageType(type)) throw new Refusal('unknownType', { type: typeName });
      const problem = payloadProblem(payload);
      if (problem) throw new Refusal('badMessage', { detail: problem });
      // Nothing is accepted that could not be recorded: the match holds until the store writes again.
      if (!this.m.record.health.writable) throw new Refusal('recordsUnavailable');
      const waited = this.m.projectionWaits;
      this.handle(sessionId, type, payload ?? {});
      // Every seat gets what the change means for it before the sender's `ok` (a chat line
      // or a proposal is an event already sent, and changes nothing derived). A message that
      // ended the week (the last `ready`) leaves the new views to laterViews.ts, as the clock would.
      if (waited || !this.m.projectionWaits) this.m.projectIfChanged();
      // Acknowledge only what is recorded: the live snapshot is handed to the store first,
      // and the `ok` waits until the store has written everything so far (see records/).
      this.m.saveNow();
      // Sent like everything else, so it waits for the store's write (heldOutput.ts) and leaves
      // with the sender's other frames of this change, in the same socket write.
      if (rid !== undefined) this.m.port.send(sessionId, 'ok', { type: typeName, rid });
    } catch (err) {
      const refusal = err instanceof Refusal ? err : new Refusal('internal');
      metrics.refused(refusal.code);
      if (err instanceof Refusal) this.m.log.debug('message.refused', { code: this.m.code, type: typeName, error: err.code, params: err.params });
      else this.m.log.error('message.failed', { code: this.m.code, type: typeName, error: err });
      // A refusal because the records cannot write must not wait behind what they cannot write.
      const reply = errorReply(refusal, typeName, rid);
      if (refusal.code === 'recordsUnavailable') this.m.port.sendNow(sessionId, 'error', reply);
      else this.m.port.send(sessionId, 'error', reply);
    }
  }

  forget(sessionId: string): void {
    this.traffic.delete(sessionId);
  }

  private handle(sessionId: string, type: ClientMessageType, payload: unknown): void {
    const m = this.m;
    const member = m.members.bySession(sessionId);
    if (!member) throw new Refusal('notAllowed', { seat: 'none', why: 'this connection holds no seat' });
    const spec = CLIENT_MESSAGES[type];
    const parsed = spec.schema.safeParse(payload);
    if (!parsed.success) throw new Refusal('badMessage', { detail: zodDetail(parsed.error) });
    if (spec.who === 'player' && member.seat.kind !== 'role') {
      throw new Refusal('notAllowed', { seat: member.seat.kind, why: 'only players seated in a role may do this' });
    }
    if (!(spec.phases as readonly string[]).includes(m.phase)) throw new Refusal('wrongPhase', { type, phase: m.phase });
    (INTENTS[type] as (m: Match, member: Member, msg: unknown) => void)(m, member, parsed.data);
  }

  /** A flood guard across all message types; messages it refuses do not count, so a client recovers as its window slides. */
  private countTraffic(sessionId: string): void {
    const now = this.m.port.now();
    const window = LIMITS.messageWindowSeconds * 1000;
    let recent = this.traffic.get(sessionId);
    if (!recent) this.traffic.set(sessionId, (recent = []));
    // Oldest first: what left the window is at the front (in place, not a new list per message).
    let gone = 0;
    while (gone < recent.length && now - recent[gone]! >= window) gone++;
    if (gone) recent.splice(0, gone);
    if (recent.length >= LIMITS.messagesPerWindow) {
      throw new Refusal('rateLimited', { limit: LIMITS.messagesPerWindow, seconds: LIMITS.messageWindowSeconds });
    }
    recent.push(now);
  }
}
