// Short room codes that survive being read aloud or off a projector: five characters
// from an alphabet without I, O, 0 and 1. The code is the Colyseus roomId.
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 5;
const inUse = new Set<string>();

export function claimRoomCode(): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    if (!inUse.has(code)) {
      inUse.add(code);
      return code;
    }
  }
}

export function releaseRoomCode(code: string): void {
  inUse.delete(code);
}

/** What a person typed, as a code: upper case, no spaces or dashes. */
export function normalizeRoomCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

export const isRoomCode = (s: string): boolean => new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(s);
