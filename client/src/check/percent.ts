// A share (0–1) as a whole percentage for the check's tables; a dash when nobody answered.
import { number } from '../i18n/index.ts';

export const percent = (share: number | undefined): string => (share === undefined ? '–' : `${number(Math.round(share * 100))} %`);

/** A gain in percentage points, with its sign. */
export const points = (gain: number | undefined): string => {
  if (gain === undefined) return '–';
  const p = Math.round(gain * 100);
  return `${p > 0 ? '+' : p < 0 ? '−' : ''}${number(Math.abs(p))}`;
};
