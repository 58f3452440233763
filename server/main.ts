// `npm start`: build the client if it needs building, then serve the game and the
// client on one port (PORT, default 2567). Records go to SQLite in DATA_DIR (./data)
// unless DATABASE_URL names a PostgreSQL database; REDIS_URL joins other processes.
// SIGTERM/SIGINT: no new matches, every match saved and its players told, exit 0.
import { ConfigError, configFromEnv } from './config.ts';
import { createLogger, logSettingsFromEnv } from './log.ts';
import { prepareClient } from './http/clientBundle.ts';
import { startServer } from './startServer.ts';

const log = createLogger(logSettingsFromEnv());

try {
  const config = configFromEnv();
  // Hook for the client build: a missing client/dist is built here before listening.
  await prepareClient(log);
  // Colyseus' signal handling runs the graceful shutdown (see startServer) and exits.
  await startServer({ ...config, log, handleSignals: true });
} catch (error) {
  if (error instanceof ConfigError) log.error('server.badConfig', { message: error.message });
  else log.error('server.startFailed', { error });
  process.exit(1);
}
