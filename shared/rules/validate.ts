// Which orders are legal, and why not: every refusal has a reason code and a message key.
import { ACTION_BY_ID, ACTIONS } from './actions/index.ts';
import type { ActionDef, Refusal } from './actions/def.ts';
import { refuse } from './actions/def.ts';
import type { Order, PublicState, Role, Text } from './types.ts';
import { ROLES } from './types.ts';

export const MEMBER_CHOICES = ['both', 'niger', 'burkina'] as const;

export type Verdict = { ok: true } | { ok: false; code: string; reason: Text };

const fail = (r: Refusal): Verdict => ({ ok: false, code: r.code, reason: { key: `reason.${r.code}`, params: r.params ?? {} } });

export function isSeated(s: PublicState, role: Role): boolean {
  return role !== 'mediator' || s.settings.mediator;
}

/** The roles that play in this match, in the order of ROLES. */
export function seatedRoles(s: PublicState): Role[] {
  return ROLES.filter((r) => isSeated(s, r));
}

/** The options an order may carry for this role, default first; empty when it takes none. */
export function optionsFor(def: ActionDef, role: Role): readonly string[] {
  if (def.options) return def.optionsByRole?.[role] ?? def.options;
  return def.memberOption && role === 'aes' ? MEMBER_CHOICES : [];
}

/**
 * Targets come from geography, not from the state (see CANDIDATES below), so each action's
 * list for each role is worked out once: validation runs for every order bots consider.
 */
const TARGETS: Map<ActionDef, Partial<Record<Role, readonly string[]>>> = new Map();
const NO_TARGETS: readonly string[] = Object.freeze([]);

export function targetsFor(def: ActionDef, s: PublicState, role: Role): readonly string[] {
  if (def.target === 'none' || !def.targets) return NO_TARGETS;
  let byRole = TARGETS.get(def);
  if (!byRole) TARGETS.set(def, (byRole = {}));
  return (byRole[role] ??= Object.freeze(def.targets(s, role)));
}

const LEGAL: Verdict = Object.freeze({ ok: true });

/** Whether an order is legal for a role now, given the orders it already drafted this week. */
export function validateOrder(s: PublicState, role: Role, order: Order, drafted: readonly Order[] = []): Verdict {
  const r = refusal(s, role, order, drafted);
  return r ? fail(r) : LEGAL;
}

function refusal(s: PublicState, role: Role, order: Order, drafted: readonly Order[]): Refusal | null {
  if (s.phase === 'ended') return refuse('matchOver');
  if (!isSeated(s, role)) return refuse('roleNotSeated', { role });
  const def = ACTION_BY_ID.get(order?.action);
  if (!def) return refuse('unknownAction', { action: String(order?.action) });
  if (!def.actors.includes(role)) return refuse('notYourAction', { action: def.id, role });
  const shape = shapeRefusal(def, s, role, order);
  if (shape) return shape;
  const spent = spentOn(drafted);
  if (spent + def.cost > s.settings.apPerTurn) return refuse('notEnoughAp', { cost: def.cost, left: s.settings.apPerTurn - spent });
  if (drafted.length && drafted.some((o) => o.action === order.action && o.target === order.target)) return refuse('duplicateOrder', { action: def.id });
  return def.check?.(s, role, order) ?? null;
}

function spentOn(drafted: readonly Order[]): number {
  let n = 0;
  for (const o of drafted) n += ACTION_BY_ID.get(o.action)?.cost ?? 0;
  return n;
}

/** Target and option must be among those the action offers this role. */
function shapeRefusal(def: ActionDef, s: PublicState, role: Role, order: Order): Refusal | null {
  const targets = targetsFor(def, s, role);
  if (def.target === 'none') {
    if (order.target !== undefined) return refuse('noTargetNeeded', { action: def.id });
  } else if (order.target === undefined) {
    return refuse('targetNeeded', { action: def.id });
  } else if (!targets.includes(order.target)) {
    return refuse('badTarget', { action: def.id, target: String(order.target) });
  }
  const options = optionsFor(def, role);
  if (order.option !== undefined && !options.includes(order.option)) {
    return options.length ? refuse('badOption', { action: def.id, option: String(order.option) }) : refuse('noOptionNeeded', { action: def.id });
  }
  return null;
}

/**
 * Every order each role could ever give, spelled out once: targets and options come from
 * geography and the catalogue, not from the state, so only preconditions vary by week.
 */
const CANDIDATES: Map<Role, { def: ActionDef; order: Order }[]> = new Map();

function candidatesOf(s: PublicState, role: Role): { def: ActionDef; order: Order }[] {
  let list = CANDIDATES.get(role);
  if (!list) {
    list = [];
    for (const def of ACTIONS) {
      if (!def.actors.includes(role)) continue;
      for (const order of candidates(def, s, role)) list.push({ def, order: Object.freeze(order) });
    }
    CANDIDATES.set(role, list);
  }
  return list;
}

/** Every order the role could add now (each target and option spelled out), for bots and menus. */
export function legalActions(s: PublicState, role: Role, drafted: readonly Order[] = []): Order[] {
  const out: Order[] = [];
  if (s.phase === 'ended' || !isSeated(s, role)) return out;
  const left = s.settings.apPerTurn - spentOn(drafted);
  for (const { def, order } of candidatesOf(s, role)) {
    if (def.cost > left) continue;
    if (drafted.length && drafted.some((o) => o.action === order.action && o.target === order.target)) continue;
    if (!def.check?.(s, role, order)) out.push(order);
  }
  return out;
}

export interface MenuEntry {
  action: string;
  cost: number;
  choices: { order: Order; verdict: Verdict }[];
}

/** The action cards a role sees: each choice with its verdict, so that a refused one can say why. */
export function actionMenu(s: PublicState, role: Role, drafted: readonly Order[] = []): MenuEntry[] {
  return ACTIONS.filter((d) => d.actors.includes(role) && isSeated(s, role)).map((def) => ({
    action: def.id,
    cost: def.cost,
    choices: candidates(def, s, role).map((order) => ({ order, verdict: validateOrder(s, role, order, drafted) })),
  }));
}

function candidates(def: ActionDef, s: PublicState, role: Role): Order[] {
  const targets: readonly (string | undefined)[] = def.target === 'none' ? [undefined] : targetsFor(def, s, role);
  const options: (string | undefined)[] = optionsFor(def, role).length ? [...optionsFor(def, role)] : [undefined];
  const out: Order[] = [];
  for (const target of targets) {
    for (const option of options) {
      const o: Order = { action: def.id };
      if (target !== undefined) o.target = target;
      if (option !== undefined) o.option = option;
      out.push(o);
    }
  }
  return out;
}
