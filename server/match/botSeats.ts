// Bots at the table: they take the roles nobody holds at the start and, after a grace
// period, roles whose players have all gone; they hand a role back as soon as one of
// its players is connected again.
import type { Order, Role } from '../../shared/index.ts';
import { chooseOrders, validateOrder } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { botAccepts } from './botDiplomacy.ts';
import type { Timer } from './port.ts';
import type { BotTable } from './model.ts';

export const BOT_MEMBER = { playerId: 'bot', nickname: 'bot' } as const;

export class BotSeats {
  private roles = new Set<Role>();
  private timers = new Map<Role, Timer>();

  constructor(private m: BotTable) {}

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
      m.timers.later(m.options.takeoverGraceSeconds * 1000, () => this.takeOver(role)),
    );
  }

  private takeOver(role: Role): void {
    const m = this.m;
    this.timers.delete(role);
    if (!m.inGame || this.roles.has(role) || m.members.connectedOfRole(role).length > 0) return;
    this.roles.add(role);
    m.log.info('bot.tookOver', { code: m.code, role, turn: m.engine.turn });
    m.notifyAll('notice.botTookOver', { role });
    m.changed();
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
    m.notifyAll('notice.botHandedBack', { role });
    m.changed();
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
    for (const o of chooseOrders(m.engine, role, m.options.botStyle)) {
      if (validateOrder(m.engine, role, o, kept).ok) kept.push(o);
    }
    return kept;
  }

  /** A proposal to a role a bot plays is answered at once. */
  wantsToAccept(p: Proposal): boolean {
    return botAccepts(this.m.options.botStyle, p);
  }

  clear(): void {
    for (const t of this.timers.values()) t.clear();
    this.timers.clear();
  }
}
