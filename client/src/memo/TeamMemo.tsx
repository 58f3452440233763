// A team's memo to its government at the end of a class session, written together: every
// member of the team types in the same text (the last change wins, as with the draft), and
// everyone sees who wrote in it. The guide is this match's own debrief prompts. Once the
// teacher reveals the memos, every team's memo is shown instead, to read.
import '../styles/memo.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/protocol/index.ts';
import { number, say, t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { myRole } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { MemoList } from './MemoList.tsx';

/** A change is sent once the typing pauses this long. */
const SEND_AFTER_MS = 700;
/** A teammate's change replaces the text box only when this student has not typed for this long. */
const QUIET_MS = 2000;

const GUIDE = ['wanted', 'did', 'cost', 'differently'] as const;

export function TeamMemo() {
  const memos = useStore((s) => s.memos);
  const role = useStore(myRole);
  if (!memos) return null;
  if (memos.revealed) {
    return (
      <section class="card team-memo" aria-labelledby="memo-title" data-testid="memos-revealed">
        <h2 id="memo-title">{t('memo.revealedTitle')}</h2>
        <p class="muted">{t('memo.revealedLead')}</p>
        <MemoList memos={memos.memos} testid="memo-list" />
      </section>
    );
  }
  const mine = role ? memos.memos.find((m) => m.role === role) : undefined;
  if (!mine) return null;
  return <MemoEditor key={mine.role} text={mine.text} version={mine.version} authors={mine.authors.map((a) => a.nickname)} prompts={memos.prompts} />;
}

function MemoEditor({ text, version, authors, prompts }: { text: string; version: number; authors: string[]; prompts: { key: string; params?: Record<string, string | number> }[] }) {
  const [local, setLocal] = useState(text);
  const typedAt = useRef(0);
  const pending = useRef(false);
  // A teammate's change shows at once, or as soon as this student pauses their own typing.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = () => {
      const quiet = Date.now() - typedAt.current;
      if (!pending.current && quiet >= QUIET_MS) setLocal(text);
      else timer = setTimeout(apply, Math.max(200, QUIET_MS - quiet));
    };
    apply();
    return () => clearTimeout(timer);
  }, [version, text]);
  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => {
      pending.current = false;
      link.send('memo.write', { text: local });
    }, SEND_AFTER_MS);
    return () => clearTimeout(timer);
  }, [local]);
  const saved = local === text;
  return (
    <section class="card team-memo" aria-labelledby="memo-title" data-testid="team-memo">
      <h2 id="memo-title">{t('memo.title')}</h2>
      <p class="muted">{t('memo.lead')}</p>
      <h3 class="small-title">{t('memo.guide.title')}</h3>
      <ul class="memo-guide">
        {GUIDE.map((g) => (
          <li key={g}>{t(`memo.guide.${g}`)}</li>
        ))}
      </ul>
      {prompts.length ? (
        <>
          <h3 class="small-title">{t('memo.fromMatch')}</h3>
          <ul class="memo-guide" data-testid="memo-prompts">
            {prompts.map((p, i) => (
              <li key={i}>{say(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <label class="field memo-field" for="memo-text">
        <span>{t('memo.label')}</span>
        <textarea
          id="memo-text"
          rows={9}
          maxLength={LIMITS.memoChars}
          value={local}
          onInput={(e) => {
            typedAt.current = Date.now();
            pending.current = true;
            setLocal((e.target as HTMLTextAreaElement).value);
          }}
          data-testid="memo-text"
        />
      </label>
      <p class="small muted memo-status">
        <span role="status" data-testid="memo-saved" data-saved={saved}>
          {saved ? t('memo.saved') : t('memo.saving')}
        </span>{' '}
        · {t('memo.chars', { n: number(local.length), max: number(LIMITS.memoChars) })}
      </p>
      <p class="small muted" data-testid="memo-authors">
        {authors.length ? t('memo.authors', { names: authors.join(', ') }) : t('memo.noAuthors')}
      </p>
    </section>
  );
}
