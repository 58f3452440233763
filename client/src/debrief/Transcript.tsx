// What was said during the match, as the reader may see it: grouped by week, then by
// channel (named as in the Talk panel), each message with its sender's nickname and role.
// A long transcript starts folded week by week; printing opens it all (see openForPrint).
import { useMemo, useState } from 'preact/hooks';
import type { ChatMessage } from '../../../shared/protocol/index.ts';
import { formatTime, t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { roleName } from '../ui/words.ts';
import type { ChannelGroup, TranscriptPart } from './transcript.ts';
import { transcript } from './transcript.ts';
import { ReportSection } from './ReportSection.tsx';

/** Above this many messages the weeks start folded. */
const LONG = 30;

export function channelName(g: Pick<ChannelGroup, 'channel' | 'kind' | 'roles'>): string {
  if (g.kind === 'public') return t('talk.public');
  if (g.kind === 'team') return t('debrief.chat.channel', { kind: t('talk.team'), who: roleName(g.roles[0]) });
  if (g.kind === 'pair') return t('debrief.chat.channel', { kind: t('debrief.chat.private'), who: t('debrief.chat.pair', { a: roleName(g.roles[0]), b: roleName(g.roles[1]) }) });
  return g.channel;
}

const partTitle = (p: TranscriptPart): string => (p.moment.kind === 'week' ? t('news.week', { turn: p.moment.turn }) : t(`debrief.chat.${p.moment.kind}`));

function Channel({ group }: { group: ChannelGroup }) {
  return (
    <section class={`transcript-channel channel-${group.kind}`} data-channel={group.channel}>
      <h4 class="transcript-channel-title">
        {channelName(group)} <span class="muted">· {t('debrief.chat.count', { count: group.messages.length })}</span>
      </h4>
      <ol class="transcript-messages">
        {group.messages.map((m) => (
          <li key={m.id} class="transcript-msg">
            <div class="transcript-meta">
              <strong class="transcript-nick">{m.from.nickname}</strong> <RoleBadge role={m.from.role} />{' '}
              <time class="muted small" dateTime={new Date(m.at).toISOString()}>
                {formatTime(m.at)}
              </time>
            </div>
            <p class="transcript-text">{m.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Transcript({ chat, startedAt, endedAt, lead }: { chat: ChatMessage[]; startedAt?: number; endedAt?: number; lead: string }) {
  const parts = useMemo(() => transcript(chat, startedAt, endedAt), [chat, startedAt, endedAt]);
  const long = chat.length > LONG;
  // Folding all or unfolding all remounts the weeks with the new state (a `details` keeps the reader's own clicks otherwise).
  const [all, setAll] = useState({ open: !long, round: 0 });
  return (
    <ReportSection id="chat" title={t('debrief.chat.title')} lead={lead}>
      {parts.length === 0 ? <p data-testid="chat-none">{t('debrief.chat.none')}</p> : null}
      {long ? (
        <button type="button" class="btn btn-small no-print" aria-controls="chat-parts" onClick={() => setAll((a) => ({ open: !a.open, round: a.round + 1 }))} data-testid="chat-toggle-all">
          {all.open ? t('debrief.chat.closeAll') : t('debrief.chat.openAll')}
        </button>
      ) : null}
      <div id="chat-parts" class="transcript">
        {parts.map((p) => (
          <details key={`${p.id}-${all.round}`} class="transcript-part" open={all.open} data-part={p.id}>
            <summary>
              <strong>{partTitle(p)}</strong> <span class="muted small">· {t('debrief.chat.count', { count: p.count })}</span>
            </summary>
            {p.channels.map((g) => (
              <Channel key={g.channel} group={g} />
            ))}
          </details>
        ))}
      </div>
    </ReportSection>
  );
}
