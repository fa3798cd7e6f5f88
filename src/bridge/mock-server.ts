/**
 * Start the playground's service worker and msw in it, and check that it
 * really answers for this page. When it cannot (no service worker support,
 * private modes, a hard reload that bypasses it, a scope that does not cover
 * the page, a first install that failed), say why: the request builder then
 * calls the runtime directly.
 */
import { setupWorker } from "msw/browser";
import type { OfflineState, ServerMode, UpdateState } from "../store/initial-state";
import type { RuntimeClient } from "./runtime-client";
import { virtualServerHandlers } from "./mock-handlers";
import { firstInstall, readOfflineCopy, serviceWorkerUrl, watchForUpdates } from "./service-worker";
import { PROBE_HEADER } from "./virtual-server";

/** What the page hears about the service worker besides how requests are served. */
export interface ServiceWorkerReports {
  /** A first visit: the worker saves the offline copy before it serves; requests go straight to the runtime meanwhile. */
  installing(): void;
  offline(state: OfflineState): void;
  update(update: UpdateState): void;
}

export async function startMockServer(client: RuntimeClient, root: string, baseUrl: string, reports: ServiceWorkerReports): Promise<ServerMode> {
  const direct = (reason: string): ServerMode => ({ kind: "direct", reason });
  /** No offline copy either, for the same reason. */
  const none = (reason: string): ServerMode => {
    reports.offline({ kind: "unavailable", reason });
    return direct(reason);
  };
  if (!("serviceWorker" in navigator)) {
    return none("This browser does not offer service workers here (some private windows turn them off).");
  }
  const url = serviceWorkerUrl(baseUrl);
  // Registered here, before msw's start(), which would reload a page its registration does not control yet.
  // A page this worker already controls only looks its registration up: register() would queue behind the
  // update check the browser starts after each navigation, about a second (a network round trip, at best).
  let registration: ServiceWorkerRegistration | undefined;
  try {
    const ours = navigator.serviceWorker.controller?.scriptURL === new URL(url, location.href).href;
    registration =
      (ours && (await navigator.serviceWorker.getRegistration(baseUrl))) || (await navigator.serviceWorker.register(url, { scope: baseUrl }));
  } catch (error) {
    return none(`The service worker could not start: ${(error as Error).message}`);
  }
  // Blocked by the browser's settings (or a test harness), register() gives nothing.
  if (!registration) return none("The browser did not register the service worker (service workers are blocked here).");
  const controller = navigator.serviceWorker.controller;
  if (!controller && !registration.active) {
    reports.installing();
    const failure = await firstInstall(registration);
    if (failure) return none(failure);
  } else if (controller && controller.scriptURL !== new URL(url, location.href).href) {
    // A worker of an earlier build controls the page (msw's own, before issue 15): ours waits for a reload.
    watchForUpdates(registration, reports.update);
    reports.offline({ kind: "unavailable", reason: "An earlier version's service worker controls this page." });
    return direct("An earlier version's service worker controls this page. Reload to use the new one.");
  }
  // msw's start() asks the registration to look for an update and leaves the promise unhandled: offline, the
  // failed look-up would be an uncaught error. Not finding an update offline is normal; the next visit looks again.
  const update = registration.update.bind(registration);
  const registered = registration;
  registration.update = () => update().catch(() => registered);
  performance.mark("server-registered");
  try {
    await setupWorker(...virtualServerHandlers(client, root)).start({
      serviceWorker: { url, options: { scope: baseUrl } },
      onUnhandledRequest: "bypass",
      quiet: true,
    });
  } catch (error) {
    return direct(`The service worker could not start: ${(error as Error).message}`);
  }
  performance.mark("server-msw-started");
  void readOfflineCopy(registration).then(reports.offline);
  if (!navigator.serviceWorker.controller) {
    return direct("The service worker does not control this page (a hard reload bypasses it). Reload normally to use it.");
  }
  watchForUpdates(registration, reports.update);
  try {
    const probe = await fetch(`${root}__probe__`, { method: "HEAD", headers: { [PROBE_HEADER]: "1" } });
    if (probe.headers.get(PROBE_HEADER) === "ok") return { kind: "service-worker" };
  } catch {
    // fall through
  }
  return { kind: "direct", reason: "The service worker did not answer its self-test request." };
}
