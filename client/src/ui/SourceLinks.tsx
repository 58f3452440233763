// The pages a text rests on, each as "outlet, date" linked to the page: on action cards, in
// the role briefings and beside the real history in the debrief.
import type { Source } from '../../../shared/scenario/sources.ts';
import { SOURCES } from '../../../shared/scenario/sources.ts';
import { formatDate, t } from '../i18n/index.ts';

export const citedSources = (ids: readonly string[]): Source[] => ids.map((id) => SOURCES[id]).filter((x): x is Source => !!x);

export function SourceLinks({ ids, class: cls = 'source-links' }: { ids: readonly string[]; class?: string }) {
  const list = citedSources(ids);
  if (!list.length) return null;
  return (
    <ul class={cls} aria-label={t('sources.label')}>
      {list.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={t('sources.itemTitle', { title: s.title })} data-source={s.id}>
            {t('sources.item', { outlet: s.outlet, date: formatDate(s.published) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
