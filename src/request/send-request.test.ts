import { describe, expect, it } from "vitest";
import type { RequestDraft } from "../store/initial-state";
import { hopFromDraft, sentContentType } from "./send-request";

const draft = (patch: Partial<RequestDraft>): RequestDraft => ({
  method: "POST",
  path: "/items",
  headers: [],
  body: { kind: "text", text: "<item/>", fields: [] },
  followRedirects: true,
  ...patch,
});

describe("sentContentType: the hint under the body says what the request sends", () => {
  it("is the body kind's type when the learner sets none", () => {
    expect(sentContentType(draft({}))).toEqual({ value: "text/plain; charset=utf-8", yours: false, kindSends: "text/plain; charset=utf-8" });
  });
  it("is the learner's own header when there is one, naming what the body kind would have sent", () => {
    const mine = draft({ headers: [{ name: "content-type", value: "application/xml", enabled: true }] });
    expect(sentContentType(mine)).toEqual({ value: "application/xml", yours: true, kindSends: "text/plain; charset=utf-8" });
    expect(hopFromDraft(mine).headers).toEqual([["content-type", "application/xml"]]);
  });
  it("ignores a disabled header row, and a bodiless method sends only the learner's", () => {
    const off = draft({ headers: [{ name: "Content-Type", value: "application/xml", enabled: false }] });
    expect(sentContentType(off)?.value).toBe("text/plain; charset=utf-8");
    expect(sentContentType(draft({ method: "GET" }))).toBeNull();
    const getWithHeader = draft({ method: "GET", headers: [{ name: "Content-Type", value: "text/csv", enabled: true }] });
    expect(sentContentType(getWithHeader)).toEqual({ value: "text/csv", yours: true, kindSends: null });
  });
  it("shows a multipart boundary as …", () => {
    const multipart = draft({ body: { kind: "multipart", text: "", fields: [{ name: "a", value: "1", enabled: true }] } });
    expect(sentContentType(multipart)?.value).toBe("multipart/form-data; boundary=…");
  });
});
