"""Archives a start does without, fetched the first time they are needed.

- The rest of the standard library. A start downloads only the modules
  Pyodide, Flask, the runtime and the lessons import (the core archive,
  /lib/python314.zip: src/runtime/stdlib-core.txt lists them). Every other
  stdlib module is in a second archive, which RestOfStdlib, last on
  sys.meta_path, brings into the file system the first time an app imports
  one of them: `import email.mime.text` works as ever, only a moment later
  the first time. The core archive lists the rest's modules (REST_INDEX), so
  an import of something in neither (`import numpy`) downloads nothing.
- The Flask stack's sources. The stack's zip holds bytecode only; the .py
  files, which only tracebacks read (the lines they show), come the first
  time a traceback shows a line of Flask or its dependencies.

The host (python-runtime.ts) writes an archive into the file system when
asked; the files stay there across app loads, which restore only Python's memory.
"""

import linecache
import os
import sys
import zipfile
import zipimport

CORE_ZIP = "/lib/python314.zip"
REST_INDEX = "python_stdlib_rest.txt"
STACK_ZIP = "/lib/flask-stack.zip"
#: Archive name (the host's) -> where it goes in the file system.
ARCHIVES = {
    "stdlib-rest": "/lib/python_stdlib_rest.zip",
    "stack-sources": "/lib/flask-stack-sources.zip",
}

_fetch = None
_rest_names: frozenset[str] | None = None


def archive(name: str, wanted_for: str) -> str:
    """The path of archive `name`, fetched first if it is not in the file system yet."""
    path = ARCHIVES[name]
    if os.path.exists(path):
        return path
    if _fetch is None:
        # Before the runtime is attached: the memory snapshot is taken then,
        # and until it is, Python must hold no JavaScript object.
        raise ImportError(f"{wanted_for} is not in the core standard library (src/runtime/stdlib-core.txt)", name=wanted_for)
    try:
        _fetch(name, path)
    except Exception as error:
        raise ImportError(f"{wanted_for} is in a part of the runtime downloaded on first use, and the download failed: {error}", name=wanted_for) from None
    return path


def rest_names() -> frozenset[str]:
    """The module names the rest archive holds (read once from the core archive)."""
    global _rest_names
    if _rest_names is None:
        text = zipimport.zipimporter(CORE_ZIP).get_data(REST_INDEX).decode()
        _rest_names = frozenset(text.split())
    return _rest_names


class RestOfStdlib:
    """A meta-path finder for the stdlib modules that are not in the core archive."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in rest_names():
            return None
        rest = archive("stdlib-rest", fullname)
        parent = fullname.rpartition(".")[0]
        folder = rest + ("/" + parent.replace(".", "/") + "/" if parent else "")
        return zipimport.zipimporter(folder).find_spec(fullname)

    @classmethod
    def invalidate_caches(cls):
        pass


_updatecache = linecache.updatecache


def updatecache(filename, module_globals=None):
    """linecache's, and for a file of the Flask stack, its source from the sources archive."""
    lines = _updatecache(filename, module_globals)
    if lines or not filename.startswith(STACK_ZIP + "/"):
        return lines
    try:
        with zipfile.ZipFile(archive("stack-sources", filename)) as sources:
            text = sources.read(filename[len(STACK_ZIP) + 1 :]).decode("utf-8")
    except (ImportError, KeyError, OSError, UnicodeDecodeError):
        return []  # offline with no copy: the traceback shows no line here, as without sources
    lines = text.splitlines(keepends=True)
    linecache.cache[filename] = (len(text), None, lines, filename)
    return lines


def install() -> None:
    """Put the finder last on sys.meta_path and the source lookup into linecache (safe to repeat)."""
    if RestOfStdlib not in sys.meta_path:
        sys.meta_path.append(RestOfStdlib)
    linecache.updatecache = updatecache


def attach(fetch) -> None:
    """`fetch(name, path)`: a JS function that writes archive `name` to `path` (or throws)."""
    global _fetch
    _fetch = fetch
