// The protocol and the game's catalogue as data, for clients in any language: JSON Schema
// of every message in both directions (generated from the zod schemas with zod 4's own
// converter) and the rules' actions, event cards and objectives. Served by the server at
// GET /api/protocol and GET /api/rules (docs/PROTOCOL.md, "Writing a bot").
import { z } from 'zod';
import type { Role } from '../index.ts';
import { ACTIONS, EVENTS, OBJECTIVES, ROLES, TENSION_RUNGS } from '../index.ts';
import { optionsFor } from '../rules/validate.ts';
import { CLIENT_MESSAGES } from './clientMessages.ts';
import { CONTROLS } from './controls.ts';
import { ERROR_TEXT } from './errors.ts';
import { LIMITS } from './limits.ts';
import { CreateOptionsSchema, JoinOptionsSchema } from './options.ts';
import { MATCH_PHASES } from './phases.ts';
import { CLOSE_CODES } from './rules.ts';
import { SERVER_MESSAGES } from './serverMessages.ts';

/** What a client sends is described as the server accepts it (input); what it receives as sent (output). */
const inbound = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
const outbound = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });

export function protocolDescription() {
  return {
    format: 'sahel-standoff/protocol',
    version: 1,
    documentation: 'docs/PROTOCOL.md',
    phases: MATCH_PHASES,
    roles: ROLES,
    clientMessages: Object.fromEntries(
      Object.entries(CLIENT_MESSAGES).map(([type, spec]) => [type, { description: spec.description, phases: spec.phases, who: spec.who, payload: inbound(spec.schema) }]),
    ),
    serverMessages: Object.fromEntries(Object.entries(SERVER_MESSAGES).map(([type, schema]) => [type, { payload: outbound(schema) }])),
    createOptions: inbound(CreateOptionsSchema),
    joinOptions: inbound(JoinOptionsSchema),
    controls: Object.fromEntries(
      Object.entries(CONTROLS).map(([name, c]) => [name, { description: c.description, who: c.who, phases: c.phases, confirm: c.confirm ?? false, params: inbound(c.params) }]),
    ),
    errors: ERROR_TEXT,
    closeCodes: { ...CLOSE_CODES, frameTooLarge: 1009 },
    limits: LIMITS,
  };
}

/** The rules as data: every action (who, cost, targets, options, visibility), event card and objective, with their text keys. */
export function rulesCatalogue() {
  return {
    format: 'sahel-standoff/rules',
    version: 1,
    roles: ROLES,
    actions: ACTIONS.map((a) => ({
      id: a.id,
      category: a.category,
      actors: a.actors,
      cost: a.cost,
      /** 'none', 'country' or 'role': the kind of target; which ones a role may name now is in its `menu`. */
      target: a.target,
      /** Per role, the options the action takes (default first); empty when it takes none. */
      options: Object.fromEntries(a.actors.map((r: Role) => [r, optionsFor(a, r)])),
      visibility: a.visibility,
      escalatory: a.escalatory,
      tension: a.tension,
      effects: a.effects,
      ...(a.inverse ? { inverse: a.inverse } : {}),
      text: { name: `action.${a.id}.name`, description: `action.${a.id}.desc` },
    })),
    events: EVENTS.map((e) => ({ id: e.id, once: e.once ?? false, ...(e.date ? { date: e.date } : {}), text: { title: `events.${e.id}.title` } })),
    objectives: OBJECTIVES.map((o) => ({ id: o.id, role: o.role, text: { title: `objective.${o.id}.title` } })),
    /** The tension ladder: `view.state.tension` stands on rung `floor(tension)`; text `rung.<name>`. */
    tensionRungs: TENSION_RUNGS,
    translations: 'shared/i18n/en.json (fr.json, ar.json): every key above',
  };
}
