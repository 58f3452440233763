// What a seat must never receive before the end, message by message, decoded from the raw
// frames: a player sees only its own role's secrets; watchers (spectators, projectors) see
// none, and nobody but the teacher gets anything meant for the teacher's console.
import type { Order, Role, StateView } from '../../shared/index.ts';
import { ACTION_BY_ID } from '../../shared/index.ts';
import type { ChannelId, ChatMessage, Draft, Proposal, Resolution, Welcome } from '../../shared/protocol/index.ts';
import { channelRoles } from '../../shared/protocol/index.ts';
import type { Received } from './harness.ts';

/** Everything in one received message that belongs to a role other than `own` (null: a watcher, who owns none). */
export function foreignSecrets(msg: Received, own: Role | null): string[] {
  const mine = (r: string) => r === own;
  const out: string[] = [];
  const p = msg.payload as Record<string, unknown>;
  const chatOk = (m: ChatMessage) => m.channel === 'public' || channelRoles(m.channel as ChannelId).some(mine);
  const checkResolution = (r: Resolution) => {
    for (const role of Object.keys(r.reports)) if (!mine(role)) out.push(`report of ${role}`);
    for (const x of r.refused) if (!mine(x.role)) out.push(`refused order of ${x.role}`);
    for (const [role, orders] of Object.entries(r.revealed) as [Role, Order[]][]) {
      if (mine(role)) continue;
      for (const o of orders) if (ACTION_BY_ID.get(o.action)?.visibility !== 'public') out.push(`${o.action} of ${role}`);
    }
  };
  const checkView = (v: StateView) => {
    for (const role of Object.keys(v.objectives)) if (!mine(role)) out.push(`objective of ${role}`);
    if (v.settings.seed !== 0) out.push('the seed');
    if (v.phase !== 'ended') for (const i of v.incidents) if (i.truth !== undefined) out.push(`where drone incident ${i.id} really was`);
  };
  switch (msg.type) {
    case 'welcome':
      if ((p as unknown as Welcome).teacherToken !== undefined) out.push('a teacher token');
      break;
    case 'console':
      out.push("the teacher's console");
      break;
    case 'draft':
      if (!mine((p as unknown as Draft).role)) out.push(`draft of ${(p as unknown as Draft).role}`);
      break;
    case 'proposal':
    case 'proposals':
      for (const x of (msg.type === 'proposal' ? [p.proposal] : (p.proposals as Proposal[])) as Proposal[]) {
        if (!mine(x.from) && !mine(x.to)) out.push(`proposal ${x.from}->${x.to}`);
      }
      break;
    case 'chat':
      if (!chatOk(p as unknown as ChatMessage)) out.push(`chat in ${(p as unknown as ChatMessage).channel}`);
      break;
    case 'chat.history':
      for (const m of p.messages as ChatMessage[]) if (!chatOk(m)) out.push(`chat in ${m.channel}`);
      break;
    case 'view':
      checkView(p.state as StateView);
      break;
    case 'resolution':
      checkResolution(p as unknown as Resolution);
      break;
    case 'history':
      for (const r of p.resolutions as Resolution[]) checkResolution(r);
      break;
    case 'record':
      out.push('the record before the end');
      break;
  }
  return out;
}
