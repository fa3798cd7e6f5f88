/**
 * Everything after the runtime worker (main.tsx started it): the store, the
 * UI, then msw: at once on a repeat visit, else once the runtime's own
 * downloads are done, so none of its megabytes pass through the mock server.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { adoptRuntimeWorker } from "./bridge/early-worker";
import { RuntimeClient } from "./bridge/runtime-client";
import { virtualRoot } from "./bridge/virtual-server";
import type { NonReplyMessage } from "./runtime/protocol";
import type { UpdateState } from "./store/initial-state";
import { installDebugHandle } from "./debug-handle";
import { COURSE_LINKS, courseFromHash, showCourse } from "./lessons/view/course-link";
import { lessonFromHash, openLessonAndLink, starterOf, unknownLessonIn, unknownLessonMessage } from "./lessons/view/lesson-link";
import { readInitialState } from "./share/read-initial-state";
import { linkIdOf, openShared } from "./share/share-from-store";
import { installAutosave } from "./store/autosave-wiring";
import { useStore } from "./store";
import { inBackground } from "./store/background-updates";
import { App } from "./ui/App";
import { embedded } from "./ui/embed-mode";
import { EmbedApp, openEmbedFromFragment } from "./ui/EmbedApp";
import { AppReloader } from "./ui/app-reloader";
import { afterThenIdle } from "./ui/idle";
import { DownloadEstimate } from "./ui/download-estimate";
import "./ui/app.css";

const root = virtualRoot(location.href, import.meta.env.BASE_URL);

let mockServerStarted = false;
/** The current worker's downloads, for "about 12 s left"; a replacement starts a new one. */
let estimate = new DownloadEstimate();

/** A new version waits for a reload; or it took over in another tab, and its service worker does not know this page. */
function onUpdate(update: UpdateState): void {
  const store = useStore.getState();
  store.setUpdate(update);
  if (update === "replaced") {
    store.setServerMode({ kind: "direct", reason: "A newer version of the playground took over in another tab; reload this one to use it." });
  }
}

/**
 * Start the virtual server (msw in the service worker), once. A page the
 * worker already controls (a repeat visit, from the offline copy) starts it at
 * once, so it is ready before Python is; a first visit later (startServerSoon),
 * sending straight to the runtime until then.
 */
function startServer(): void {
  if (mockServerStarted) return;
  mockServerStarted = true;
  const store = useStore.getState();
  performance.mark("server-start");
  // msw is loaded on demand: it is not needed for first paint.
  void import("./bridge/mock-server")
    .then(({ startMockServer }) =>
      startMockServer(client, root, import.meta.env.BASE_URL, {
        installing: () => {
          store.setServerMode({ kind: "installing" });
          store.setOffline({ kind: "saving" });
        },
        offline: store.setOffline,
        update: onUpdate,
      }),
    )
    .then((mode) => {
      performance.mark("server-ready");
      store.setServerMode(mode);
    });
}

/**
 * A first visit starts the virtual server when the learner's first exchange
 * has ended, or this long after the first app loaded without one: registering
 * the service worker starts saving the offline copy (8 MB on the wire, ~30 MB
 * into the browser's storage), which must not take the network or the two
 * cores from Python's start and the first answer (decision 015).
 */
const SERVER_AFTER_APP_MS = 2000;
/** Then at the next idle moment, or at the latest after this long. */
const SERVER_IDLE_TIMEOUT_MS = 1000;
let serverSoon = false;

function startServerSoon(): void {
  if (mockServerStarted || serverSoon) return;
  serverSoon = true;
  const whenIdle = () => {
    clearTimeout(timer);
    unsubscribe();
    afterThenIdle(0, SERVER_IDLE_TIMEOUT_MS, startServer);
  };
  const timer = setTimeout(whenIdle, SERVER_AFTER_APP_MS);
  const unsubscribe = useStore.subscribe((state) => {
    if (Object.values(state.exchanges).some((exchange) => exchange.endedAt !== undefined || exchange.error !== undefined)) whenIdle();
  });
}

