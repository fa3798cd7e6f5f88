/**
 * Byte-level progress for the runtime's downloads. Pyodide fetches its own
 * files, so the worker swaps in this counting fetch while it boots.
 */
export type OnBytes = (url: string, loadedBytes: number) => void;

/** A fetch that reports, per URL, how many body bytes have arrived so far. */
export function countingFetch(inner: typeof fetch, onBytes: OnBytes): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (!response.body) return response;
    const url = response.url || String(input);
    let loaded = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onBytes(url, loaded);
        controller.enqueue(chunk);
      },
    });
    // Status and headers are kept: WebAssembly.instantiateStreaming needs Content-Type.
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
