// Structured logs: one JSON line per event by default; a readable line per event when
// LOG_FORMAT=pretty or NODE_ENV=development. LOG_LEVEL filters (debug, info, warn, error, silent).
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof LEVELS;
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LogSettings {
  level: LogLevel;
  pretty: boolean;
  write: (line: string) => void;
}

export function logSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const level = (env.LOG_LEVEL ?? 'info') as LogLevel;
  return {
    level: level in LEVELS ? level : 'info',
    pretty: env.LOG_FORMAT ? env.LOG_FORMAT === 'pretty' : env.NODE_ENV === 'development',
    write: bufferedWriter((text) => process.stdout.write(text)),
  };
}

/**
 * Log lines never hold up message handling: they are gathered and written in one go just
 * after the current turn of the event loop (and whatever is left, when the process exits).
 */
export function bufferedWriter(out: (text: string) => void): (line: string) => void {
  let lines: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (!lines.length) return;
    const text = lines.join('\n') + '\n';
    lines = [];
    out(text);
  };
  process.once('exit', flush);
  return (line) => {
    lines.push(line);
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
}

export function createLogger(settings: LogSettings, base: LogFields = {}): Logger {
  const emit = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (LEVELS[level] < LEVELS[settings.level]) return;
    const all = { ...base, ...fields };
    settings.write(settings.pretty ? prettyLine(level, event, all) : JSON.stringify({ time: new Date().toISOString(), level, event, ...all }, errorsAsJson));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => createLogger(settings, { ...base, ...fields }),
  };
}

function errorsAsJson(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value;
}

function prettyLine(level: string, event: string, fields: LogFields): string {
  const time = new Date().toISOString().slice(11, 23);
  const rest = Object.entries(fields)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v, errorsAsJson)}`)
    .join(' ');
  return `${time} ${level.toUpperCase().padEnd(5)} ${event}${rest ? ' ' + rest : ''}`;
}

/**
 * Errors Colyseus prints with a stack that are a client's doing, not the server's: a
 * WebSocket opened without a valid seat reservation (expired, consumed, or made up).
 */
const CLIENT_FAULTS = /seat reservation expired|already consumed|bad reconnection token/;

/** Colyseus' own logger calls (console-like, free text) routed into the same stream. */
export function colyseusLogger(log: Logger) {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');
  return {
    debug: (...a: unknown[]) => log.debug('colyseus', { text: text(a) }),
    info: (...a: unknown[]) => log.info('colyseus', { text: text(a) }),
    warn: (...a: unknown[]) => log.warn('colyseus', { text: text(a) }),
    error: (...a: unknown[]) => {
      const t = text(a);
      // The client's mistake: one line, its first line only (no stack).
      if (CLIENT_FAULTS.test(t)) log.info('colyseus.refused', { text: t.split('\n')[0] });
      else log.error('colyseus', { text: t });
    },
  };
}
