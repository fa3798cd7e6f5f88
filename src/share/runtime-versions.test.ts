import { describe, expect, it } from "vitest";
import type { RuntimePackage } from "../runtime/python-runtime";
import { pipPins } from "./runtime-versions";

const packages: RuntimePackage[] = [
  { name: "flask", version: "3.1.1", module: "flask" },
  { name: "werkzeug", version: "3.1.3", module: "werkzeug" },
  { name: "jinja2", version: "3.1.6", module: "jinja2" },
  { name: "flask-talisman", version: "1.1.0", module: "flask_talisman", extension: true },
  { name: "flask-cors", version: "6.0.1", module: "flask_cors", extension: true },
];

describe("pipPins", () => {
  it("pins Flask and Werkzeug for any app", () => {
    expect(pipPins("from flask import Flask\n", packages)).toEqual(["flask==3.1.1", "werkzeug==3.1.3"]);
  });

  it("adds each extension the code imports, either way of importing", () => {
    const code = "from flask import Flask\nfrom flask_talisman import Talisman\n    import flask_cors\n";
    expect(pipPins(code, packages)).toEqual(["flask==3.1.1", "werkzeug==3.1.3", "flask-talisman==1.1.0", "flask-cors==6.0.1"]);
  });

  it("ignores a mention that is not an import, and a module that only starts with the name", () => {
    expect(pipPins("# we could use flask_cors here\nimport flask_corsair\nx = 'import flask_talisman'\n", packages)).toEqual([
      "flask==3.1.1",
      "werkzeug==3.1.3",
    ]);
  });
});
