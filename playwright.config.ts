import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE_PATH, E2E_PORT, E2E_UPLOAD_DIR } from "./e2e/env";

// Debian's Chromium (apt-get install -y chromium); CHROMIUM_PATH overrides; elsewhere
// Playwright's own browser is used if it is installed.
const executablePath =
  process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous: axe on long pages and argon2 logins share two cores with the server.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    locale: "id-ID",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "js", use: { javaScriptEnabled: true } },
    {
      name: "no-js",
      use: { javaScriptEnabled: false },
      // Checks at the HTTP level, and of what only happens where scripts run, are run once, in
      // the js project: whole files here, single tests tagged @js-only. Left out rather than
      // skipped, so a skipped test always means something is wrong.
      testIgnore: [
        "security/authorization.spec.ts",
        // HTTP only, on its own server and database file: two copies at once would share them.
        "security/bad-input.spec.ts",
        "security/csp.spec.ts",
        "security/headers.spec.ts",
        "security/output-safety.spec.ts",
        "reliability/**",
      ],
      grepInvert: /@js-only/,
    },
  ],
  // The production build (npm run build first) on its own fresh database file.
  webServer: {
    command: "node e2e/serve.mjs",
    url: `${E2E_BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      NODE_ENV: "production",
      INSECURE_COOKIES: "1",
      PORT: String(E2E_PORT),
      HOST: "127.0.0.1",
      DATABASE_PATH: E2E_DATABASE_PATH,
      UPLOAD_DIR: E2E_UPLOAD_DIR,
      // lets a test set its browser's "now" in a cookie (app/lib/clock.server.ts)
      TEST_CLOCK: "1",
      // The tests' browsers stand behind a local proxy: a test may give its context an address of
      // its own in X-Forwarded-For, so a per-address rate limit it fills locks out no other test.
      TRUST_PROXY: "loopback",
    },
  },
});
