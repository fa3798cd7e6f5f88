import { useEffect } from "react";
import { lessonById } from "../lessons";
import { useStore } from "../store";
import type { AppReloader } from "./app-reloader";

/** Keep the runtime's app in step with the editor (and the open lesson's checks). */
export function useAppReloader(reloader: AppReloader): void {
  const code = useStore((s) => s.code);
  const lessonId = useStore((s) => s.lessonId);
  useEffect(() => {
    reloader.schedule(code, lessonId ? (lessonById(lessonId) ?? null) : null);
  }, [reloader, code, lessonId]);
}
