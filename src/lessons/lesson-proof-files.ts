/**
 * What proves a lesson right, read only by the tests: wrong/*.py (plausible
 * wrong answers the checks must reject) and facts.json with its facts/*.py
 * apps (every claim the lesson text makes about Flask, run against Flask).
 */
import { repoRelative } from "./lessonFiles";

export const lessonProofFiles = repoRelative(
  import.meta.glob(["../../lessons/[0-9]*/wrong/*.py", "../../lessons/[0-9]*/facts.json", "../../lessons/[0-9]*/facts/*.py"], {
    query: "?raw",
    import: "default",
    eager: true,
  }) as Record<string, string>,
);
