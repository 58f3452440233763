// The one place where words come from: i18next with three namespaces.
//   ui      the client's own strings (client/src/i18n/en.json)
//   engine  every engine text (shared/i18n/en.json), spoken through the engine's `say`
//   map     the map module's labels (English needs no resource: the map falls back to its own table)
// The home page carries only its own English (scripts/firstWords.ts); the rest (the match's,
// the console's and the debrief's words, the engine's news, actions, briefings, precedents)
// comes with the first screen that needs it, so a student's first download stays small.
// `lang` and `dir` on <html> follow the language, ready for Arabic's right-to-left layout.
import i18next from 'i18next';
import type { Text } from '../../../shared/index.ts';
import { say as engineSay } from '../../../shared/i18n/text.ts';
import firstWords from 'virtual:first-words';

export type Params = Record<string, unknown>;

const RTL = new Set(['ar', 'fa', 'he', 'ur']);

export const i18n = i18next.createInstance();

void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['ui', 'engine', 'map'],
  defaultNS: 'ui',
  resources: { en: firstWords },
  // Preact escapes text itself; i18next must not escape it a second time.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  showSupportNotice: false,
  // A word asked for that no language has is a bug (often a screen that used a word before it
  // was loaded): said loudly, so that the browser tests, which fail on console errors, catch it.
  // The map's English is its own fallback table, not a resource.
  saveMissing: true,
  missingKeyHandler: (_lngs, ns, key) => {
    if (ns !== 'map') console.error(`i18n: no word for "${ns}:${key}"`);
  },
});

function applyDocumentLanguage(lng: string): void {
  if (typeof document === 'undefined') return; // the unit tests run without a page
  const base = lng.split('-')[0];
  document.documentElement.lang = lng;
  document.documentElement.dir = RTL.has(base) ? 'rtl' : 'ltr';
  document.title = i18n.t('app.title');
}

i18n.on('languageChanged', applyDocumentLanguage);
applyDocumentLanguage(i18n.language || 'en');

let allWords: Promise<void> | undefined;
/** A screen past the home page has asked for its words (so English needs its later words from now on). */
let laterWanted = false;

/**
 * The rest of the English, fetched once (a chunk of its own); every lazily loaded screen waits
 * for it. A page in another language has all its own words (tests/unit/languages.test.ts) and
 * needs none of this English, until it switches to English (setLanguage waits for it then).
 */
export function loadAllWords(): Promise<void> {
  laterWanted = true;
  const base = (i18n.language || 'en').split('-')[0];
  return base === 'en' ? laterEnglish() : Promise.resolve();
}

/** What switching to English must wait for: its later words, if a screen already needs them. */
export const englishReady = (): Promise<void> => (laterWanted ? laterEnglish() : Promise.resolve());

function laterEnglish(): Promise<void> {
  return (allWords ??= import('virtual:later-words').then(
    ({ default: later }) => {
      i18n.addResourceBundle('en', 'ui', later.ui, true, true);
      i18n.addResourceBundle('en', 'engine', later.engine, true, true);
    },
    (error: unknown) => {
      allWords = undefined;
      throw error;
    },
  ));
}

/** A client string. */
export const t = (key: string, params?: Params): string => i18n.t(key, { ns: 'ui', ...params }) as string;

/** Whether the client has a string for this key (with `count`, a key that exists only in plural forms). */
export const hasUi = (key: string, params?: Params): boolean => i18n.exists(key, { ns: 'ui', ...params });

/** A raw engine message key (names, actions, rungs...). */
export const te = (key: string, params?: Params): string => i18n.t(key, { ns: 'engine', ...params }) as string;
export const hasEngine = (key: string): boolean => i18n.exists(key, { ns: 'engine' });

/**
 * An engine Text: a key and its parameters, with role, country and option names localised.
 * A sentence that opens with a name ("the AES recalls…") gets its capital letter back.
 */
export const say = (text: Text): string => sentence(engineSay(text, te, hasEngine));

/** The first letter in upper case, as the language does it (a no-op in scripts without case). */
export function sentence(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase(i18n.language) + s.slice(1) : s;
}

/** The map's translator: its keys are flat, dotted strings. */
export const tMap = (key: string, params?: Record<string, string | number>): string =>
  i18n.t(key, { ns: 'map', keySeparator: false, ...params }) as string;

/** Signed numbers as the language writes them: +3, −2, 0 (isolated left to right inside right-to-left text, so "+3" never reads "3+"). */
export function signed(n: number): string {
  const s = new Intl.NumberFormat(i18n.language, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(n);
  return i18n.dir(i18n.language) === 'rtl' ? `\u2066${s}\u2069` : s;
}

/** "Algeria, Mali and the AES" as the language lists things. */
export function list(items: string[]): string {
  return new Intl.ListFormat(i18n.language, { style: 'long', type: 'conjunction' }).format(items);
}

export function number(n: number): string {
  return new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n);
}

/** "2025-04-07" or "2025-04" as the language writes dates. */
export function formatDate(iso: string): string {
  const parts = iso.split('-').map(Number);
  if (parts.length < 2 || parts.some((p) => !Number.isFinite(p))) return iso;
  const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] ?? 1));
  const opts: Intl.DateTimeFormatOptions = parts.length >= 3 ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(i18n.language, opts).format(date);
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return t('time.clock', { m: String(m).padStart(2, '0'), s: String(s).padStart(2, '0') });
}

export function formatTime(at: number): string {
  return new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}
