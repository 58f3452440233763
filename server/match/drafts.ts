// Each role's order draft for the week, shared by its team. Every change is checked
// with the engine's validateOrder against the draft as it stands.
import type { GameState, Order, Role, Verdict } from '../../shared/index.ts';
import { validateOrder } from '../../shared/index.ts';
import { draftCost } from '../../shared/protocol/index.ts';
import type { DraftEntry } from '../../shared/protocol/index.ts';

export const sameOrder = (a: Order, b: Order): boolean => a.action === b.action && a.target === b.target && a.option === b.option;

/** A copy with only the fields an order has, so that stray `undefined`s never reach the engine. */
export function cleanOrder(o: Order): Order {
  return { action: o.action, ...(o.target !== undefined ? { target: o.target } : {}), ...(o.option !== undefined ? { option: o.option } : {}) };
}

/** A team's draft as the live snapshot keeps it, with its last editor (absent in older snapshots). */
export interface SavedDraft {
  role: Role;
  entries: DraftEntry[];
  ready: boolean;
  by?: string;
}

type Fit = { ok: true; added: Order[] } | { ok: false; verdict: Extract<Verdict, { ok: false }> };

export class TeamDrafts {
  private entries = new Map<Role, DraftEntry[]>();
  /** The team's own ready flag (bots are ready regardless; see the seat state). */
  private ready = new Map<Role, boolean>();
  /** Who made each team's last change this week. */
  private editors = new Map<Role, string>();
  /** Bumped on every change, so that the projection rebuilds a team's draft only when it changed. */
  private versions = new Map<Role, number>();
  private generation = 0;

  version(role: Role): number {
    return this.generation * 1_000_000 + (this.versions.get(role) ?? 0);
  }

  editedBy(role: Role): string | undefined {
    return this.editors.get(role);
  }

  /** A change by `by` was accepted: it is the last editor's now. */
  touch(role: Role, by: string): void {
    this.editors.set(role, by);
    this.bump(role);
  }

  private bump(role: Role): void {
    this.versions.set(role, (this.versions.get(role) ?? 0) + 1);
  }

  list(role: Role): DraftEntry[] {
    return this.entries.get(role) ?? [];
  }

  orders(role: Role): Order[] {
    return this.list(role).map((e) => cleanOrder(e.order));
  }

  spent(role: Role): number {
    return draftCost(this.list(role).map((e) => e.order));
  }

  isReady(role: Role): boolean {
    return this.ready.get(role) ?? false;
  }

  setReady(role: Role, ready: boolean): void {
    this.ready.set(role, ready);
    this.bump(role);
  }

  /** Would these orders fit after the draft? Orders already in it count as fitting and are not added twice. */
  fit(engine: GameState, role: Role, orders: readonly Order[]): Fit {
    const drafted = this.orders(role);
    const added: Order[] = [];
    for (const raw of orders) {
      const order = cleanOrder(raw);
      if (drafted.some((d) => sameOrder(d, order))) continue;
      const v = validateOrder(engine, role, order, drafted);
      if (!v.ok) return { ok: false, verdict: v };
      drafted.push(order);
      added.push(order);
    }
    return { ok: true, added };
  }

  add(engine: GameState, role: Role, order: Order): Verdict {
    const clean = cleanOrder(order);
    const v = validateOrder(engine, role, clean, this.orders(role));
    if (v.ok) this.append(role, [clean]);
    return v;
  }

  /** Orders that already passed `fit`. */
  append(role: Role, orders: readonly Order[], proposal?: number): void {
    const list = [...this.list(role), ...orders.map((order) => (proposal !== undefined ? { order, proposal } : { order }))];
    this.entries.set(role, list);
    this.bump(role);
  }

  remove(role: Role, order: Order): boolean {
    const list = this.list(role);
    const i = list.findIndex((e) => sameOrder(e.order, cleanOrder(order)));
    if (i < 0) return false;
    this.entries.set(role, list.filter((_, j) => j !== i));
    this.bump(role);
    return true;
  }

  /** Replace the whole draft, all or nothing. */
  set(engine: GameState, role: Role, orders: readonly Order[]): Verdict {
    const next: Order[] = [];
    for (const raw of orders) {
      const order = cleanOrder(raw);
      const v = validateOrder(engine, role, order, next);
      if (!v.ok) return v;
      next.push(order);
    }
    this.entries.set(role, next.map((order) => ({ order })));
    this.bump(role);
    return { ok: true };
  }

  clear(role: Role): void {
    this.entries.set(role, []);
    this.bump(role);
  }

  /** A new week: empty drafts, nobody ready. */
  reset(): void {
    this.entries.clear();
    this.ready.clear();
    this.editors.clear();
    this.versions.clear();
    this.generation++;
  }

  snapshot(roles: readonly Role[]): SavedDraft[] {
    return roles.map((role) => {
      const by = this.editors.get(role);
      return { role, entries: this.list(role), ready: this.isReady(role), ...(by !== undefined ? { by } : {}) };
    });
  }

  /** The drafts as a snapshot saved them, then each later change of this week from the draft log, in order. */
  restore(saved: readonly SavedDraft[], later: readonly SavedDraft[] = []): void {
    this.reset();
    for (const d of [...saved, ...later]) {
      this.entries.set(d.role, d.entries.map((e) => ({ ...e, order: cleanOrder(e.order) })));
      this.ready.set(d.role, d.ready);
      if (d.by !== undefined) this.editors.set(d.role, d.by);
    }
  }
}
