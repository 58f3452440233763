// The team memo on the wire: at the end of a class session each team drafts a short memo to
// its government together (one shared text, last change wins, with who wrote in it), prompted
// by this match's own debrief prompts. A team sees its own memo; the teacher sees all of them
// and reveals them to the class when they choose.
import { z } from 'zod';
import { RoleSchema, TextSchema } from './common.ts';

export const MemoSchema = z.object({
  role: RoleSchema,
  text: z.string(),
  /** Everyone who wrote in it, in the order they first did. */
  authors: z.array(z.object({ playerId: z.string(), nickname: z.string() })),
  updatedAt: z.number(),
  /** Bumped on every change: a client keeps its own typing until it has seen its change come back. */
  version: z.int(),
});

/** The memos a seat may read now: its team's (the teacher: every team's; everyone once revealed). */
export const MemosSchema = z.object({
  memos: z.array(MemoSchema),
  /** The teacher showed the memos to the class. */
  revealed: z.boolean(),
  /** What the memo answers: this match's own debrief prompts (engine texts). */
  prompts: z.array(TextSchema),
});

export type Memo = z.infer<typeof MemoSchema>;
export type Memos = z.infer<typeof MemosSchema>;
