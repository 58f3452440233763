// Team memos to read (the console, the class once revealed, the debrief): each team's text
// as written, with who wrote in it.
import '../styles/memo.css';
import type { Memo } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';

export function MemoList({ memos, testid }: { memos: readonly Memo[]; testid: string }) {
  return (
    <ul class="memo-list" data-testid={testid}>
      {memos.map((m) => (
        <li key={m.role} class="memo-item" data-role={m.role} data-testid={`memo-${m.role}`}>
          <h3 class="memo-team">
            <RoleBadge role={m.role} full />
          </h3>
          {m.text.trim() ? <p class="memo-text">{m.text}</p> : <p class="muted">{t('memo.empty')}</p>}
          {m.authors.length ? <p class="small muted">{t('memo.authors', { names: m.authors.map((a) => a.nickname).join(', ') })}</p> : null}
        </li>
      ))}
    </ul>
  );
}
