import { describe, expect, it } from "vitest";
import { lessons } from "./catalog";
import { lessonSourceFiles } from "./lessonFiles";
import { lessonLoader, loadedLesson, loadLesson, type LessonFiles, type LessonSource } from "./load-lesson";
import { loadLessons } from "./loader";
import type { Lesson, LessonMeta } from "./types";

describe("loadLesson (the page's lessons)", () => {
  it("loads each lesson's full content, equal to what the loader makes of all the lessons at once", async () => {
    const all = loadLessons(lessonSourceFiles);
    const loaded = await Promise.all(lessons.map((lesson) => loadLesson(lesson.id)));
    expect(loaded).toEqual(all);
    expect(loadedLesson("headers")).toBe(loaded[2]);
  });

  it("resolves to undefined for an id no lesson has", async () => {
    expect(await loadLesson("nope")).toBeUndefined();
  });
});

/** A source of two lessons whose folders arrive when the test says so. */
function manualSource() {
  const meta = (id: string, order: number): LessonMeta => ({ id, slug: `0${order}-${id}`, order, title: id, summary: "", starter: "" });
  const metas = new Map([
    ["a", meta("a", 1)],
    ["b", meta("b", 2)],
  ]);
  const waiting = new Map<string, { resolve(files: LessonFiles): void; reject(error: Error): void }>();
  let downloads = 0;
  const source: LessonSource = {
    meta: (id) => metas.get(id),
    files: (slug) => {
      downloads++;
      return new Promise((resolve, reject) => waiting.set(slug, { resolve, reject }));
    },
    parse: async (files) => [{ ...metas.get(files.id!)!, markdown: `text of ${files.id}` } as Lesson],
  };
  /** Let lesson `id`'s folder arrive (or fail to). */
  const arrive = async (id: string, error?: Error) => {
    const slug = metas.get(id)!.slug;
    if (error) waiting.get(slug)!.reject(error);
    else waiting.get(slug)!.resolve({ id });
    await new Promise((r) => setTimeout(r, 0));
  };
  return { source, arrive, downloads: () => downloads };
}

describe("lessonLoader", () => {
  it("gives each call the lesson it asked for when A is asked first and arrives last", async () => {
    const { source, arrive } = manualSource();
    const { loadLesson } = lessonLoader(source);
    const settled: string[] = [];
    const a = loadLesson("a").then((lesson) => settled.push(`a: ${lesson?.markdown}`));
    const b = loadLesson("b").then((lesson) => settled.push(`b: ${lesson?.markdown}`));
    await arrive("b");
    await arrive("a");
    await Promise.all([a, b]);
    expect(settled).toEqual(["b: text of b", "a: text of a"]);
  });

  it("downloads a lesson once for any number of calls, and knows it afterwards without waiting", async () => {
    const { source, arrive, downloads } = manualSource();
    const { loadLesson, loadedLesson } = lessonLoader(source);
    const first = loadLesson("a");
    const second = loadLesson("a");
    expect(second).toBe(first);
    expect(loadedLesson("a")).toBeUndefined();
    await arrive("a");
    expect((await first)?.markdown).toBe("text of a");
    expect(loadedLesson("a")).toBe(await first);
    expect(await loadLesson("a")).toBe(await first);
    expect(downloads()).toBe(1);
  });

  it("tries again after a failed download", async () => {
    const { source, arrive, downloads } = manualSource();
    const { loadLesson } = lessonLoader(source);
    const failed = loadLesson("a");
    await arrive("a", new Error("offline"));
    await expect(failed).rejects.toThrow("offline");
    const again = loadLesson("a");
    await arrive("a");
    expect((await again)?.markdown).toBe("text of a");
    expect(downloads()).toBe(2);
  });
});
