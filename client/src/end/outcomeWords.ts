// How a match ended, in words. A match the teacher stopped early is scored as it stood
// (engine kind "turnLimit"), but "no resolution by the last week" would be untrue.
import type { Outcome } from '../../../shared/index.ts';
import { say, t, te } from '../i18n/index.ts';

const stopped = (o: Outcome, early: boolean | undefined) => !!early && o.kind === 'turnLimit';

export const outcomeTitle = (o: Outcome, early?: boolean): string => (stopped(o, early) ? t('end.early.title') : te(`outcome.${o.kind}`));

/** The sentence under the title; `played` is the number of weeks carried out. */
export const outcomeLead = (o: Outcome, early: boolean | undefined, played: number): string =>
  stopped(o, early) ? t('end.early.lead', { count: played }) : say({ key: `news.end.${o.kind}`, params: { turn: o.turn } });
