"""Serve one request with a WSGI app, the way a WSGI server (werkzeug's, gunicorn) does.

`build_environ` turns a WireRequest (see protocol.ts) into a PEP 3333 environ;
`Exchange` calls the app and hands back the status line, the ordered headers
and the body chunk by chunk, so a streaming response streams.
"""

import io
import logging
import sys
import time
from urllib.parse import unquote_to_bytes

from .errors import describe

# Headers whose repeats are joined with "; " instead of ", " (RFC 6265 section 5.4).
_SEMICOLON_JOINED = {"HTTP_COOKIE"}

# Statuses that never carry a body, whatever the app yields (RFC 9110 section 6.4.1).
# 205 is left alone, as werkzeug's own server (flask run) sends what the app gives it.
_NO_BODY_STATUSES = {204, 304}

_access_log = logging.getLogger("werkzeug")


class _ErrorStream(io.TextIOBase):
    """wsgi.errors: what an app writes here shows in the logs as stderr."""

    def write(self, text: str) -> int:
        sys.stderr.write(text)
        return len(text)


def build_environ(request: dict) -> dict:
    """Build the WSGI environ for a request.

    `request` has the WireRequest keys: method, path (percent-encoded), query,
    headers (list of [name, value]), body (bytes or None), scheme, serverName,
    serverPort.
    """
    path = request["path"] or "/"
    query = request["query"] or ""
    body = request["body"]
    environ = {
        "REQUEST_METHOD": request["method"].upper(),
        "SCRIPT_NAME": "",
        # PEP 3333: PATH_INFO is the percent-decoded path, bytes as latin-1.
        "PATH_INFO": unquote_to_bytes(path).decode("latin-1"),
        "QUERY_STRING": query,
        "REQUEST_URI": path + ("?" + query if query else ""),
        "RAW_URI": path + ("?" + query if query else ""),
        "SERVER_NAME": request["serverName"],
        "SERVER_PORT": str(request["serverPort"]),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "REMOTE_PORT": "50000",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": request["scheme"],
        "wsgi.input": io.BytesIO(body or b""),
        "wsgi.errors": _ErrorStream(),
        "wsgi.multithread": False,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
        "wsgi.input_terminated": True,
    }
    for name, value in request["headers"]:
        # Like werkzeug's dev server and nginx: a header with "_" would be
        # indistinguishable from one with "-" once in the environ, so drop it.
        if "_" in name:
            continue
        key = name.upper().replace("-", "_")
        if key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            environ[key] = value
            continue
        key = "HTTP_" + key
        if key in environ:
            joiner = "; " if key in _SEMICOLON_JOINED else ", "
            environ[key] = environ[key] + joiner + value
        else:
            environ[key] = value
    if body is not None:
        environ["CONTENT_LENGTH"] = str(len(body))
    return environ


