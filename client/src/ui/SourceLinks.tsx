// The pages a text rests on, as one line: "Sources" and each page as "outlet, date", linked.
// Used on action cards, in the role briefings and beside the real history in the debrief.
import { SOURCES } from '../../../shared/scenario/sources.ts';
import { formatDate, t } from '../i18n/index.ts';

export function SourceLinks({ ids }: { ids: readonly string[] }) {
  const known = ids.map((id) => SOURCES[id]).filter((s) => !!s);
  if (!known.length) return null;
  return (
    <p class="source-links">
      <span class="source-links-label">{t('sources.label')}</span>{' '}
      {known.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ' · ' : null}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={t('sources.itemTitle', { title: s.title })} data-source={s.id}>
            {t('sources.item', { outlet: s.outlet, date: formatDate(s.published) })}
          </a>
        </span>
      ))}
    </p>
  );
}
