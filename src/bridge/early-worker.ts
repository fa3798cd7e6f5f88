/**
 * The runtime worker, started by the page's tiny entry (main.tsx) before the
 * UI bundle, so Python starts downloading and booting while the browser is
 * still fetching and parsing React, the lessons and the UI.
 *
 * A worker drops messages nobody listens to, so what it says before the
 * runtime client takes it over (progress, an early crash) is kept and
 * replayed to the client's listeners.
 */
import type { RuntimeWorker } from "./runtime-client";

export function createRuntimeWorker(): RuntimeWorker {
  return new Worker(new URL("../runtime/worker.ts", import.meta.url), { type: "module" }) as RuntimeWorker;
}

const early: RuntimeWorker | null = typeof Worker === "undefined" ? null : createRuntimeWorker();
const heard: Event[] = [];
const keep = (event: Event) => heard.push(event);
early?.addEventListener("message", keep);
early?.addEventListener("error", keep);
let adopted = false;

/**
 * The worker started at page load, the first time (later calls, e.g. after a
 * restart, start a fresh one). Events it sent so far are dispatched again
 * once the caller has added its listeners (in the same task).
 */
export function adoptRuntimeWorker(): RuntimeWorker {
  if (adopted || !early) return createRuntimeWorker();
  adopted = true;
  early.removeEventListener("message", keep);
  early.removeEventListener("error", keep);
  queueMicrotask(() => {
    for (const event of heard.splice(0)) {
      early.dispatchEvent(
        event instanceof MessageEvent
          ? new MessageEvent("message", { data: event.data })
          : new ErrorEvent("error", { message: (event as ErrorEvent).message }),
      );
    }
  });
  return early;
}
