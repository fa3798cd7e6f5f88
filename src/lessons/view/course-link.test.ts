import { describe, expect, it } from "vitest";
import { courseFromHash } from "./course-link";

describe("courseFromHash", () => {
  it.each([
    ["#course", "overview"],
    ["#course=", "overview"],
    ["#course=done", "done"],
    ["#course=no-such-page", "overview"],
    ["#lesson=json&course=done", "done"],
    ["#lesson=json", null],
    ["#courses", null],
    ["", null],
  ])("%j opens %j", (hash, view) => {
    expect(courseFromHash(hash)).toBe(view);
  });
});
