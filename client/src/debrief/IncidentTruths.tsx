// Where the drones really were in this match: the position the game drew for each incident,
// hidden from every seat during play, beside what each side claimed.
import type { GameState } from '../../../shared/index.ts';
import { incidentTruths } from '../../../shared/debrief/index.ts';
import { t, te } from '../i18n/index.ts';
import { ReportSection } from './ReportSection.tsx';

export function IncidentTruths({ final }: { final: GameState }) {
  if (!final.incidents?.length) return null;
  const rows = incidentTruths(final);
  return (
    <ReportSection id="incidents" title={t('debrief.incidents.title')} lead={t('debrief.incidents.lead')}>
      <ul class="incident-truths">
        {rows.map((r) => {
          const operator = te(`name.${r.operator}`);
          return (
            <li key={r.id} data-incident={r.id}>
              <strong>{r.week ? t('debrief.incidents.week', { turn: r.week }) : t('debrief.incidents.first')}</strong>{' '}
              {t(r.downed ? 'debrief.incidents.downed' : 'debrief.incidents.crossing', { operator })}{' '}
              {t('debrief.incidents.claims', { algeriaKm: r.claims.algeria, operator, operatorKm: r.claims.operator })}{' '}
              <span data-testid="incident-truth">{t('debrief.incidents.truth', { km: r.km, side: te(`name.${r.side}`), whose: te(`name.${r.bearsOut}`) })}</span>
            </li>
          );
        })}
      </ul>
      <p class="muted small">{t('debrief.incidents.reality')}</p>
    </ReportSection>
  );
}
