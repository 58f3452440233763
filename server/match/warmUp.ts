// A fresh process runs a week's resolution cold: the engine, the projection of what each
// seat learns and its encoding are interpreted, then compiled while they run. On a school's
// server the first resolution of the day is also the one every class reaches at once, so
// the start plays a few class sessions in memory to their first resolution, through the
// inbox as a room would (no sockets, no records, no metrics, nothing kept), and that burst
// finds the code already compiled.
import { getMessageBytes, Protocol } from '@colyseus/core';
import { creationOptions } from '../../shared/protocol/index.ts';
import { WARM_UP_CLASSES } from '../config.ts';
import type { Logger } from '../log.ts';
import { createLogger } from '../log.ts';
import { uncounted } from '../metrics.ts';
import { keepsNothing } from '../records/keepsNothing.ts';
import { thinkHere } from './botSearch.ts';
import { Inbox } from './inbox.ts';
import { viewsBuilt } from './laterViews.ts';
import { Match } from './Match.ts';
import type { RoomPort } from './port.ts';
import { newMatchState } from './schema.ts';
import { admit } from './seating.ts';

export interface WarmedUp {
  classes: number;
  /** Those that reached their first resolution (all of them, unless the code broke). */
  resolved: number;
  /** Messages the inbox refused (none, unless the code broke). */
  refused: number;
  ms: number;
}

/** Frames encoded as a room encodes them, then dropped; timers never fire (the phases are moved by hand). */
function nowhere(refusals: { count: number }): RoomPort {
  const encode = (type: string, payload: unknown) => getMessageBytes.raw(Protocol.ROOM_DATA, type, payload);
  const send = (_to: string, type: string, payload: unknown) => {
    if (type === 'error') refusals.count++;
    encode(type, payload);
  };
  return {
    send,
    sendNow: send,
    encode,
    sendEncoded: () => undefined,
    sendEncodedTo: () => undefined,
    close: () => undefined,
    later: () => ({ clear: () => undefined }),
    now: () => Date.now(),
    listingChanged: () => undefined,
    setListed: () => undefined,
    think: thinkHere,
  };
}

/** One class session of a teacher and twenty students, played to its first resolution (its new views are built later). */
function playOneWeek(m: Match, i: number): void {
  const inbox = new Inbox(m);
  let rid = 0;
  const say = (sessionId: string, type: string, payload: Record<string, unknown>) => inbox.receive(sessionId, type, { ...payload, rid: ++rid });
  admit(m, 'teacher', {});
  const students = Array.from({ length: 20 }, (_, s) => admit(m, `student-${s}`, { nickname: `Student ${s + 1}` }).sessionId);
  m.project();
  say('teacher', 'control', { command: 'start' });
  m.endPhase(); // the briefing's clock, by hand
  m.project();
  for (const s of students) say(s, 'chat.send', { to: 'team', text: 'an idea' });
  for (const role of m.seatedRoles()) {
    const captain = m.members.captain(role)!.sessionId;
    const order = { action: 'statement', target: role === 'algeria' ? 'mali' : 'algeria', option: i % 2 ? 'firm' : 'conciliatory' };
    say(captain, 'draft.add', { order });
    say(captain, 'draft.remove', { order });
    say(captain, 'draft.add', { order });
    say(captain, 'ready', { ready: true });
  }
}

/** Plays `classes` class sessions to their first resolution and the views that follow it. */
export async function warmUp(log: Logger, classes = WARM_UP_CLASSES): Promise<WarmedUp> {
  const started = performance.now();
  const silent = createLogger({ level: 'silent', pretty: false, write: () => undefined });
  const refusals = { count: 0 };
  let resolved = 0;
  for (let i = 0; i < classes; i++) {
    const m = new Match(nowhere(refusals), newMatchState(), silent, keepsNothing('warm-up'), { code: 'WARMUP', options: creationOptions({ classroom: true, bots: false }), seed: i + 1 }, 0);
    uncounted(() => playOneWeek(m, i));
    if (m.phase === 'resolution') resolved++;
    await viewsBuilt();
    m.dispose();
  }
  const done: WarmedUp = { classes, resolved, refused: refusals.count, ms: Math.round(performance.now() - started) };
  if (resolved < classes || refusals.count) log.warn('server.warmUpIncomplete', { ...done });
  else log.info('server.warmedUp', { ...done });
  return done;
}
