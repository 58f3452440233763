// The browser client's files: served from client/dist when built. `npm start` builds
// them first when the client exists and its build is missing or out of date (prepareClient).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../log.ts';

export const CLIENT_CONFIG = fileURLToPath(new URL('../../client/vite.config.ts', import.meta.url));
export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url));
export const CLIENT_INDEX = fileURLToPath(new URL('../../client/dist/index.html', import.meta.url));

export type ClientStatus = 'present' | 'built' | 'absent';

/** What the client bundle is made from: its own sources, the shared engine and protocol, the assets. */
const SOURCES = ['../../client/', '../../shared/', '../../assets/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const SKIP_DIRS = new Set(['dist', 'node_modules', '.vite']);

/** The first source file modified after `time`, if any. */
function newerThan(time: number): string | undefined {
  const walk = (dir: string): string | undefined => {
    if (!existsSync(dir)) return undefined;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) continue;
        const found = walk(path);
        if (found) return found;
      } else if (statSync(path).mtimeMs > time) {
        return path;
      }
    }
    return undefined;
  };
  for (const dir of SOURCES) {
    const found = walk(dir);
    if (found) return found;
  }
  return undefined;
}

/**
 * Make sure client/dist is there and current when it can be: if the client has a Vite
 * config and index.html is missing or older than any source of the bundle, build it (the
 * config must write to client/dist). SKIP_CLIENT_BUILD=1 skips. A failed build is logged;
 * the server then serves the previous build, or the placeholder page.
 */
export async function prepareClient(log: Logger, env: NodeJS.ProcessEnv = process.env): Promise<ClientStatus> {
  const built = existsSync(CLIENT_INDEX);
  if (!existsSync(CLIENT_CONFIG) || env.SKIP_CLIENT_BUILD === '1') {
    if (!built) log.info('client.absent', { dist: CLIENT_DIST, config: existsSync(CLIENT_CONFIG) });
    return built ? 'present' : 'absent';
  }
  const changed = built ? newerThan(statSync(CLIENT_INDEX).mtimeMs) : undefined;
  if (built && !changed) return 'present';
  log.info('client.building', { config: CLIENT_CONFIG, reason: built ? `changed: ${changed}` : 'not built yet' });
  const started = Date.now();
  try {
    const vite = await import('vite');
    await vite.build({ configFile: CLIENT_CONFIG, logLevel: 'warn' });
  } catch (error) {
    // A broken client must not keep the game server down: bots and other clients can still play.
    log.error('client.buildFailed', { error, ms: Date.now() - started });
    return existsSync(CLIENT_INDEX) ? 'present' : 'absent';
  }
  const ok = existsSync(CLIENT_INDEX);
  log.info(ok ? 'client.built' : 'client.buildWithoutIndex', { ms: Date.now() - started, dist: CLIENT_DIST });
  return ok ? 'built' : 'absent';
}

export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sahel Standoff</title>
<style>body{font-family:system-ui,sans-serif;background:#f4efe6;color:#1f2a33;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}code{background:#e6dfd2;padding:0 .25rem}</style>
</head>
<body>
<h1>Sahel Standoff</h1>
<p>The game server is running, but the browser client is not built yet.</p>
<p>Build it with <code>npm run build</code> (or restart <code>npm start</code>, which builds it when it can).
Meanwhile bots can play over the network: see <code>docs/PROTOCOL.md</code> and <code>npm run bot</code>.</p>
<p>Health: <a href="/healthz">/healthz</a> · Open matches: <a href="/api/matches">/api/matches</a></p>
</body>
</html>
`;
