/**
 * Lesson folders as modules, for the page (Vite, and Vitest, which runs the
 * same config). Both are asked for through a lesson's README.md, so
 * `import.meta.glob` finds every lesson and the lesson folders stay the one
 * source of truth:
 *
 * - `lessons/NN-slug/README.md?lesson-meta`: the catalog entry (a
 *   `LessonMeta`): the frontmatter, parsed and checked here, at build time,
 *   so the first paint ships no YAML parser; and the starter app (app-a/, as
 *   one workspace string: src/lessons/lesson-workspace.ts), which the editor
 *   shows as soon as the lesson opens. src/lessons/catalog.ts.
 * - `lessons/NN-slug/README.md?lesson-files`: the rest of what the loader
 *   turns into a `Lesson` (README.md, lesson.json, app-b/app.py), keyed by
 *   repo-relative path: one lazy chunk per lesson. The starter comes from the
 *   catalog (src/lessons/load-lesson.ts): a module imported by both would
 *   end up in a chunk of its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Plugin } from "vite";
import { parseReadme } from "../../src/lessons/frontmatter.js";
import { folderWorkspace } from "../../src/lessons/lesson-workspace.js";

/** Every file under `dir`, keyed by its path below `dir`'s parent ("app-a/templates/x.html"). */
function appFolderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      if (name === "__pycache__") continue;
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dirname(dir), path).replace(/\\/g, "/")] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return files;
}

/** The files of a lesson folder the page reads; wrong/ and facts are for the tests only. */
const PAGE_FILES = ["README.md", "lesson.json", "app-a/app.py", "app-b/app.py"] as const;
const CONTENT_FILES = PAGE_FILES.filter((name) => name !== "app-a/app.py");

const README = /\/lessons\/([^/]+)\/README\.md$/;

/** The kind of lesson module `id` asks for, if any: the dev server adds its own query parameters (`?import&lesson-meta`). */
function lessonModule(id: string): { readme: string; folder: string; kind: "lesson-meta" | "lesson-files" } | null {
  const [path = "", query = ""] = id.replace(/\\/g, "/").split("?", 2);
  const params = new URLSearchParams(query);
  const kind = params.has("lesson-meta") ? "lesson-meta" : params.has("lesson-files") ? "lesson-files" : null;
  const folder = README.exec(path)?.[1];
  return kind && folder ? { readme: path, folder, kind } : null;
}

export function lessonModules(): Plugin {
  return {
    name: "lesson-modules",
    enforce: "pre",
    load(id) {
      const asked = lessonModule(id);
      if (!asked) return null;
      const { readme, folder, kind } = asked;
      const dir = dirname(readme);
      for (const name of PAGE_FILES) {
        if (!existsSync(join(dir, name))) this.error(`lessons/${folder}/${name}: missing file`);
      }
      // Imported relative to README.md, so Vite watches and reloads each file.
      const raw = (name: string) => JSON.stringify(`./${name}?raw`);
      // An app folder, read here as one workspace string; its files are watched too.
      const workspace = (name: "app-a" | "app-b") => {
        const files = appFolderFiles(join(dir, name));
        for (const path of Object.keys(files)) this.addWatchFile(join(dir, path));
        return JSON.stringify(folderWorkspace(files, name));
      };
      if (kind === "lesson-meta") {
        const { front } = parseReadme(folder, readFileSync(readme, "utf8"));
        return `export default { ...${JSON.stringify({ ...front, slug: folder })}, starter: ${workspace("app-a")} };`;
      }
      const texts = CONTENT_FILES.filter((name) => name !== "app-b/app.py");
      return [
        ...texts.map((name, i) => `import file${i} from ${raw(name)};`),
        `export default {`,
        ...texts.map((name, i) => `  ${JSON.stringify(`lessons/${folder}/${name}`)}: file${i},`),
        `  ${JSON.stringify(`lessons/${folder}/app-b/app.py`)}: ${workspace("app-b")},`,
        `};`,
      ].join("\n");
    },
  };
}
