// A nickname for whoever typed none, in the page's language; returning members keep theirs.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../client/src/i18n/index.ts';
import { setLanguage } from '../../client/src/i18n/language.ts';
import { generatedNickname, withNickname } from '../../client/src/net/nickname.ts';

describe('generated nicknames', () => {
  it('are a title and a number in the page language', async () => {
    expect(generatedNickname(() => 0)).toBe('Envoy 10');
    expect(generatedNickname(() => 0.999)).toBe('Observer 99');
    await setLanguage('fr', false);
    expect(generatedNickname(() => 0)).toBe('Émissaire 10');
    await setLanguage('ar', false);
    expect(generatedNickname(() => 0)).toBe('مبعوث 10');
    await i18n.changeLanguage('en');
  });

  it('fill only an empty nickname of a newcomer; a class session is opened by its teacher', () => {
    expect(withNickname({ nickname: 'Amina' })).toEqual({ nickname: 'Amina' });
    expect(withNickname({ seatToken: 'x'.repeat(12) })).toEqual({ seatToken: 'x'.repeat(12) });
    expect(withNickname({ teacherToken: 'y'.repeat(12) })).toEqual({ teacherToken: 'y'.repeat(12) });
    expect(withNickname({ projector: true })).toEqual({ projector: true });
    expect(withNickname({ classroom: true })).toEqual({ classroom: true, nickname: 'Teacher' });
    expect((withNickname({ spectate: true }) as { nickname?: string }).nickname).toMatch(/^[A-Z][a-zé]+ \d{2}$/);
  });
});
