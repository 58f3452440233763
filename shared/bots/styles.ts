// The bots' styles, alone in a module of constants: the protocol's schemas name them, and a
// browser chunk that needs only the names must not pull in the bots' code (or, through it,
// form an import cycle with the chunk of zod and the schemas).
export const BOT_STYLES = ['hawk', 'dove', 'pragmatist', 'random'] as const;
export type BotStyle = (typeof BOT_STYLES)[number];
