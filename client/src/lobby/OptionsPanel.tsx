// The match's options: the host may change them before the start; others read them.
import type { MatchOptionsPatch } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { BotLevelField } from '../ui/BotLevelField.tsx';
import { PlanningField, WeeksField } from '../ui/LengthFields.tsx';
import type { BotLevelChoice } from '../../../shared/protocol/index.ts';
import type { SyncedOptions } from '../state/store.ts';



export function OptionsPanel({ options, host }: { options: SyncedOptions; host: boolean }) {
  const change = (patch: MatchOptionsPatch) => link.send('control', { command: 'settings', params: { options: patch } });
  if (!host) {
    return (
      <section class="card options-panel" aria-labelledby="options-title">
        <h2 id="options-title">{t('lobby.options.title')}</h2>
        <dl class="facts">
          <dt>{t('lobby.options.turns')}</dt>
          <dd>{t('home.weeks', { count: options.turns })}</dd>
          <dt>{t('lobby.options.planning')}</dt>
          <dd>{t('home.minutes', { count: Math.round((options.planningSeconds / 60) * 10) / 10 })}</dd>
          <dt>{t('lobby.options.ap')}</dt>
          <dd>{options.apPerTurn}</dd>
          <dt>{t('lobby.options.mediator')}</dt>
          <dd>{options.mediator ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('lobby.options.bots')}</dt>
          <dd>{options.bots ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('lobby.options.botLevel')}</dt>
          <dd>{t(`common.botLevel.${options.botLevel}`)}</dd>
        </dl>
      </section>
    );
  }
  return (
    <section class="card options-panel" aria-labelledby="options-title">
      <h2 id="options-title">{t('lobby.options.title')}</h2>
      <div class="form-grid">
        <WeeksField label={t('lobby.options.turns')} value={options.turns} onChange={(turns) => change({ turns })} />
        <PlanningField label={t('lobby.options.planning')} value={options.planningSeconds} onChange={(planningSeconds) => change({ planningSeconds })} />
        <label class="check span-2">
          <input type="checkbox" checked={options.mediator} onChange={(e) => change({ mediator: (e.target as HTMLInputElement).checked })} />
          <span>{t('home.create.mediator')}</span>
        </label>
        <label class="check span-2">
          <input type="checkbox" checked={options.bots} onChange={(e) => change({ bots: (e.target as HTMLInputElement).checked })} />
          <span>{t('home.create.bots')}</span>
        </label>
        <BotLevelField label={t('lobby.options.botLevel')} value={options.botLevel as BotLevelChoice} onChange={(botLevel) => change({ botLevel })} wide />
        <label class="check span-2">
          <input type="checkbox" checked={options.public} onChange={(e) => change({ public: (e.target as HTMLInputElement).checked })} />
          <span>{t('home.create.public')}</span>
        </label>
      </div>
    </section>
  );
}
