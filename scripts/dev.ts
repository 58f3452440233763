// `npm run dev`: the game server under `tsx watch` (restarts on change, readable logs),
// and the client's Vite dev server with hot reload when the client exists. The client
// in dev mode talks to the game server on its own port (client/src/net/endpoint.ts);
// the proxy below also makes /api, /healthz and matchmaking reachable from Vite's port.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsxCli = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
const viteConfig = fileURLToPath(new URL('../client/vite.config.ts', import.meta.url));
const port = Number(process.env.PORT ?? 2567);
const target = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, [tsxCli, 'watch', '--clear-screen=false', 'server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  // The dev server serves the client itself: no production build on each restart.
  env: { ...process.env, PORT: String(port), NODE_ENV: 'development', SKIP_CLIENT_BUILD: '1' },
});

let vite: { close(): Promise<void> } | undefined;
if (existsSync(viteConfig)) {
  const { createServer } = await import('vite');
  const dev = await createServer({
    configFile: viteConfig,
    server: {
      port: Number(process.env.VITE_PORT ?? 5173),
      proxy: { '/api': target, '/healthz': target, '/matchmake': target },
    },
  });
  await dev.listen();
  dev.printUrls();
  vite = dev;
} else {
  console.log(`No client yet (${viteConfig}); running the game server only, on ${target}.`);
}

let stopping = false;
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await vite?.close();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
server.on('exit', (code) => void stop(code ?? 0));
