// Play again: a solo match starts a new one with the same role; an online player creates a
// match with the same options and posts its link in the public channel, where the others
// find a button to follow. In a class session the next match is the teacher's (a new session).
import type { CreateOptions } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { inviteLink, isCode } from '../net/endpoint.ts';
import { link } from '../net/matchLink.ts';
import { myRole } from '../state/selectors.ts';
import { store, useStore } from '../state/store.ts';

const REMATCH_RE = /\/join\/([A-Z2-9]{5})$/;

/** A rematch link someone posted in the public channel of this match. */
export function rematchCode(text: string): string | undefined {
  const m = REMATCH_RE.exec(text.trim());
  return m && isCode(m[1]) && text.trim().startsWith(location.origin) ? m[1] : undefined;
}

export function Rematch() {
  const s = useStore((x) => x);
  const role = myRole(s);
  const offered = [...s.chat].reverse().map((m) => (m.channel === 'public' ? rematchCode(m.text) : undefined)).find(Boolean);
  const synced = s.synced;
  const again = async () => {
    const old = store.get();
    const o = synced?.options;
    const base: CreateOptions = old.lastCreate?.options ?? {};
    const options: CreateOptions = {
      ...base,
      ...(o ? { turns: o.turns, planningSeconds: o.planningSeconds, mediator: o.mediator, bots: o.bots, apPerTurn: o.apPerTurn, public: o.public, title: o.title } : {}),
      ...(role ? { role } : {}),
      ...(old.welcome?.nickname ? { nickname: old.welcome.nickname } : {}),
    };
    // Players tell the table where the rematch is; spectators cannot write there.
    await link.rematch(options, old.solo, (code) => (role && !old.solo ? inviteLink(code) : undefined));
  };
  const follow = async (code: string) => {
    const nickname = store.get().welcome?.nickname;
    await link.leave();
    await link.join(code, { ...(role ? { role } : {}), ...(nickname ? { nickname } : {}) });
  };
  if (s.welcome?.classroom) return null;
  return (
    <>
      <button type="button" class="btn btn-primary" onClick={() => void again()} data-testid="rematch">
        {s.solo ? t('end.playAgain') : t('end.rematch')}
      </button>
      {offered && offered !== s.code ? (
        <button type="button" class="btn" onClick={() => void follow(offered)} data-testid="join-rematch">
          {t('end.joinRematch', { code: offered })}
        </button>
      ) : null}
    </>
  );
}
