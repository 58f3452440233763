// Every indicator over the weeks (week 0 is the start): one chart per indicator with a
// line per role, then tension, then the shared meters (narrative, jihadist threat, AES
// cohesion). Built with the debrief's indicatorSeries.
import type { Indicator, Role } from '../../../shared/index.ts';
import { INDICATORS } from '../../../shared/index.ts';
import type { Series } from '../../../shared/debrief/index.ts';
import { t, te } from '../i18n/index.ts';
import { roleName } from '../ui/words.ts';
import type { Line } from './LineChart.tsx';
import { LineChart } from './LineChart.tsx';
import { ReportSection } from './ReportSection.tsx';

/** The roles' colours (Okabe–Ito, as the rest of the game) and a dash pattern each, so lines differ without colour too. */
const ROLE_LOOK: Record<Role, { colour: string; dash: number[] }> = {
  algeria: { colour: '#009E73', dash: [] },
  mali: { colour: '#E69F00', dash: [10, 5] },
  aes: { colour: '#0072B2', dash: [3, 4] },
  mediator: { colour: '#CC79A7', dash: [12, 4, 3, 4] },
};

const SHARED_LOOK: Record<'narrative' | 'threat' | 'cohesion', { colour: string; dash: number[] }> = {
  narrative: { colour: '#44566a', dash: [] },
  threat: { colour: '#b3261e', dash: [8, 4] },
  cohesion: { colour: '#0072B2', dash: [2, 3] },
};

export function IndicatorCharts({ series, roles }: { series: Series; roles: Role[] }) {
  const roleLines = (k: Indicator): Line[] => roles.map((r) => ({ id: r, label: roleName(r), ...ROLE_LOOK[r], values: series.roles[r][k] }));
  const shared: Line[] = (['narrative', 'threat', 'cohesion'] as const).map((k) => ({ id: k, label: te(`indicator.${k}`), ...SHARED_LOOK[k], values: series[k] }));
  return (
    <ReportSection id="charts" title={t('debrief.charts.title')} lead={t('debrief.charts.lead')}>
      <div class="chart-grid">
        {INDICATORS.map((k) => (
          <LineChart key={k} id={`ind-${k}`} title={te(`indicator.${k}`)} weeks={series.weeks} lines={roleLines(k)} range={[0, 100]} />
        ))}
        <LineChart id="tension" title={te('indicator.tension')} weeks={series.weeks} lines={[{ id: 'tension', label: te('indicator.tension'), colour: '#8e1b10', dash: [], values: series.tension }]} range={[0, 10]} />
        <LineChart id="shared" title={t('debrief.charts.shared')} weeks={series.weeks} lines={shared} range={[-100, 100]} />
      </div>
    </ReportSection>
  );
}
