// Browser tests: Debian's Chromium against the real server, which this config builds and
// starts itself on a free loopback port (so a server you may be running is never reused).
import { execFileSync } from 'node:child_process';
import { LOOSE_GUARDS_ENV } from './server/config.ts';
import { defineConfig } from '@playwright/test';

/** A free TCP port on 127.0.0.1, chosen once and inherited by the test workers. */
function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

if (!process.env.E2E_PORT) process.env.E2E_PORT = String(freePort());
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  // A loaded two-core machine: one test at a time, generous limits, conditions not sleeps.
  workers: 1,
  fullyParallel: false,
  timeout: 480_000,
  expect: { timeout: 30_000 },
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The role briefing opens by itself at a player's first planning phase; the tests that are
    // not about it start with it turned off (tests/e2e/briefing.spec.ts turns it back on).
    storageState: { cookies: [], origins: [{ origin: baseURL, localStorage: [{ name: 'sahel.briefing.auto', value: 'off' }] }] },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // Always a fresh build (client and compiled server), then the server as `npm start` runs it.
    command: 'rm -rf test-results/server-data && npm run build --silent && exec node dist/server/main.js',
    url: `${baseURL}/healthz`,
    // Its records go to a scratch directory, not to the data/ of a server you may run yourself.
    // Its bot threads at normal priority: Chromium and the tests share its cores (idle would wait for them).
    env: { PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', BOT_PRIORITY: 'normal', NODE_ENV: 'production', DATA_DIR: 'test-results/server-data', ...LOOSE_GUARDS_ENV },
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
