/**
 * Background updates: state changes the page records for every request (the
 * exchange's head, chunks and end, the access log line) are written to the
 * store at once but shown at most once per frame, and at most every
 * BURST_GAP_MS while requests keep coming. Without this, each request cost
 * four or five React renders on the main thread, the same thread that carries
 * the request and its response between the service worker and the runtime
 * worker (bench/: 13 ms round trip, of which Python took 1.5). A burst is
 * BURST_MIN_REPAINTS or more repaints in a row, each followed within
 * BURST_AFTER_MS by more changes: one request (its start, then its head and
 * first chunk a moment later) is still shown frame by frame, so a stream's
 * first chunk is on screen when it arrives.
 *
 * `getState()` is always current; only the subscribers (React, autosave) hear
 * later. A normal update flushes what is pending, and every subscriber gets
 * the state it last heard about as `previous`, so nothing is missed.
 */
import type { StateCreator, StoreMutatorIdentifier } from "zustand";

/** The first background change after a quiet spell is shown at the next frame. */
export const FRAME_MS = 16;
/** During a burst of requests, the inspector repaints at most this often. */
export const BURST_GAP_MS = 250;
/** Changes this soon after a repaint mean requests may be coming back to back... */
export const BURST_AFTER_MS = 2 * FRAME_MS;
/** ...and they are, after this many such repaints in a row. */
export const BURST_MIN_REPAINTS = 2;

let backgroundDepth = 0;

/** Run `update` (store actions) as a background update. */
export function inBackground(update: () => void): void {
  backgroundDepth++;
  try {
    update();
  } finally {
    backgroundDepth--;
  }
}

type Listener<T> = (state: T, previous: T) => void;

type BackgroundUpdates = <T, Mps extends [StoreMutatorIdentifier, unknown][] = [], Mcs extends [StoreMutatorIdentifier, unknown][] = []>(
  initializer: StateCreator<T, Mps, Mcs>,
) => StateCreator<T, Mps, Mcs>;

type Impl = <T>(initializer: StateCreator<T, [], []>) => StateCreator<T, [], []>;

const backgroundUpdatesImpl: Impl = (initializer) => (set, get, api) => {
  type T = ReturnType<typeof get>;
  const listeners = new Set<Listener<T>>();
  /** The state subscribers last heard about, while background changes wait. */
  let unheardSince: T | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = -Infinity;
  /** Repaints in a row that more changes followed within BURST_AFTER_MS. */
  let quickInARow = 0;

  const notify = (state: T, previous: T) => {
    for (const listener of [...listeners]) listener(state, previous);
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (unheardSince === null) return;
    const previous = unheardSince;
    unheardSince = null;
    lastFlush = performance.now();
    notify(get(), previous);
  };

  api.subscribe((state, previous) => {
    if (backgroundDepth > 0) {
      unheardSince ??= previous;
      // In a burst, wait out the gap; otherwise show the changes at the next
      // frame (a request that took longer than a frame, or a stream's first
      // chunk, must not wait BURST_GAP_MS to show).
      if (timer === undefined) {
        const now = performance.now();
        quickInARow = now - lastFlush < BURST_AFTER_MS ? quickInARow + 1 : 0;
        const wait = quickInARow >= BURST_MIN_REPAINTS ? lastFlush + BURST_GAP_MS - now : 0;
        timer = setTimeout(flush, Math.max(FRAME_MS, wait));
      }
      return;
    }
    const since = unheardSince ?? previous;
    unheardSince = null;
    clearTimeout(timer);
    timer = undefined;
    notify(state, since);
  });
  api.subscribe = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return initializer(set, get, api);
};

/** Store middleware: subscribers hear about `inBackground` changes in batches (see above). */
export const backgroundUpdates = backgroundUpdatesImpl as unknown as BackgroundUpdates;
