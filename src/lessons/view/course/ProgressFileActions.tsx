import { useEffect, useRef, useState } from "react";
import { lessonById, lessons } from "../..";
import { downloadFile } from "../../../share/view/file-actions";
import { parseProgressFile, type ProgressFile } from "../../../store/progress-file";
import { codeConflicts, planImport, type CodeConflict, type ImportMode } from "../../../store/progress-merge";
import { applyImport, exportProgress, ownProgress } from "../../../store/progress-transfer";

const lessonIds = lessons.map((lesson) => lesson.id);

/** "the free playground", "lesson 3. Headers in tuples". */
function workspaceName(key: string): string {
  if (key === "playground") return "the free playground";
  const id = key.slice("lesson:".length);
  const lesson = lessonById(id);
  return lesson ? `lesson ${lesson.order}. ${lesson.title}` : `lesson "${id}"`;
}

const when = (savedAt: number | null) =>
  savedAt === null ? "at an unknown time" : new Date(savedAt).toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Message = { kind: "ok" | "error"; text: string } | null;

interface Pending {
  name: string;
  file: ProgressFile;
  conflicts: CodeConflict[];
}

/** Export progress and code as a file; import one back, asking before any saved code is replaced. */
export function ProgressFileActions() {
  const input = useRef<HTMLInputElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => firstChoice.current?.focus(), [pending]);

  const exportNow = () => {
    const file = exportProgress(lessonIds);
    const day = file.exportedAt.slice(0, 10);
    downloadFile(`${JSON.stringify(file, null, 2)}\n`, `flask-playground-progress-${day}.json`, "application/json");
    const lessonsDone = Object.values(file.lessonProgress).filter((p) => p.completed).length;
    setMessage({
      kind: "ok",
      text: `Exported: ${plural(lessonsDone, "lesson", "lessons")} complete, the code of ${plural(Object.keys(file.workspaces).length, "workspace", "workspaces")}.`,
    });
  };

  const finish = (name: string, file: ProgressFile, mode: ImportMode) => {
    const plan = planImport(ownProgress(lessonIds), file, mode);
    applyImport(plan);
    setPending(null);
    const written = Object.keys(plan.writes).length;
    const kept = plan.keptOurs.length ? ` Kept your newer code for ${plan.keptOurs.map(workspaceName).join(", ")}.` : "";
    setMessage({
      kind: "ok",
      text: `Imported ${name}: progress of ${plural(Object.keys(file.lessonProgress).length, "lesson", "lessons")}, code of ${plural(written, "workspace", "workspaces")}.${kept}`,
    });
  };

  const importFile = async (picked: File | undefined) => {
    if (input.current) input.current.value = "";
    if (!picked) return;
    setPending(null);
    const parsed = parseProgressFile(new Uint8Array(await picked.arrayBuffer()));
    if (!parsed.ok) {
      setMessage({ kind: "error", text: `Can't import ${picked.name}: ${parsed.message} Nothing was changed.` });
      return;
    }
    const conflicts = codeConflicts(ownProgress(lessonIds), parsed.file);
    if (conflicts.length === 0) finish(picked.name, parsed.file, "merge");
    else {
      setMessage(null);
      setPending({ name: picked.name, file: parsed.file, conflicts });
    }
  };

  return (
    <section className="progress-file" aria-labelledby="progress-file-heading">
      <h2 id="progress-file-heading">Your progress as a file</h2>
      <p className="hint">
        Progress and code stay in this browser. Export them to keep a copy or to carry on in another browser; import the file there.
      </p>
      <div className="progress-file-buttons">
        <button type="button" onClick={exportNow}>
          Export progress
        </button>
        <button type="button" onClick={() => input.current?.click()}>
          Import progress
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Import a progress file"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </div>
      {pending && (
        <div role="alertdialog" aria-labelledby="import-conflict-heading" className="notice warning import-conflict" data-testid="import-conflict">
          <p id="import-conflict-heading">
            {pending.name} has different code for {plural(pending.conflicts.length, "workspace", "workspaces")} than you saved here:
          </p>
          <ul>
            {pending.conflicts.map((conflict) => (
              <li key={conflict.key}>
                {workspaceName(conflict.key)}: yours saved {when(conflict.ours.savedAt)}, the file's {when(conflict.theirs.savedAt)} (
                {conflict.newer === "ours" ? "yours is newer" : "the file's is newer"})
              </li>
            ))}
          </ul>
          <button ref={firstChoice} type="button" onClick={() => finish(pending.name, pending.file, "merge")}>
            Merge: keep the newer code of each
          </button>{" "}
          <button type="button" onClick={() => finish(pending.name, pending.file, "replace")}>
            Replace with the file's
          </button>{" "}
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p role={message.kind === "error" ? "alert" : "status"} className={`notice ${message.kind === "error" ? "error" : "ok"}`} data-testid="progress-file-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
