// A moment as the page's language writes it ("12 May 2026, 10:41").
import { i18n } from '../i18n/index.ts';

export const when = (at: number): string => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
