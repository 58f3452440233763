// The browser client's build: Preact JSX through Oxc (Vite 8), the page in client/, the
// output in client/dist where the server serves it. The engine (shared/) and the map data
// (assets/) live outside this root and are bundled from there.
//
// Made for a school's shared Wi-Fi (README, "Fast on a school's Wi-Fi"): the home page is
// one small chunk and every other screen, Phaser on its own, a chunk fetched when needed;
// every text file is also written brotli- and gzip-compressed for the server to send as
// is; the two Latin faces are preloaded; a web app manifest and a Workbox service worker
// make a second visit open from cache. No source maps unless CLIENT_SOURCE_MAPS=1.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import MagicString from 'magic-string';
import { defineConfig } from 'vite';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstWords } from '../scripts/firstWords.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist');

/**
 * Phaser from its own no-physics entry in its sources (the map uses no physics and no sound):
 * the same engine and the same pixels, about 100 KB smaller (24 KB gzip) than its official
 * build without Matter. Its package exports only the full build, hence the path.
 */
const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
const PHASER_WITHOUT_PHYSICS = join(PHASER_SRC, 'phaser-no-physics.js');

/** Phaser's build-time switches, as its own webpack build sets them; the map plays no sound. */
const PHASER_FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

function phaserFlags(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'sahel:phaser-flags',
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC) || !(flag.test(code) || code.includes('global.Phaser'))) return undefined;
      flag.lastIndex = 0;
      const s = new MagicString(code);
      for (const m of code.matchAll(flag)) s.overwrite(m.index, m.index + m[0].length, String(PHASER_FLAGS[m[1]!]));
      // Its entry publishes itself on webpack's `global`, which a browser calls `globalThis`.
      for (const m of code.matchAll(/\bglobal\.Phaser\b/g)) s.overwrite(m.index, m.index + m[0].length, 'globalThis.Phaser');
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}

/** The faces every page draws its first words with; the other subsets load only when a page uses them. */
const PRELOADED_FONT = /^assets\/noto-sans-latin-(400|700)-normal-[\w-]+\.woff2$/;

/**
 * The files of the first screen (the entry chunk, what it imports statically, its CSS and
 * the preloaded fonts), found while index.html is written: the service worker precaches
 * these and caches any other chunk the first time a screen fetches it.
 */
const shell = new Set<string>();

