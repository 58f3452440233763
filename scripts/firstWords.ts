// A Vite plugin for the client's first download: `virtual:first-words` is the part of the
// English words that the home page, the join form and the lobby speak; `virtual:later-words`
// is the rest, the families named below (the match, the console, the debrief, the engine's
// news, actions, briefings and precedents), which loads with the first screen that needs it
// (client/src/i18n, loadAllWords). A family not named here is in the first download, so a
// new one can never be missing from the home page. Used by the client's build and by the
// unit tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Families only the lazily loaded screens use, per namespace. */
export const LATER = {
  ui: ['briefing', 'card', 'console', 'deal', 'debrief', 'draft', 'grades', 'match', 'memo', 'participation', 'projector', 'replay', 'sources', 'spectator', 'talk'],
  engine: ['action', 'asymmetry', 'briefing', 'debrief', 'events', 'history', 'news', 'objective', 'precedent', 'report'],
} as const;

const SOURCES = {
  ui: fileURLToPath(new URL('../client/src/i18n/en.json', import.meta.url)),
  engine: fileURLToPath(new URL('../shared/i18n/en.json', import.meta.url)),
};

const PARTS = { 'virtual:first-words': false, 'virtual:later-words': true } as const;
type Part = keyof typeof PARTS;
const isPart = (id: string): id is Part => id in PARTS;

export function firstWords(): Plugin {
  return {
    name: 'sahel:first-words',
    resolveId: (id) => (isPart(id) ? `\0${id}` : undefined),
    load(id) {
      const part = id.slice(1);
      if (!id.startsWith('\0') || !isPart(part)) return undefined;
      const words: Record<string, Record<string, unknown>> = {};
      for (const ns of ['ui', 'engine'] as const) {
        this.addWatchFile(SOURCES[ns]);
        const all = JSON.parse(readFileSync(SOURCES[ns], 'utf8')) as Record<string, unknown>;
        const unknown = LATER[ns].filter((f) => !(f in all));
        if (unknown.length) this.error(`${SOURCES[ns]} has no ${unknown.join(', ')}`);
        const later = (family: string) => (LATER[ns] as readonly string[]).includes(family);
        words[ns] = Object.fromEntries(Object.entries(all).filter(([family]) => later(family) === PARTS[part]));
      }
      return `export default ${JSON.stringify(words)};`;
    },
  };
}
