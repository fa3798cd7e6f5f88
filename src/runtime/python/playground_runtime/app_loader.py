"""Load the learner's app.py, like `flask --app app run --reload` does.

The runtime (python-runtime.ts) calls `syntax_error` first: a half-typed edit
never reaches the running app. Otherwise it puts the interpreter back to its
clean state (Flask imported, no app code run) and calls `load`; when that
fails, it does the same with the last code that worked.
"""

# Bound once: an app that patches json.dumps must not break the runtime's own replies.
from json import dumps
import importlib
import linecache
import sys
import time
import types

from . import workspace
from .errors import APP_PATH, describe

MODULE_NAME = "app"


class AppLoader:
    """Holds the app currently serving.

    Each load runs in an interpreter the runtime has just put back to its
    clean state (clean-slate.ts), so there is no earlier app to restore here.
    """

    def __init__(self) -> None:
        self.app = None

    def syntax_error(self, source: str) -> str | None:
        """An AppLoadResult (JSON) for a syntax error in the workspace's app.py, or None when it compiles."""
        try:
            compile(workspace.unpack(source)[workspace.APP_FILE], APP_PATH, "exec")
        except SyntaxError as exc:  # includes IndentationError, TabError
            return dumps({"ok": False, "stage": "syntax", "error": describe(exc), "durationMs": 0})
        return None

    def load(self, source: str) -> str:
        """Run the workspace `source`'s app.py; return an AppLoadResult (see protocol.ts) as JSON."""
        started = time.perf_counter()
        result = self._load(source)
        result["durationMs"] = (time.perf_counter() - started) * 1000
        return dumps(result)

    def _load(self, source: str) -> dict:
        self.app = None
        files = workspace.unpack(source)
        source = files[workspace.APP_FILE]
        try:
            code = compile(source, APP_PATH, "exec")
        except SyntaxError as exc:
            return {"ok": False, "stage": "syntax", "error": describe(exc)}

        from flask.cli import NoAppException, find_best_app

        # On disk before it runs, as under `flask run`: code may read its own file,
        # import a module beside it, render a template, serve a static file.
        workspace.write(files)
        importlib.invalidate_caches()
        _cache_source(source)
        module = types.ModuleType(MODULE_NAME)
        module.__file__ = APP_PATH
        sys.modules[MODULE_NAME] = module
        try:
            exec(code, module.__dict__)
            app = find_best_app(module)
        except NoAppException as exc:
            exc.__traceback__ = None  # Flask's own lookup; its frames would only confuse
            return {"ok": False, "stage": "no-app", "error": describe(exc)}
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - SystemExit at import is the learner's too
            return {"ok": False, "stage": "import", "error": describe(_without_loader_frames(exc))}

        self.app = app
        return {"ok": True, "routes": routes_of(app)}


def routes_of(app) -> list[dict]:
    """The app's url_map as RouteInfo dicts, in the order Flask matches them."""
    return [
        {"rule": rule.rule, "methods": sorted(rule.methods or ()), "endpoint": rule.endpoint}
        for rule in app.url_map.iter_rules()
    ]


def _cache_source(source: str) -> None:
    """Make tracebacks show lines of the code that is actually running.

    An entry with mtime None is never invalidated by linecache.checkcache.
    """
    linecache.cache[APP_PATH] = (len(source), None, source.splitlines(True), APP_PATH)


def _without_loader_frames(exc: BaseException) -> BaseException:
    """Drop the loader's own frame from the top of the traceback: it is not the learner's code."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return exc.with_traceback(tb)
