import { defineConfig } from "@playwright/test";

/** Debian's chromium: Playwright cannot download its own browser here. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: "e2e",
  // Each test boots Python in a fresh page; two workers fit a 2-core machine.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: "retain-on-failure",
    // The fixtures paste code into the editor.
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // The load test reads precise heap sizes after a forced garbage collection.
        "--enable-precise-memory-info",
        "--js-flags=--expose-gc",
      ],
    },
  },
  // Tests run against the production build, as users get it.
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
