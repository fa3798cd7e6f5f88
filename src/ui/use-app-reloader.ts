import { useEffect, useMemo } from "react";
import type { RuntimeClient } from "../bridge/runtime-client";
import { lessonById } from "../lessons";
import { useStore } from "../store";
import { AppReloader } from "./app-reloader";

/** Keep the runtime's app in step with the editor (and the open lesson's checks). */
export function useAppReloader(client: RuntimeClient): AppReloader {
  const reloader = useMemo(
    () =>
      new AppReloader(client, {
        loaded: (result, code) => useStore.getState().appLoaded(result, code),
        checked: (lessonId, code, results) => useStore.getState().checksRan(lessonId, code, results),
      }),
    [client],
  );
  const code = useStore((s) => s.code);
  const lessonId = useStore((s) => s.lessonId);
  useEffect(() => {
    reloader.schedule(code, lessonId ? (lessonById(lessonId) ?? null) : null);
  }, [reloader, code, lessonId]);
  return reloader;
}
