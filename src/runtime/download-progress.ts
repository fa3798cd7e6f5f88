/**
 * Byte-level progress for the runtime's downloads. Pyodide fetches its own
 * files, so the worker swaps in this counting fetch while it boots.
 */
export type OnBytes = (url: string, loadedBytes: number) => void;

/**
 * A fetch that reports, per URL, how many body bytes have arrived so far. It
 * counts on a clone and hands back the original response untouched: a
 * rebuilt Response would lose its URL, and with it V8's cache of compiled
 * WebAssembly for pyodide.asm.wasm on the next visit.
 */
export function countingFetch(inner: typeof fetch, onBytes: OnBytes): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.body) return response;
    const url = response.url || String(input);
    void count(response.clone().body!, (loaded) => onBytes(url, loaded));
    return response;
  };
}

async function count(body: ReadableStream<Uint8Array>, onLoaded: (loaded: number) => void): Promise<void> {
  const reader = body.getReader();
  let loaded = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      loaded += value.byteLength;
      onLoaded(loaded);
    }
  } catch {
    // The download failed; the original response reports that to its reader.
  }
}
