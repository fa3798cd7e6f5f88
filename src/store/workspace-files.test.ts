import { describe, expect, it } from "vitest";
import {
  addedFile,
  APP_FILE,
  filePaths,
  fileText,
  packWorkspace,
  pathProblem,
  renamedFile,
  unpackWorkspace,
  withFile,
  withoutFile,
  WORKSPACE_MARKER,
} from "./workspace-files";

const APP = "from flask import Flask\napp = Flask(__name__)\n";

describe("workspace files", () => {
  it("app.py alone is its own text, so older saves and links open as they were", () => {
    expect(packWorkspace({ [APP_FILE]: APP })).toBe(APP);
    expect(unpackWorkspace(APP)).toEqual({ [APP_FILE]: APP });
    expect(filePaths(APP)).toEqual([APP_FILE]);
  });

  it("several files round-trip, app.py first, the others in path order", () => {
    const code = packWorkspace({ "templates/b.html": "b", [APP_FILE]: APP, "helpers.py": "h" });
    expect(code.startsWith(`${WORKSPACE_MARKER}\n`)).toBe(true);
    expect(filePaths(code)).toEqual([APP_FILE, "helpers.py", "templates/b.html"]);
    expect(fileText(code, "templates/b.html")).toBe("b");
    expect(unpackWorkspace(withoutFile(withoutFile(code, "helpers.py"), "templates/b.html"))).toEqual({ [APP_FILE]: APP });
    expect(withoutFile(code, "templates/b.html")).not.toBe(code);
    expect(withoutFile(withoutFile(code, "helpers.py"), "templates/b.html"), "back to a plain app.py").toBe(APP);
  });

  it("adds, renames and edits files, and says why a name cannot be used", () => {
    let code = addedFile(APP, "templates/index.html", "<p>hi</p>");
    code = withFile(code, "templates/index.html", "<p>hello</p>");
    expect(fileText(code, "templates/index.html")).toBe("<p>hello</p>");
    code = renamedFile(code, "templates/index.html", "templates/home.html");
    expect(filePaths(code)).toEqual([APP_FILE, "templates/home.html"]);
    expect(() => addedFile(code, "templates/home.html")).toThrow("There is already a templates/home.html.");
    expect(() => renamedFile(code, APP_FILE, "main.py")).toThrow("app.py is the app Flask runs");
    expect(() => addedFile(code, "../evil.py")).toThrow(/can't be a file here/);
  });

  it("allows modules and files under templates/ and static/ only", () => {
    for (const good of ["helpers.py", "templates/index.html", "static/css/site.css", "templates/errors/404.html"])
      expect(pathProblem(good), good).toBeNull();
    for (const bad of [
      "",
      "notes.txt",
      "lib/x.py",
      "templates/",
      "templates/../app.py",
      "/etc/passwd",
      "static/a/b/c/d/e.css",
      "playground_runtime.py",
    ]) {
      expect(pathProblem(bad), bad).not.toBeNull();
    }
  });

  it("reads a damaged workspace string as app.py's text instead of losing it", () => {
    const damaged = `${WORKSPACE_MARKER}\n{"app.py": "x`;
    expect(unpackWorkspace(damaged)).toEqual({ [APP_FILE]: damaged });
    const crafted = `${WORKSPACE_MARKER}\n${JSON.stringify({ "app.py": APP, "../x.py": "bad", "helpers.py": 5 })}`;
    expect(unpackWorkspace(crafted)).toEqual({ [APP_FILE]: APP });
  });
});
