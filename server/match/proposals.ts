// Formal proposals between two roles: "I will do X, you will do Y". The addressee accepts
// or declines during planning; every proposal still pending at resolution expires.
import type { GameState, Order, Role } from '../../shared/index.ts';
import { validateOrder } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { LIMITS } from '../../shared/protocol/index.ts';
import { cleanOrder } from './drafts.ts';
import type { Member } from './members.ts';
import { Refusal } from './refusal.ts';

export class Proposals {
  private proposals: Proposal[] = [];

  all(): readonly Proposal[] {
    return this.proposals;
  }

  /** As recorded (latest status of each), after a restart; ids go on from the last one. */
  restore(proposals: readonly Proposal[]): void {
    this.proposals = [...proposals];
  }

  get(id: number): Proposal | undefined {
    return this.proposals.find((p) => p.id === id);
  }

  make(engine: GameState, from: Role, to: Role, give: Order[], get: Order[], note: string | undefined, by: Member): Proposal {
    if (from === to) throw new Refusal('notAllowed', { seat: from, why: 'a proposal goes to another role' });
    const open = this.proposals.filter((p) => p.from === from && p.status === 'pending').length;
    if (open >= LIMITS.openProposalsPerRole) throw new Refusal('tooManyProposals', { limit: LIMITS.openProposalsPerRole });
    // Each side's orders must make sense for that side on their own; whether they fit
    // the drafts is checked when the deal is accepted.
    const sides: [Role, Order[]][] = [
      [from, give],
      [to, get],
    ];
    for (const [role, orders] of sides) {
      const checked: Order[] = [];
      for (const raw of orders) {
        const order = cleanOrder(raw);
        const v = validateOrder(engine, role, order, checked);
        if (!v.ok) throw new Refusal('orderRefused', { reason: v.code, role, action: order.action }, v.reason);
        checked.push(order);
      }
    }
    const p: Proposal = {
      id: this.proposals.length + 1,
      turn: engine.turn,
      from,
      to,
      give: give.map(cleanOrder),
      get: get.map(cleanOrder),
      ...(note ? { note } : {}),
      status: 'pending',
      proposedBy: { playerId: by.playerId, nickname: by.nickname },
    };
    this.proposals.push(p);
    return p;
  }

  /** The proposal `role` may act on, or a refusal that does not reveal others' proposals. */
  concerning(id: number, role: Role): Proposal {
    const p = this.get(id);
    if (!p || (p.from !== role && p.to !== role)) throw new Refusal('unknownProposal', { id });
    return p;
  }

  /** Pending proposals lapse at resolution; returns those that changed. */
  expirePending(): Proposal[] {
    const lapsed = this.proposals.filter((p) => p.status === 'pending');
    for (const p of lapsed) p.status = 'expired';
    return lapsed;
  }
}
