// One uPlot chart of values week by week: each line with its colour, its dash pattern and
// its name in the legend (never colour alone), and the values as a table for screen
// readers and for anyone who prefers numbers.
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef } from 'preact/hooks';
import { number, t } from '../i18n/index.ts';

export interface Line {
  id: string;
  label: string;
  colour: string;
  dash: number[];
  values: number[];
}

const HEIGHT = 220;
/** Width of a chart on paper (two charts side by side on A4 or Letter). */
const PRINT_WIDTH = 330;

export function LineChart({ id, title, weeks, lines, range }: { id: string; title: string; weeks: number[]; lines: Line[]; range: [number, number] }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current!;
    const width = () => Math.max(240, Math.floor(el.clientWidth));
    const chart = new uPlot(
      {
        width: width(),
        height: HEIGHT,
        scales: { x: { time: false, range: [weeks[0] ?? 0, Math.max(1, weeks.at(-1) ?? 1)] }, y: { range } },
        axes: [
          { incrs: [1], values: (_u, ticks) => ticks.map((v) => (Number.isInteger(v) ? String(v) : '')), label: t('debrief.chart.week'), labelSize: 20, size: 36 },
          { size: 44 },
        ],
        legend: { show: true, live: false },
        cursor: { drag: { x: false, y: false } },
        series: [
          { label: t('debrief.chart.week') },
          ...lines.map((l) => ({ label: l.label, stroke: l.colour, width: 2.5, dash: l.dash, points: { show: true, size: 7, fill: l.colour } })),
        ],
      },
      [weeks, ...lines.map((l) => l.values)],
      el,
    );
    const fit = () => chart.setSize({ width: width(), height: HEIGHT });
    const watch = new ResizeObserver(fit);
    watch.observe(el);
    const beforePrint = () => chart.setSize({ width: PRINT_WIDTH, height: HEIGHT - 30 });
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', fit);
    return () => {
      watch.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', fit);
      chart.destroy();
    };
  }, [JSON.stringify(lines), JSON.stringify(weeks)]);
  return (
    <figure class="chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`} class="chart-title">
        {title}
      </figcaption>
      <div class="chart-host" ref={host} aria-hidden="true" />
      <details class="chart-values">
        <summary>{t('debrief.chart.values')}</summary>
        <div class="table-wrap">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">{t('debrief.chart.series')}</th>
                {weeks.map((w) => (
                  <th key={w} scope="col">
                    {w === 0 ? t('debrief.chart.start') : t('debrief.chart.weekShort', { n: w })}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{l.label}</th>
                  {l.values.map((v, i) => (
                    <td key={i}>{number(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
