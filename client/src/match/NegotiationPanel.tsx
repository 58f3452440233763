// Talk: public statements, the team's own channel, a private channel with each other role,
// and formal proposals. Spectators read the public statements only.
import { useEffect, useState } from 'preact/hooks';
import type { PublicState, Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { link } from '../net/matchLink.ts';
import { myRole } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { store } from '../state/store.ts';
import { TabPanel, Tabs } from '../ui/Tabs.tsx';
import { roleName } from '../ui/words.ts';
import { ChatChannel } from './ChatChannel.tsx';
import { ProposalForm } from './ProposalForm.tsx';
import { ProposalList } from './ProposalList.tsx';
import { conversationsFor, unread } from './talk.ts';

export function NegotiationPanel({ s, state }: { s: AppState; state: PublicState }) {
  const role = myRole(s);
  const seated = (s.synced?.seats ?? []).map((x) => x.role);
  const convs = conversationsFor(role, seated);
  const current = convs.find((c) => c.id === s.talkTab) ?? convs[0];
  const me = s.welcome?.playerId;
  const planning = s.synced?.phase === 'planning';
  const [composing, setComposing] = useState(false);
  const channelMessages = current.channel ? s.chat.filter((m) => m.channel === current.channel) : [];
  const pendingToMe = s.proposals.filter((p) => p.status === 'pending' && p.to === role).length;

  // What is on screen counts as read.
  const lastId = channelMessages.length ? channelMessages[channelMessages.length - 1].id : 0;
  useEffect(() => {
    if (current.channel && lastId > (s.chatSeen[current.channel] ?? 0)) store.set((x) => ({ chatSeen: { ...x.chatSeen, [current.channel!]: lastId } }));
  }, [current.channel, lastId]);

  const label = (id: string) => (id === 'public' ? t('talk.public') : id === 'team' ? t('talk.team') : id === 'deals' ? t('talk.deals') : roleName(id));
  const items = convs.map((c) => {
    const n = c.channel ? unread(s.chat, c.channel, s.chatSeen[c.channel] ?? 0, me) : c.id === 'deals' ? pendingToMe : 0;
    return { id: c.id, label: label(c.id), badge: n, badgeLabel: c.id === 'deals' ? t('talk.pendingLabel', { count: n }) : t('talk.unreadLabel', { count: n }) };
  });
  const hint =
    current.id === 'public'
      ? role
        ? t('talk.hintPublic')
        : t('talk.hintPublicSpectator')
      : current.id === 'team'
        ? t('talk.hintTeam')
        : current.id === 'deals'
          ? ''
          : t('talk.hintPrivate', { role: roleName(current.id) });
  const others = seated.filter((r) => r !== role) as Role[];
  return (
    <section class="panel talk-panel" aria-labelledby="talk-title" data-testid="talk-panel">
      <h2 id="talk-title" class="panel-title">
        {role ? t('talk.title') : t('talk.titleSpectator')}
      </h2>
      {convs.length > 1 ? <Tabs items={items} current={current.id} onSelect={(id) => store.set({ talkTab: id })} label={t('talk.channels')} idPrefix="talk" class="talk-tabs" /> : null}
      <TabPanel idPrefix="talk" current={current.id} class="panel-scroll talk-body">
        {current.id === 'deals' && role ? (
          <div class="deals">
            {composing ? (
              <ProposalForm state={state} role={role} others={others} onDone={() => setComposing(false)} />
            ) : (
              <button type="button" class="btn btn-small btn-primary" disabled={!planning} onClick={() => setComposing(true)} data-testid="new-proposal">
                {t('deal.new')}
              </button>
            )}
            {!planning ? <p class="muted small">{t('deal.onlyPlanning')}</p> : null}
            <ProposalList proposals={s.proposals} role={role} planning={planning} />
          </div>
        ) : (
          <ChatChannel
            messages={channelMessages}
            canWrite={!!role && !!current.to}
            hint={hint}
            me={me}
            onSend={(text) => link.send('chat.send', { to: current.to!, text })}
          />
        )}
      </TabPanel>
    </section>
  );
}
