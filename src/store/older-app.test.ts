/** The store marks an exchange answered by code other than the editor's, as of when its head arrived. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppLoadResult, WireRequest } from "../runtime/protocol";
import { useStore } from ".";

// Node has no localStorage; the store persists part of itself there.
vi.hoisted(() => {
  const items = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
});

const request: WireRequest = {
  method: "GET",
  path: "/",
  query: "",
  headers: [],
  body: null,
  scheme: "http",
  serverName: "localhost",
  serverPort: 80,
};
const head = { status: 200, reason: "OK", headers: [] };
const ok: AppLoadResult = { ok: true, routes: [], durationMs: 1 };
const syntaxError: AppLoadResult = {
  ok: false,
  stage: "syntax",
  durationMs: 1,
  error: { type: "SyntaxError", message: "invalid syntax", frames: [], text: "", syntax: { line: 2, column: 1, endLine: null, endColumn: null } },
};

/** The editor gets `code` and the reloader loads it, as start-ui.tsx wires them. */
function typeAndLoad(code: string, result: AppLoadResult, at: number) {
  const store = useStore.getState();
  store.setCode(code);
  if (result.ok) store.appServing(code, at);
  store.appLoaded(result, code);
}

function send(id: string) {
  useStore.getState().exchangeStarted(id, "direct", request);
  return {
    answered: () => {
      useStore.getState().exchangeHead(id, head);
      return useStore.getState().exchanges[id];
    },
  };
}

describe("an exchange answered by an older app", () => {
  beforeEach(() => useStore.getState().reset());

  it("is not marked while the editor's code answers", () => {
    typeAndLoad("good", ok, 1000);
    expect(send("a").answered().olderApp).toBeUndefined();
  });

  it("is marked with the last working version's load time while the editor's code has an error", () => {
    typeAndLoad("good", ok, 1000);
    typeAndLoad("bad", syntaxError, 2000);
    const exchange = send("b").answered();
    expect(exchange.olderApp).toEqual({ loadedAt: 1000, editor: { kind: "error", stage: "syntax", error: "SyntaxError", line: 2 } });
    expect(exchange.headDate).toBeGreaterThan(0);
  });

  it("is judged when the head arrives: a load that finished in between answered it", () => {
    typeAndLoad("good", ok, 1000);
    useStore.getState().setCode("newer"); // typed; the reload is in flight when Send is pressed
    const pending = send("c");
    useStore.getState().appServing("newer", 3000); // the runtime took the load before the request
    expect(pending.answered().olderApp).toBeUndefined();
  });

  it("says the edits had not loaded when the older app answered before they did", () => {
    typeAndLoad("good", ok, 1000);
    useStore.getState().setCode("newer");
    expect(send("d").answered().olderApp).toEqual({ loadedAt: 1000, editor: { kind: "not-loaded" } });
  });

  it("is not marked again once the code is fixed", () => {
    typeAndLoad("good", ok, 1000);
    typeAndLoad("bad", syntaxError, 2000);
    typeAndLoad("fixed", ok, 3000);
    expect(send("e").answered().olderApp).toBeUndefined();
  });
});
