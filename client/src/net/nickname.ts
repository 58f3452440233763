// A nickname for a player who left the box empty, in the page's own language ("Envoy 42",
// "Émissaire 42", "مبعوث 42"; "Teacher" for whoever opens a class session). The server's own
// defaults are English, for clients that send none.
import type { CreateOptions } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';

/** How many titles each language offers (`nickname.title.1` to `.8`), not the same words in each. */
const TITLES = 8;

export function generatedNickname(random: () => number = Math.random): string {
  const title = t(`nickname.title.${1 + Math.floor(random() * TITLES)}`);
  return t('nickname.generated', { title, n: String(10 + Math.floor(random() * 90)) });
}

/**
 * The options as given, with a nickname when the player typed none. Someone coming back
 * with a seat or teacher token keeps the name they had, and a projector is not a player.
 */
export function withNickname<O extends Partial<CreateOptions>>(options: O): O {
  if (options.nickname || options.seatToken || options.teacherToken || options.projector) return options;
  return { ...options, nickname: options.classroom ? t('nickname.teacher') : generatedNickname() };
}
