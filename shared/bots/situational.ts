// The part of a bot's judgement that reads the situation: take offers that help,
// answer accusations, pull back from the brink, sell evidence when losing the story.
import { mediationReady } from '../rules/actions/agreements.ts';
import { backDownCost } from '../rules/audience.ts';
import type { GameState, Order, Role } from '../rules/types.ts';
import type { BotStyle } from './index.ts';

const DE_ESCALATE = new Set(['returnAmbassador', 'reopenAirspace', 'reopenBorder', 'readmitAmbassador', 'rejoinCemoc']);

export function situational(s: GameState, role: Role, style: BotStyle, o: Order): number {
  let v = 0;
  const dove = style === 'dove';
  const hawk = style === 'hawk';
  const pragmatic = style === 'pragmatist';
  const brink = s.tension >= 7;
  const mine = role === 'algeria' ? 1 : -1;
  switch (o.action) {
    case 'signAccord':
      v += hawk ? 1 : 6;
      if (s.roles[role].support < 36) v -= 8;
      break;
    case 'acceptMediation':
    case 'proposeMediation':
      v += dove ? 3 : pragmatic ? (s.hurting[role as 'mali'] >= 1 || brink ? 3 : 0.5) : -1;
      break;
    case 'acceptInvestigation':
    case 'proposeInvestigation':
      // Worth it to the side losing the story.
      v += mine * s.narrative < 0 ? 2 : dove ? 1 : -0.5;
      break;
    case 'publishEvidence':
      v += (mine * s.narrative < 10 ? 1.5 : -1) - 1.2 * s.evidence[role as 'mali'];
      break;
    case 'dismissAccusations':
      v += 2;
      break;
    case 'respondIcj':
      v += o.option === 'accept' ? (mine * s.narrative > 10 ? 2 : dove ? 1 : -1) : hawk ? 2 : 0.5;
      break;
    case 'jointPatrol':
      v += s.threat >= 55 ? (hawk ? 0.5 : 3) : 0.5;
      break;
    case 'counterTerror':
      v += s.threat >= 55 ? 2 : 0;
      break;
    case 'energyDeal':
      v += hawk ? 0 : 2;
      break;
    case 'droneMission':
      v += o.option === 'aggressive' && s.alert === 'high' && !hawk ? -2 : 0;
      break;
    case 'hostSeparatists':
      v += hawk ? 0.5 : -2;
      break;
    case 'seekPartner':
      v += 0.5;
      break;
  }
  if (DE_ESCALATE.has(o.action)) {
    // Backing down is dear once a stance has stood; an accord makes it cheap.
    const stance = stanceOf(o);
    if (stance) v -= backDownCost({ s }, role, stance) * (pragmatic ? 0.35 : 0.2);
    if (s.agreements.some((g) => g.kind === 'accord' && g.parties.includes(role as 'mali'))) v += 5;
    if (pragmatic && (brink || mediationReady(s, 'algeria', role === 'algeria' ? 'mali' : role))) v += 2;
  }
  if (brink && (o.action === 'droneMission' || o.action === 'reinforceBorder' || o.option === 'raise')) v += hawk ? 0 : -3;
  return v;
}

function stanceOf(o: Order): string | undefined {
  switch (o.action) {
    case 'returnAmbassador':
      return `recall:${o.target}`;
    case 'readmitAmbassador':
      return `expel:${o.target}`;
    case 'reopenAirspace':
      return `airspace:${o.target}`;
    case 'reopenBorder':
      return `border:${o.target}`;
    case 'rejoinCemoc':
      return 'cemoc';
  }
  return undefined;
}
