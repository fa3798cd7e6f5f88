"""The learner's workspace: app.py and the files beside it, from the one string the page sends.

A workspace of app.py alone is its text as it is; one of several files is a
marker line, then a JSON object of path -> text (src/store/workspace-files.ts
makes it). Paths are checked here too: a crafted share link must not write
outside the workspace or over the runtime's own files.
"""

import json
import os
import re

ROOT = "/home/pyodide"
APP_FILE = "app.py"
MARKER = "#%% flask-playground workspace 1"

_MODULE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}\.py")
_SEGMENT = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")


def allowed(path: str) -> bool:
    """A top-level module (not the runtime's package), or a file under templates/ or static/."""
    if _MODULE.fullmatch(path):
        return not path.startswith("playground_runtime")
    folder, _, rest = path.partition("/")
    parts = rest.split("/")
    return folder in ("templates", "static") and 1 <= len(parts) <= 4 and all(_SEGMENT.fullmatch(p) and p != ".." for p in parts)


def unpack(source: str) -> dict[str, str]:
    """path -> text; app.py always there."""
    if not source.startswith(MARKER + "\n"):
        return {APP_FILE: source}
    try:
        parsed = json.loads(source[len(MARKER) + 1 :])
    except ValueError:
        return {APP_FILE: source}
    if not isinstance(parsed, dict):
        return {APP_FILE: source}
    files = {path: text for path, text in parsed.items() if isinstance(path, str) and isinstance(text, str) and allowed(path)}
    files.setdefault(APP_FILE, "")
    return files


def write(files: dict[str, str]) -> None:
    """Put every file in place under ROOT, as a checkout of the project would be."""
    for path, text in files.items():
        target = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as handle:
            handle.write(text)


def relative(filename: str) -> str | None:
    """The workspace path of a file the learner wrote ("templates/x.html"), or None for any other file."""
    if not filename.startswith(ROOT + "/"):
        return None
    path = filename[len(ROOT) + 1 :]
    return path if allowed(path) else None
