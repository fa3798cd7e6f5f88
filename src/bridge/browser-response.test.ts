import { describe, expect, it } from "vitest";
import { toBrowserResponse } from "./browser-response";

const bodyOf = (text: string) => new Response(text).body!;

describe("what fetch() gets for what the app sent", () => {
  it("passes status, reason, headers and the body through, Set-Cookie kept out", async () => {
    const { response, note } = toBrowserResponse(
      {
        status: 201,
        reason: "CREATED",
        headers: [
          ["Location", "/x"],
          ["Set-Cookie", "a=1"],
          ["Set-Cookie", "b=2"],
        ],
      },
      bodyOf("made"),
    );
    expect(note).toBeUndefined();
    expect(response.status).toBe(201);
    expect(response.statusText).toBe("CREATED");
    expect(response.headers.get("location")).toBe("/x");
    // Set-Cookie goes to the virtual host's cookie jar, never into the page's browser.
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.text()).toBe("made");
  });

  it("drops the body of a 204 or 304, as a browser must", () => {
    const { response } = toBrowserResponse({ status: 204, reason: "NO CONTENT", headers: [] }, bodyOf("ignored"));
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it("explains statuses outside 200-599 and answers with a network error", () => {
    const { response, note } = toBrowserResponse({ status: 99, reason: "ODD", headers: [] }, bodyOf(""));
    expect(response.type).toBe("error");
    expect(note).toMatch(/200-599/);
  });

  it("explains header values a browser rejects", () => {
    const { response, note } = toBrowserResponse({ status: 200, reason: "OK", headers: [["X-Bad", "a\u0000b"]] }, bodyOf(""));
    expect(response.type).toBe("error");
    expect(note).toMatch(/rejects these headers/);
  });
});
