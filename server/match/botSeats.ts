// Bots at the table: they take the roles nobody holds at the start and, after a grace
// period, roles whose players have all gone; they hand a role back as soon as one of
// its players is connected again. At an expert level (options.botLevel) a bot thinks
// about its week while planning is open, in a bot thread or in slices that leave the
// server free (botThreads.ts); its seat shows ready once it has decided. A role whose
// players have all gone is weighed from then on, during the grace period too, so that the
// expert (not the one-step bot) plays it however late in the week the takeover comes.
import type { BotLevel, DecisionNote, Order, Role } from '../../shared/index.ts';
import { acceptsByRule, BOT_LEVELS, chooseOrders, ROLES, validateOrder, viewFor } from '../../shared/index.ts';
import type { Proposal } from '../../shared/protocol/index.ts';
import { characterOf, expertSeed } from './botDiplomacy.ts';
import type { Outcome, Search } from './botSearch.ts';
import type { Thought } from './botThinking.ts';
import type { Timer } from './port.ts';
import type { BotTable } from './model.ts';

/** The expert's decision for one role's week: running, or its orders and reasoning. */
interface Decision {
  turn: number;
  /** The deals that bound the role when it began (bindingsKey): a decision weighed without a deal made since is stale. */
  bound: string;
  thought: Thought<unknown>;
  orders?: Order[];
  note?: DecisionNote;
}

export const BOT_MEMBER = { playerId: 'bot', nickname: 'bot' } as const;

export class BotSeats {
  private roles = new Set<Role>();
  private timers = new Map<Role, Timer>();
  private decisions = new Map<Role, Decision>();
  /** Offers and answers being weighed, by the role they are for, so that they can be stopped with the match or the role handed back. */
  private weighing = new Map<Thought<unknown>, Role>();
  /** The week each role's bot last offered a deal in: one offer a week, even if the role is taken over twice. */
  private offered = new Map<Role, number>();

  constructor(private m: BotTable) {}

