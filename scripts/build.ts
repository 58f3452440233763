// `npm run build`: the browser client (Vite → client/dist, with its brotli and gzip files
// and the service worker) and the server as plain JavaScript (tsc → dist/server/main.js).
// A process of its own, which exits when done: `npm start` runs it first, then the server,
// so no bundler ever lives in the server's memory.
//
//   npm run build                 build both
//   npm run build -- --if-changed build only what is missing or older than its sources (npm start)
//   SKIP_CLIENT_BUILD=1           leave client/dist as it is
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT_INDEX = join(ROOT, 'client', 'dist', 'index.html');
const SERVER_MAIN = join(ROOT, 'dist', 'server', 'main.js');
const SKIP_DIRS = new Set(['dist', 'node_modules', '.vite']);

/** The first file under `dirs` modified after `time`, if any. */
function newerThan(time: number, dirs: string[]): string | undefined {
  const walk = (path: string): string | undefined => {
    if (!existsSync(path)) return undefined;
    if (!statSync(path).isDirectory()) return statSync(path).mtimeMs > time ? path : undefined;
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
      const found = walk(join(path, entry.name));
      if (found) return found;
    }
    return undefined;
  };
  for (const dir of dirs) {
    const found = walk(join(ROOT, dir));
    if (found) return found;
  }
  return undefined;
}

/** Why `output` must be (re)built from `sources`, or undefined when it is current. */
function reason(output: string, sources: string[], ifChanged: boolean): string | undefined {
  if (!ifChanged) return 'asked';
  if (!existsSync(output)) return 'not built yet';
  const changed = newerThan(statSync(output).mtimeMs, sources);
  return changed ? `changed: ${changed.slice(ROOT.length)}` : undefined;
}

const ifChanged = process.argv.includes('--if-changed');
const log = (line: string) => console.log(`build: ${line}`);

const clientWhy = process.env.SKIP_CLIENT_BUILD === '1' ? undefined : reason(CLIENT_INDEX, ['client', 'shared', 'assets', 'package.json'], ifChanged);
if (clientWhy) {
  log(`client (${clientWhy})…`);
  const started = Date.now();
  const vite = await import('vite');
  await vite.build({ configFile: join(ROOT, 'client', 'vite.config.ts'), logLevel: 'warn' });
  log(`client built in ${((Date.now() - started) / 1000).toFixed(1)} s → client/dist`);
}

const serverWhy = reason(SERVER_MAIN, ['server', 'shared', 'tsconfig.json', 'tsconfig.server.json', 'package.json'], ifChanged);
if (serverWhy) {
  log(`server (${serverWhy})…`);
  const started = Date.now();
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.server.json')], { cwd: ROOT, stdio: 'inherit' });
  if (tsc.status !== 0) {
    log('the server did not compile');
    process.exit(tsc.status ?? 1);
  }
  log(`server built in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/server/main.js`);
}
