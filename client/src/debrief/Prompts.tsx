// Questions for the class, written from what happened in this match.
import type { GameState } from '../../../shared/index.ts';
import type { PlayedTurn } from '../../../shared/debrief/index.ts';
import { discussionPrompts } from '../../../shared/debrief/index.ts';
import { say, t } from '../i18n/index.ts';
import { ReportSection } from './ReportSection.tsx';

export function Prompts({ turns, final }: { turns: PlayedTurn[]; final: GameState }) {
  const prompts = discussionPrompts(turns, final);
  return (
    <ReportSection id="prompts" title={t('debrief.prompts.title')}>
      <ol class="prompt-list">
        {prompts.map((p, i) => (
          <li key={i}>{say(p)}</li>
        ))}
      </ol>
    </ReportSection>
  );
}
