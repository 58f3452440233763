// The match: the map with the news and indicators under it, and the Orders and Talk panels
// beside it; on a phone, one column with the tabs Orders · Talk · News · Map.
import { useEffect, useState } from 'preact/hooks';
import type { Role } from '../../../shared/index.ts';
import { t } from '../i18n/index.ts';
import { isSpectator, myRole, publicState } from '../state/selectors.ts';
import { useStore } from '../state/store.ts';
import { TabPanel, Tabs } from '../ui/Tabs.tsx';
import { PHONE_QUERY, useMedia } from '../ui/useMedia.ts';
import { BriefingDialog } from './BriefingDialog.tsx';
import { LateCheck } from '../check/KnowledgeCheck.tsx';
import { briefingOpensItself, briefingSeen, markBriefingSeen } from './briefingSeen.ts';
import { Indicators } from './Indicators.tsx';
import { MapView } from './MapView.tsx';
import { NegotiationPanel } from './NegotiationPanel.tsx';
import { NewsFeed } from './NewsFeed.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { PhaseNote } from './PhaseNote.tsx';
import { ReadyRoster } from './ReadyRoster.tsx';
import { PlaybackCaption } from './PlaybackCaption.tsx';
import { SpectatorBanner } from './SpectatorBanner.tsx';
import { TopBar } from './TopBar.tsx';
import { unread, conversationsFor } from './talk.ts';

type PhoneTab = 'orders' | 'talk' | 'news' | 'map';
type SideTab = 'orders' | 'talk';

export function MatchScreen() {
  const s = useStore((x) => x);
  const phone = useMedia(PHONE_QUERY);
  const wide = useMedia('(min-width: 1600px)');
  const role = myRole(s);
  const spectator = isSpectator(s) || !role;
  const state = publicState(s);
  const synced = s.synced!;
  const [phoneTab, setPhoneTab] = useState<PhoneTab>(spectator ? 'map' : 'orders');
  const [sideTab, setSideTab] = useState<SideTab>(spectator ? 'talk' : 'orders');
  const playing = s.playback !== null;
  const [briefing, setBriefing] = useState(false);
  const matchId = s.welcome?.matchId;

  // The role briefing opens by itself at the player's first planning phase, once per match and role in this browser.
  useEffect(() => {
    if (!role || spectator || !matchId || synced.phase !== 'planning') return;
    if (briefingSeen(matchId, role)) return;
    markBriefingSeen(matchId, role);
    if (briefingOpensItself()) setBriefing(true);
  }, [synced.phase, matchId, role, spectator]);

  // A resolution is watched on the map: on a phone, go to it when it starts.
  useEffect(() => {
    if (playing && phone) setPhoneTab('map');
  }, [playing]);

  if (!state || !s.view) {
    return (
      <div class="screen center">
        <p role="status">{t('common.loading')}</p>
      </div>
    );
  }
  const roles = synced.seats.map((x) => x.role as Role);
  const openBriefing = () => setBriefing(true);
  const briefingDialog = briefing ? <BriefingDialog role={spectator ? undefined : role} roles={roles} onClose={() => setBriefing(false)} /> : null;
  const me = s.welcome?.playerId;
  const unreadTotal = conversationsFor(role, roles)
    .filter((c) => c.channel)
    .reduce((n, c) => n + unread(s.chat, c.channel!, s.chatSeen[c.channel!] ?? 0, me), 0);
  const pending = s.proposals.filter((p) => p.status === 'pending' && p.to === role).length;

  const orders = role && !spectator ? <OrdersPanel s={s} role={role} state={state} compact={phone} /> : null;
  const talk = <NegotiationPanel s={s} state={state} />;
  const news = (
    <>
      {role && !spectator ? <LateCheck /> : null}
      <NewsFeed history={s.history} role={role} playback={s.playback} />
    </>
  );
  const indicators = <Indicators view={s.view} roles={roles} snapshots={s.snapshots} me={role} />;
  // Spectators (and the projector) see which teams are ready; players see it by their orders.
  const roster = spectator ? (
    <div class="roster-box">
      <ReadyRoster seats={synced.seats} planning={synced.phase === 'planning'} />
    </div>
  ) : null;
  const mapBlock = (
    <div class="map-block">
      <MapView />
      <PlaybackCaption />
    </div>
  );

  if (phone) {
    const tabs = [
      ...(orders ? [{ id: 'orders', label: t('phone.orders') }] : []),
      { id: 'talk', label: t('phone.talk'), badge: unreadTotal + pending, badgeLabel: t('talk.unreadLabel', { count: unreadTotal + pending }) },
      { id: 'news', label: t('phone.news') },
      { id: 'map', label: t('phone.map') },
    ];
    const current = tabs.some((x) => x.id === phoneTab) ? phoneTab : (tabs[0].id as PhoneTab);
    return (
      <div class="match screen phone" data-phase={synced.phase}>
        <TopBar s={s} onBriefing={openBriefing} />
        {spectator ? <SpectatorBanner short /> : null}
        <main id="main" class="phone-main" tabIndex={-1}>
          <h1 class="visually-hidden">{t('match.heading', { turn: state.turn })}</h1>
          <PhaseNote phase={synced.phase} spectator={spectator} week={state.turn} />
          <TabPanel idPrefix="phone" current={current} class="phone-panel">
            <div class={current === 'map' ? 'phone-map' : 'phone-hidden'} aria-hidden={current !== 'map'}>
              {mapBlock}
            </div>
            {current === 'orders' ? orders : null}
            {current === 'talk' ? talk : null}
            {current === 'news' ? (
              <div class="phone-news">
                {roster}
                {indicators}
                {news}
              </div>
            ) : null}
          </TabPanel>
        </main>
        <nav class="phone-tabs" aria-label={t('phone.nav')}>
          <Tabs items={tabs} current={current} onSelect={(id) => setPhoneTab(id as PhoneTab)} label={t('phone.nav')} idPrefix="phone" />
        </nav>
        {briefingDialog}
      </div>
    );
  }

  const sideTabs = [
    ...(orders ? [{ id: 'orders', label: t('side.orders') }] : []),
    { id: 'talk', label: t('side.talk'), badge: unreadTotal + pending, badgeLabel: t('talk.unreadLabel', { count: unreadTotal + pending }) },
  ];
  const side = sideTabs.some((x) => x.id === sideTab) ? sideTab : (sideTabs[0].id as SideTab);
  return (
    <div class={`match screen${wide ? ' wide' : ''}${spectator ? ' spectating' : ''}`} data-phase={synced.phase}>
      <TopBar s={s} onBriefing={openBriefing} />
      {spectator ? <SpectatorBanner /> : null}
      <main id="main" class="match-main" tabIndex={-1}>
        <h1 class="visually-hidden">{t('match.heading', { turn: state.turn })}</h1>
        <div class="stage">
          {mapBlock}
          <PhaseNote phase={synced.phase} spectator={spectator} week={state.turn} />
          <div class="below-map">
            {indicators}
            {news}
          </div>
        </div>
        {wide || !orders ? (
          <>
            {orders ? <div class="side side-orders">{orders}</div> : null}
            <div class="side side-talk">
              {roster}
              {talk}
            </div>
          </>
        ) : (
          <div class="side">
            <Tabs items={sideTabs} current={side} onSelect={(id) => setSideTab(id as SideTab)} label={t('side.label')} idPrefix="side" class="side-tabs" />
            <TabPanel idPrefix="side" current={side} class="side-panel">
              {side === 'orders' ? orders : talk}
            </TabPanel>
          </div>
        )}
      </main>
      {briefingDialog}
    </div>
  );
}
