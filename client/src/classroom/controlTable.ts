// What the console needs to know about the controls table beyond the table itself: how to
// group the controls on screen, when a control applies right now, the first value of each
// field, and how a control's parameters read in words (for confirmations).
import type { ControlName, ParamField, TeacherConsole } from '../../../shared/protocol/index.ts';
import { controlApplies, controlInPhase, CONTROLS, controlsFor } from '../../../shared/protocol/index.ts';
import { hasEngine, hasUi, t, te } from '../i18n/index.ts';
import type { Synced } from '../state/store.ts';
import { roleName } from '../ui/words.ts';

export interface ConsoleContext {
  synced: Synced;
  feed?: TeacherConsole;
  /** The controls this seat may send (welcome.controls). */
  allowed: readonly string[];
}

export const GROUPS = ['pacing', 'events', 'room', 'people', 'setup'] as const;
export type Group = (typeof GROUPS)[number] | 'other';

const GROUP_OF: Partial<Record<ControlName, Group>> = {
  start: 'pacing',
  pause: 'pacing',
  resume: 'pacing',
  extend: 'pacing',
  endPhase: 'pacing',
  endMatch: 'pacing',
  injectEvent: 'events',
  cancelEvent: 'events',
  lock: 'room',
  unlock: 'room',
  autoBalance: 'people',
  move: 'people',
  rename: 'people',
  kick: 'people',
  settings: 'setup',
};

/** A control the table adds later still shows, under "other". */
export const groupOf = (name: ControlName): Group => GROUP_OF[name] ?? 'other';

/** Controls that make no sense in the present state (pausing a paused clock…) are left out. */
const APPLIES: Partial<Record<ControlName, (c: ConsoleContext) => boolean>> = {
  kick: (c) => c.synced.players.length + (c.feed?.watchers.length ?? 0) > 0,
  move: (c) => c.synced.players.length > 0 && c.synced.seats.length > 1,
  rename: (c) => c.synced.players.length + (c.feed?.watchers.length ?? 0) > 0,
  autoBalance: (c) => c.synced.players.length > 1,
};

/** The teacher's controls that may be sent now, in the table's order. */
export function controlsNow(c: ConsoleContext): ControlName[] {
  return controlsFor(true).filter(
    (name) => c.allowed.includes(name) && controlInPhase(name, c.synced.phase) &&
      // The server's own preconditions (shared/protocol/rules.ts), then what only makes sense on screen.
      controlApplies(name, { paused: c.synced.paused, locked: c.synced.locked, pendingEvent: c.feed?.pendingEvent }) &&
      (APPLIES[name]?.(c) ?? true),
  );
}

export const fieldsOf = (name: ControlName): [string, ParamField][] => Object.entries(CONTROLS[name].fields as Record<string, ParamField>);

/** The starting value of a field, as the form holds it (text). */
export function firstValue(field: ParamField, c: ConsoleContext): string {
  switch (field.kind) {
    case 'int':
      return String(Math.min(field.max ?? 60, Math.max(field.min ?? 0, field.unit === 'seconds' ? 60 : (field.min ?? 0))));
    case 'role':
      return c.synced.seats[0]?.role ?? '';
    case 'eventCard':
      return field.values?.[0] ?? '';
    default:
      return '';
  }
}

/** A control's name, its button and its help, through i18next (the table's English description if a word is missing). */
export const controlLabel = (name: string): string => (hasUi(`console.control.${name}.label`) ? t(`console.control.${name}.label`) : name);
export const controlButton = (name: string): string => (hasUi(`console.control.${name}.button`) ? t(`console.control.${name}.button`) : controlLabel(name));
export const controlHint = (name: ControlName): string => (hasUi(`console.control.${name}.hint`) ? t(`console.control.${name}.hint`) : CONTROLS[name].description);

export const fieldLabel = (key: string, field: ParamField): string =>
  hasUi(`console.field.${key}`) ? t(`console.field.${key}`) : t(`console.kind.${field.kind}`);

export const eventTitle = (id: string): string => (hasEngine(`events.${id}.title`) ? te(`events.${id}.title`) : id);

/** Who a player id is: a student's nickname and team, or a watcher's nickname. */
export function memberName(playerId: string, c: ConsoleContext): string {
  const p = c.synced.players.find((x) => x.id === playerId);
  if (p) return t('console.member.student', { name: p.nickname, team: roleName(p.role) });
  const w = c.feed?.watchers.find((x) => x.playerId === playerId);
  if (w) return t(w.projector ? 'console.member.projector' : 'console.member.spectator', { name: w.nickname });
  return t('console.member.unknown');
}

/** A control's parameters in words, for its confirmation question. */
export function paramWords(name: ControlName, params: Record<string, unknown>, c: ConsoleContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, field] of fieldsOf(name)) {
    const v = params[key];
    if (v === undefined) continue;
    if (field.kind === 'playerId') out[key] = memberName(String(v), c);
    else if (field.kind === 'role') out[key] = roleName(String(v));
    else if (field.kind === 'eventCard') out[key] = eventTitle(String(v));
    else out[key] = String(v);
  }
  return out;
}
