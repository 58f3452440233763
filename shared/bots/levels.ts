// The expert's levels: how much it may simulate (in simulated weeks, so that a decision is
// the same on any machine) and how well it models the other roles.
import type { BotStyle } from './styles.ts';

export const BOT_LEVELS = ['easy', 'normal', 'hard'] as const;
export type BotLevel = (typeof BOT_LEVELS)[number];

/**
 * What a match may choose: `basic`, the one-step bots, or a level of the expert, which plans
 * (expert.ts). Plain data here, not beside the schemas, so the home page's picker needs no zod.
 */
export const BOT_LEVEL_CHOICES = ['basic', ...BOT_LEVELS] as const;
export type BotLevelChoice = (typeof BOT_LEVEL_CHOICES)[number];

/** How the expert pictures the others: one style for all, or styles weighed from what they did in public. */
export type OtherModel = { kind: 'style'; style: BotStyle } | { kind: 'inferred' };

export interface LevelSpec {
  /** Simulated weeks a decision may spend (every resolved week of every rollout counts). */
  budgetWeeks: number;
  /** Hidden worlds sampled per decision: each candidate is played in the same worlds. */
  worlds: number;
  /** How many weeks ahead a rollout plays before it scores the position (the end comes first if nearer). */
  horizon: number;
  /** Candidates kept for the second, deeper round. */
  finalists: number;
  /** Wall-clock cap for the server, in milliseconds: a decision stops early if it runs out. */
  capMs: number;
  others: OtherModel;
  /** Whether it chooses how to play its own later weeks (expert.ts bestFuture) rather than playing them as a pragmatist. */
  planFuture: boolean;
  /** How many calm orders on each side a deal it offers is built from (bargain.ts offerSearch). */
  dealMenu: number;
}

export const LEVELS: Record<BotLevel, LevelSpec> = {
  easy: { budgetWeeks: 150, worlds: 4, horizon: 2, finalists: 3, capMs: 150, others: { kind: 'style', style: 'random' }, planFuture: false, dealMenu: 3 },
  normal: { budgetWeeks: 600, worlds: 8, horizon: 4, finalists: 5, capMs: 400, others: { kind: 'style', style: 'pragmatist' }, planFuture: true, dealMenu: 3 },
  hard: { budgetWeeks: 2000, worlds: 12, horizon: 16, finalists: 6, capMs: 1500, others: { kind: 'inferred' }, planFuture: true, dealMenu: 8 },
};
