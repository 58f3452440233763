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
  /**
   * Hidden worlds in which it weighs how to play its own later weeks (expert.ts bestFuture);
   * 0: it plays them as a pragmatist. In 4 worlds the choice was mostly noise and cost the hard
   * Mali 7 wins in 40 against two pragmatists (docs/BALANCE.md).
   */
  futureWorlds: number;
  /** How many calm orders on each side a deal it offers is built from (bargain.ts offerSearch). */
  dealMenu: number;
  /**
   * How many calm orders of the other side aimed at the third role a deal it offers may also ask
   * for (a statement to it, a mediation or inquiry proposed to it). At hard, Mali against two
   * pragmatists won 40% → 51% of 504 matches (docs/BALANCE.md, the fourth round).
   */
  dealThird: number;
}

export const LEVELS: Record<BotLevel, LevelSpec> = {
  easy: { budgetWeeks: 150, worlds: 4, horizon: 2, finalists: 3, capMs: 150, others: { kind: 'style', style: 'random' }, futureWorlds: 0, dealMenu: 3, dealThird: 0 },
  normal: { budgetWeeks: 600, worlds: 8, horizon: 4, finalists: 5, capMs: 400, others: { kind: 'style', style: 'pragmatist' }, futureWorlds: 4, dealMenu: 3, dealThird: 0 },
  hard: { budgetWeeks: 2000, worlds: 12, horizon: 16, finalists: 6, capMs: 1500, others: { kind: 'inferred' }, futureWorlds: 12, dealMenu: 8, dealThird: 4 },
};
