import { describe, expect, it } from "vitest";
import { lessons } from ".";
import done from "../../lessons/course/done.md?raw";
import { parseCourseText } from "./course-text";

const page = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const allLinks = lessons.map((lesson) => `[${lesson.title}](#lesson=${lesson.id})`).join("\n");

describe("lessons/course/done.md", () => {
  it("names the capstone and links every lesson", () => {
    const text = parseCourseText(done, lessons, "lessons/course/done.md");
    expect(text.title).toBe("What you can now do");
    expect(text.capstone).toBe(lessons.at(-1)!.id);
  });
});

describe("parseCourseText", () => {
  it("reads the title, the capstone and the text", () => {
    expect(parseCourseText(page("title: Done\ncapstone: capstone", `\nIntro.\n${allLinks}\n`), lessons, "f.md")).toEqual({
      title: "Done",
      capstone: "capstone",
      markdown: `Intro.\n${allLinks}`,
    });
  });

  it.each([
    ["no frontmatter", allLinks, /f\.md: must start with YAML frontmatter/],
    ["an unknown key", page("title: Done\ncapstone: capstone\norder: 17", allLinks), /unknown key\(s\) order/],
    ["no title", page("capstone: capstone", allLinks), /title must be a non-empty string/],
    ["a capstone that isn't a lesson", page("title: Done\ncapstone: final", allLinks), /capstone must be a lesson id, not "final"/],
    ["a link to no lesson", page("title: Done\ncapstone: capstone", `${allLinks}\n[x](#lesson=nope)`), /don't exist: nope/],
    ["a lesson left out", page("title: Done\ncapstone: capstone", allLinks.replace("(#lesson=json)", "")), /never links these lessons.*: json$/],
  ])("refuses %s", (_name, text, message) => {
    expect(() => parseCourseText(text, lessons, "f.md")).toThrow(message);
  });
});
