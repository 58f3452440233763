// What the expert bots expected, week by week: for each bot its expected final score and
// chance of the highest score, and for each of its orders what it expected that order to do
// ("recall the ambassador: expected +3 domestic support, tension 5"), so that students can
// set their own reasoning beside it.
import type { Role } from '../../../shared/index.ts';
import type { BotNote } from '../../../shared/protocol/index.ts';
import { t, te } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import { orderLabel } from '../ui/words.ts';
import { ReportSection } from './ReportSection.tsx';

/** "Domestic support" → "domestic support", "Légitimité" → "légitimité", but "AES cohesion" stays as it is. */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label);

const signed = (v: number) => (v > 0 ? `+${v}` : `${v}`);

/** "+3 domestic support, −1 economy" from an order's expected effects. */
function effectWords(effects: Record<string, number>): string {
  const parts = Object.entries(effects).map(([k, v]) => t('debrief.bots.effect', { delta: signed(v).replace('-', '−'), what: k === 'narrative' ? t('debrief.bots.narrative') : inSentence(te(`indicator.${k}`)) }));
  return parts.length ? parts.join(t('debrief.bots.separator')) : t('debrief.bots.noEffect');
}

function Note({ note }: { note: BotNote }) {
  return (
    <div class="bot-note" data-testid="bot-note">
      <p>
        <RoleBadge role={note.role as Role} suffix={t(`debrief.bots.level.${note.level}`)} />{' '}
        <span class="muted small">{t('debrief.bots.expected', { score: note.expectedScore, chance: Math.round(note.winChance * 100), tension: note.tension })}</span>
      </p>
      {note.orders.length ? (
        <ul>
          {note.orders.map((o, i) => (
            <li key={i}>
              <strong>{orderLabel(o.order)}</strong>: {t('debrief.bots.order', { effects: effectWords(o.effects), gain: signed(o.scoreGain).replace('-', '−') })}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted small">{t('debrief.bots.nothing')}</p>
      )}
    </div>
  );
}

export function BotReasoning({ weeks }: { weeks: readonly { turn: number; botNotes?: BotNote[] }[] }) {
  const withNotes = weeks.filter((w) => w.botNotes?.length);
  if (!withNotes.length) return null;
  return (
    <ReportSection id="bots" title={t('debrief.bots.title')} lead={t('debrief.bots.lead')}>
      <ol class="debrief-week-list">
        {withNotes.map((w) => (
          <li key={w.turn} class="debrief-week">
            <h3>{t('news.week', { turn: w.turn })}</h3>
            {w.botNotes!.map((n) => (
              <Note key={n.role} note={n} />
            ))}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
