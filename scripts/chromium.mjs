// Debian's Chromium, as the tests and the benchmark launch it: Playwright
// cannot download its own browser here. These flags keep it quiet on a closed
// network; the last two let the load test and the benchmark read precise heap
// sizes after a forced garbage collection.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--enable-precise-memory-info",
  "--js-flags=--expose-gc",
];
