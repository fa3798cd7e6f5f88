/**
 * A lesson's full content (text, suggested requests, checks, hints,
 * questions, solution) loads when it is first needed: each lesson is its own
 * small chunk, and the loader that validates it (with the YAML and Markdown
 * parsers) one more, shared, so none of it is part of the first paint.
 */
import { lessonById } from "./catalog";
import type { Lesson, LessonMeta } from "./types";

/** Lesson files by repo-relative path, as loadLessons() takes them. */
export type LessonFiles = Record<string, string>;

export interface LessonSource {
  /** The catalog entry of an id, or undefined for an unknown one. */
  meta(id: string): LessonMeta | undefined;
  /** The files of a lesson folder (lessons/<slug>/...) but its starter, which is in the catalog. */
  files(slug: string): Promise<LessonFiles>;
  /** The loader: files -> lessons, throwing on malformed content. */
  parse(files: LessonFiles): Promise<Lesson[]>;
}

const folders = import.meta.glob<LessonFiles>("../../lessons/[0-9]*/README.md", { query: "?lesson-files", import: "default" });

/** The page's lessons: the chunks Vite made of the lesson folders. */
export const bundledLessons: LessonSource = {
  meta: lessonById,
  files: (slug) => {
    const load = folders[`../../lessons/${slug}/README.md`];
    return load ? load() : Promise.reject(new Error(`lessons/${slug}: not in the build`));
  },
  parse: async (files) => (await import("./loader")).loadLessons(files),
};

/**
 * Load lessons once each from `source`: loadLesson(id) resolves to the lesson,
 * or to undefined for an id no lesson has; it rejects if the download fails,
 * and a later call tries again. Concurrent and later calls for one id share
 * one load, and each call resolves to the lesson it asked for, whatever order
 * the loads finish in.
 */
export function lessonLoader(source: LessonSource) {
  const pending = new Map<string, Promise<Lesson | undefined>>();
  const loaded = new Map<string, Lesson>();

  function loadLesson(id: string): Promise<Lesson | undefined> {
    const meta = source.meta(id);
    if (!meta) return Promise.resolve(undefined);
    let load = pending.get(id);
    if (!load) {
      load = source
        .files(meta.slug)
        .then((files) => source.parse({ ...files, [`lessons/${meta.slug}/app-a/app.py`]: meta.starter }))
        .then((parsed) => {
          const lesson = parsed.find((candidate) => candidate.id === id);
          if (!lesson) throw new Error(`lessons/${meta.slug} does not hold lesson "${id}"`);
          loaded.set(id, lesson);
          return lesson;
        });
      // A failed download is not remembered: the next call tries again.
      const settled = load;
      settled.catch(() => {
        if (pending.get(id) === settled) pending.delete(id);
      });
      pending.set(id, settled);
    }
    return load;
  }

  /** The lesson, if it has loaded already (so a view can show it without a loading step). */
  function loadedLesson(id: string): Lesson | undefined {
    return loaded.get(id);
  }

  return { loadLesson, loadedLesson };
}

export const { loadLesson, loadedLesson } = lessonLoader(bundledLessons);
