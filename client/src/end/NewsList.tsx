// A week's news, each item with its kind: on the end screen, in the debrief and beside
// the replay's map (which marks the item it is telling).
import type { Text } from '../../../shared/index.ts';
import { say, t } from '../i18n/index.ts';

export function NewsList({ news, telling = null }: { news: readonly { kind: string; text: Text }[]; telling?: number | null }) {
  return (
    <ul class="news-items">
      {news.map((n, i) => (
        <li key={i} class={`news-item kind-${n.kind}${telling === i ? ' news-playing' : ''}`} aria-current={telling === i ? 'true' : undefined}>
          <span class="news-kind">{t(`news.kind.${n.kind}`)}</span>
          <span class="news-text">{say(n.text)}</span>
        </li>
      ))}
    </ul>
  );
}