  /** The expert's level, or undefined for the one-step bots (`basic`, or a match recorded before levels existed). */
  get level(): BotLevel | undefined {
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
      m.timers.later(m.options.takeoverGraceSeconds * 1000, () => this.takeOver(role)),
    );
    // The expert starts weighing the role's week now: the grace period may outlast planning.
    this.reconsider(role);
  }

  private takeOver(role: Role): void {
    const m = this.m;
    this.timers.delete(role);
    if (!m.inGame || this.roles.has(role) || m.members.connectedOfRole(role).length > 0) return;
    this.roles.add(role);
    m.log.info('bot.tookOver', { code: m.code, role, turn: m.engine.turn });
    m.notifyAll('notice.botTookOver', { role });
    // The decision begun during the grace period stands if it is for this week and its deals; else it starts now.
    if (!this.current(role)) this.reconsider(role);
    if (m.phase === 'planning') this.offerDeal(role);
    m.changed();
    m.checkAllReady();
  }

  /** A player of the role is connected: cancel any takeover and give the role back. */
  handBack(role: Role): void {
    const m = this.m;
    if (m.members.connectedOfRole(role).length === 0) return;
    this.timers.get(role)?.clear();
    this.timers.delete(role);
    // Whatever was being weighed for the role (held, or in its grace period) stops: its people decide.
    this.forget(role);
    for (const [t, r] of this.weighing) if (r === role) this.stop(t);
    if (!this.roles.has(role)) return;
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

  /** The accepted deals of this week that bind the role, and the others bound to it. */
  private bindings(role: Role): { committed: Order[]; othersBound: Partial<Record<Role, Order[]>> } {
    const m = this.m;
    const committed = m.drafts.list(role).filter((e) => e.proposal !== undefined).map((e) => e.order);
    const othersBound: Partial<Record<Role, Order[]>> = {};
    for (const p of m.proposals.all()) {
      if (p.status !== 'accepted' || p.turn !== m.engine.turn) continue;
      if (p.from === role) (othersBound[p.to] ??= []).push(...p.get);
      if (p.to === role) (othersBound[p.from] ??= []).push(...p.give);
    }
    return { committed, othersBound };
  }

  /** The deals binding the role, as a key: equal keys, the same search. */
  private bindingsKey(role: Role): string {
    const { committed, othersBound } = this.bindings(role);
    return JSON.stringify([committed, ROLES.map((r) => othersBound[r] ?? [])]);
  }

  /** The role's decision if it is for this week and the deals that bind the role now (running or done). */
  private current(role: Role): Decision | undefined {
    const d = this.decisions.get(role);
    return d && d.turn === this.m.engine.turn && d.bound === this.bindingsKey(role) ? d : undefined;
  }

  /**
   * Planning is open (or a bot is about to take the role, or took it, or a deal now binds
   * it): an expert starts to think about the role's week, from its seat's view only; a
   * decision under way is dropped. When it is done the seat of a role the bot holds shows
   * ready, and the week may resolve.
   */
  reconsider(role: Role): void {
    const m = this.m;
    const level = this.level;
    this.forget(role);
    if (!level || !(this.roles.has(role) || this.timers.has(role)) || m.phase !== 'planning' || m.drafts.isReady(role)) return;
    const { committed, othersBound } = this.bindings(role);
    const view = viewFor(m.engine, { kind: 'role', role });
    const thought = m.think({ kind: 'decide', view, role, level, character: characterOf(m.options.botStyle), seed: expertSeed(role), committed, othersBound });
    const d: Decision = { turn: m.engine.turn, bound: this.bindingsKey(role), thought };
    this.decisions.set(role, d);
    thought.done.then(
      (r) => {
        if (!r || this.decisions.get(role) !== d) return;
        d.orders = r.orders;
        d.note = r.note;
        m.log.debug('bot.decided', { code: m.code, role, turn: d.turn, weeks: r.note.weeksSimulated, cutShort: r.note.cutShort });
        m.changed();
        m.checkAllReady();
      },
      (err) => this.failed(role, d, err),
    );
  }

  /** A search that throws must not hold up the week: the role falls back on the one-step bot. */
  private failed(role: Role, d: Decision, err: unknown): void {
    if (this.decisions.get(role) !== d) return;
    this.m.log.error('bot.searchFailed', { code: this.m.code, role, error: err });
    this.decisions.delete(role);
    this.m.changed();
    this.m.checkAllReady();
  }

  private forget(role: Role): void {
    this.decisions.get(role)?.thought.cancel();
    this.decisions.delete(role);
  }

  /** Whether the bot holding the role is still weighing its orders (the week waits for it). */
  thinking(role: Role): boolean {
    const d = this.decisions.get(role);
    return !!d && this.roles.has(role) && d.turn === this.m.engine.turn && d.thought.running;
  }

  /**
   * A team that marked its draft ready before leaving keeps it. Otherwise the bot keeps
   * the orders of accepted proposals (a deal is a deal) and fills the rest of the budget
   * with the expert's decision if it has one for this week, else with the shared
   * one-step bot's choice (a role taken over during the grace period, a search cut off).
   */
  ordersFor(role: Role): Order[] {
    const m = this.m;
    if (m.drafts.isReady(role)) return m.drafts.orders(role);
    const kept = m.drafts.list(role).filter((e) => e.proposal !== undefined).map((e) => e.order);
    const d = this.current(role);
    const fill = d?.orders ?? chooseOrders(m.engine, role, m.options.botStyle);
    for (const o of fill) {
      if (kept.some((k) => k.action === o.action && k.target === o.target && k.option === o.option)) continue;
      if (validateOrder(m.engine, role, o, kept).ok) kept.push(o);
    }
    return kept;
  }

  /** The expert's reasoning behind the orders ordersFor gave this week, for the record. */
  noteFor(role: Role): DecisionNote | undefined {
    const d = this.current(role);
    return d?.note && !this.m.drafts.isReady(role) ? d.note : undefined;
  }

  /**
   * A proposal to a role a bot plays: a one-step bot answers at once by its rule; the expert
   * plays the week with and without the deal first (in slices), then answers.
   */
  answer(p: Proposal, reply: (yes: boolean) => void): void {
    const m = this.m;
    const level = this.level;
    if (!level) return reply(acceptsByRule(m.options.botStyle, p));
    this.weigh(p.to, { kind: 'answer', style: m.options.botStyle, level, view: viewFor(m.engine, { kind: 'role', role: p.to }), deal: { from: p.from, to: p.to, give: p.give, get: p.get } }, reply);
  }

  /**
   * Planning is open: each expert bot may offer one deal to a role people play (bots do not
   * bargain among themselves on the server: their answers would be instant).
   */
  offerDeals(): void {
    for (const role of this.roles) this.offerDeal(role);
    // A role in its grace period when the week opens is weighed as well (armTakeover).
    for (const role of this.timers.keys()) this.reconsider(role);
  }

  /** The bot holding the role may offer one deal this week, weighed in slices. */
  private offerDeal(role: Role): void {
    const m = this.m;
    const level = this.level;
    const turn = m.engine.turn;
    if (!level || this.offered.get(role) === turn) return;
    this.offered.set(role, turn);
    const view = viewFor(m.engine, { kind: 'role', role });
    this.weigh(
      role,
      { kind: 'offer', view, role, level, character: characterOf(m.options.botStyle), seed: expertSeed(role) },
      (offer) => {
        if (!offer || m.phase !== 'planning' || m.engine.turn !== turn || !this.roles.has(role)) return;
        const { to, give, get } = offer.deal;
        if (this.roles.has(to) || m.members.ofRole(to).length === 0) return;
        m.offerDeal(role, to, give, get);
      },
    );
  }

  private weigh<S extends Search>(role: Role, search: S, then: (v: Outcome<S>) => void): void {
    const thought = this.m.think(search);
    this.weighing.set(thought, role);
    thought.done.then(
      (v) => {
        this.weighing.delete(thought);
        if (v !== undefined) then(v);
      },
      (err) => {
        this.weighing.delete(thought);
        this.m.log.error('bot.searchFailed', { code: this.m.code, role, error: err });
      },
    );
  }

  private stop(t: Thought<unknown>): void {
    t.cancel();
    this.weighing.delete(t);
  }

  /** The week is resolved: whatever is still being weighed is for a week gone. */
  stopThinking(): void {
    for (const role of [...this.decisions.keys()]) this.forget(role);
    for (const t of [...this.weighing.keys()]) this.stop(t);
  }

  /** Stop every timer and every search (the match ended, is suspended or disposed). */
  clear(): void {
    for (const t of this.timers.values()) t.clear();
    this.timers.clear();
    this.stopThinking();
  }
}
