"""Forward log records (Flask's, werkzeug's, the learner's) to the page's logs panel."""

# Bound once: an app that patches json.dumps must not break the runtime's own replies.
from json import dumps
import logging
from collections.abc import Callable

from .errors import describe

Sink = Callable[[str], None]


class ForwardingHandler(logging.Handler):
    """A logging handler that sends each record, as JSON, to a sink function."""

    def __init__(self, sink: Sink) -> None:
        super().__init__(logging.DEBUG)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            entry = {
                "source": "logging",
                "level": record.levelname,
                "logger": record.name,
                "message": record.getMessage(),
            }
            if record.exc_info and record.exc_info[1] is not None:
                entry["error"] = describe(record.exc_info[1])
            self.sink(dumps(entry))
        except Exception:  # never let logging break a request
            self.handleError(record)


def install(sink: Sink) -> None:
    """Send every log record to `sink`, the way `flask run` shows them on the console.

    A handler on the root logger means Flask does not add its own stderr handler
    (it only does so when no handler would see app.logger's records). The
    werkzeug logger gets INFO, as werkzeug's development server sets it, so the
    access log line of each request shows.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, ForwardingHandler):
            root.removeHandler(handler)
    root.addHandler(ForwardingHandler(sink))
    logging.getLogger("werkzeug").setLevel(logging.INFO)
