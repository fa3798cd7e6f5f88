/**
 * The page's messages to the service worker (src/sw/sw.ts) besides msw's own
 * (which are plain strings: "MOCK_ACTIVATE", "CLIENT_CLOSED", ...).
 */

/** Activate the waiting new version now; the page that asks reloads once it controls the page. */
export const SKIP_WAITING = "SKIP_WAITING";
/** How much of the offline copy is in Cache Storage; answered on the port sent with it. */
export const OFFLINE_STATUS = "OFFLINE_STATUS";

export type PageToServiceWorker = { type: typeof SKIP_WAITING } | { type: typeof OFFLINE_STATUS };

/** The answer to OFFLINE_STATUS: the precache's entries, and how many of them are stored. */
export interface OfflineStatusReply {
  expected: number;
  cached: number;
}
