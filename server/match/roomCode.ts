// Short room codes that survive being read aloud or off a projector: five characters
// from an alphabet without I, O, 0 and 1. The code is the Colyseus roomId.
//
// Codes are claimed in Colyseus' presence, so that with Redis no two processes hand out
// the same one: HINCRBY is atomic and only the claim that takes the count to 1 wins.
// A code also stays taken while an unfinished match in the records holds it (its
// server may be restarting).
import { randomInt } from 'node:crypto';
import type { Presence } from '@colyseus/core';

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 5;
const CLAIMS = 'sahel:codes';

export function randomRoomCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export class RoomCodes {
  constructor(
    private presence: Presence,
    /** Whether an unfinished match in the records holds the code. */
    private heldByRecords: (code: string) => Promise<boolean>,
  ) {}

  async claim(): Promise<string> {
    for (;;) {
      const code = randomRoomCode();
      if ((await this.presence.hincrby(CLAIMS, code, 1)) !== 1) continue;
      if (!(await this.heldByRecords(code))) return code;
      // Its match is waiting to be restored by its server; leave the claim in place.
    }
  }

  /** A restored match takes its own code back, whoever's claim was left behind. */
  async reclaim(code: string): Promise<void> {
    await this.presence.hset(CLAIMS, code, '1');
  }

  async release(code: string): Promise<void> {
    await this.presence.hdel(CLAIMS, code);
  }
}

/** What a person typed, as a code: upper case, no spaces or dashes. */
export function normalizeRoomCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const isRoomCode = (s: string): boolean => new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(s);
