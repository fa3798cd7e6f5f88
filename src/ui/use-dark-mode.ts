import { useSyncExternalStore } from "react";

/** True while the media query matches; follows changes live. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const media = window.matchMedia(query);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** True while the system asks for a dark theme. */
export function useDarkMode(): boolean {
  return useMediaQuery("(prefers-color-scheme: dark)");
}
