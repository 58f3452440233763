// The role briefings: every role has every part, in English words, each part resting on
// listed sources, and no party's briefing much longer than another's (the same weight for
// Algeria, Mali and the AES).
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json' with { type: 'json' };
import { PARTY_ROLES, ROLES } from '../../shared/rules/types.ts';
import { BRIEFINGS, BRIEFING_PARTS, briefingPartTitle } from '../../shared/scenario/briefings.ts';
import { SOURCES } from '../../shared/scenario/sources.ts';

function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : undefined;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe('role briefings', () => {
  it('give every role every part, in English words', () => {
    for (const part of BRIEFING_PARTS) expect(words(lookup(briefingPartTitle(part)) ?? ''), part).toBeGreaterThan(0);
    for (const role of ROLES) {
      expect(Object.keys(BRIEFINGS[role]).sort(), role).toEqual([...BRIEFING_PARTS].sort());
      for (const part of BRIEFING_PARTS) {
        const { text } = BRIEFINGS[role][part];
        expect(text, `${role}.${part}`).toBe(`briefing.${role}.${part}`);
        const wording = lookup(text);
        expect(wording, text).toBeDefined();
        expect(words(wording!), text).toBeGreaterThanOrEqual(30);
        // Whole sentences, with nothing left to fill in.
        expect(wording, text).toMatch(/^[A-Z].*[.!?]$/s);
        expect(wording, text).not.toMatch(/{{|}}/);
      }
    }
  });

  it('rest every part on listed sources', () => {
    for (const role of ROLES) {
      for (const part of BRIEFING_PARTS) {
        const { sources } = BRIEFINGS[role][part];
        expect(sources.length, `${role}.${part}`).toBeGreaterThan(0);
        expect(new Set(sources).size, `${role}.${part} lists a source twice`).toBe(sources.length);
        for (const id of sources) expect(SOURCES[id], `${role}.${part}: ${id}`).toBeDefined();
        // A phrase in quotation marks must be one a cited page printed (its recorded quotes).
        const quotes = sources.flatMap((id) => SOURCES[id]?.quotes ?? []).map((q) => q.replace(/[’‘]/g, "'").toLowerCase());
        for (const m of (lookup(BRIEFINGS[role][part].text) ?? '').matchAll(/“([^”]+)”|"([^"]+)"|«\s*([^»]+?)\s*»/g)) {
          const phrase = (m[1] ?? m[2] ?? m[3]).replace(/[’‘]/g, "'").toLowerCase();
          expect(quotes.some((q) => q.includes(phrase)), `${role}.${part} quotes "${phrase}"`).toBe(true);
        }
      }
    }
  });

  it('weigh the parties alike: the longest briefing at most 1.2 times the shortest', () => {
    const length = (role: string) => BRIEFING_PARTS.reduce((n, part) => n + words(lookup(`briefing.${role}.${part}`) ?? ''), 0);
    const lengths = PARTY_ROLES.map(length);
    expect(Math.max(...lengths) / Math.min(...lengths), JSON.stringify(Object.fromEntries(PARTY_ROLES.map((r, i) => [r, lengths[i]])))).toBeLessThanOrEqual(1.2);
    // The same holds part by part, so that no side's red lines get twice the room of another's.
    for (const part of BRIEFING_PARTS) {
      const each = PARTY_ROLES.map((r) => words(lookup(`briefing.${r}.${part}`) ?? ''));
      expect(Math.max(...each) / Math.min(...each), part).toBeLessThanOrEqual(1.3);
    }
  });

  it('give each party the same frame: its own claims as its own, the other side disputing', () => {
    for (const role of PARTY_ROLES) {
      expect(lookup(`briefing.${role}.who`), role).toMatch(/^You speak for /);
      expect(lookup(`briefing.${role}.redLines`), role).toMatch(/^As your governments? states? them: /);
      expect(lookup(`briefing.${role}.redLines`), role).toMatch(/(Algeria|Mali) disputes /);
    }
    // The AU role is hypothetical, and says so.
    expect(lookup('briefing.mediator.who')).toMatch(/hypothetical/);
  });
});
