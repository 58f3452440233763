// Process-wide services the rooms use. Colyseus constructs rooms itself, so they
// reach the logger and the record store here; startServer() sets them.
import type { Logger } from './log.ts';
import { createLogger, logSettingsFromEnv } from './log.ts';
import { MemoryRecordStore } from './records/memory.ts';
import type { RecordStore } from './records/types.ts';

export interface ServerContext {
  log: Logger;
  records: RecordStore;
}

let current: ServerContext = { log: createLogger(logSettingsFromEnv()), records: new MemoryRecordStore() };

export const serverContext = (): ServerContext => current;

export function setServerContext(next: ServerContext): void {
  current = next;
}
