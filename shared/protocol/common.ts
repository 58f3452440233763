// Building blocks shared by the inbound and outbound message schemas.
import { z } from 'zod';
import { BOT_LEVEL_CHOICES, type BotLevelChoice } from '../bots/levels.ts';
import { BOT_STYLES } from '../bots/styles.ts';
import { ROLES } from '../rules/types.ts';
import { LIMITS } from './limits.ts';

export const RoleSchema = z.enum(ROLES);
export const BotStyleSchema = z.enum(BOT_STYLES);
/** `basic`: the one-step bots; `easy`, `normal`, `hard`: the expert, which plans (shared/bots/levels.ts). */
export const BotLevelSchema = z.enum(BOT_LEVEL_CHOICES);
export { BOT_LEVEL_CHOICES, type BotLevelChoice };

/** Identifiers the engine uses for actions, targets and options: short camelCase words. */
const word = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'letters, digits, _ and - only');

export const OrderSchema = z.strictObject({ action: word, target: word.optional(), option: word.optional() });
export const OrderListSchema = z.array(OrderSchema).max(LIMITS.ordersPerList);

export const TextSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** A request id the client may attach to any message; `ok` and `error` replies echo it. */
export const RidSchema = z.union([z.string().max(64), z.int()]).optional();

/** Plain text typed by a person: no control characters. */
export const humanText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => s.replace(/[\p{Cc}\p{Cf}]+/gu, ' ').trim())
    .pipe(z.string().min(1, 'must not be empty').max(max));

export const SeatSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: RoleSchema }),
  z.object({ kind: z.literal('spectator') }),
  z.object({ kind: z.literal('teacher') }),
]);
