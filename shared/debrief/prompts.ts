// Discussion prompts fitted to what happened in this match: each reads the record
// and, when its pattern occurred, asks the class about it with the match's own facts.
import { ACTION_BY_ID } from '../rules/actions/index.ts';
import { orderEffects } from '../rules/resolve.ts';
import type { GameState, NewsItem, Order, Orders, PartyRole, Role, Text } from '../rules/types.ts';
import { PARTY_ROLES } from '../rules/types.ts';

export interface PlayedTurn {
  turn: number;
  carriedOut: Orders;
  news: NewsItem[];
  reports?: Partial<Record<Role, Text[]>>;
}

const escalates = (o: Order) => {
  const def = ACTION_BY_ID.get(o.action);
  if (!def) return false;
  const e = orderEffects(def, o);
  return e.escalatory || e.tension > 0;
};

const deEscalates = (o: Order) => {
  const def = ACTION_BY_ID.get(o.action);
  return !!def && orderEffects(def, o).tension < 0;
};

/** The two sides of the dispute: Algeria, and the Sahel side (Mali and the AES, who act together). */
const sideOf = (r: string): 'algeria' | 'sahel' | undefined =>
  r === 'algeria' ? 'algeria' : r === 'mali' || r === 'aes' || r === 'niger' || r === 'burkina' ? 'sahel' : undefined;

/**
 * Escalations answered in kind: a party escalated and the other side of the dispute escalated
 * the next week (orders of the same week are simultaneous: neither answers the other). An
 * answer aimed at someone must be aimed at the first party's side, and an escalation aimed at
 * someone must be aimed at the answering side: the AES echoing Mali is not an answer to Mali.
 */
export function titForTat(turns: readonly PlayedTurn[]): Text | undefined {
  const aimedAt = (o: Order, side: 'algeria' | 'sahel') => !o.target || sideOf(o.target) === side;
  for (let i = 0; i + 1 < turns.length; i++) {
    for (const a of PARTY_ROLES) {
      const sideA = sideOf(a)!;
      for (const first of (turns[i].carriedOut[a] ?? []).filter(escalates)) {
        for (const b of PARTY_ROLES) {
          const sideB = sideOf(b)!;
          if (sideB === sideA || !aimedAt(first, sideB)) continue;
          const reply = (turns[i + 1].carriedOut[b] ?? []).find((o) => escalates(o) && aimedAt(o, sideA));
          if (reply) return { key: 'debrief.prompt.titForTat', params: { a, b, week: turns[i].turn, next: turns[i + 1].turn, first: first.action, reply: reply.action } };
        }
      }
    }
  }
  return undefined;
}

const tried = (turns: readonly PlayedTurn[], ids: string[]) =>
  turns.flatMap((t) => Object.values(t.carriedOut).flat()).filter((o) => o && ids.includes(o.action)).length;

export function discussionPrompts(turns: readonly PlayedTurn[], final: GameState): Text[] {
  const out: Text[] = [];
  const tft = titForTat(turns);
  if (tft) out.push(tft);
  const mediation = tried(turns, ['proposeMediation', 'acceptMediation', 'conveneTalks', 'shuttleDiplomacy']);
  out.push(mediation ? { key: 'debrief.prompt.mediationTried', params: { count: mediation, agreed: final.agreements.some((g) => g.kind === 'mediation' || g.kind === 'accord') ? 1 : 0 } } : { key: 'debrief.prompt.mediationNotTried' });
  const costs = turns.flatMap((t) => PARTY_ROLES.flatMap((r) => (t.reports?.[r] ?? []).filter((x) => x.key === 'report.audienceCost').map(() => r)));
  if (costs.length) out.push({ key: 'debrief.prompt.audienceCosts', params: { role: costs[0], count: costs.filter((r) => r === costs[0]).length } });
  else if (turns.some((t) => Object.values(t.carriedOut).flat().some((o) => o && deEscalates(o)))) out.push({ key: 'debrief.prompt.stepsBack' });
  const shotDown = turns.find((t) => t.news.some((n) => n.text.key.startsWith('news.droneShotDown.')));
  if (shotDown) out.push({ key: 'debrief.prompt.droneAgain', params: { week: shotDown.turn } });
  if (final.threat >= 60) out.push({ key: 'debrief.prompt.sharedEnemy', params: { threat: Math.round(final.threat) } });
  else out.push({ key: 'debrief.prompt.threatHeld', params: { threat: Math.round(final.threat) } });
  if (turns.some((t) => t.news.some((n) => n.text.key === 'news.accordNotRatified'))) out.push({ key: 'debrief.prompt.ratification' });
  if (Math.abs(final.narrative) >= 20) out.push({ key: 'debrief.prompt.narrative', params: { toward: (final.narrative > 0 ? 'algeria' : 'mali') as PartyRole, narrative: Math.round(Math.abs(final.narrative)) } });
  if (final.outcome?.kind === 'conflict') {
    const last = final.outcome.lastEscalator;
    out.push(last ? { key: 'debrief.prompt.conflict', params: { role: last } } : { key: 'debrief.prompt.conflictShared' });
  }
  if (final.outcome?.kind === 'settlement') out.push({ key: 'debrief.prompt.settlement' });
  out.push({ key: 'debrief.prompt.realWorld' });
  return out;
}
