// Opened from a class's join link or QR code (/join/CODE), on a phone: the code already
// filled in, a nickname (or none, and the server picks one), and one big button. The
// student gives no role: the server places them in a team.
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { setAddressCode } from '../net/endpoint.ts';
import { rememberNickname } from '../net/seatTokens.ts';
import { store } from '../state/store.ts';
import { CodeField, joinTyped } from '../home/CodeField.tsx';

export function ClassJoin({ code, nickname, busy }: { code: string; nickname: string; busy: boolean }) {
  const [typed, setTyped] = useState(code);
  const [name, setName] = useState(nickname);
  const [invalid, setInvalid] = useState(false);
  const join = (e: Event) => {
    e.preventDefault();
    if (name.trim()) rememberNickname(name.trim());
    setInvalid(!joinTyped(typed, name, false));
  };
  const watch = () => setInvalid(!joinTyped(typed, name, true));
  const away = () => {
    store.set({ invite: undefined });
    setAddressCode(undefined);
  };
  return (
    <section class="card class-join" aria-labelledby="class-join-title" data-testid="class-join">
      <h2 id="class-join-title">{t('classroom.join.title')}</h2>
      <p>{t('classroom.join.lead')}</p>
      <form class="class-join-form" onSubmit={join}>
        <CodeField value={typed} onInput={setTyped} invalid={invalid} name="class-code" />
        <label class="field">
          <span>{t('home.nickname')}</span>
          <input
            type="text"
            maxLength={LIMITS.nicknameChars}
            autoComplete="nickname"
            value={name}
            placeholder={t('home.nicknamePlaceholder')}
            onInput={(e) => setName((e.target as HTMLInputElement).value)}
            data-testid="class-nickname"
          />
        </label>
        <p class="muted small">{t('classroom.join.nameHint')}</p>
        <button type="submit" class="btn btn-primary btn-large" disabled={busy} data-testid="class-join-submit">
          {t('classroom.join.submit')}
        </button>
      </form>
      <div class="button-row class-join-more">
        <button type="button" class="btn btn-small" disabled={busy} onClick={watch} data-testid="class-watch">
          {t('classroom.join.watch')}
        </button>
        <button type="button" class="btn btn-small btn-quiet" onClick={away}>
          {t('classroom.join.home')}
        </button>
      </div>
    </section>
  );
}
