import { describe, expect, it } from "vitest";
import { formatMarkup } from "./format-markup";

describe("formatMarkup", () => {
  it("puts one tag per line with children indented", () => {
    expect(formatMarkup("<!doctype html><html><body><h1>Hi</h1><br><p>a <b>b</b></p></body></html>")).toBe(
      [
        "<!doctype html>",
        "<html>",
        "  <body>",
        "    <h1>",
        "      Hi",
        "    </h1>",
        "    <br>",
        "    <p>",
        "      a",
        "      <b>",
        "        b",
        "      </b>",
        "    </p>",
        "  </body>",
        "</html>",
      ].join("\n"),
    );
  });

  it("keeps script and pre content verbatim, and handles XML", () => {
    expect(formatMarkup("<div><pre>a <i>b</i>\n c</pre></div>")).toBe("<div>\n  <pre>\n    a <i>b</i>\n c\n  </pre>\n</div>");
    expect(formatMarkup('<?xml version="1.0"?><a><b x="1"/><c>t</c></a>')).toBe(
      '<?xml version="1.0"?>\n<a>\n  <b x="1"/>\n  <c>\n    t\n  </c>\n</a>',
    );
  });
});
