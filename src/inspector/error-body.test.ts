import { describe, expect, it } from "vitest";
import { isErrorStatement, jsonErrorEvidence, textErrorEvidence } from "./error-body";

describe("isErrorStatement", () => {
  it("recognises lines that state an error", () => {
    const statements = [
      "Error: user not found",
      "Error!",
      "Error 404",
      "Error occurred while saving",
      "Login failed",
      "Payment failed: card declined",
      "User not found.",
      "Name is required",
      "Token has expired",
      "Failed to send email: SMTP timeout",
      "Could not connect to the database",
      "Unable to parse the date",
      "Invalid input",
      "Invalid email or password",
      "Missing field: name",
      "Access denied.",
      "404 Not Found",
      "Oops! Something went wrong",
      "ValueError: invalid literal for int() with base 10: 'abc'",
      "Traceback (most recent call last):",
    ];
    expect(statements.filter((line) => !isErrorStatement(line))).toEqual([]);
  });

  it("leaves alone lines that only mention errors", () => {
    const mentions = [
      "Upload complete: 12 files saved, 0 failed.",
      "Sync finished. 0 failed, 3 skipped.",
      "No errors found.",
      "Nothing failed; all 12 jobs ran.",
      "All tests failed to reproduce the bug",
      "Error handling in Flask",
      "Error rate: 0.2% over the last hour",
      "Errors: 0",
      "Failed: 0, passed: 12",
      "Failed logins in the last 24 h: 0",
      "Exceptions handled today: 0",
      "Invalidated 3 cache keys.",
      "ValueError is raised when int() gets a string like 'abc'.",
      "404 errors this week: 3",
      "Password reset link sent.",
    ];
    expect(mentions.filter((line) => isErrorStatement(line))).toEqual([]);
  });
});

describe("jsonErrorEvidence", () => {
  it("quotes the error field of an error envelope", () => {
    expect(jsonErrorEvidence({ error: "not found" })).toBe('“"error": "not found"” at the top level of the JSON object');
    expect(jsonErrorEvidence({ success: false, message: "Invalid password" })).toBe('“"success": false” with “"message": "Invalid password"”');
    expect(jsonErrorEvidence({ status: 404, message: "Item 11 does not exist" })).toBe('“"status": 404” in the JSON body');
  });

  it("never treats empty, null, false or 'none' error fields as errors", () => {
    for (const value of [null, false, 0, "", "none", "No errors", [], {}, { email: [] }, [null]]) {
      expect(jsonErrorEvidence({ error: value }), JSON.stringify(value)).toBeNull();
      expect(jsonErrorEvidence({ errors: value }), JSON.stringify(value)).toBeNull();
    }
  });

  it("lets a success marker win and leaves data objects alone", () => {
    expect(jsonErrorEvidence({ ok: true, errors: ["row 3 skipped"] })).toBeNull();
    expect(jsonErrorEvidence({ status: "ok", error: "stale cache" })).toBeNull();
    expect(jsonErrorEvidence({ id: 7, status: "failed", error: "Out of memory" })).toBeNull();
    expect(jsonErrorEvidence({ data: { user: null }, errors: [{ message: "User not found" }] })).toBeNull();
    expect(jsonErrorEvidence([{ error: "x" }])).toBeNull();
  });
});

describe("textErrorEvidence", () => {
  it("judges an HTML page by its title, first heading or first line, and only when it is short", () => {
    expect(textErrorEvidence("<title>Shop</title><h1>Invalid coupon</h1><p>Try another.</p>", true)).toBe("page heading “Invalid coupon”");
    const long = `<title>Error: a story</title><p>${"Once upon a time. ".repeat(20)}</p>`;
    expect(textErrorEvidence(long, true)).toBeNull();
  });
});
