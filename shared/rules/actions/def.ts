// What every action declares, as data: who, at whom, at what cost, when, with what
// effect, how visible, how it is undone, and the real event it echoes.
import type { Ctx } from '../context.ts';
import type { Indicator, Order, PartyRole, PublicState, Role } from '../types.ts';
import type { Precedent } from '../../scenario/precedents.ts';

export type Category = 'diplomatic' | 'economic' | 'security' | 'mediation';

/** A predicted effect, shown on the action's card; `narrative` counts toward the actor's account. */
export interface Effect {
  on: 'self' | 'target' | 'bloc' | 'shared';
  what: Indicator | 'cohesion' | 'narrative' | 'threat';
  delta: number;
}

/** The real event an action echoes, and the pages that report it. */
export type { Precedent };

export interface Refusal {
  code: string;
  params?: Record<string, string | number>;
}

export interface Variant {
  effects?: Effect[];
  tension?: number;
  escalatory?: boolean;
}

export interface ActionDef {
  id: string;
  category: Category;
  actors: readonly Role[];
  cost: number;
  target: 'none' | 'country' | 'role';
  /** Choices such as a statement's tone or a drone's posture; the first is the default. */
  options?: readonly string[];
  /** Where roles choose from different lists (e.g. their outside partners); each a subset of `options`. */
  optionsByRole?: Partial<Record<Role, readonly string[]>>;
  /** AES orders on relations may name which member acts: option both, niger or burkina. */
  memberOption?: boolean;
  /** Options that change the effects. */
  variants?: Record<string, Variant>;
  effects: Effect[];
  /** Rungs up (+) or down (−) the ladder, and the highest rung the step can reach. */
  tension: number;
  ceiling?: number;
  visibility: 'public' | 'private' | 'covert';
  escalatory: boolean;
  /** The way back: the action (and option) that undoes this one. */
  inverse?: { action: string; option?: string };
  precedent?: Precedent;
  /** The targets this role could name, before preconditions. */
  targets?(s: PublicState, role: Role): string[];
  /** Preconditions beyond actor, target list, option and AP: on public facts only, as a client previews them. */
  check?(s: PublicState, role: Role, order: Order): Refusal | null;
  /** State changes beyond the declared effects; called after effects and tension. */
  apply?(ctx: Ctx, role: Role, order: Order): void;
  /** Whether the declared effects apply (e.g. an offer that may not be taken up). Default true. */
  automatic?: boolean;
}

export const refuse = (code: string, params?: Refusal['params']): Refusal => (params ? { code, params } : { code });

export const asParty = (r: Role) => r as PartyRole;
