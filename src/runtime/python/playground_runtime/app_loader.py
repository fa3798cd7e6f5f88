"""Load the learner's app.py as a fresh module, like `flask --app app run --reload` does.

The interpreter and Flask stay imported; only the learner's module runs again.
When the new code fails (syntax error, exception at import, no app in it) the
previous app keeps serving, so a half-typed edit never takes the server down.
"""

import json
import linecache
import sys
import time
import types

from .errors import APP_PATH, describe

MODULE_NAME = "app"


class AppLoader:
    """Holds the app currently serving and the source it came from."""

    def __init__(self) -> None:
        self.app = None
        self.module: types.ModuleType | None = None
        self.source: str | None = None

    def load(self, source: str) -> str:
        """Run `source` as app.py; return an AppLoadResult (see protocol.ts) as JSON."""
        started = time.perf_counter()
        result = self._load(source)
        result["durationMs"] = (time.perf_counter() - started) * 1000
        return json.dumps(result)

    def _load(self, source: str) -> dict:
        try:
            code = compile(source, APP_PATH, "exec")
        except SyntaxError as exc:  # includes IndentationError, TabError
            return {"ok": False, "stage": "syntax", "error": describe(exc)}

        from flask.cli import NoAppException, find_best_app

        module = types.ModuleType(MODULE_NAME)
        module.__file__ = APP_PATH
        previous_module = sys.modules.get(MODULE_NAME)
        sys.modules[MODULE_NAME] = module
        _cache_source(source)
        try:
            exec(code, module.__dict__)
            app = find_best_app(module)
        except NoAppException as exc:
            self._restore(previous_module)
            exc.__traceback__ = None  # Flask's own lookup; its frames would only confuse
            return {"ok": False, "stage": "no-app", "error": describe(exc)}
        except BaseException as exc:  # noqa: BLE001 - SystemExit at import is the learner's too
            if isinstance(exc, KeyboardInterrupt):
                self._restore(previous_module)
                raise
            error = describe(_without_loader_frames(exc))
            self._restore(previous_module)
            return {"ok": False, "stage": "import", "error": error}

        self.app, self.module, self.source = app, module, source
        _write_file(source)
        return {"ok": True, "routes": routes_of(app)}

    def _restore(self, previous_module) -> None:
        if previous_module is not None:
            sys.modules[MODULE_NAME] = previous_module
        else:
            sys.modules.pop(MODULE_NAME, None)
        if self.source is not None:
            _cache_source(self.source)
        else:
            linecache.cache.pop(APP_PATH, None)


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


def _write_file(source: str) -> None:
    """Keep app.py on disk too, for code that reads its own file (open(__file__))."""
    with open(APP_PATH, "w", encoding="utf-8") as handle:
        handle.write(source)


def _without_loader_frames(exc: BaseException) -> BaseException:
    """Drop the loader's own frame from the top of the traceback: it is not the learner's code."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
        tb = tb.tb_next
    return exc.with_traceback(tb)
