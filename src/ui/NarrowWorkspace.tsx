/**
 * The workspace on a narrow screen (a phone, a small window): one column of
 * tabs (Lesson, Code, Request, Response, Logs) instead of side-by-side panes.
 * Every pane stays mounted, so the editor keeps its caret and the request its
 * draft; a new response brings the Response tab forward.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useStore } from "../store";
import { Tabs, type TabSpec } from "./Tabs";

/** Below this width the panes become tabs: side by side they would be too narrow to read. */
export const NARROW = "(max-width: 999px)";

export interface NarrowWorkspaceProps {
  lesson: ReactNode | undefined;
  code: ReactNode;
  request: ReactNode;
  response: ReactNode;
  logs: ReactNode;
}

export function NarrowWorkspace({ lesson, code, request, response, logs }: NarrowWorkspaceProps) {
  const [tab, setTab] = useState(lesson ? "lesson" : "code");
  const selected = useStore((s) => s.selectedExchangeId);
  const seen = useRef(selected);
  useEffect(() => {
    // A request was sent (Send, Ctrl+Enter, a lesson's "Try these"): show what came back.
    if (selected !== null && selected !== seen.current) setTab("response");
    seen.current = selected;
  }, [selected]);
  const tabs: TabSpec[] = [
    ...(lesson ? [{ id: "lesson", label: "Lesson", content: lesson }] : []),
    { id: "code", label: "Code", content: code },
    { id: "request", label: "Request", content: request },
    { id: "response", label: "Response", content: response },
    { id: "logs", label: "Logs", content: logs },
  ];
  return <Tabs tabs={tabs} selected={tab} onSelect={setTab} label="Workspace" keepMounted className="narrow-workspace" />;
}
