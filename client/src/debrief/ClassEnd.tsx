// A student's end of a class session: the ordinary end screen (without the rematch, which
// belongs to the teacher's next session), and the way to the debrief and the replay.
import '../styles/debrief.css';
import { EndScreen } from '../end/EndScreen.tsx';
import { DebriefBar } from './DebriefBar.tsx';
import { KnowledgeCheck } from '../check/KnowledgeCheck.tsx';
import { TeamMemo } from '../memo/TeamMemo.tsx';

export function ClassEnd({ matchId }: { matchId: string }) {
  return (
    <div class="class-end">
      <EndScreen>
        <TeamMemo />
        <KnowledgeCheck />
      </EndScreen>
      <DebriefBar matchId={matchId} />
    </div>
  );
}
