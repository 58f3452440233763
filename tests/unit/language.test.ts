// Choosing the page's language: from the link, the device, the browser; links that suggest it.
import { describe, expect, it } from 'vitest';
import { fromAddress, fromBrowser, isLang } from '../../client/src/i18n/language.ts';

describe('the page language', () => {
  it('takes the first of the browser\'s languages that the game speaks', () => {
    expect(fromBrowser(['de-DE', 'fr-FR', 'en'])).toBe('fr');
    expect(fromBrowser(['ar-DZ'])).toBe('ar');
    expect(fromBrowser(['de', 'es'])).toBeUndefined();
  });

  it('reads ?lang= from a link, and ignores what it does not speak', () => {
    expect(fromAddress('?lang=ar')).toBe('ar');
    expect(fromAddress('?code=ABCDE&lang=fr')).toBe('fr');
    expect(fromAddress('?lang=de')).toBeUndefined();
    expect(fromAddress('')).toBeUndefined();
    expect(isLang('en')).toBe(true);
  });
});
