// What each student did, for the teacher only (the console, the debrief): orders put in the
// team's draft, proposals made and answered, messages per channel, weeks connected and
// ready marks; then how each team shared its draft. It counts activity, not quality.
import '../styles/check.css';
import type { StudentActivity } from '../../../shared/protocol/index.ts';
import { teamShares } from '../../../shared/protocol/index.ts';
import { number, t } from '../i18n/index.ts';
import { RoleBadge } from '../ui/RoleBadge.tsx';
import type { Role } from '../../../shared/index.ts';
import { percent } from '../check/percent.ts';
import { ScrollRegion } from '../ui/ScrollRegion.tsx';

export function ParticipationTable({ students }: { students: readonly StudentActivity[] }) {
  const shares = teamShares(students);
  return (
    <>
      <p class="muted small participation-note" data-testid="participation-note">
        {t('participation.note')}
      </p>
      <ScrollRegion label={t('participation.title')}>
        <table class="check-table" data-testid="participation">
          <thead>
            <tr>
              <th scope="col">{t('check.results.student')}</th>
              <th scope="col">{t('participation.orders')}</th>
              <th scope="col">{t('participation.proposals')}</th>
              <th scope="col">{t('participation.messages')}</th>
              <th scope="col">{t('participation.weeks')}</th>
              <th scope="col">{t('participation.ready')}</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.playerId} data-player={s.playerId}>
                <th scope="row">
                  {s.nickname}
                  {s.role ? (
                    <>
                      {' '}
                      <RoleBadge role={s.role as Role} />
                    </>
                  ) : null}
                </th>
                <td>{t('participation.ordersCell', { orders: number(s.ordersAdded), edits: number(s.draftEdits) })}</td>
                <td>{t('participation.proposalsCell', { made: number(s.proposalsMade), answered: number(s.proposalsAnswered) })}</td>
                <td>{t('participation.messagesCell', { pub: number(s.messages.public), team: number(s.messages.team), priv: number(s.messages.private) })}</td>
                <td>{number(s.weeksConnected)}</td>
                <td>{number(s.readyMarks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ul class="participation-teams small" data-testid="participation-teams">
        {shares.map((x) => (
          <li key={x.role}>
            <RoleBadge role={x.role as Role} />{' '}
            {x.largestShare === undefined
              ? t('participation.teamNone')
              : t('participation.team', { drafters: number(x.drafters), students: number(x.students), share: percent(x.largestShare) })}
          </li>
        ))}
      </ul>
    </>
  );
}
