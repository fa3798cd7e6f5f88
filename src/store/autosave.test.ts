import { describe, expect, it } from "vitest";
import { Autosave } from "./autosave";
import { addedFile, unpackWorkspace, withFile } from "./workspace-files";
import type { SavedWorkspace } from "./workspace-storage";

function sharedStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

function tab(storage: ReturnType<typeof sharedStorage>, id: string) {
  const conflicts: { key: string; theirs: SavedWorkspace }[] = [];
  const autosave = new Autosave(storage, id, (key, theirs) => conflicts.push({ key, theirs }), 5);
  return { autosave, conflicts };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("Autosave across two tabs", () => {
  it("saves shortly after the last edit", async () => {
    const storage = sharedStorage();
    const a = tab(storage, "A");
    a.autosave.schedule("playground", "x");
    a.autosave.schedule("playground", "xy");
    await wait(20);
    expect(tab(storage, "B").autosave.load("playground")).toBe("xy");
  });

  it("a tab without unsaved edits adopts the other tab's save", () => {
    const storage = sharedStorage();
    const a = tab(storage, "A");
    const b = tab(storage, "B");
    a.autosave.save("lesson:json", "v1");
    expect(b.autosave.load("lesson:json")).toBe("v1");
    a.autosave.save("lesson:json", "v2 from A");
    expect(b.autosave.external("lesson:json", "v1")).toEqual({ kind: "adopt", code: "v2 from A" });
    // B can now save on top of A's revision without a conflict.
    expect(b.autosave.save("lesson:json", "v3 from B").ok).toBe(true);
  });

  it("a tab still showing the starter adopts another tab's first save", () => {
    const storage = sharedStorage();
    const a = tab(storage, "A");
    const b = tab(storage, "B");
    expect(a.autosave.load("lesson:x", "starter")).toBeNull();
    expect(b.autosave.load("lesson:x", "starter")).toBeNull();
    a.autosave.save("lesson:x", "A edited");
    expect(b.autosave.external("lesson:x", "starter")).toEqual({ kind: "adopt", code: "A edited" });
  });

  it("two tabs editing the same lesson get a conflict, not a silent overwrite", () => {
    const storage = sharedStorage();
    const a = tab(storage, "A");
    const b = tab(storage, "B");
    a.autosave.save("lesson:json", "base");
    b.autosave.load("lesson:json");
    a.autosave.save("lesson:json", "A's work");
    const result = b.autosave.save("lesson:json", "B's work");
    expect(result.ok).toBe(false);
    expect(b.conflicts).toEqual([{ key: "lesson:json", theirs: expect.objectContaining({ code: "A's work", tabId: "A" }) }]);
    expect(b.autosave.external("lesson:json", "B's work")).toMatchObject({ kind: "conflict" });
    // Keeping B's version is an explicit choice.
    expect(b.autosave.save("lesson:json", "B's work", true).ok).toBe(true);
    expect(tab(storage, "C").autosave.load("lesson:json")).toBe("B's work");
  });

  it("holds for a workspace of several files: an edit to any file is an edit, and a conflict keeps every file", () => {
    const storage = sharedStorage();
    const a = tab(storage, "A");
    const b = tab(storage, "B");
    const base = addedFile("from flask import Flask\n", "templates/index.html", "<p>v1</p>");
    a.autosave.save("lesson:templates", base);
    expect(b.autosave.load("lesson:templates")).toBe(base);
    const fromA = withFile(base, "templates/index.html", "<p>A</p>");
    const fromB = withFile(base, "helpers.py", "X = 1\n");
    a.autosave.save("lesson:templates", fromA);
    expect(b.autosave.save("lesson:templates", fromB).ok, "B edited another file: still a conflict, not a silent overwrite").toBe(false);
    expect(unpackWorkspace(b.conflicts[0].theirs.code)).toEqual(unpackWorkspace(fromA));
    expect(b.autosave.save("lesson:templates", fromB, true).ok).toBe(true);
    expect(unpackWorkspace(tab(storage, "C").autosave.load("lesson:templates")!)).toEqual({
      "app.py": "from flask import Flask\n",
      "helpers.py": "X = 1\n",
      "templates/index.html": "<p>v1</p>",
    });
  });
});
