// The match's length and planning time as choices of round numbers: on the home page
// (solo and online) and in the lobby's options. A value set elsewhere (e.g. the class
// console's free fields) is kept in the list so that the choice still shows it.
import { t } from '../i18n/index.ts';

export const WEEK_CHOICES = [4, 6, 8, 10, 12, 16] as const;
export const PLANNING_CHOICES = [60, 120, 180, 240, 360, 480, 600] as const;

const withCurrent = (list: readonly number[], v: number) => (list.includes(v) ? list : [...list, v].sort((a, b) => a - b));

interface Props {
  label: string;
  value: number;
  onChange: (v: number) => void;
  testId?: string;
}

function Choice({ label, value, onChange, testId, list, word }: Props & { list: readonly number[]; word: (n: number) => string }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={String(value)} onChange={(e) => onChange(Number((e.target as HTMLSelectElement).value))} data-testid={testId}>
        {withCurrent(list, value).map((n) => (
          <option key={n} value={String(n)}>
            {word(n)}
          </option>
        ))}
      </select>
    </label>
  );
}

export const WeeksField = (p: Props & { choices?: readonly number[] }) => <Choice {...p} list={p.choices ?? WEEK_CHOICES} word={(n) => t('home.weeks', { count: n })} />;

export const PlanningField = (p: Props) => <Choice {...p} list={PLANNING_CHOICES} word={(s) => t('home.minutes', { count: Math.round((s / 60) * 10) / 10 })} />;
