// Names and short phrases for the engine's ids, always through i18next: roles, targets,
// options, orders and the predicted effects on an action card.
import type { ActionDef, Effect, Order, Role } from '../../../shared/index.ts';
import { hasEngine, hasUi, signed, t, te } from '../i18n/index.ts';

/** The role's short name for badges and lists ("Algeria", "AES", "AU mediator"). */
export const roleName = (role: string): string => (hasUi(`roleShort.${role}`) ? t(`roleShort.${role}`) : te(`role.${role}`));

/** The role's full name ("AES (Niger and Burkina Faso)"). */
export const roleFullName = (role: string): string => te(`role.${role}`);

/** A target as a list item: a country or a role, capitalised. */
export function targetName(id: string): string {
  if (hasUi(`target.${id}`)) return t(`target.${id}`);
  return hasEngine(`name.${id}`) ? te(`name.${id}`) : id;
}

export function optionName(id: string): string {
  if (hasEngine(`option.${id}`)) return te(`option.${id}`);
  return hasEngine(`name.${id}`) ? te(`name.${id}`) : id;
}

export const actionName = (id: string): string => (hasEngine(`action.${id}.name`) ? te(`action.${id}.name`) : id);

/** "Close our airspace → Mali (Niger only)". */
export function orderLabel(o: Order): string {
  const action = actionName(o.action);
  if (o.target && o.option) return t('order.targetOption', { action, target: targetName(o.target), option: optionName(o.option) });
  if (o.target) return t('order.target', { action, target: targetName(o.target) });
  if (o.option) return t('order.option', { action, option: optionName(o.option) });
  return action;
}

const ROLE_OF_COUNTRY: Record<string, Role> = { algeria: 'algeria', mali: 'mali', niger: 'aes', burkina: 'aes' };

/** The role an order's target stands for, if any (a country's role, or the role itself). */
export function targetRole(def: ActionDef, target: string | undefined): Role | undefined {
  if (!target) return undefined;
  if (def.target === 'role') return target as Role;
  if (def.target === 'country') return ROLE_OF_COUNTRY[target];
  return undefined;
}

/** One predicted effect in plain words: "Mali · Economy −3", "Jihadist threat +1". */
export function effectLine(e: Effect, actor: Role, target: Role | undefined): string {
  const delta = signed(e.delta);
  if (e.what === 'cohesion' || e.what === 'threat') return t('effect.shared', { what: te(`indicator.${e.what}`), delta });
  const who = e.on === 'target' ? target : actor;
  if (e.what === 'narrative') return t('effect.narrative', { delta, who: who ? roleName(who) : '' });
  return t('effect.indicator', { who: who ? roleName(who) : t('effect.theTarget'), what: te(`indicator.${e.what}`), delta });
}

export function tensionLine(step: number, ceiling?: number): string {
  if (step > 0 && ceiling !== undefined && ceiling < 10) return t('effect.tensionUpTo', { delta: signed(step), n: ceiling });
  return t('effect.tension', { delta: signed(step) });
}

