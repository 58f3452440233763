// The teacher's view of the team memos as they are written (after the end): every team's
// text live, and whether the class sees them yet (the "reveal" control is with the others).
import { t } from '../i18n/index.ts';
import type { Memos } from '../../../shared/protocol/index.ts';
import { MemoList } from './MemoList.tsx';

export function ConsoleMemos({ memos }: { memos: Memos }) {
  return (
    <section class="card console-memos" aria-labelledby="console-memos-title" data-testid="console-memos">
      <h2 id="console-memos-title">{t('memo.console.title')}</h2>
      <p class="muted small" data-testid="memos-visibility">
        {memos.revealed ? t('memo.console.shown') : t('memo.console.hidden')}
      </p>
      <MemoList memos={memos.memos} testid="console-memo-list" />
    </section>
  );
}
