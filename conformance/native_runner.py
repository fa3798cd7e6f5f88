"""Run the conformance corpus on native Flask: the host's CPython, the repo's pinned wheels.

Usage: python3 -I conformance/native_runner.py [--host HOST[:PORT]] [--scheme http] [--only NAME]...

Prints one JSON document on stdout: for every case in conformance/cases/ its
code, its requests (parsed from the case's `# /// conformance` block, see
conformance/README.md) and what the app answered to each of them, as a server
would put it on the wire: status code, reason phrase, headers in order, body
bytes (base64).

How the answer is taken (docs/decisions/008-conformance-suite.md):
- Flask, Werkzeug and friends come from public/wheels/*.whl, the files the
  product runs, unpacked into a temporary folder (zipimport on CPython < 3.13
  cannot import Flask's `flask.sansio` namespace package from a zip).
- Each case runs as a fresh module named `app` in its own working folder,
  as the product's loader does (one interpreter, the app module new each
  time). A case changes nothing outside its own app (no patching Flask or
  Werkzeug); `--isolate` runs each case in a forked process instead, to check
  that no case leaks into the next (same answers, some 20 times slower here).
- The request goes through the test client's own WSGI call
  (`client.run_wsgi_app`): the raw status, headers and body iterator the app
  gave, not `TestResponse`, which would add a default Content-Type of its own.
  The environ is the test client's (`EnvironBuilder`) with the request the
  product gets: the same Host first, the same headers in order, no
  Content-Length without a body, no default User-Agent.
- What a client reads where the test client keeps what the app yields: no
  body for HEAD, 1xx, 204 and 304 (RFC 9112 section 6.3).
- What a server does where the test client does nothing: an exception that
  escapes the app is answered with werkzeug's InternalServerError page, as
  werkzeug's own server (`flask run`) does; an exception in the middle of a
  streamed body ends the body there (the bytes before it were sent).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import gc
import glob
import io
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import tomllib
import traceback
import types
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CASES = HERE / "cases"
WHEELS = REPO / "public" / "wheels"

# PEP 723's block syntax, with our own type name.
BLOCK = re.compile(r"(?m)^# /// conformance$\s(?P<content>(^#(| .*)$\s)+)^# ///$")
CASE_KEYS = {"title", "note", "mask", "requests", "request"}
REQUEST_KEYS = {"method", "path", "headers", "body", "body_base64", "jar", "note", "builder"}
# Set by the client itself on both sides (from the URL and the body); a case cannot choose them.
CLIENT_HEADERS = {"host", "content-length"}
# Headers fetch() may not set (Fetch standard: forbidden request-header), so the
# browser path could not send them; Cookie is carried by the playground itself.
FORBIDDEN_HEADERS = {
    "accept-charset", "accept-encoding", "access-control-request-headers",
    "access-control-request-method", "connection", "date", "dnt", "expect",
    "keep-alive", "origin", "referer", "te", "trailer", "transfer-encoding",
    "upgrade", "via",
}
BODYLESS_METHODS = {"GET", "HEAD"}
CASE_TIMEOUT_S = 20


class CaseError(Exception):
    """A malformed case file: the message names the file and what is wrong."""


def parse_case(path: Path) -> dict:
    """Read a case: its code and its `# /// conformance` block (TOML)."""
    code = path.read_text(encoding="utf-8")
    blocks = list(BLOCK.finditer(code))
    if len(blocks) != 1:
        raise CaseError(f"{path.name}: needs exactly one '# /// conformance' block, found {len(blocks)}")
    toml = "".join(line[2:] if line.startswith("# ") else line[1:] for line in blocks[0]["content"].splitlines(True))
    try:
        meta = tomllib.loads(toml)
    except tomllib.TOMLDecodeError as exc:
        raise CaseError(f"{path.name}: bad TOML in the conformance block: {exc}") from None
    unknown = set(meta) - CASE_KEYS
    if unknown:
        raise CaseError(f"{path.name}: unknown keys {sorted(unknown)}")
    if not isinstance(meta.get("title"), str):
        raise CaseError(f"{path.name}: needs a title")
    requests = [_shorthand(path, r) for r in meta.get("requests", [])]
    requests += [_request(path, r) for r in meta.get("request", [])]
    if not requests:
        raise CaseError(f"{path.name}: no requests")
    masks = meta.get("mask", [])
    for mask in masks:
        re.compile(mask)
    return {
        "name": path.stem,
        "title": meta["title"],
        "note": meta.get("note"),
        "mask": masks,
        "code": code,
        "requests": requests,
    }


def _shorthand(path: Path, text: str) -> dict:
    method, _, target = text.partition(" ")
    return _request(path, {"method": method, "path": target})


def _request(path: Path, raw: dict) -> dict:
    unknown = set(raw) - REQUEST_KEYS
    if unknown:
        raise CaseError(f"{path.name}: unknown request keys {sorted(unknown)}")
    method = raw.get("method", "GET")
    target = raw.get("path", "/")
    if not target.startswith("/"):
        raise CaseError(f"{path.name}: path {target!r} must start with /")
    headers = [[str(n), str(v)] for n, v in raw.get("headers", [])]
    # builder = true: a request only the request builder can send (Origin, Access-Control-Request-*),
    # which the browser suite leaves out; the product's runtime gets it as the builder sends it.
    builder = bool(raw.get("builder", False))
    for name, _ in headers:
        lower = name.lower()
        forbidden = lower in FORBIDDEN_HEADERS or lower.startswith(("sec-", "proxy-"))
        if lower in CLIENT_HEADERS or (forbidden and not builder):
            raise CaseError(f"{path.name}: header {name} is set by the client, not the case (unless builder = true)")
    if "body" in raw and "body_base64" in raw:
        raise CaseError(f"{path.name}: body or body_base64, not both")
    body = raw["body"].encode("utf-8") if "body" in raw else base64.b64decode(raw["body_base64"]) if "body_base64" in raw else None
    if method in BODYLESS_METHODS and body is not None:
        raise CaseError(f"{path.name}: a {method} request has no body in a browser")
    target_path, _, query = target.partition("?")
    return {
        "method": method,
        "path": target_path,
        "query": query,
        "headers": headers,
        "body": None if body is None else base64.b64encode(body).decode("ascii"),
        "jar": bool(raw.get("jar", False)),
        "builder": builder,
        "note": raw.get("note"),
    }


# ---- the native side: one case in one forked process ----------------------


def install_wheels() -> str:
    """Unpack the pinned wheels into a temporary folder at the front of sys.path."""
    target = tempfile.mkdtemp(prefix="conformance-wheels-")
    wheels = sorted(glob.glob(str(WHEELS / "*.whl")))
    if not wheels:
        raise SystemExit(f"no wheels in {WHEELS}: run `npm run setup` first")
    for wheel in wheels:
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(target)
    sys.path.insert(0, target)
    return target


class CookieJar:
    """The cookies earlier responses of this case set, sent back on `jar = true` requests (name=value only)."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def receive(self, headers: list[list[str]]) -> None:
        for name, value in headers:
            if name.lower() != "set-cookie":
                continue
            pair, _, attributes = value.partition(";")
            key, _, val = pair.partition("=")
            key = key.strip()
            if re.search(r"(?i)(^|;)\s*max-age=0\s*(;|$)", attributes):
                self.cookies.pop(key, None)
            else:
                # A replaced cookie keeps its place (RFC 6265 5.3: it keeps its creation time).
                self.cookies[key] = val.strip()

    def header(self) -> str | None:
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items()) or None


