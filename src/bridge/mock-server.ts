/**
 * Start msw's service worker and check that it really answers for this page.
 * When it cannot (no service worker support, private modes, a hard reload
 * that bypasses it, a scope that does not cover the page), say why: the
 * request builder then calls the runtime directly.
 */
import { setupWorker } from "msw/browser";
import type { ServerMode } from "../store/initial-state";
import type { RuntimeClient } from "./runtime-client";
import { virtualServerHandlers } from "./mock-handlers";
import { PROBE_HEADER } from "./virtual-server";

export async function startMockServer(client: RuntimeClient, root: string, baseUrl: string): Promise<ServerMode> {
  if (!("serviceWorker" in navigator)) {
    return { kind: "direct", reason: "This browser does not offer service workers here (some private windows turn them off)." };
  }
  try {
    await setupWorker(...virtualServerHandlers(client, root)).start({
      serviceWorker: { url: `${baseUrl}mockServiceWorker.js` },
      onUnhandledRequest: "bypass",
      quiet: true,
    });
  } catch (error) {
    return { kind: "direct", reason: `The service worker could not start: ${(error as Error).message}` };
  }
  if (!navigator.serviceWorker.controller) {
    return {
      kind: "direct",
      reason: "The service worker does not control this page (a hard reload bypasses it). Reload normally to use it.",
    };
  }
  try {
    const probe = await fetch(`${root}__probe__`, { method: "HEAD", headers: { [PROBE_HEADER]: "1" } });
    if (probe.headers.get(PROBE_HEADER) === "ok") return { kind: "service-worker" };
  } catch {
    // fall through
  }
  return { kind: "direct", reason: "The service worker did not answer its self-test request." };
}
