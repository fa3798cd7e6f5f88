import { describe, expect, it } from "vitest";
import type { RuntimeClient } from "../bridge/runtime-client";
import type { AppLoadResult } from "../runtime/protocol";
import type { Lesson } from "../lessons/types";
import { AppReloader } from "./app-reloader";

/** A runtime client that records loads and answers them after a delay. */
function fakeClient(delayMs: number) {
  const loads: string[] = [];
  const client = {
    async loadApp(code: string): Promise<AppLoadResult> {
      loads.push(code);
      await new Promise((r) => setTimeout(r, delayMs));
      return { ok: true, routes: [], durationMs: 1 };
    },
  } as unknown as RuntimeClient;
  return { client, loads };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("AppReloader", () => {
  it("loads once after typing stops, with the last code", async () => {
    const { client, loads } = fakeClient(1);
    const loaded: string[] = [];
    const reloader = new AppReloader(client, { loaded: (_, code) => loaded.push(code), checked: () => {} }, 20);
    reloader.schedule("a", null);
    reloader.schedule("ab", null);
    reloader.schedule("abc", null);
    await wait(60);
    expect(loads).toEqual(["abc"]);
    expect(loaded).toEqual(["abc"]);
  });

  it("never lets an older load land after a newer one", async () => {
    const { client, loads } = fakeClient(30);
    const loaded: string[] = [];
    const reloader = new AppReloader(client, { loaded: (_, code) => loaded.push(code), checked: () => {} }, 0);
    const first = reloader.reloadNow("old", null);
    await wait(5); // "old" is loading
    reloader.schedule("new", null);
    await first;
    await wait(80);
    expect(loads).toEqual(["old", "new"]);
    expect(loaded.at(-1)).toBe("new");
  });

  it("drops queued reloads that newer code has overtaken", async () => {
    const { client, loads } = fakeClient(30);
    const reloader = new AppReloader(client, { loaded: () => {}, checked: () => {} }, 0);
    await reloader.reloadNow("one", null);
    const two = reloader.reloadNow("two", null); // starts loading
    await wait(5);
    void reloader.reloadNow("three", null); // queued behind "two"
    await reloader.reloadNow("four", null); // overtakes "three"
    await two;
    expect(loads).toEqual(["one", "two", "four"]);
  });
});

describe("AppReloader reports the code that answers", () => {
  /** A client whose loads of "bad" fail and the rest work, at once. */
  function client(loads: string[]) {
    return {
      async loadApp(code: string): Promise<AppLoadResult> {
        loads.push(code);
        return code === "bad"
          ? { ok: false, stage: "syntax", error: { type: "SyntaxError", message: "x", frames: [], text: "" }, durationMs: 1 }
          : { ok: true, routes: [], durationMs: 1 };
      },
    } as unknown as RuntimeClient;
  }

  it("after each load that works, with the wall-clock time, and not after one that fails", async () => {
    const loads: string[] = [];
    const serving: [string, number][] = [];
    const reloader = new AppReloader(client(loads), { loaded: () => {}, checked: () => {}, serving: (code, at) => serving.push([code, at]) }, 0);
    const before = Date.now();
    await reloader.reloadNow("good", null);
    await reloader.reloadNow("bad", null);
    expect(serving.map(([code]) => code)).toEqual(["good"]);
    expect(serving[0][1]).toBeGreaterThanOrEqual(before);
    expect(serving[0][1]).toBeLessThanOrEqual(Date.now());
  });

  it("before a lesson's checks run (they run against it), and again for the fresh load after them", async () => {
    const loads: string[] = [];
    const events: string[] = [];
    const lesson = { id: "l", checks: [] } as unknown as Lesson;
    const reloader = new AppReloader(
      client(loads),
      { loaded: () => events.push("loaded"), checked: () => events.push("checked"), serving: (code) => events.push(`serving ${code}`) },
      0,
      async () => lesson,
    );
    await reloader.reloadNow("good", lesson);
    expect(events).toEqual(["serving good", "serving good", "checked", "loaded"]);
  });

  it("after the restore that follows a restart", async () => {
    const serving: string[] = [];
    const reloader = new AppReloader(client([]), { loaded: () => {}, checked: () => {}, serving: (code) => serving.push(code) }, 0);
    await reloader.restore("good");
    expect(serving).toEqual(["good"]);
  });
});

describe("AppReloader when Python restarts while the checks run", () => {
  /** A client whose first `failing` check requests fail as a restarted worker's do, restarting it. */
  function restartingClient(failing: number, onRestart: () => void) {
    const calls: string[] = [];
    let failures = 0;
    const client = {
      async loadApp(code: string): Promise<AppLoadResult> {
        calls.push(`load ${code}`);
        return { ok: true, routes: [], durationMs: 1 };
      },
      async request(): Promise<never> {
        calls.push("request");
        if (failures++ < failing) {
          onRestart();
          throw new Error("GET / did not finish within 5 s. Python was stopped and restarted.");
        }
        throw new Error("unreachable in this test");
      },
    } as unknown as RuntimeClient;
    return { client, calls };
  }
  const lesson = {
    id: "l",
    checks: [{ id: "c", title: "t", steps: [{ request: { method: "GET", path: "/" }, expect: [{ status: 200 }] }] }],
  } as unknown as Lesson;

  it("runs them again once after the restore, and reports only that run", async () => {
    const checked: string[][] = [];
    // eslint-disable-next-line prefer-const -- the restart callback below closes over it before it is assigned
    let reloader!: AppReloader;
    const { client, calls } = restartingClient(1, () => void reloader.restore("good"));
    reloader = new AppReloader(
      client,
      { loaded: () => {}, checked: (_, __, results) => checked.push(results.map((r) => r.error ?? "")) },
      0,
      async () => lesson,
    );
    await reloader.reloadNow("good", lesson);
    for (let i = 0; i < 5; i++) await wait(0);
    // load, check (restart), restore, load again, check, fresh load after the checks
    expect(calls).toEqual(["load good", "request", "load good", "load good", "request", "load good"]);
    expect(checked, "only the run after the restore is reported").toEqual([["unreachable in this test"]]);
  });

  it("reports the second run as it is when Python restarts again, without looping", async () => {
    const checked: string[][] = [];
    // eslint-disable-next-line prefer-const -- the restart callback below closes over it before it is assigned
    let reloader!: AppReloader;
    const { client, calls } = restartingClient(Infinity, () => void reloader.restore("good"));
    reloader = new AppReloader(
      client,
      { loaded: () => {}, checked: (_, __, results) => checked.push(results.map((r) => r.error ?? "")) },
      0,
      async () => lesson,
    );
    await reloader.reloadNow("good", lesson);
    for (let i = 0; i < 5; i++) await wait(0);
    expect(calls.filter((c) => c === "request")).toHaveLength(2);
    expect(checked).toEqual([[expect.stringContaining("did not finish within 5 s")]]);
  });
});

describe("AppReloader with lessons that load on demand", () => {
  function deferred<T>() {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((res) => {
      resolve = res;
    });
    return { promise, resolve };
  }
  /** A client whose loads all work at once. */
  function recordingClient(loads: string[]) {
    return {
      async loadApp(code: string): Promise<AppLoadResult> {
        loads.push(code);
        return { ok: true, routes: [], durationMs: 1 };
      },
    } as unknown as RuntimeClient;
  }
  const lessonA = { id: "a", checks: [] } as unknown as Lesson;
  const lessonB = { id: "b", checks: [] } as unknown as Lesson;

  it("runs only the later lesson's checks when the learner opens B while A's are still loading", async () => {
    const loads: string[] = [];
    const checked: string[] = [];
    const content = { a: deferred<Lesson>(), b: deferred<Lesson>() };
    const reloader = new AppReloader(
      recordingClient(loads),
      { loaded: () => {}, checked: (lessonId) => checked.push(lessonId) },
      0,
      (meta) => content[meta.id as "a" | "b"].promise,
    );
    const first = reloader.reloadNow("code of a", lessonA);
    await wait(5); // a's app is loaded, its checks are loading
    const second = reloader.reloadNow("code of b", lessonB);
    content.b.resolve(lessonB);
    await wait(5);
    content.a.resolve(lessonA); // a's checks arrive last
    await Promise.all([first, second]);
    expect(checked).toEqual(["b"]);
    expect(loads).toEqual(["code of a", "code of b", "code of b"]);
  });

  it("still loads the app when the lesson's checks fail to download", async () => {
    const loaded: string[] = [];
    const checked: string[] = [];
    const reloader = new AppReloader(
      recordingClient([]),
      { loaded: (_, code) => loaded.push(code), checked: (lessonId) => checked.push(lessonId) },
      0,
      () => Promise.reject(new Error("offline")),
    );
    await reloader.reloadNow("code", lessonA);
    expect(loaded).toEqual(["code"]);
    expect(checked).toEqual([]);
  });
});
