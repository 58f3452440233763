// The browser client's build: Preact JSX through Oxc (Vite 8), the page in client/, the
// output in client/dist where the server serves it. The engine (shared/) and the map data
// (assets/) live outside this root and are bundled from there.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  // Vite 8 transforms TS/JSX with Oxc: the automatic runtime, imported from Preact.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Phaser alone is over a megabyte; it is one cached file, not a problem to warn about.
    chunkSizeWarningLimit: 2500,
  },
  server: {
    // `vite --config client/vite.config.ts` for UI work; the game server runs separately (see net/endpoint.ts).
    fs: { allow: [repo] },
  },
});
