// How well the bots play: the one-step bots, or the expert at a level. On the solo card and
// in the lobby's options (the class console builds its own from the options' schema).
import type { BotLevelChoice } from '../../../shared/protocol/index.ts';
import { BOT_LEVEL_CHOICES } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';

export function BotLevelField({ label, value, onChange }: { label: string; value: BotLevelChoice; onChange: (v: BotLevelChoice) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as BotLevelChoice)} data-testid="bot-level">
        {BOT_LEVEL_CHOICES.map((l) => (
          <option key={l} value={l}>
            {t(`console.choice.botLevel.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
