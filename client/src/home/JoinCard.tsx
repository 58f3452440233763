// Join a match with its five-character code, as a player or as a spectator.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { CodeField, joinTyped } from './CodeField.tsx';

export function JoinCard({ nickname, busy }: { nickname: string; busy: boolean }) {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const go = (spectate: boolean) => setInvalid(!joinTyped(code, nickname, spectate));
  return (
    <section class="card" aria-labelledby="join-title">
      <h2 id="join-title">{t('home.join.title')}</h2>
      <form
        class="join-row"
        onSubmit={(e) => {
          e.preventDefault();
          go(false);
        }}
      >
        <CodeField value={code} onInput={setCode} invalid={invalid} name="join-code" />
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="join-submit">
          {t('home.join.play')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => go(true)} data-testid="join-watch">
          {t('home.join.watch')}
        </button>
      </form>
    </section>
  );
}
