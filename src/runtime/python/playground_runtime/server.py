"""The runtime's entry points, called from JavaScript (python-runtime.ts)."""

import sys

from . import logs
from .app_loader import AppLoader
from .wsgi import Exchange

loader = AppLoader()


def setup(log_sink) -> None:
    """Import Flask once and route log records to `log_sink` (a JS function taking JSON)."""
    import flask  # noqa: F401 - imported now so the first request does not pay for it

    logs.install(log_sink)
    sys.path.insert(0, "/home/pyodide")


def syntax_error(source: str) -> str | None:
    return loader.syntax_error(source)


def load_app(source: str) -> str:
    return loader.load(source)


def open_exchange(request) -> Exchange | None:
    """Start serving `request` (a JS WireRequest) with the current app; None when no app is loaded."""
    if loader.app is None:
        return None
    wire = request.to_py()
    wire["body"] = None if wire["body"] is None else bytes(wire["body"])
    return Exchange(loader.app, wire)
