// The language picker on every screen: the three languages named in themselves. A change
// re-renders the page (useLanguage) and is remembered on this device.
import { useEffect, useState } from 'preact/hooks';
import { i18n, t } from '../i18n/index.ts';
import { currentLanguage, isLang, LANGUAGE_NAMES, LANGUAGES, setLanguage, type Lang } from '../i18n/language.ts';

/** The page's language, re-rendering the caller when it changes. */
export function useLanguage(): Lang {
  const [lang, setLang] = useState(currentLanguage());
  useEffect(() => {
    const on = () => setLang(currentLanguage());
    i18n.on('languageChanged', on);
    return () => i18n.off('languageChanged', on);
  }, []);
  return lang;
}

export function LanguagePicker({ class: cls = '' }: { class?: string }) {
  const lang = useLanguage();
  return (
    <label class={`language-picker ${cls}`}>
      <span class="visually-hidden">{t('language.label')}</span>
      <select
        value={lang}
        data-testid="language"
        onChange={(e) => {
          const v = (e.target as HTMLSelectElement).value;
          if (isLang(v)) void setLanguage(v);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l} dir={l === 'ar' ? 'rtl' : 'ltr'}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
