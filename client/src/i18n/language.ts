// Which language the page speaks: `?lang=` on the link first (an invitation may suggest the
// teacher's), then this device's remembered choice, then the browser's languages, then English.
// English is always bundled; French and Arabic load as their own chunks when chosen. A projector
// remembers its language apart from the teacher's console, though both run in one browser.
import { englishReady, i18n } from './index.ts';

export const LANGUAGES = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the picker. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

type Bundle = { ui: object; engine: object; map: object };

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Bundle>> = {
  fr: async () => {
    const [ui, engine, map] = await Promise.all([import('./fr.json'), import('../../../shared/i18n/fr.json'), import('./map.fr.json')]);
    return { ui: ui.default, engine: engine.default, map: map.default };
  },
  ar: async () => {
    const [ui, engine, map] = await Promise.all([import('./ar.json'), import('../../../shared/i18n/ar.json'), import('./map.ar.json')]);
    return { ui: ui.default, engine: engine.default, map: map.default };
  },
};

export const isLang = (x: unknown): x is Lang => typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);

/** Which remembered choice this page uses: the projector's, or everyone else's. */
const storageKey = (): string => (location.pathname.startsWith('/projector/') ? 'sahel.lang.projector' : 'sahel.lang');

function remembered(): Lang | undefined {
  try {
    const v = localStorage.getItem(storageKey());
    return isLang(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The first of the browser's languages that the game speaks. */
export function fromBrowser(languages: readonly string[]): Lang | undefined {
  for (const l of languages) {
    const base = l.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return undefined;
}

/** The language asked for by the address (`?lang=fr`), if any. */
export function fromAddress(search = location.search): Lang | undefined {
  const v = new URLSearchParams(search).get('lang');
  return isLang(v) ? v : undefined;
}

export function initialLanguage(): Lang {
  return fromAddress() ?? remembered() ?? fromBrowser(navigator.languages ?? [navigator.language]) ?? 'en';
}

/** Loads a language's words if needed and switches the page to it; remembers the choice on this device. */
export async function setLanguage(lang: Lang, remember = true): Promise<void> {
  if (lang === 'en') await englishReady();
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'ui')) {
    const b = await LOADERS[lang]();
    i18n.addResourceBundle(lang, 'ui', b.ui);
    i18n.addResourceBundle(lang, 'engine', b.engine);
    i18n.addResourceBundle(lang, 'map', b.map);
  }
  await i18n.changeLanguage(lang);
  if (!remember) return;
  try {
    localStorage.setItem(storageKey(), lang);
  } catch {
    // A browser that refuses storage still switches; it just forgets next time.
  }
}

export const currentLanguage = (): Lang => (isLang(i18n.language) ? i18n.language : 'en');

/** A link of this client that carries the current language as a suggestion (`?lang=`). */
export function withLanguage(url: string, lang: Lang = currentLanguage()): string {
  if (lang === 'en') return url;
  const u = new URL(url, location.origin);
  u.searchParams.set('lang', lang);
  return url.startsWith('http') ? u.toString() : `${u.pathname}${u.search}${u.hash}`;
}
