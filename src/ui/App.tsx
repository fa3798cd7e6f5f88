import { lazy, Suspense, useMemo } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { diagnosticFor, type Diagnostic } from "../editor/diagnostics";
import { Inspector } from "../inspector/Inspector";
import { LogsPanel } from "../inspector/LogsPanel";
import { RequestBar } from "../request/RequestBar";
import type { Connection } from "../request/send-request";
import { useStore } from "../store";
import { AppStatus } from "./AppStatus";
import { LoadProgress } from "./LoadProgress";
import { ServerModeNotice } from "./ServerModeNotice";
import { useAppReloader } from "./use-app-reloader";
import { useDarkMode } from "./use-dark-mode";

// Monaco is big: it loads after first paint, while Python downloads.
const CodeEditor = lazy(() => import("../editor/CodeEditor"));

export function App({ connection }: { connection: Connection }) {
  useAppReloader(connection.client);
  const dark = useDarkMode();
  const code = useStore((s) => s.code);
  const setCode = useStore((s) => s.setCode);
  const appStatus = useStore((s) => s.appStatus);
  const runtimeError = useStore((s) => s.runtimeError);

  const diagnostics = useMemo(() => {
    const lines = code.split("\n");
    const lineLength = (line: number) => lines[line - 1]?.length ?? 1;
    const error = appStatus.kind === "failed" ? appStatus.result.error : runtimeError;
    const diagnostic = error ? diagnosticFor(error, lineLength) : null;
    return diagnostic ? [diagnostic] : ([] as Diagnostic[]);
  }, [code, appStatus, runtimeError]);

  return (
    <div className="app">
      <header className="topbar">
        <h1>Flask Response Playground</h1>
        <LoadProgress />
      </header>
      <ServerModeNotice />
      <Group orientation="vertical" className="workspace-group">
        <Panel defaultSize="75%" minSize="30%">
          <Group orientation="horizontal">
            <Panel defaultSize="50%" minSize="20%">
              <section className="editor-pane" aria-label="Editor">
                <div className="editor-host" data-testid="editor">
                  <Suspense fallback={<div className="editor-loading">Loading the editor…</div>}>
                    <CodeEditor value={code} onChange={setCode} diagnostics={diagnostics} dark={dark} />
                  </Suspense>
                </div>
                <AppStatus />
              </section>
            </Panel>
            <Separator className="separator vertical" aria-label="Resize editor and inspector" />
            <Panel defaultSize="50%" minSize="25%">
              <section className="exchange-pane" aria-label="Request and response">
                <RequestBar connection={connection} />
                <Inspector />
              </section>
            </Panel>
          </Group>
        </Panel>
        <Separator className="separator horizontal" aria-label="Resize logs" />
        <Panel defaultSize="25%" minSize="8%">
          <LogsPanel />
        </Panel>
      </Group>
    </div>
  );
}
