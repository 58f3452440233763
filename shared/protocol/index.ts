// The network protocol between the server and any client (browser, bot, third party).
// Documented in docs/PROTOCOL.md.
export * from './limits.ts';
export * from './phases.ts';
export * from './common.ts';
export * from './channels.ts';
export * from './options.ts';
export * from './controlList.ts';
export * from './controls.ts';
export * from './clientMessages.ts';
export * from './serverMessages.ts';
export * from './errors.ts';
export * from './lobby.ts';
export * from './records.ts';
export type * from './synced.ts';
export * from './reducer.ts';
export * from './rules.ts';
