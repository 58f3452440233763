// A Vite plugin for the client's first download: `virtual:first-words` is the part of the
// English words that the home page, the join form and the lobby speak. The families named
// below (the match, the console, the debrief, the engine's news, actions, briefings and
// precedents: about three quarters of the text) load with the first screen that needs them
// (client/src/i18n, loadAllWords). A family not named here is in the first download, so
// a new one can never be missing from the home page. Used by the client's build and by the
// unit tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Families only the lazily loaded screens use, per namespace. */
export const LATER = {
  ui: ['briefing', 'card', 'console', 'deal', 'debrief', 'draft', 'match', 'projector', 'replay', 'sources', 'spectator', 'talk'],
  engine: ['action', 'asymmetry', 'briefing', 'debrief', 'events', 'history', 'news', 'objective', 'precedent', 'report'],
} as const;

const SOURCES = {
  ui: fileURLToPath(new URL('../client/src/i18n/en.json', import.meta.url)),
  engine: fileURLToPath(new URL('../shared/i18n/en.json', import.meta.url)),
};

const ID = 'virtual:first-words';
const RESOLVED = `\0${ID}`;

export function firstWords(): Plugin {
  return {
    name: 'sahel:first-words',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const words: Record<string, Record<string, unknown>> = {};
      for (const ns of ['ui', 'engine'] as const) {
        this.addWatchFile(SOURCES[ns]);
        const all = JSON.parse(readFileSync(SOURCES[ns], 'utf8')) as Record<string, unknown>;
        const unknown = LATER[ns].filter((f) => !(f in all));
        if (unknown.length) this.error(`${SOURCES[ns]} has no ${unknown.join(', ')}`);
        words[ns] = Object.fromEntries(Object.entries(all).filter(([family]) => !(LATER[ns] as readonly string[]).includes(family)));
      }
      return `export default ${JSON.stringify(words)};`;
    },
  };
}
