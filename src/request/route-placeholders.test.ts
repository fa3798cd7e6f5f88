import { describe, expect, it } from "vitest";
import { EXAMPLE_UUID, methodToTry, pathForRule, sortedMethods } from "./route-placeholders";

describe("pathForRule", () => {
  it("leaves static rules alone", () => {
    expect(pathForRule("/")).toBe("/");
    expect(pathForRule("/api/items/")).toBe("/api/items/");
  });

  it("fills each built-in converter with a value it accepts", () => {
    expect(pathForRule("/api/user/<int:user_id>")).toBe("/api/user/1");
    expect(pathForRule("/price/<float:x>")).toBe("/price/1.5");
    expect(pathForRule("/orders/<uuid:u>")).toBe("/orders/123e4567-e89b-12d3-a456-426614174000");
    expect(pathForRule("/files/<path:p>")).toBe("/files/some/path");
    expect(pathForRule("/user/<username>")).toBe("/user/username");
    expect(pathForRule("/user/<string:name>")).toBe("/user/name");
    expect(pathForRule("/<any(about, help):page>")).toBe("/about");
    expect(pathForRule("/<any('docs', \"blog\"):section>/x")).toBe("/docs/x");
  });

  it("fills several variables and keeps the static parts between them", () => {
    expect(pathForRule("/shop/<int:shop_id>/items/<slug>.<any(json,xml):fmt>")).toBe("/shop/1/items/slug.json");
    expect(pathForRule("/<int:year>/<int:month>/<title>/")).toBe("/1/1/title/");
  });

  it("uses the variable name for custom converters", () => {
    expect(pathForRule("/tags/<list:tags>")).toBe("/tags/tags");
  });

  it("honours converter arguments", () => {
    expect(pathForRule("/page/<int(min=5):n>")).toBe("/page/5");
    expect(pathForRule("/page/<int(max=0):n>")).toBe("/page/0");
    expect(pathForRule("/y/<int(fixed_digits=4):year>")).toBe("/y/0001");
    expect(pathForRule("/y/<int(2):month>")).toBe("/y/01");
    expect(pathForRule("/t/<int(min=-10, max=-3, signed=True):t>")).toBe("/t/-3");
    expect(pathForRule("/f/<float(min=3):x>")).toBe("/f/3.0");
    expect(pathForRule("/f/<float(max=0.25):x>")).toBe("/f/0.25");
    expect(pathForRule("/lang/<string(length=2):code>")).toBe("/lang/co");
    expect(pathForRule("/id/<string(minlength=6):id>")).toBe("/id/idxxxx");
    expect(pathForRule("/id/<string(maxlength=3):username>")).toBe("/id/use");
    expect(pathForRule("/id/<string(length=3):id>")).toBe("/id/idx");
  });

  it("exports the example UUID", () => {
    expect(EXAMPLE_UUID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe("methodToTry and sortedMethods", () => {
  it("prefer GET, then POST, PUT, PATCH, DELETE, whatever order Werkzeug's set gave", () => {
    expect(methodToTry(["DELETE", "PATCH", "OPTIONS", "HEAD", "PUT", "POST", "GET"])).toBe("GET");
    expect(methodToTry(["DELETE", "OPTIONS", "PUT"])).toBe("PUT");
    expect(methodToTry(["OPTIONS", "PROPFIND"])).toBe("PROPFIND");
    expect(methodToTry(["OPTIONS"])).toBe("GET");
    expect(sortedMethods(["DELETE", "HEAD", "PROPFIND", "GET", "OPTIONS", "POST"])).toEqual(["GET", "POST", "DELETE", "PROPFIND"]);
  });
});
