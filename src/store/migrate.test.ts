import { describe, expect, it } from "vitest";
import { migratePersisted } from "./migrate";

describe("saved state from earlier versions", () => {
  it("upgrades a v1 draft whose body was a string", () => {
    const upgraded = migratePersisted({ code: "x", draft: { method: "POST", path: "/a", headers: [], body: "hi" } }, 1);
    expect(upgraded.legacyWorkspaces).toEqual({ playground: "x" });
    expect(upgraded.draft).toMatchObject({
      method: "POST",
      path: "/a",
      body: { kind: "text", text: "hi" },
      followRedirects: false,
    });
  });

  it("upgrades a v1 draft with an empty body to no body", () => {
    const upgraded = migratePersisted({ draft: { method: "GET", path: "/", headers: [], body: "" } }, 1);
    expect((upgraded.draft as { body: { kind: string } }).body.kind).toBe("none");
  });

  it("moves v2's code and workspaces out, for the per-workspace autosave to import", () => {
    const upgraded = migratePersisted({ code: "mine", lessonId: "json", workspaces: { playground: "p" }, lessonProgress: {} }, 2);
    expect(upgraded).toEqual({ lessonId: "json", lessonProgress: {}, legacyWorkspaces: { playground: "p", "lesson:json": "mine" } });
  });

  it("leaves current state alone", () => {
    const current = { draft: { method: "GET", body: { kind: "json", text: "{}", fields: [] } } };
    expect(migratePersisted(current, 3)).toEqual(current);
  });
});
