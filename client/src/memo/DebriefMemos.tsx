// The debrief's team memos: the teacher reads every one (the full record); everyone else
// reads them once the teacher has revealed them.
import type { Memo } from '../../../shared/protocol/index.ts';
import { t } from '../i18n/index.ts';
import { ReportSection } from '../debrief/ReportSection.tsx';
import { MemoList } from './MemoList.tsx';

export function DebriefMemos({ memos, revealed }: { memos: readonly Memo[]; revealed: boolean }) {
  return (
    <ReportSection id="memos" title={t('memo.debrief.title')} lead={revealed ? t('memo.debrief.leadShown') : t('memo.debrief.leadHidden')}>
      <MemoList memos={memos} testid="debrief-memo-list" />
    </ReportSection>
  );
}
