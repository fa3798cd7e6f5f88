/**
 * A small window onto the app, as `window.__playground`, for debugging in
 * devtools, the end-to-end tests and the benchmark: read the code and what
 * loaded, replace the code (as typing would), read memory figures.
 */
import type { RuntimeClient } from "./bridge/runtime-client";
import type { RuntimeStats } from "./runtime/protocol";
import { useStore } from "./store";

export interface PlaygroundHandle {
  getState(): { code: string; loadedCode: string | null };
  setCode(code: string): void;
  stats(): Promise<RuntimeStats & { jsHeapBytes: number | null }>;
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
  };
  (window as unknown as { __playground: PlaygroundHandle }).__playground = handle;
}
