/**
 * A small window onto the app, as `window.__playground`, for debugging in
 * devtools, the end-to-end tests and the benchmark: read the code and what
 * loaded, replace the code (as typing would), read memory figures, read a
 * recorded exchange.
 */
import type { RuntimeClient } from "./bridge/runtime-client";
import type { Header, RuntimeStats, WireResponseHead } from "./runtime/protocol";
import { useStore } from "./store";
import type { OfflineState } from "./store/initial-state";

/** A recorded exchange as plain data: what the app got and sent, as the inspector shows it. */
export interface RecordedExchange {
  via: "service-worker" | "direct";
  /** The request headers the app got, in order. */
  requestHeaders: Header[];
  head: WireResponseHead | null;
  /** The body bytes so far, base64. */
  body: string;
  /** True once the response is complete (or failed). */
  ended: boolean;
  error?: string;
  browserNote?: string;
}

export interface PlaygroundHandle {
  getState(): { code: string; loadedCode: string | null };
  setCode(code: string): void;
  stats(): Promise<RuntimeStats & { jsHeapBytes: number | null }>;
  /** The exchange recorded under `id` (a request sent with the x-playground-exchange header), or null. Read-only. */
  exchange(id: string): RecordedExchange | null;
  /** Whether this version works offline: "checking", "saving", "ready" or "unavailable" (src/sw/sw.ts). */
  offline(): OfflineState["kind"];
}

function base64Of(chunks: { bytes: Uint8Array }[]): string {
  let binary = "";
  for (const { bytes } of chunks) {
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function installDebugHandle(client: RuntimeClient): void {
  const handle: PlaygroundHandle = {
    getState: () => {
      const { code, loadedCode } = useStore.getState();
      return { code, loadedCode };
    },
    setCode: (code) => useStore.getState().setCode(code),
    stats: async () => {
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return { ...(await client.stats()), jsHeapBytes: memory?.usedJSHeapSize ?? null };
    },
    offline: () => useStore.getState().offline.kind,
    exchange: (id) => {
      const exchange = useStore.getState().exchanges[id];
      if (!exchange) return null;
      return {
        via: exchange.via,
        requestHeaders: exchange.request.headers,
        head: exchange.head ?? null,
        body: base64Of(exchange.chunks),
        ended: exchange.endedAt !== undefined || exchange.error !== undefined,
        error: exchange.error,
        browserNote: exchange.browserNote,
      };
    },
  };
  (window as unknown as { __playground: PlaygroundHandle }).__playground = handle;
}
