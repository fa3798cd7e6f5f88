import { describe, expect, it } from "vitest";
import { readWorkspace, saveWorkspace, workspaceKeyOfStorageKey, WORKSPACE_PREFIX } from "./workspace-storage";

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe("workspace storage", () => {
  it("saves and reads back a workspace with increasing revisions", () => {
    const storage = memoryStorage();
    const first = saveWorkspace(storage, "playground", "a", 0, "tab1", 1);
    expect(first).toMatchObject({ ok: true, saved: { code: "a", rev: 1 } });
    const second = saveWorkspace(storage, "playground", "ab", 1, "tab1", 2);
    expect(second).toMatchObject({ ok: true, saved: { rev: 2 } });
    expect(readWorkspace(storage, "playground")).toEqual({ code: "ab", rev: 2, tabId: "tab1", savedAt: 2 });
  });

  it("refuses to overwrite another tab's newer save and hands it back", () => {
    const storage = memoryStorage();
    saveWorkspace(storage, "lesson:json", "base", 0, "A", 1); // rev 1, both tabs read it
    expect(saveWorkspace(storage, "lesson:json", "from B", 1, "B", 2)).toMatchObject({ ok: true });
    const fromA = saveWorkspace(storage, "lesson:json", "from A", 1, "A", 3);
    expect(fromA).toEqual({ ok: false, theirs: { code: "from B", rev: 2, tabId: "B", savedAt: 2 } });
    expect(readWorkspace(storage, "lesson:json")?.code).toBe("from B");
    // Choosing to keep A's code: save on top of the revision A has now seen.
    expect(saveWorkspace(storage, "lesson:json", "from A", 2, "A", 4)).toMatchObject({ ok: true, saved: { rev: 3 } });
  });

  it("is not a conflict when the other tab saved the same code", () => {
    const storage = memoryStorage();
    saveWorkspace(storage, "playground", "same", 0, "B", 1);
    expect(saveWorkspace(storage, "playground", "same", 0, "A", 2)).toMatchObject({ ok: true });
  });

  it("keeps workspaces apart and ignores unreadable records", () => {
    const storage = memoryStorage();
    saveWorkspace(storage, "lesson:a", "A", 0, "t", 1);
    saveWorkspace(storage, "lesson:b", "B", 0, "t", 1);
    expect(readWorkspace(storage, "lesson:a")?.code).toBe("A");
    storage.setItem(`${WORKSPACE_PREFIX}lesson:c`, "{not json");
    expect(readWorkspace(storage, "lesson:c")).toBeNull();
    expect(workspaceKeyOfStorageKey(`${WORKSPACE_PREFIX}lesson:b`)).toBe("lesson:b");
    expect(workspaceKeyOfStorageKey("other")).toBeNull();
  });
});