/** Progress and logs from the worker go to the store; a runtime that failed to start still gets the virtual server (and the offline copy). */
function onRuntimeMessage(message: Exclude<NonReplyMessage, { type: "fatal" }>): void {
  const store = useStore.getState();
  switch (message.type) {
    case "progress":
      store.setProgress(
        message.progress.stage === "download"
          ? {
              ...message.progress,
              secondsLeft: estimate.add(performance.now(), message.progress.loadedBytes, message.progress.totalBytes) ?? undefined,
            }
          : message.progress,
      );
      if (message.progress.stage === "ready") {
        performance.mark("runtime-ready");
        // The worker's own steps, on the page's clock: where a boot's time went (bench/run.mjs reads them).
        for (const [name, at] of Object.entries(message.progress.timeline ?? {})) {
          performance.mark(`runtime:${name}`, { startTime: Math.max(0, at - performance.timeOrigin) });
        }
      }
      if (message.progress.stage === "failed") startServer();
      break;
    case "log":
      // One access log line per request: shown with the exchange, not on its own render.
      inBackground(() => store.addLog(message.entry));
      break;
    default: {
      const unknown: never = message;
      console.warn("Unknown runtime message", unknown);
    }
  }
}

const client: RuntimeClient = new RuntimeClient({
  // The first worker was started by the entry (main.tsx, bridge/early-worker.ts).
  createWorker: adoptRuntimeWorker,
  timeLimitMs: () => useStore.getState().settings.timeLimitMs,
  onMessage: (message) => onRuntimeMessage(message as Exclude<NonReplyMessage, { type: "fatal" }>),
  // A stuck or broken worker was replaced: say so, and bring the last working app back.
  onRestart: (reason) => {
    const store = useStore.getState();
    // Not "ready" until the new worker says so: the header and Send tell the truth meanwhile.
    store.setProgress({ stage: "restarting", loadedBytes: 0, totalBytes: 0 });
    estimate = new DownloadEstimate();
    store.addLog({ source: "server", message: reason, time: performance.now() });
    if (store.servingCode !== null) void reloader.restore(store.servingCode);
  },
  // Restarts came too fast (a crash loop): nothing runs until the learner presses Retry.
  onStopped: (reason) => {
    const store = useStore.getState();
    store.setProgress({ stage: "stopped", loadedBytes: 0, totalBytes: 0, detail: reason });
    store.addLog({ source: "server", message: reason, time: performance.now() });
  },
});

const reloader = new AppReloader(client, {
  loaded: (result, code) => {
    if (performance.getEntriesByName("app-loaded").length === 0) performance.mark("app-loaded");
    useStore.getState().appLoaded(result, code);
    if (!embedded) startServerSoon();
  },
  serving: (code, loadedAt) => useStore.getState().appServing(code, loadedAt),
  checked: (lessonId, code, results) => useStore.getState().checksRan(lessonId, code, results),
});

installDebugHandle(client);
if (embedded) {
  // An embed answers straight from the runtime: registering the service worker would
  // start saving the whole offline copy (8 MB) into a page that only shows one example.
  useStore.getState().setServerMode({ kind: "direct", reason: "An embed answers straight from the runtime." });
} else {
  if (navigator.serviceWorker?.controller) startServer();
  installAutosave(starterOf);
}

/**
 * What the page shows for its URL fragment: a share link's app, a lesson deep
 * link (#lesson=<id>), a course page (#course, #course=done), or the saved
 * work; a bad link says why. Runs at boot and whenever the fragment changes
 * (a pasted link, a link in the page, back and forward).
 */
function openFromFragment(): void {
  const state = useStore.getState();
  const initial = readInitialState({ code: state.code, lesson: state.lessonId }, location);
  if (initial.source === "link") {
    useStore.setState({ courseView: null });
    openShared(initial.state, linkIdOf(location.hash));
    return;
  }
  if (initial.error) state.setLinkError(initial.error);
  const course = courseFromHash(location.hash);
  const linked = lessonFromHash(location.hash);
  const unknown = unknownLessonIn(location.hash);
  if (unknown !== null) {
    // Say so, and offer the list: the course overview, whose link the address bar now shows.
    state.setLinkError(unknownLessonMessage(unknown));
    history.replaceState(null, "", COURSE_LINKS.overview);
    showCourse("overview");
  } else if (course) showCourse(course);
  else if (linked || location.hash === "") openLessonAndLink(linked);
}
const open = embedded ? openEmbedFromFragment : openFromFragment;
open();
window.addEventListener("hashchange", open);
window.addEventListener("popstate", open);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    {embedded ? <EmbedApp connection={{ client, root }} reloader={reloader} /> : <App connection={{ client, root }} reloader={reloader} />}
  </StrictMode>,
);
