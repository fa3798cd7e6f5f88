import { describe, expect, it } from "vitest";
import { lessonById, lessons } from "./catalog";
import { lessonSourceFiles } from "./lessonFiles";
import { loadLessons } from "./loader";

const full = loadLessons(lessonSourceFiles);

describe("the lesson catalog (made at build time from the lesson folders)", () => {
  it("has every lesson the loader reads, in the same order, with the same id, title, summary and starter", () => {
    expect(lessons).toEqual(full.map(({ id, slug, order, title, summary, starter }) => ({ id, slug, order, title, summary, starter })));
  });

  it("is in course order: 1, 2, 3...", () => {
    expect(lessons.map((lesson) => lesson.order)).toEqual(lessons.map((_, i) => i + 1));
  });

  it("finds a lesson by id, and nothing for an id no lesson has", () => {
    expect(lessonById("headers")).toMatchObject({ id: "headers", slug: "03-headers", order: 3 });
    expect(lessonById("nope")).toBeUndefined();
  });
});
