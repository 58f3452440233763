// The debrief's chat transcript: when each message was said, and how messages are grouped
// by moment and channel, in a fixed order whatever order the record lists them in.
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/index.ts';
import type { ChatMessage } from '../../shared/protocol/index.ts';
import { channelOf, momentOf, transcript } from '../../client/src/debrief/transcript.ts';

const STARTED = 1_000;
const ENDED = 9_000;

let ids = 0;
function msg(turn: number, channel: string, at: number, role: Role = 'algeria', nickname = 'Amina'): ChatMessage {
  return { id: ++ids, turn, channel, from: { playerId: `p-${nickname}`, nickname, role }, text: `${channel} at ${at}`, at };
}

describe('channelOf', () => {
  it('names the public channel, a team and a private pair', () => {
    expect(channelOf('public')).toEqual({ kind: 'public', roles: [] });
    expect(channelOf('team:mali')).toEqual({ kind: 'team', roles: ['mali'] });
    expect(channelOf('pair:algeria-aes')).toEqual({ kind: 'pair', roles: ['algeria', 'aes'] });
  });

  it('puts a pair in the game order of roles whichever way the id names it', () => {
    expect(channelOf('pair:aes-algeria').roles).toEqual(['algeria', 'aes']);
  });

  it('keeps channels it does not know apart', () => {
    expect(channelOf('team:nobody').kind).toBe('other');
    expect(channelOf('pair:algeria').kind).toBe('other');
    expect(channelOf('lobby').kind).toBe('other');
  });
});

describe('momentOf', () => {
  it('tells the lobby and the time after the end from the weeks, which share their turn numbers', () => {
    expect(momentOf(msg(1, 'public', STARTED - 1), STARTED, ENDED)).toEqual({ kind: 'before' });
    expect(momentOf(msg(1, 'public', STARTED), STARTED, ENDED)).toEqual({ kind: 'week', turn: 1 });
    expect(momentOf(msg(4, 'public', ENDED), STARTED, ENDED)).toEqual({ kind: 'week', turn: 4 });
    expect(momentOf(msg(4, 'public', ENDED + 1), STARTED, ENDED)).toEqual({ kind: 'after' });
  });

  it('counts everything as before the start in a match that never started', () => {
    expect(momentOf(msg(1, 'public', 5_000))).toEqual({ kind: 'before' });
  });
});

describe('transcript', () => {
  it('is empty without messages', () => {
    expect(transcript([], STARTED, ENDED)).toEqual([]);
  });

  it('groups by moment, then channel: public, teams and pairs in the order of roles', () => {
    const chat = [
      msg(2, 'pair:mali-algeria', 3_000, 'mali', 'Bakary'),
      msg(1, 'team:mali', 2_000, 'mali', 'Bakary'),
      msg(1, 'public', 500),
      msg(2, 'public', 3_100, 'aes', 'Chaima'),
      msg(1, 'team:algeria', 2_100),
      msg(1, 'pair:algeria-aes', 2_200),
      msg(1, 'public', 2_300, 'mali', 'Bakary'),
      msg(4, 'public', 9_500, 'mali', 'Bakary'),
      msg(1, 'pair:algeria-mali', 2_400),
    ];
    const parts = transcript([...chat].reverse(), STARTED, ENDED);
    expect(parts.map((p) => p.id)).toEqual(['before', 'week-1', 'week-2', 'after']);
    expect(parts.map((p) => p.count)).toEqual([1, 5, 2, 1]);
    expect(parts[1].channels.map((c) => c.channel)).toEqual(['public', 'team:algeria', 'team:mali', 'pair:algeria-mali', 'pair:algeria-aes']);
    expect(parts[2].channels.map((c) => c.channel)).toEqual(['public', 'pair:mali-algeria']);
    expect(parts[2].channels[1]).toMatchObject({ kind: 'pair', roles: ['algeria', 'mali'] });
    expect(parts[3].moment).toEqual({ kind: 'after' });
  });

  it('keeps the messages of a channel in the order they were sent', () => {
    const chat = [msg(3, 'public', 4_000, 'mali', 'Bakary'), msg(3, 'public', 4_100), msg(3, 'public', 4_200, 'aes', 'Chaima')];
    const [part] = transcript([chat[2], chat[0], chat[1]], STARTED, ENDED);
    expect(part.channels[0].messages.map((m) => m.from.nickname)).toEqual(['Bakary', 'Amina', 'Chaima']);
  });
});
