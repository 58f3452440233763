// The room-code box shared by the home page's join card and a class's join card: what a
// person types becomes a code (upper case, no spaces), and a malformed one is said at once.
import { t } from '../i18n/index.ts';
import { isCode, normalizeCode } from '../net/endpoint.ts';
import { link } from '../net/matchLink.ts';

interface Props {
  value: string;
  onInput: (v: string) => void;
  invalid: boolean;
  /** Distinguishes the two cards' boxes (ids, test ids). */
  name: string;
}

export function CodeField({ value, onInput, invalid, name }: Props) {
  const errorId = `${name}-error`;
  return (
    <>
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
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onInput={(e) => onInput((e.target as HTMLInputElement).value.toUpperCase())}
          data-testid={name}
        />
      </label>
      {invalid ? (
        <p id={errorId} class="field-error" role="alert">
          {t('home.join.badCode')}
        </p>
      ) : null}
    </>
  );
}

/** Join (or watch) the match a typed code names; false, and nothing sent, when it is not a code. */
export function joinTyped(typed: string, nickname: string, spectate: boolean): boolean {
  const code = normalizeCode(typed);
  if (!isCode(code)) return false;
  const nick = nickname.trim();
  void link.join(code, { ...(spectate ? { spectate: true } : {}), ...(nick ? { nickname: nick } : {}) });
  return true;
}
