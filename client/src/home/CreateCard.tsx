// Create an online match: the options of the server's match, the ones a host cares about.
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { PlanningField, WeeksField } from '../ui/LengthFields.tsx';


export function CreateCard({ nickname, busy }: { nickname: string; busy: boolean }) {
  const [title, setTitle] = useState('');
  const [turns, setTurns] = useState(8);
  const [planning, setPlanning] = useState(240);
  const [mediator, setMediator] = useState(false);
  const [bots, setBots] = useState(true);
  const [listed, setListed] = useState(true);
  const create = (e: Event) => {
    e.preventDefault();
    void link.create(
      {
        title: title.trim(),
        turns,
        planningSeconds: planning,
        mediator,
        bots,
        public: listed,
        ...(nickname.trim() ? { nickname: nickname.trim() } : {}),
      },
      false,
    );
  };
  return (
    <section class="card" aria-labelledby="create-title">
      <h2 id="create-title">{t('home.create.title')}</h2>
      <p class="muted">{t('home.create.lead')}</p>
      <form class="form-grid" onSubmit={create}>
        <label class="field span-2">
          <span>{t('home.create.matchTitle')}</span>
          <input type="text" value={title} maxLength={LIMITS.titleChars} placeholder={t('home.create.matchTitlePlaceholder')} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} data-testid="create-title" />
        </label>
        <WeeksField label={t('home.create.turns')} value={turns} onChange={setTurns} />
        <PlanningField label={t('home.create.planning')} value={planning} onChange={setPlanning} testId="create-planning" />
        <label class="check span-2">
          <input type="checkbox" checked={mediator} onChange={(e) => setMediator((e.target as HTMLInputElement).checked)} />
          <span>{t('home.create.mediator')}</span>
        </label>
        <label class="check span-2">
          <input type="checkbox" checked={bots} onChange={(e) => setBots((e.target as HTMLInputElement).checked)} />
          <span>{t('home.create.bots')}</span>
        </label>
        <label class="check span-2">
          <input type="checkbox" checked={listed} onChange={(e) => setListed((e.target as HTMLInputElement).checked)} />
          <span>{t('home.create.public')}</span>
        </label>
        <button type="submit" class="btn btn-primary span-2" disabled={busy} data-testid="create-match">
          {t('home.create.submit')}
        </button>
      </form>
    </section>
  );
}
