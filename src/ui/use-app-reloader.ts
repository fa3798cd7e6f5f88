import { useEffect } from "react";
import type { RuntimeClient } from "../bridge/runtime-client";
import { useStore } from "../store";

/** Like `flask run --reload`: a moment after the learner stops typing, the app is loaded again. */
export const RELOAD_DELAY_MS = 400;

export function useAppReloader(client: RuntimeClient): void {
  const code = useStore((s) => s.code);
  const appLoaded = useStore((s) => s.appLoaded);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await client.loadApp(code);
      if (current) appLoaded(result, code);
    }, RELOAD_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, code, appLoaded]);
}
