// "Play solo against bots": one click, with the role and the length to choose if wanted.
import { useState } from 'preact/hooks';
import { ROLES } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { BotLevelField } from '../ui/BotLevelField.tsx';
import { WeeksField } from '../ui/LengthFields.tsx';
import type { BotLevelChoice } from '../../../shared/protocol/index.ts';
import { roleName } from '../ui/words.ts';
import type { SoloChoice } from './soloOptions.ts';
import { SOLO_DEFAULT_LEVEL, SOLO_DEFAULT_TURNS, SOLO_LENGTHS, soloOptions } from './soloOptions.ts';

const CHOICES: SoloChoice[] = ['random', ...ROLES];

export function SoloCard({ nickname, busy }: { nickname: string; busy: boolean }) {
  const [choice, setChoice] = useState<SoloChoice>('random');
  const [turns, setTurns] = useState<number>(SOLO_DEFAULT_TURNS);
  const [level, setLevel] = useState<BotLevelChoice>(SOLO_DEFAULT_LEVEL);
  const play = () => void link.create(soloOptions(choice, turns, nickname.trim() || undefined, level), true);
  return (
    <section class="card solo-card" aria-labelledby="solo-title">
      <h2 id="solo-title">{t('home.solo.title')}</h2>
      <p class="muted">{t('home.solo.lead')}</p>
      <fieldset class="choice-grid">
        <legend>{t('home.solo.role')}</legend>
        {CHOICES.map((c) => (
          <label key={c} class={`choice ${c !== 'random' ? `role-${c}` : ''}`}>
            <input type="radio" name="solo-role" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            {c !== 'random' ? <span class="role-swatch" aria-hidden="true" /> : null}
            <span>{c === 'random' ? t('home.solo.random') : roleName(c)}</span>
          </label>
        ))}
      </fieldset>
      <WeeksField label={t('home.solo.length')} value={turns} onChange={setTurns} choices={SOLO_LENGTHS} testId="solo-length" />
      <BotLevelField label={t('home.solo.level')} value={level} onChange={setLevel} />
      <button type="button" class="btn btn-primary btn-large" onClick={play} disabled={busy} data-testid="play-solo">
        {t('home.solo.play')}
      </button>
    </section>
  );
}
