// Join a match with its five-character code, as a player or as a spectator.
import { useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { isCode, normalizeCode } from '../net/endpoint.ts';
import { link } from '../net/matchLink.ts';

export function JoinCard({ nickname, busy }: { nickname: string; busy: boolean }) {
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const go = (spectate: boolean) => {
    const c = normalizeCode(code);
    if (!isCode(c)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void link.join(c, spectate ? { spectate: true, ...(nickname.trim() ? { nickname: nickname.trim() } : {}) } : { ...(nickname.trim() ? { nickname: nickname.trim() } : {}) });
  };
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
        <label class="field">
          <span>{t('home.join.code')}</span>
          <input
            type="text"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            maxLength={9}
            class="code-input"
            value={code}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'join-code-error' : undefined}
            onInput={(e) => setCode((e.target as HTMLInputElement).value.toUpperCase())}
            data-testid="join-code"
          />
        </label>
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="join-submit">
          {t('home.join.play')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={() => go(true)} data-testid="join-watch">
          {t('home.join.watch')}
        </button>
      </form>
      {invalid ? (
        <p id="join-code-error" class="field-error" role="alert">
          {t('home.join.badCode')}
        </p>
      ) : null}
    </section>
  );
}
