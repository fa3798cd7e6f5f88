"""Turn Python exceptions into plain data the page can show (and mark in the editor)."""

import traceback

from .on_demand import unavailable
from .workspace import APP_FILE, relative

# Where the learner's app.py lives in the virtual file system. Tracebacks mark
# frames from it, and from every other file of the workspace, as "user" frames.
APP_PATH = "/home/pyodide/" + APP_FILE


def describe(exc: BaseException) -> dict:
    """Describe an exception as a PythonError (see protocol.ts).

    A module that is nowhere gets a note (PEP 678) saying what the runtime has
    instead: it shows under the error wherever its traceback does.
    """
    if isinstance(exc, ModuleNotFoundError) and exc.name and not getattr(exc, "__notes__", None):
        note = unavailable(exc.name)
        if note:
            exc.add_note(note)
    frames = [
        {
            "file": frame.filename,
            "line": frame.lineno or 0,
            "name": frame.name,
            "code": frame.line or None,
            "user": relative(frame.filename) is not None,
        }
        for frame in traceback.extract_tb(exc.__traceback__)
    ]
    described = {
        "type": type(exc).__name__,
        "message": str(exc),
        "frames": frames,
        "text": "".join(traceback.format_exception(exc)),
    }
    if getattr(exc, "__notes__", None):
        described["notes"] = [str(note) for note in exc.__notes__]
    path = relative(exc.filename) if isinstance(exc, SyntaxError) and exc.filename else None
    if path is not None:
        described["message"] = exc.msg or str(exc)
        described["syntax"] = {
            "file": path,
            "line": exc.lineno or 1,
            "column": exc.offset or 1,
            "endLine": exc.end_lineno,
            "endColumn": exc.end_offset,
        }
    return described