def environ_for(request: dict, host: str, scheme: str, cookie: str | None) -> dict:
    """The test client's environ for the request, made the same request the product gets."""
    from werkzeug.test import EnvironBuilder

    body = None if request["body"] is None else base64.b64decode(request["body"])
    headers = [("Host", host), *((n, v) for n, v in request["headers"])]
    if cookie is not None:
        headers.append(("Cookie", cookie))
    builder = EnvironBuilder(
        path=request["path"],
        base_url=f"{scheme}://{host}",
        query_string=request["query"],
        method=request["method"],
        headers=headers,
        data=body,
    )
    try:
        environ = builder.get_environ()
    finally:
        builder.close()
    if body is None:
        # What a browser sends without a body (Fetch standard, HTTP-network-or-cache
        # fetch): Content-Length: 0 for POST and PUT, none for other methods.
        # EnvironBuilder would say 0 for a GET and nothing for a POST.
        if request["method"] in ("POST", "PUT"):
            environ["CONTENT_LENGTH"] = "0"
        else:
            environ.pop("CONTENT_LENGTH", None)
    else:
        environ["CONTENT_LENGTH"] = str(len(body))  # EnvironBuilder leaves an empty body without one
    environ["REMOTE_ADDR"] = "127.0.0.1"
    return environ


def serve(client, environ: dict) -> dict:
    """One request through the test client's WSGI call; the answer as a server sends it."""
    from werkzeug.exceptions import InternalServerError

    try:
        app_iter, status, headers = client.run_wsgi_app(environ, buffered=False)
    except Exception as exc:  # noqa: BLE001 - what werkzeug's server does: log it, send a 500 page
        print(f"Error on request: {type(exc).__name__}: {exc}", file=sys.stderr)
        from werkzeug.test import run_wsgi_app

        app_iter, status, headers = run_wsgi_app(InternalServerError(), environ, buffered=True)
    body = bytearray()
    stream_error = None
    try:
        for chunk in app_iter:
            body += chunk
    except Exception as exc:  # noqa: BLE001 - the head is out; a server ends the body here
        stream_error = type(exc).__name__
        print(f"Error on request (streaming): {type(exc).__name__}: {exc}", file=sys.stderr)
    finally:
        close = getattr(app_iter, "close", None)
        if close is not None:
            close()
    code, _, reason = status.partition(" ")
    if environ["REQUEST_METHOD"] == "HEAD" or 100 <= int(code) < 200 or int(code) in (204, 304):
        # A client never reads a body for these (RFC 9112 section 6.3), whatever the app yields.
        body = bytearray()
    result = {
        "status": int(code),
        "reason": reason,
        "headers": [[str(k), str(v)] for k, v in headers.to_wsgi_list()],
        "body": base64.b64encode(bytes(body)).decode("ascii"),
    }
    if stream_error:
        result["streamError"] = stream_error
    return result


