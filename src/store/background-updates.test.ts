import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import { BURST_GAP_MS, BURST_MIN_REPAINTS, FRAME_MS, backgroundUpdates, inBackground } from "./background-updates";

interface Counter {
  requests: number;
  code: string;
  add(): void;
  setCode(code: string): void;
}

function counterStore() {
  return createStore<Counter>()(
    backgroundUpdates((set) => ({
      requests: 0,
      code: "a",
      add: () => set((s) => ({ requests: s.requests + 1 })),
      setCode: (code) => set({ code }),
    })),
  );
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("background updates", () => {
  it("write the state at once but tell subscribers at the next frame, once for many changes", () => {
    const store = counterStore();
    const heard: [number, number][] = [];
    store.subscribe((state, previous) => heard.push([state.requests, previous.requests]));
    inBackground(() => store.getState().add());
    inBackground(() => store.getState().add());
    inBackground(() => store.getState().add());
    expect(store.getState().requests).toBe(3);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(FRAME_MS);
    expect(heard).toEqual([[3, 0]]);
  });

  it("during a burst, tell subscribers at most every BURST_GAP_MS", () => {
    const store = counterStore();
    let heard = 0;
    store.subscribe(() => heard++);
    // One request every 5 ms for a second.
    for (let t = 0; t < 1000; t += 5) {
      inBackground(() => store.getState().add());
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(BURST_GAP_MS);
    expect(store.getState().requests).toBe(200);
    // The first repaints come frame by frame, until enough of them show it is a burst.
    expect(heard).toBeLessThanOrEqual(1000 / BURST_GAP_MS + BURST_MIN_REPAINTS + 1);
    expect(heard).toBeGreaterThanOrEqual(1000 / BURST_GAP_MS - 1);
  });

  it("a stream's first chunk, right after its start, shows at the next frame, not after a burst's gap", () => {
    const store = counterStore();
    let heard = 0;
    store.subscribe(() => heard++);
    inBackground(() => store.getState().add()); // the request starts
    vi.advanceTimersByTime(FRAME_MS);
    vi.advanceTimersByTime(5);
    inBackground(() => store.getState().add()); // head and first chunk, 5 ms after the repaint
    vi.advanceTimersByTime(FRAME_MS);
    expect(heard).toBe(2);
  });

  it("a single slow request shows its end at the next frame, not after a burst's gap", () => {
    const store = counterStore();
    let heard = 0;
    store.subscribe(() => heard++);
    inBackground(() => store.getState().add()); // the request starts
    vi.advanceTimersByTime(FRAME_MS);
    expect(heard).toBe(1);
    vi.advanceTimersByTime(40); // the app takes a while
    inBackground(() => store.getState().add()); // its response ends
    vi.advanceTimersByTime(FRAME_MS);
    expect(heard).toBe(2);
  });

  it("a normal update is heard at once, with the waiting background changes and the state last heard as `previous`", () => {
    const store = counterStore();
    const heard: [string, number, string, number][] = [];
    store.subscribe((s, p) => heard.push([s.code, s.requests, p.code, p.requests]));
    inBackground(() => store.getState().add());
    store.getState().setCode("b");
    expect(heard).toEqual([["b", 1, "a", 0]]);
    // Nothing left to tell.
    vi.advanceTimersByTime(BURST_GAP_MS * 2);
    expect(heard).toHaveLength(1);
  });

  it("unsubscribed listeners hear nothing more", () => {
    const store = counterStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    inBackground(() => store.getState().add());
    unsubscribe();
    vi.advanceTimersByTime(FRAME_MS);
    expect(listener).not.toHaveBeenCalled();
  });

  it("an update that throws inside inBackground does not leave later updates in the background", () => {
    const store = counterStore();
    const listener = vi.fn();
    store.subscribe(listener);
    expect(() =>
      inBackground(() => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    store.getState().setCode("c");
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
