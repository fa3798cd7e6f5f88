/**
 * The page's side of the playground's one service worker (src/sw/sw.ts),
 * apart from msw (mock-server.ts): where it is, its first install, whether
 * this version is saved for offline use, and a new version waiting to take
 * over. docs/decisions/014-one-service-worker.md.
 */
import { OFFLINE_STATUS, SKIP_WAITING, type OfflineStatusReply, type PageToServiceWorker } from "../sw/messages";
import type { OfflineState, UpdateState } from "../store/initial-state";

/**
 * The built app's worker both caches and mocks (sw.js). The dev server keeps
 * no offline copy: it serves msw's own worker script, as before issue 15.
 */
export function serviceWorkerUrl(baseUrl: string): string {
  return `${baseUrl}${import.meta.env.DEV ? "mockServiceWorker.js" : "sw.js"}`;
}

/**
 * A first visit: wait until the installing worker has saved the offline copy
 * and controls the page (null), or say why it will not (a download failed,
 * e.g. the network went away: the worker is then discarded, and the next
 * visit tries again).
 */
export function firstInstall(registration: ServiceWorkerRegistration): Promise<string | null> {
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (!worker) return Promise.resolve("The service worker disappeared while installing.");
  return new Promise((resolve) => {
    const settle = () => {
      if (worker.state === "redundant") {
        resolve("The service worker could not save the files it needs (a download failed); the next visit tries again.");
      } else if (worker.state === "activated") {
        // It claims the page as it activates; the controller arrives with the next controllerchange, if not yet here.
        if (navigator.serviceWorker.controller) resolve(null);
        else navigator.serviceWorker.addEventListener("controllerchange", () => resolve(null), { once: true });
      }
    };
    worker.addEventListener("statechange", settle);
    settle();
  });
}

/** Ask the active worker how much of this build it has stored. */
export async function readOfflineCopy(registration: ServiceWorkerRegistration): Promise<OfflineState> {
  const worker = registration.active;
  if (import.meta.env.DEV) return { kind: "unavailable", reason: "The dev server keeps no offline copy; a build does (npm run build)." };
  if (!worker) return { kind: "unavailable", reason: "No service worker is active." };
  const channel = new MessageChannel();
  const reply = new Promise<OfflineStatusReply | null>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<OfflineStatusReply>) => resolve(event.data);
    // An older worker (msw's own, before issue 15) never answers.
    setTimeout(() => resolve(null), 10_000);
  });
  worker.postMessage({ type: OFFLINE_STATUS } satisfies PageToServiceWorker, [channel.port2]);
  const status = await reply;
  channel.port1.close();
  if (!status) return { kind: "unavailable", reason: "The service worker did not say what it has saved." };
  if (status.cached < status.expected) {
    return { kind: "unavailable", reason: `Only ${status.cached} of ${status.expected} files are saved (the browser may have cleared some).` };
  }
  return { kind: "ready", files: status.expected };
}

let updating: ServiceWorkerRegistration | null = null;
let reloadWhenReplaced = false;

/**
 * Report a new version: "waiting" once one has installed beside the active
 * worker (it waits: src/sw/sw.ts says why), "replaced" if another tab
 * activated it under this one. Checks for one every hour too, for pages that
 * stay open for days.
 */
export function watchForUpdates(registration: ServiceWorkerRegistration, report: (update: UpdateState) => void): void {
  updating = registration;
  const waiting = () => {
    if (registration.waiting && navigator.serviceWorker.controller) report("waiting");
  };
  const follow = (worker: ServiceWorker | null) => worker?.addEventListener("statechange", waiting);
  follow(registration.installing);
  registration.addEventListener("updatefound", () => follow(registration.installing));
  waiting();
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloadWhenReplaced) location.reload();
    else if (controlled) report("replaced");
    controlled = true;
  });
  setInterval(() => void registration.update().catch(() => {}), 60 * 60 * 1000);
}

/** The learner chose "Reload": activate the waiting version, and reload once it controls the page. */
export function applyUpdate(): void {
  const waiting = updating?.waiting;
  if (!waiting) {
    location.reload(); // already active (another tab), or gone: a reload gets whatever is current
    return;
  }
  reloadWhenReplaced = true;
  waiting.postMessage({ type: SKIP_WAITING } satisfies PageToServiceWorker);
}
