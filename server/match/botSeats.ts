// Bots at the table: they take the roles nobody holds at the start and, after a grace
// period, roles whose players have all gone; they hand a role back as soon as one of
// its players is connected again.
import type { BotLevel, BotStyle, DecisionNote, Order, Role } from '../../shared/index.ts';
import { BOT_LEVELS, chooseOrders, evaluateDeal, expertOrders, proposeDeal, ROLES, validateOrder, viewFor } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { botAccepts } from './botDiplomacy.ts';
import type { Match } from './Match.ts';
import type { Timer } from './port.ts';
import { notifyAll } from './publish.ts';

export const BOT_MEMBER = { playerId: 'bot', nickname: 'bot' } as const;

/** The expert's character from the match's bot style: the mixed style plays only to win. */
const characterOf = (style: BotStyle) => (style === 'random' ? 'neutral' : style);
/** The expert's own dice: from the role and the week it plays, never from the match's secret seed. */
const botSeed = (role: Role) => 1009 * (ROLES.indexOf(role) + 1);

export class BotSeats {
  private roles = new Set<Role>();
  private timers = new Map<Role, Timer>();
  /** The expert's reasoning for the week being resolved, for the record. */
  private notes: DecisionNote[] = [];

  constructor(private m: Match) {}

  /** The expert's level, or undefined for the one-step bots (`basic`, or a match recorded before levels existed). */
  private get level(): BotLevel | undefined {
    const l = this.m.options.botLevel as string | undefined;
    return (BOT_LEVELS as readonly string[]).includes(l ?? '') ? (l as BotLevel) : undefined;
  }

  has(role: Role): boolean {
    return this.roles.has(role);
  }

  held(): Role[] {
    return [...this.roles];
  }

  /** After a restart: the roles bots held before. Takeovers are armed again by the match. */
  restore(roles: readonly Role[]): void {
    this.clear();
    this.roles = new Set(roles);
  }

  /** A bot takes a role nobody holds (at the start). */
  seat(role: Role): void {
    this.roles.add(role);
    this.m.log.info('bot.seated', { code: this.m.code, role });
  }

  /** The role's last connected player is gone: the bot steps in after the grace period, if the host allowed it. */
  armTakeover(role: Role): void {
    const m = this.m;
    if (!m.options.botTakeover || !m.inGame || this.roles.has(role) || this.timers.has(role)) return;
    if (m.members.connectedOfRole(role).length > 0) return;
    this.timers.set(
      role,
      m.port.later(m.options.takeoverGraceSeconds * 1000, () => this.takeOver(role)),
    );
  }

  private takeOver(role: Role): void {
    const m = this.m;
    this.timers.delete(role);
    if (!m.inGame || this.roles.has(role) || m.members.connectedOfRole(role).length > 0) return;
    this.roles.add(role);
    m.log.info('bot.tookOver', { code: m.code, role, turn: m.engine.turn });
    notifyAll(m, 'notice.botTookOver', { role });
    m.rosterChanged();
    m.checkAllReady();
  }

  /** A player of the role is connected: cancel any takeover and give the role back. */
  handBack(role: Role): void {
    const m = this.m;
    this.timers.get(role)?.clear();
    this.timers.delete(role);
    if (!this.roles.has(role) || m.members.connectedOfRole(role).length === 0) return;
    this.roles.delete(role);
    m.log.info('bot.handedBack', { code: m.code, role, turn: m.engine.turn });
    notifyAll(m, 'notice.botHandedBack', { role });
    m.rosterChanged();
  }

  /** At resolution: a bot plays the role if it holds it, or if takeover is on and none of its players is connected. */
  playsAtResolution(role: Role): boolean {
    const m = this.m;
    if (this.roles.has(role)) return true;
    return m.options.botTakeover && m.members.ofRole(role).length > 0 && m.members.connectedOfRole(role).length === 0;
  }

  /**
   * A team that marked its draft ready before leaving keeps it. Otherwise the bot keeps
   * the orders of accepted proposals (a deal is a deal) and fills the rest of the budget
   * with the shared bot's choice.
   */
  ordersFor(role: Role): Order[] {
    const m = this.m;
    if (m.drafts.isReady(role)) return m.drafts.orders(role);
    const kept = m.drafts.list(role).filter((e) => e.proposal !== undefined).map((e) => e.order);
    const level = this.level;
    if (level) {
      // The expert sees only its seat's view, and the deals its role accepted.
      const othersBound: Partial<Record<Role, Order[]>> = {};
      for (const p of m.proposals.all()) {
        if (p.status !== 'accepted' || p.turn !== m.engine.turn) continue;
        if (p.from === role) (othersBound[p.to] ??= []).push(...p.get);
        if (p.to === role) (othersBound[p.from] ??= []).push(...p.give);
      }
      const d = expertOrders(viewFor(m.engine, { kind: 'role', role }), role, {
        level,
        character: characterOf(m.options.botStyle),
        seed: botSeed(role),
        committed: kept,
        othersBound,
      });
      this.notes.push(d.note);
      return d.orders;
    }
    for (const o of chooseOrders(m.engine, role, m.options.botStyle)) {
      if (validateOrder(m.engine, role, o, kept).ok) kept.push(o);
    }
    return kept;
  }

  /** The expert's notes for the week just decided (emptied once taken). */
  takeNotes(): DecisionNote[] {
    const out = this.notes;
    this.notes = [];
    return out;
  }

  /** A proposal to a role a bot plays is answered at once: the expert plays the week with and without it. */
  wantsToAccept(p: Proposal): boolean {
    const m = this.m;
    const level = this.level;
    if (!level) return botAccepts(m.options.botStyle, p);
    const view = viewFor(m.engine, { kind: 'role', role: p.to });
    return evaluateDeal(view, p.to, p, { level, character: characterOf(m.options.botStyle), seed: botSeed(p.to) }).accept;
  }

  /**
   * At the start of planning, each expert bot may offer one deal to a role people play
   * (bots do not bargain among themselves on the server: their answers would be instant).
   */
  dealsToOffer(): { from: Role; to: Role; give: Order[]; get: Order[] }[] {
    const m = this.m;
    const level = this.level;
    if (!level) return [];
    const out: { from: Role; to: Role; give: Order[]; get: Order[] }[] = [];
    for (const role of this.roles) {
      const offer = proposeDeal(viewFor(m.engine, { kind: 'role', role }), role, { level, character: characterOf(m.options.botStyle), seed: botSeed(role) });
      if (offer && !this.roles.has(offer.deal.to) && m.members.ofRole(offer.deal.to).length > 0) out.push(offer.deal);
    }
    return out;
  }

  clear(): void {
    for (const t of this.timers.values()) t.clear();
    this.timers.clear();
  }
}
