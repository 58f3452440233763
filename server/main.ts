// `npm start`'s server (run as compiled JavaScript, dist/server/main.js, after `npm run build`):
// serve the game and the built client on one port (PORT, default 2567). Records go to
// SQLite in DATA_DIR (./data) unless DATABASE_URL names a PostgreSQL database; REDIS_URL
// joins other processes. SIGTERM/SIGINT: no new matches, every match saved and its
// players told, exit 0. The client is never built here (see scripts/build.ts).
import { existsSync } from 'node:fs';
import { ConfigError, configFromEnv } from './config.ts';
import { createLogger, logSettingsFromEnv } from './log.ts';
import { CLIENT_DIST, CLIENT_INDEX } from './http/clientBundle.ts';
import { startServer } from './startServer.ts';

const log = createLogger(logSettingsFromEnv());

try {
  const config = configFromEnv();
  if (!existsSync(CLIENT_INDEX)) log.info('client.absent', { dist: CLIENT_DIST, build: 'npm run build' });
  // Colyseus' signal handling runs the graceful shutdown (see startServer) and exits.
  await startServer({ ...config, log, handleSignals: true });
} catch (error) {
  if (error instanceof ConfigError) log.error('server.badConfig', { message: error.message });
  else log.error('server.startFailed', { error });
  process.exit(1);
}
