// How well the bots play: the one-step bots, or the expert at a level. On the solo card and
// in the lobby's options (the class console builds its own from the options' schema). Its words are
// in `common` (the home page's first download), not `console`, which loads later.
import { BOT_LEVEL_CHOICES, type BotLevelChoice } from '../../../shared/bots/levels.ts';
import { t } from '../i18n/index.ts';

/** `wide`: across both columns of a two-column form (the lobby's options), for the longer level names. */
export function BotLevelField({ label, value, onChange, wide }: { label: string; value: BotLevelChoice; onChange: (v: BotLevelChoice) => void; wide?: boolean }) {
  return (
    <label class={wide ? 'field span-2' : 'field'}>
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as BotLevelChoice)} data-testid="bot-level">
        {BOT_LEVEL_CHOICES.map((l) => (
          <option key={l} value={l}>
            {t(`common.botLevel.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