function deliveryShell(): Plugin {
  return {
    name: 'sahel:delivery-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle || !ctx.chunk) return [];
        shell.clear();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || shell.has(fileName)) return;
          shell.add(fileName);
          if (chunk.type !== 'chunk') return;
          for (const css of chunk.viteMetadata?.importedCss ?? []) shell.add(css);
          for (const dep of chunk.imports) visit(dep);
        };
        visit(ctx.chunk.fileName);
        const tags: HtmlTagDescriptor[] = [];
        for (const fileName of Object.keys(bundle).filter((f) => PRELOADED_FONT.test(f)).sort()) {
          shell.add(fileName);
          tags.push({ tag: 'link', attrs: { rel: 'preload', href: `/${fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' }, injectTo: 'head' });
        }
        return tags;
      },
    },
  };
}

/**
 * Two chunks that import each other statically can fail to start (one reads the other's
 * exports before they exist): the console once stayed blank that way. Caught at build time.
 */
function noChunkCycles(): Plugin {
  return {
    name: 'sahel:no-chunk-cycles',
    apply: 'build',
    generateBundle(_options, bundle) {
      const imports = (f: string): string[] => {
        const c = bundle[f];
        return c?.type === 'chunk' ? c.imports : [];
      };
      const done = new Set<string>();
      const visit = (f: string, path: string[]): void => {
        if (path.includes(f)) this.error(`chunks import each other: ${[...path.slice(path.indexOf(f)), f].join(' → ')}`);
        if (done.has(f)) return;
        for (const dep of imports(f)) visit(dep, [...path, f]);
        done.add(f);
      };
      for (const f of Object.keys(bundle)) visit(f, []);
    },
  };
}

/**
 * The protocol's modules (shared/protocol) define zod schemas at their top level, beside the
 * constants the home page needs (room names, error codes, limits). A bundler must keep a
 * call it cannot prove free of side effects, and with it zod; schema definitions are such
 * calls, so mark each top-level initializer pure: an unused schema, and zod with it, then
 * stays out of the home page's chunks. Client build only; the server is not bundled.
 */
function pureProtocolSchemas(): Plugin {
  return {
    name: 'sahel:pure-protocol-schemas',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]shared[\\/]protocol[\\/][^\\/]+\.ts$/ },
      handler(code) {
        type Node = { type: string; start: number; end: number; declaration?: Node; declarations?: { init?: Node | null }[] };
        const body = (this.parse(code) as unknown as { body: Node[] }).body;
        const s = new MagicString(code);
        for (const node of body) {
          const decl = node.type === 'ExportNamedDeclaration' ? node.declaration : node;
          if (decl?.type !== 'VariableDeclaration') continue;
          for (const { init } of decl.declarations ?? []) {
            if (!init || (init.type !== 'CallExpression' && init.type !== 'NewExpression')) continue;
            s.prependLeft(init.start, '/* @__PURE__ */ (() => ');
            s.appendRight(init.end, ')()');
          }
        }
        return s.hasChanged() ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
      },
    },
  };
}

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;

/**
 * Every text file of the build also as .br (quality 11) and .gz (level 9), even a tiny chunk
 * whose compressed copy saves nothing: then every script is sent one way, compressed.
 */
function precompress(): Plugin {
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  const files = async (dir: string): Promise<string[]> =>
    (await Promise.all((await readdir(dir, { withFileTypes: true })).map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])))).flat();
  return {
    name: 'sahel:precompress',
    apply: 'build',
    // After the service worker is written (vite-plugin-pwa's closeBundle), so that it is compressed too.
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        for (const file of await files(outDir)) {
          if (!COMPRESSIBLE.test(file)) continue;
          const source = await readFile(file);
          const [brotli, gzipped] = await Promise.all([
            br(source, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: source.length } }),
            gz(source, { level: 9 }),
          ]);
          await writeFile(`${file}.br`, brotli);
          await writeFile(`${file}.gz`, gzipped);
        }
      },
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: 'public',
  // Vite 8 transforms TS/JSX with Oxc: the automatic runtime, imported from Preact.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The dev server bundles Phaser ahead of time: the same switches there.
  optimizeDeps: { rolldownOptions: { plugins: [phaserFlags()] } },
  resolve: {
    alias: [
      { find: 'react', replacement: 'preact/compat' },
      { find: 'react-dom', replacement: 'preact/compat' },
      { find: /^phaser$/, replacement: PHASER_WITHOUT_PHYSICS },
    ],
  },
  plugins: [
    phaserFlags(),
    firstWords(),
    pureProtocolSchemas(),
    noChunkCycles(),
    deliveryShell(),
    VitePWA({
      // Registered by the client itself (app/serviceWorker.ts), after the page has loaded.
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Sahel Standoff',
        short_name: 'Sahel Standoff',
        description: 'A multiplayer diplomacy simulation of the 2025 Algeria–Mali border crisis',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4efe6',
        theme_color: '#25323c',
        icons: [
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The worker's runtime inside sw.js (no second, unhashed file to revalidate).
        inlineWorkboxRuntime: true,
        // A new deploy's worker takes over at once. It never serves a page from its cache
        // while the server answers (pages: network first), and every other file it serves
        // has its content hash in its name, so a page and its files always match. It does
        // not claim the page that installed it: that first visit loads from the server.
        skipWaiting: true,
        clientsClaim: false,
        cleanupOutdatedCaches: true,
        navigateFallback: null,
        // The page's request leaves while the worker is still starting, not after.
        navigationPreload: true,
        globPatterns: ['**/*.{js,css,woff2,svg,png,webmanifest}'],
        globIgnores: ['sw.js', '**/*.map'],
        // Precache the first screen only; the other screens' chunks are cached on first use.
        manifestTransforms: [
          async (entries) => ({ manifest: entries.filter((e) => !e.url.startsWith('assets/') || shell.has(e.url)), warnings: [] }),
        ],
        runtimeCaching: [
          {
            urlPattern: ({ request, url }) => request.mode === 'navigate' && (url.pathname === '/' || /^\/(join|teach|projector|debrief|replay)\//.test(url.pathname)),
            handler: 'NetworkFirst',
            options: { cacheName: 'sahel-pages', expiration: { maxEntries: 8 } },
          },
          {
            urlPattern: ({ request, url, sameOrigin }) => sameOrigin && request.method === 'GET' && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'sahel-assets', expiration: { maxEntries: 120, maxAgeSeconds: 60 * 60 * 24 * 90 }, cacheableResponse: { statuses: [200] } },
          },
        ],
      },
    }),
    precompress(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Never served to browsers by default: CLIENT_SOURCE_MAPS=1 npm run build to debug one.
    sourcemap: process.env.CLIENT_SOURCE_MAPS === '1',
    // Phaser alone is over a megabyte: one chunk of its own, cached across deploys that leave it unchanged.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      // The engine and the protocol (shared/) run no code on import beyond defining things:
      // a module of theirs that a chunk does not use is left out of it.
      treeshake: { moduleSideEffects: [{ test: /[\\/]shared[\\/]/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            // zod and the schemas' building blocks, for the screens that check messages (the
            // console's forms, records): alone, not merged into a chunk the match screen needs.
            // The bots' style names go with them: left to the bundler, they may land in a chunk
            // that itself imports zod, and two chunks importing each other fail to start.
            {
              name: 'zod',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]protocol[\\/]common\.ts$|[\\/]shared[\\/]bots[\\/]styles\.ts$/,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: {
    // `vite --config client/vite.config.ts` for UI work; the game server runs separately (see net/endpoint.ts).
    fs: { allow: [repo] },
  },
});
