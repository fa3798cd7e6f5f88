/**
 * Boot order: the runtime worker first (it starts downloading Python at
 * once), then the UI, then msw once the runtime's own downloads are done, so
 * none of its megabytes pass through the mock server.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RuntimeClient, type RuntimeWorker } from "./bridge/runtime-client";
import { virtualRoot } from "./bridge/virtual-server";
import { installDebugHandle } from "./debug-handle";
import { lessonFromHash, openLessonAndLink } from "./lessons/view/lesson-link";
import { useStore } from "./store";
import { App } from "./ui/App";
import "./ui/app.css";

const worker = new Worker(new URL("./runtime/worker.ts", import.meta.url), { type: "module" }) as RuntimeWorker;
const root = virtualRoot(location.href, import.meta.env.BASE_URL);

let mockServerStarted = false;
const client = new RuntimeClient(worker, (message) => {
  const store = useStore.getState();
  switch (message.type) {
    case "progress":
      store.setProgress(message.progress);
      if (message.progress.stage === "ready") performance.mark("runtime-ready");
      if (!mockServerStarted && message.progress.stage !== "download") {
        mockServerStarted = true;
        // msw is loaded on demand: it is not needed for first paint.
        void import("./bridge/mock-server")
          .then(({ startMockServer }) => startMockServer(client, root, import.meta.env.BASE_URL))
          .then(store.setServerMode);
      }
      break;
    case "log":
      store.addLog(message.entry);
      break;
    default: {
      const unknown: never = message;
      console.warn("Unknown runtime message", unknown);
    }
  }
});

installDebugHandle();

// A deep link (#lesson=<id>) opens its lesson; back and forward follow the links.
const openLinkedLesson = () => {
  const linked = lessonFromHash(location.hash);
  if (linked || location.hash === "") openLessonAndLink(linked);
};
if (lessonFromHash(location.hash)) openLinkedLesson();
window.addEventListener("popstate", openLinkedLesson);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App connection={{ client, root }} />
  </StrictMode>,
);
