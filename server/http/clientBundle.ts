// The browser client's files: served from client/dist once built. The build is a step of
// its own (`npm run build`, which `npm start` runs first, see scripts/build.ts), never
// done inside the server: a bundler's memory would stay with the server for its whole life.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root: the nearest folder above this file with a package.json. The same
 * from the TypeScript sources (server/http/) and from the compiled server (dist/server/http/).
 */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('No package.json above the server: cannot find client/dist.');
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = repoRoot();
export const CLIENT_DIST = join(REPO_ROOT, 'client', 'dist');
export const CLIENT_INDEX = join(CLIENT_DIST, 'index.html');

export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sahel Standoff</title>
<style>body{font-family:system-ui,sans-serif;background:#f4efe6;color:#1f2a33;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5}code{background:#e6dfd2;padding:0 .25rem}</style>
</head>
<body>
<h1>Sahel Standoff</h1>
<p>The game server is running, but the browser client is not built yet.</p>
<p>Build it with <code>npm run build</code> and restart the server (<code>npm start</code> does both).
Meanwhile bots can play over the network: see <code>docs/PROTOCOL.md</code> and <code>npm run bot</code>.</p>
<p>Health: <a href="/healthz">/healthz</a> · Open matches: <a href="/api/matches">/api/matches</a></p>
</body>
</html>
`;
