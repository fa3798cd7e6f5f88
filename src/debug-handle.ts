/**
 * A read-only window onto the store, as `window.__playground`, for debugging
 * in devtools and for end-to-end tests that must know when a reload finished.
 */
import { useStore } from "./store";

export interface PlaygroundHandle {
  getState(): { code: string; loadedCode: string | null };
}

export function installDebugHandle(): void {
  const handle: PlaygroundHandle = {
    getState: () => {
      const { code, loadedCode } = useStore.getState();
      return { code, loadedCode };
    },
  };
  (window as unknown as { __playground: PlaygroundHandle }).__playground = handle;
}
