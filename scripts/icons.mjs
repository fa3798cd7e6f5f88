#!/usr/bin/env node
// Rasterise the app's icons for the web app manifest (vite.config.ts) from
// public/favicon.svg, with the same Chromium the tests use. Run once after
// changing the favicon; the PNGs are committed:
//   node scripts/icons.mjs
// - icon-192.png, icon-512.png: the favicon as is (rounded square), "any" purpose.
// - icon-maskable-512.png: the same mark on a full-bleed square, for launchers
//   that crop icons to their own shape; the letter lies inside the central
//   circle of 80% that a mask keeps (https://w3c.github.io/manifest/#icon-masks).
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const favicon = readFileSync(join(root, "public/favicon.svg"), "utf8");
// Full bleed: no rounded corners, the mark scaled down a little so the letter sits well inside the safe zone.
const maskable = favicon
  .replace(/<rect [^>]*\/>/, '<rect width="32" height="32" fill="#0550ae"/>')
  .replace(/<path /, '<path transform="translate(16 16) scale(0.8) translate(-16 -16)" ');

const icons = [
  { file: "icon-192.png", svg: favicon, size: 192 },
  { file: "icon-512.png", svg: favicon, size: 512 },
  { file: "icon-maskable-512.png", svg: maskable, size: 512 },
];

const out = join(root, "public/icons");
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, svg, size } of icons) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await page.locator("svg").screenshot({ path: join(out, file), omitBackground: true });
  console.log(`public/icons/${file}: ${size}x${size}`);
}
await browser.close();
