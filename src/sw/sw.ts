/// <reference lib="webworker" />
/**
 * The playground's one service worker: it keeps an offline copy of this build
 * (Workbox precaching) and answers the virtual server (msw's worker script,
 * imported below, unchanged). Built by vite-plugin-pwa (injectManifest, as a
 * classic script, because importScripts() exists only there), which fills
 * self.__WB_MANIFEST with every file of the build the playground needs
 * (vite.config.ts). Why one worker, and why it is shaped like this:
 * docs/decisions/014-one-service-worker.md.
 *
 * Order matters. This file's fetch listener is added before msw's: a request
 * for a precached file (or a navigation) is answered from the cache here and
 * stopped, so msw never sees it; anything else (the virtual server under
 * <base>flask/, and the rest) reaches msw's listener, which mocks it or
 * passes it through to the network.
 */
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from "workbox-precaching";
import { NavigationRoute, Router } from "workbox-routing";
import { VIRTUAL_PREFIX } from "../bridge/virtual-server";
import { OFFLINE_STATUS, SKIP_WAITING, type OfflineStatusReply, type PageToServiceWorker } from "./messages";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

const precache = new PrecacheController();
precache.addToCacheList(self.__WB_MANIFEST);
self.addEventListener("install", precache.install);
// Drops what this build no longer lists. That is why a new version waits for
// a reload (below): an open tab of the old one may still load its chunks.
self.addEventListener("activate", precache.activate);

const scopePath = new URL(self.registration.scope).pathname;
const router = new Router();
router.registerRoute(new PrecacheRoute(precache));
// Any page of the app (a lesson link, a share link) is index.html; the
// virtual server's URL space (the learner's app, and msw's self-test) is not.
router.registerRoute(
  new NavigationRoute(precache.createHandlerBoundToURL("index.html"), {
    denylist: [new RegExp(`^${scopePath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${VIRTUAL_PREFIX}(/|$)`)],
  }),
);

self.addEventListener("fetch", (event) => {
  const response = router.handleRequest({ event, request: event.request });
  if (!response) return;
  event.respondWith(response);
  event.stopImmediatePropagation();
});

/*
 * msw's worker script assumes it is a development tool that owns its
 * registration; two of its habits would break an offline app, so they are
 * neutralised before it runs:
 * - It calls self.skipWaiting() on install: a new deployment would take over
 *   open tabs at once, and its activate step would delete the old build's
 *   chunks from the cache while those tabs may still lazy-load them (Monaco,
 *   the course pages). Here a new version waits until the page's "Reload"
 *   prompt sends SKIP_WAITING, and the page reloads when it takes over.
 * - It unregisters the worker when the last page that started mocking
 *   closes (or reloads): the next visit, offline, would find no worker.
 */
const skipWaiting = self.skipWaiting.bind(self);
self.skipWaiting = () => Promise.resolve();
self.registration.unregister = () => Promise.resolve(false);

/** How many of this build's files are in the cache (all of them once installed, unless the browser evicted them). */
async function offlineStatus(): Promise<OfflineStatusReply> {
  const cache = await caches.open(precache.strategy.cacheName);
  const stored = new Set((await cache.keys()).map((request) => request.url));
  const keys = [...precache.getURLsToCacheKeys().values()];
  return { expected: keys.length, cached: keys.filter((key) => stored.has(key)).length };
}

self.addEventListener("message", (event) => {
  const message = event.data as PageToServiceWorker | string | null;
  if (typeof message !== "object" || message === null) return; // msw's own messages are strings
  if (message.type === SKIP_WAITING) event.waitUntil(skipWaiting());
  else if (message.type === OFFLINE_STATUS) event.waitUntil(offlineStatus().then((status) => event.ports[0]?.postMessage(status)));
});

// Resolved against this script's URL: <base>mockServiceWorker.js, as `npx msw init` wrote it.
importScripts("mockServiceWorker.js");
