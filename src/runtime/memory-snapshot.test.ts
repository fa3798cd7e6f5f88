/**
 * Where the browser gives no origin private file system (an insecure origin,
 * where crypto.subtle is missing too; Node), the snapshot store does nothing
 * and Python boots the ordinary way: making or using it never throws.
 */
import { afterEach, expect, it, vi } from "vitest";
import { snapshotStore } from "./memory-snapshot";

afterEach(() => {
  vi.unstubAllGlobals();
});

it("is a no-op without OPFS or crypto.subtle, as on an insecure origin", async () => {
  vi.stubGlobal("navigator", {});
  vi.stubGlobal("crypto", {});
  const store = snapshotStore("build");
  expect(await store.load()).toBeNull();
  await expect(store.save(new Uint8Array(8))).resolves.toBeUndefined();
  await expect(store.forget()).resolves.toBeUndefined();
});
