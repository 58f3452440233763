// Participation in a class session, teacher only: what each student did, counted. It counts
// activity, not quality: a student who posts one decisive message counts one message.
import { z } from 'zod';
import { RoleSchema } from './common.ts';

export const StudentActivitySchema = z.object({
  playerId: z.string(),
  nickname: z.string(),
  /** The team the student is in now ('' if none). */
  role: z.union([RoleSchema, z.literal('')]),
  /** Orders this student put into the team's draft (added, or new in a replaced draft). */
  ordersAdded: z.int(),
  /** Every accepted change this student made to the team's draft (adds, removals, replacements, clears). */
  draftEdits: z.int(),
  proposalsMade: z.int(),
  /** Proposals to the team that this student accepted or declined. */
  proposalsAnswered: z.int(),
  messages: z.object({ public: z.int(), team: z.int(), private: z.int() }),
  /** Weeks of the match during which the student was connected at some point. */
  weeksConnected: z.int(),
  /** Times the student marked the team ready. */
  readyMarks: z.int(),
});
export type StudentActivity = z.infer<typeof StudentActivitySchema>;

/** What is kept of one student as the match goes (in the live snapshot). */
export interface ActivityCounts {
  ordersAdded: number;
  draftEdits: number;
  proposalsMade: number;
  proposalsAnswered: number;
  messages: { public: number; team: number; private: number };
  /** The weeks the student was connected in (a list, so that a week counts once). */
  weeks: number[];
  readyMarks: number;
}

export interface TeamShare {
  role: string;
  students: number;
  /** Students who changed the draft at least once. */
  drafters: number;
  /** The largest share of the team's draft changes made by one student (0–1); undefined when nobody changed it. */
  largestShare?: number;
}

/** How each team shared its draft: how many of its students changed it, and how much the busiest one did. */
export function teamShares(students: readonly StudentActivity[]): TeamShare[] {
  const roles = [...new Set(students.map((s) => s.role).filter((r) => r !== ''))];
  return roles.map((role) => {
    const team = students.filter((s) => s.role === role);
    const edits = team.reduce((n, s) => n + s.draftEdits, 0);
    const most = Math.max(0, ...team.map((s) => s.draftEdits));
    return { role, students: team.length, drafters: team.filter((s) => s.draftEdits > 0).length, ...(edits ? { largestShare: most / edits } : {}) };
  });
}
