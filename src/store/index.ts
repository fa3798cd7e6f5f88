/**
 * The app's one store. State lives in initial-state.ts; actions are grouped by
 * concern below. Components select single fields; non-React code (the msw
 * handler, the runtime client) uses `useStore.getState()`.
 */
import { appendLogLine } from "./log-lines";
import { create } from "zustand";
import { createJSONStorage, persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import { shallow } from "zustand/shallow";
import type { AppLoadResult, LoadProgress, LogEntry, WireRequest, WireResponseHead } from "../runtime/protocol";
import { applySetCookies, type StoredCookie } from "../request/cookie-jar";
import { initialState, type Exchange, type OfflineState, type RequestDraft, type ServerMode, type State, type UpdateState } from "./initial-state";
import { createLessonSlice, type LessonActions } from "./lesson-slice";
import { migratePersisted } from "./migrate";
import { backgroundUpdates } from "./background-updates";
import { olderAppFor } from "../inspector/older-app";
import { embedded } from "../ui/embed-mode";

/** Keep the logs panel bounded: a chatty loop must not grow memory forever. */
const MAX_LOG_ENTRIES = 1000;
/** Keep the last exchanges only (their bodies can be large). */
const MAX_EXCHANGES = 50;

interface Actions {
  setProgress(progress: LoadProgress): void;
  setServerMode(mode: ServerMode): void;
  setOffline(offline: OfflineState): void;
  setUpdate(update: UpdateState): void;
  setCode(code: string): void;
  setActiveFile(path: string): void;
  appLoaded(result: AppLoadResult, code: string): void;
  /** `code` now answers requests: it loaded into the runtime at `loadedAt` (wall clock). */
  appServing(code: string, loadedAt: number): void;
  setDraft(draft: Partial<RequestDraft>): void;
  exchangeStarted(
    id: string,
    via: Exchange["via"],
    request: WireRequest,
    chain?: Exchange["chain"],
    requestSources?: Exchange["requestSources"],
  ): void;
  /** `at`: when it happened on the performance.now() clock (the worker's send time), now by default. */
  exchangeHead(id: string, head: WireResponseHead, at?: number): void;
  exchangeChunk(id: string, bytes: Uint8Array, at?: number): void;
  exchangeEnded(id: string, patch?: Pick<Exchange, "error" | "browserNote">, at?: number): void;
  selectExchange(id: string): void;
  /** Put an exchange on the left or right side of the comparison. */
  setCompare(side: 0 | 1, id: string | null): void;
  /** Store the cookies a response sets, as a browser would for the virtual host. */
  receiveCookies(setCookieHeaders: string[], requestPath: string): void;
  setCookieJar(jar: StoredCookie[]): void;
  setConflict(conflict: State["conflict"]): void;
  setTimeLimit(ms: number): void;
  setExplainHeaders(on: boolean): void;
  setLinkError(message: string | null): void;
  setSharedView(sharedView: State["sharedView"]): void;
  addLog(entry: LogEntry): void;
  clearLogs(): void;
  reset(): void;
}

export type Store = State & Actions & LessonActions;

let nextLogId = 1;

/**
 * localStorage as JSON, written only when a saved field changed: persist
 * saves the saved part of the state on every change, and most changes
 * (exchanges, logs: several per request) do not touch it. Serialising and
 * writing it on each showed up in the request round trip (bench/).
 */
function changedFieldsStorage<S>(inner: PersistStorage<S> | undefined): PersistStorage<S> | undefined {
  if (!inner) return undefined; // no localStorage here (Node)
  let last: StorageValue<S> | null = null;
  return {
    getItem: (name) => inner.getItem(name),
    setItem: (name, value) => {
      if (last && last.version === value.version && shallow(last.state, value.state)) return;
      last = value;
      return inner.setItem(name, value);
    },
    removeItem: (name) => {
      last = null;
      return inner.removeItem(name);
    },
  };
}

/** Storage for the embed: nothing is read, nothing is written. */
const KEEP_NOTHING: PersistStorage<unknown> = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

function patchExchange(state: State, id: string, patch: (exchange: Exchange) => Partial<Exchange>) {
  const exchange = state.exchanges[id];
  if (!exchange) return {};
  return { exchanges: { ...state.exchanges, [id]: { ...exchange, ...patch(exchange) } } };
}

export const useStore = create<Store>()(
  backgroundUpdates(
    persist(
      (set, get, api) => ({
        ...initialState,
        ...createLessonSlice(set, get, api),

        setProgress: (progress) => set({ progress }),
        setServerMode: (serverMode) => set({ serverMode }),
        setOffline: (offline) => set({ offline }),
        setUpdate: (update) => set({ update }),

        setCode: (code) => set({ code }),
        setActiveFile: (activeFile) => set({ activeFile }),
        appLoaded: (result, loadedCode) =>
          set((state) =>
            result.ok
              ? {
                  loadedCode,
                  servingCode: loadedCode,
                  appStatus: { kind: "running", routes: result.routes, loadDurationMs: result.durationMs },
                  runtimeError: null,
                }
              : {
                  loadedCode,
                  appStatus: {
                    kind: "failed",
                    result,
                    serving: state.appStatus.kind === "running" || (state.appStatus.kind === "failed" && state.appStatus.serving),
                  },
                },
          ),

        appServing: (servingCode, servingLoadedAt) => set({ servingCode, servingLoadedAt }),

        setDraft: (draft) => set((state) => ({ draft: { ...state.draft, ...draft } })),

        exchangeStarted: (id, via, request, chain, requestSources) =>
          set((state) => {
            const order = [...state.exchangeOrder, id];
            const exchanges = {
              ...state.exchanges,
              [id]: { id, via, request, requestSources, chain, startedAt: performance.now(), chunks: [], editorCode: state.code },
            };
            for (const old of order.splice(0, Math.max(0, order.length - MAX_EXCHANGES))) delete exchanges[old];
            return { exchanges, exchangeOrder: order, selectedExchangeId: id };
          }),
        exchangeHead: (id, head, at = performance.now()) =>
          set((state) =>
            patchExchange(state, id, (e) => ({
              head,
              headAt: at,
              headDate: Math.round(performance.timeOrigin + at),
              // Which code answered is known now: loads sent before the request have finished.
              olderApp: e.editorCode !== undefined ? olderAppFor(e.editorCode, state) : undefined,
            })),
          ),
        exchangeChunk: (id, bytes, at = performance.now()) =>
          set((state) => patchExchange(state, id, (e) => ({ chunks: [...e.chunks, { at, bytes }] }))),
        exchangeEnded: (id, patch = {}, at = performance.now()) => set((state) => patchExchange(state, id, () => ({ endedAt: at, ...patch }))),
        selectExchange: (selectedExchangeId) => set({ selectedExchangeId }),
        setCompare: (side, id) =>
          set((state) => {
            const compare: State["compare"] = [...state.compare];
            compare[side] = id;
            return { compare };
          }),
        receiveCookies: (headers, requestPath) =>
          set((state) => (headers.length ? { cookieJar: applySetCookies(state.cookieJar, headers, requestPath, Date.now()) } : {})),
        setCookieJar: (cookieJar) => set({ cookieJar }),
        setConflict: (conflict) => set({ conflict }),
        setTimeLimit: (timeLimitMs) => set((state) => ({ settings: { ...state.settings, timeLimitMs } })),
        setExplainHeaders: (explainHeaders) => set((state) => ({ settings: { ...state.settings, explainHeaders } })),
        setLinkError: (linkError) => set({ linkError }),
        setSharedView: (sharedView) => set({ sharedView }),

        addLog: (entry) =>
          set((state) => ({
            logs: appendLogLine(state.logs, entry, nextLogId++, MAX_LOG_ENTRIES),
            runtimeError: entry.error?.frames.some((frame) => frame.user) ? entry.error : state.runtimeError,
          })),
        clearLogs: () => set({ logs: [] }),

        reset: () => set(initialState),
      }),
      {
        name: "flask-playground",
        // An embed keeps nothing: it must not read the visitor's saved state, nor write over it.
        storage: embedded ? KEEP_NOTHING : changedFieldsStorage(createJSONStorage(() => localStorage)),
        version: 3,
        // The request being built, progress and the virtual host's cookies are kept across
        // reloads; the code itself is autosaved per workspace (autosave.ts).
        partialize: (state) => ({
          draft: state.sharedView ? state.sharedView.ownDraft : state.draft,
          cookieJar: state.cookieJar,
          lessonId: state.sharedView ? state.sharedView.lesson : state.lessonId,
          lessonProgress: state.lessonProgress,
          settings: state.settings,
        }),
        migrate: (persisted, version) => migratePersisted(persisted, version),
        // Session cookies end with the browser session, as in a browser.
        merge: (persisted, current) => {
          const saved = persisted as Partial<State>;
          return { ...current, ...saved, cookieJar: (saved.cookieJar ?? []).filter((c) => c.expiresAt !== null) };
        },
      },
    ),
  ),
);
