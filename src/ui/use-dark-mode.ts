import { useSyncExternalStore } from "react";

const query = () => window.matchMedia("(prefers-color-scheme: dark)");

/** True while the system asks for a dark theme; follows changes live. */
export function useDarkMode(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = query();
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => query().matches,
  );
}