class Exchange:
    """One request served by one app: call `start()`, then `next_chunk()` until None, then `close()`."""

    def __init__(self, app, request: dict) -> None:
        self.app = app
        self.environ = build_environ(request)
        self.method = self.environ["REQUEST_METHOD"]
        self.status_line: str | None = None
        self.headers: list[tuple[str, str]] = []
        self._written: list[bytes] = []
        self._iterator = None
        self._result = None
        self._pending: bytes | None = None
        # Chunks pulled from the app ahead of their turn (see _whole_body).
        self._ahead: list[bytes] = []
        self._closed = False
        self._head_sent = False

    def _start_response(self, status, headers, exc_info=None):
        if exc_info is not None and self._head_sent:
            # Headers already "sent": PEP 3333 says re-raise.
            raise exc_info[1].with_traceback(exc_info[2])
        self.status_line = status
        self.headers = [(str(k), str(v)) for k, v in headers]
        return self._written.append

    @property
    def status(self) -> int:
        return int((self.status_line or "500").split(" ", 1)[0])

    def start(self) -> list:
        """Call the app up to its first body bytes; return [status, reason, headers, whole].

        `whole` is the entire body when it is already complete (almost every
        response: Flask buffers it and sets Content-Length), so the caller can
        send the response in one message; None while the body still streams.
        """
        try:
            self._result = self.app(self.environ, self._start_response)
            self._iterator = iter(self._result)
            self._pending = self._pull()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - a server answers 500 whatever the app raised, sys.exit() too
            self._fail(exc)
        if self.status_line is None:
            self._fail(RuntimeError("The app returned without calling start_response()."))
        self._head_sent = True
        code, _, reason = self.status_line.partition(" ")
        return [int(code), reason, [list(pair) for pair in self.headers], self._whole_body()]

    def _whole_body(self) -> bytes | None:
        """The body, if the first chunk is all of it; else None (and the chunks stay queued)."""
        if self._pending is not None:
            length = next((v for k, v in self.headers if k.lower() == "content-length"), None)
            if length is None or not length.isdigit() or int(length) != len(self._pending):
                return None
            # All the declared bytes are in; the app's iterable should be at its end.
            rest = self._pull_or_stop()
            if rest is not None:
                self._ahead.append(rest)  # more than it declared: serve it as the stream it is
                return None
        body, self._pending = self._pending or b"", None
        if self.method == "HEAD" or self.status in _NO_BODY_STATUSES:
            return b""
        return body

    def _pull_or_stop(self) -> bytes | None:
        """`_pull` once the head is out: if the app raises now, log it and end the body there."""
        try:
            return self._pull()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - the headers are out; all a server can do is stop
            logging.getLogger("werkzeug").error("Error on request:", exc_info=exc)
            return None

    def _pull(self) -> bytes | None:
        """The next non-empty chunk of the body, or None at its end."""
        if self._ahead:
            return self._ahead.pop(0)
        for chunk in self._iterator:
            chunk = self._take_written() + bytes(chunk)
            if chunk:
                return chunk
        return self._take_written() or None

    def _take_written(self) -> bytes:
        """Bytes the app sent through the legacy write() callable, in order."""
        data = b"".join(self._written)
        self._written.clear()
        return data

    def _fail(self, exc: BaseException) -> None:
        """What werkzeug's dev server does when the app raises: log it, send a plain 500."""
        logging.getLogger("werkzeug").error("Error on request:", exc_info=exc)
        self._close_result()
        self.status_line = "500 INTERNAL SERVER ERROR"
        body = (
            b"<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n"
            b"<h1>Internal Server Error</h1>\n<p>The server encountered an internal error "
            b"and was unable to complete your request. Either the server is overloaded or "
            b"there is an error in the application.</p>\n"
        )
        self.headers = [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(body))),
        ]
        self._iterator = iter([body])
        self._pending = next(self._iterator)

    def next_chunk(self) -> bytes | None:
        """The next body chunk (possibly empty), or None when the body is complete.

        A chunk is handed over as soon as the app yields it: the one after it
        is only asked for on the next call (a stream that sleeps between
        yields must not hold back what it already produced).
        """
        if self._pending is not None:
            chunk, self._pending = self._pending, None
        else:
            chunk = self._pull_or_stop()
            if chunk is None:
                return None
        if self.method == "HEAD" or self.status in _NO_BODY_STATUSES:
            # A server never sends a body for these; it still drains the app.
            return b""
        return chunk

    def _close_result(self) -> None:
        close = getattr(self._result, "close", None)
        self._result = None
        if close is not None:
            try:
                close()
            except Exception as exc:  # noqa: BLE001
                logging.getLogger("werkzeug").error("Error closing the response:", exc_info=exc)

    def close(self) -> None:
        """Finish the exchange (also when the client went away): close the app's iterable, log access."""
        if self._closed:
            return
        self._closed = True
        self._close_result()
        self._log_access()

    def _log_access(self) -> None:
        """The access log line `flask run` prints for every request."""
        stamp = time.strftime("%d/%b/%Y %H:%M:%S")
        _access_log.info(
            '%s - - [%s] "%s %s %s" %s -',
            self.environ["REMOTE_ADDR"],
            stamp,
            self.method,
            self.environ["REQUEST_URI"],
            self.environ["SERVER_PROTOCOL"],
            self.status,
        )


__all__ = ["build_environ", "Exchange", "describe"]
