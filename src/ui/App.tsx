import { lazy, Suspense } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { Inspector } from "../inspector/Inspector";
import { lessonById } from "../lessons";
import type { LessonRequest } from "../lessons/types";
import { LessonNav } from "../lessons/view/LessonNav";
import { LessonPanel } from "../lessons/view/LessonPanel";
import { LogsPanel } from "../inspector/LogsPanel";
import { RequestBar } from "../request/RequestBar";
import { sendRequest, type Connection } from "../request/send-request";
import { useStore } from "../store";
import { FileMenu } from "../share/view/FileMenu";
import { LinkErrorBanner } from "../share/view/LinkErrorBanner";
import { ShareButton } from "../share/view/ShareButton";
import { SharedBanner } from "../share/view/SharedBanner";
import type { AppReloader } from "./app-reloader";
import { AppStatus } from "./AppStatus";
import { Settings } from "./Settings";
import { ConflictBanner } from "./ConflictBanner";
import { LoadProgress } from "./LoadProgress";
import { ServerModeNotice } from "./ServerModeNotice";
import { UpdateBanner } from "./UpdateBanner";
import { useAppReloader } from "./use-app-reloader";
import { NARROW, NarrowWorkspace } from "./NarrowWorkspace";
import { useDarkMode, useMediaQuery } from "./use-dark-mode";
import { WorkspaceEditor } from "./WorkspaceEditor";
import { ProductMark } from "./ProductMark";
import { TipProvider } from "./Tip";

/** The course pages (#course, #course=done) load when first opened: they are not part of first paint. */
const CoursePage = lazy(() => import("../lessons/view/course/CoursePage"));

/** Put a lesson's suggested request into the builder and send it. */
function tryRequest(request: LessonRequest, connection: Connection): void {
  const state = useStore.getState();
  const draft = {
    ...state.draft,
    method: request.method,
    path: request.path,
    headers: (request.headers ?? []).map(([name, value]) => ({ name, value, enabled: true })),
    body: request.body ? { ...state.draft.body, kind: "text" as const, text: request.body } : { ...state.draft.body, kind: "none" as const },
  };
  state.setDraft(draft);
  void sendRequest(draft, state.serverMode, connection);
}

export function App({ connection, reloader }: { connection: Connection; reloader: AppReloader }) {
  useAppReloader(reloader);
  const lessonId = useStore((s) => s.lessonId);
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  const dark = useDarkMode();
  const courseView = useStore((s) => s.courseView);
  const serverMode = useStore((s) => s.serverMode.kind);

  const narrow = useMediaQuery(NARROW);
  const lessonPane = lesson && (
    <LessonPanel
      key={lesson.id}
      lesson={lesson}
      onTry={(request) => tryRequest(request, connection)}
      onRunChecks={() => void reloader.reloadNow(useStore.getState().code, lesson)}
    />
  );
  const editorPane = (
    <section className="editor-pane" aria-label="Editor">
      <WorkspaceEditor dark={dark} />
      <AppStatus />
    </section>
  );
  const requestPane = <RequestBar connection={connection} />;
  const responsePane = <Inspector />;
  const logsPane = <LogsPanel />;

  return (
    <TipProvider>
      <div className="app" data-view={courseView ? "course" : "workspace"} data-layout={narrow ? "narrow" : "wide"} data-server-mode={serverMode}>
        <header className="topbar">
          <h1 className="product">
            <ProductMark />
            <span className="product-name">Flask Response Playground</span>
          </h1>
          <LessonNav />
          <div className="topbar-end">
            <LoadProgress onRetry={() => connection.client.retry()} />
            <ShareButton />
            <FileMenu />
            <Settings />
          </div>
        </header>
        <UpdateBanner />
        <ServerModeNotice />
        <LinkErrorBanner />
        <SharedBanner />
        <ConflictBanner />
        {courseView && (
          <Suspense fallback={<p className="hint">Loading the course…</p>}>
            <CoursePage view={courseView} />
          </Suspense>
        )}
        {/* The page's main landmark: the panes (a course page takes its place, and is a main of its own). */}
        <main className="workspace-main" aria-label="Workspace">
          {narrow ? (
            <NarrowWorkspace lesson={lessonPane} code={editorPane} request={requestPane} response={responsePane} logs={logsPane} />
          ) : (
            <Group orientation="vertical" className="workspace-group">
              <Panel defaultSize="75%" minSize="30%">
                <Group orientation="horizontal">
                  {lessonPane && (
                    <>
                      <Panel defaultSize="30%" minSize="15%">
                        {lessonPane}
                      </Panel>
                      <Separator className="separator vertical" aria-label="Resize lesson and editor" />
                    </>
                  )}
                  <Panel defaultSize={lesson ? "35%" : "50%"} minSize="20%">
                    {editorPane}
                  </Panel>
                  <Separator className="separator vertical" aria-label="Resize editor and inspector" />
                  <Panel defaultSize={lesson ? "35%" : "50%"} minSize="20%">
                    <section className="exchange-pane" aria-label="Request and response">
                      {requestPane}
                      {responsePane}
                    </section>
                  </Panel>
                </Group>
              </Panel>
              <Separator className="separator horizontal" aria-label="Resize logs" />
              <Panel defaultSize="25%" minSize="8%">
                {logsPane}
              </Panel>
            </Group>
          )}
        </main>
      </div>
    </TipProvider>
  );
}