def run_case(case: dict, host: str, scheme: str, workdir: str) -> dict:
    """Load the case's app as a fresh `app` module and send its requests (in the forked child)."""
    from flask.cli import find_best_app

    os.chdir(workdir)
    module = types.ModuleType("app")
    module.__file__ = os.path.join(workdir, "app.py")
    Path(module.__file__).write_text(case["code"], encoding="utf-8")
    sys.modules["app"] = module
    exec(compile(case["code"], module.__file__, "exec"), module.__dict__)
    app = find_best_app(module)
    client = app.test_client(use_cookies=False)
    jar = CookieJar()
    responses = []
    for request in case["requests"]:
        environ = environ_for(request, host, scheme, jar.header() if request["jar"] else None)
        response = serve(client, environ)
        jar.receive(response["headers"])
        responses.append(response)
    return {"responses": responses}


class CaseTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise CaseTimeout(f"timed out after {CASE_TIMEOUT_S} s")


def run_in_process(case: dict, host: str, scheme: str, workroot: str) -> dict:
    """Run one case in this process, its output (Flask's logs) captured as text."""
    workdir = tempfile.mkdtemp(prefix=case["name"][:3] + "-", dir=workroot)
    captured = io.StringIO()
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(CASE_TIMEOUT_S)
    try:
        with contextlib.redirect_stdout(captured), contextlib.redirect_stderr(captured):
            result = run_case(case, host, scheme, workdir)
    except BaseException as exc:  # noqa: BLE001 - reported as the case's error
        if isinstance(exc, KeyboardInterrupt):
            raise
        result = {"error": "".join(traceback.format_exception(exc))}
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        os.chdir(REPO)
        sys.modules.pop("app", None)
    result["stderr"] = captured.getvalue()
    return result


def run_forked(case: dict, host: str, scheme: str, workroot: str) -> dict:
    """Run one case in a forked child (--isolate): nothing it does can reach the next case."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_fd)
        result = run_in_process(case, host, scheme, workroot)
        with os.fdopen(write_fd, "wb") as out:
            out.write(json.dumps(result).encode("utf-8"))
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not data:
        return {"error": f"the case's process ended without an answer (wait status {status})"}
    return json.loads(data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="play.test:8080", help="Host the requests are sent to (and the app sees)")
    parser.add_argument("--scheme", default="http", choices=["http", "https"])
    parser.add_argument("--only", action="append", help="run only cases whose name contains this (repeatable)")
    parser.add_argument(
        "--isolate",
        action="store_true",
        help="run each case in its own forked process (slower: to check that no case leaks state into the next)",
    )
    args = parser.parse_args()

    started = time.perf_counter()
    cases = [parse_case(p) for p in sorted(CASES.glob("*.py"))]
    names = [c["name"] for c in cases]
    if len(set(n[:3] for n in names)) != len(names):
        raise SystemExit("two cases share a number")
    if args.only:
        cases = [c for c in cases if any(o in c["name"] for o in args.only)]

    wheel_dir = install_wheels()
    workroot = tempfile.mkdtemp(prefix="conformance-apps-")
    try:
        # Imported before the first case, as the product imports Flask before loading an app.
        import flask  # noqa: F401
        import flask.cli  # noqa: F401
        import flask.testing  # noqa: F401
        import werkzeug.test  # noqa: F401
        import werkzeug.exceptions  # noqa: F401
        import importlib.metadata as metadata

        versions = {name: metadata.version(name) for name in ("flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous")}
        run = run_forked if args.isolate else run_in_process
        if args.isolate:
            # Keep the collector off the objects every child shares with this
            # process: touching them would copy their memory into each child.
            gc.freeze()
        for case in cases:
            case.update(run(case, args.host, args.scheme, workroot))
    finally:
        shutil.rmtree(wheel_dir, ignore_errors=True)
        shutil.rmtree(workroot, ignore_errors=True)
    json.dump(
        {
            "python": sys.version.split()[0],
            "versions": versions,
            "host": args.host,
            "scheme": args.scheme,
            "seconds": round(time.perf_counter() - started, 3),
            "cases": cases,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
