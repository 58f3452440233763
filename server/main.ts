// `npm start`: build the client if it needs building, then serve the game and the
// client on one port (PORT, default 2567). Everything else has embedded defaults.
import { createLogger, logSettingsFromEnv } from './log.ts';
import { prepareClient } from './http/clientBundle.ts';
import { startServer } from './startServer.ts';

const log = createLogger(logSettingsFromEnv());
const port = Number(process.env.PORT ?? 2567);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  log.error('server.badPort', { PORT: process.env.PORT });
  process.exit(1);
}

try {
  // Hook for the client build: a missing client/dist is built here before listening.
  await prepareClient(log);
  // Colyseus' own signal handling disposes the rooms and exits on SIGTERM/SIGINT.
  await startServer({ port, host: process.env.HOST, log, handleSignals: true });
} catch (error) {
  log.error('server.startFailed', { error });
  process.exit(1);
}
