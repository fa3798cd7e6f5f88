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
- The extensions (Flask-Talisman, Flask-CORS): each in an archive of its own
  (extension-<module>.zip), which Extensions, also on sys.meta_path, brings
  in and puts on sys.path the first time an app imports the extension.

An import of something that is nowhere fails as in Python, and `unavailable`
tells the learner what is available instead (errors.py adds it as a note).

The host (python-runtime.ts) writes an archive into the file system when
asked; the files stay there across app loads, which restore only Python's memory.
"""

import importlib.util
import json
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
#: The packages the runtime has, as the host lists them: name, version, module
#: (the import name) and, for an extension, extension: True. Set by attach.
_packages: list[dict] = []


def extension_path(module: str) -> str:
    """Where an extension's archive goes (scripts/precompile.mjs packs it for there)."""
    return f"/lib/extension-{module}.zip"


def archive(name: str, wanted_for: str) -> str:
    """The path of archive `name`, fetched first if it is not in the file system yet."""
    path = ARCHIVES.get(name) or extension_path(name.removeprefix("extension-"))
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


class Extensions:
    """A meta-path finder for the extensions: fetch the archive, put it on sys.path, import from it."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if not any(p.get("extension") and p["module"] == fullname for p in _packages):
            return None  # a submodule is found through the package's __path__
        where = archive(f"extension-{fullname}", fullname)
        if where not in sys.path:
            sys.path.append(where)  # as pip would: importlib.metadata finds its dist-info there
        return zipimport.zipimporter(where).find_spec(fullname)

    @classmethod
    def invalidate_caches(cls):
        pass


def _loose(name: str) -> str:
    return name.lower().replace("-", "_").removeprefix("flask_").removeprefix("flask.ext.")


def unavailable(name: str) -> str | None:
    """For a module that could not be found: what the runtime has instead, or None if its top-level package exists."""
    top = name.partition(".")[0]
    try:
        if importlib.util.find_spec(top) is not None:
            return None  # flask.nothing: Python's own message says it all
    except (ImportError, ValueError):
        pass
    meant = [p for p in _packages if _loose(top) in (_loose(p["module"]), _loose(p["name"]))]
    listed = ", ".join(
        f"{p['name']} {p['version']}" + (f" (import {p['module']})" if p.get("extension") else "") for p in _packages
    )
    python = ".".join(map(str, sys.version_info[:3]))
    text = f"Did you mean `import {meant[0]['module']}`? " if meant else ""
    return (
        f"{text}The playground has Python {python}'s standard library and these packages: {listed}. "
        "Other packages cannot be installed here; a module of your own is a file beside app.py (New file, above the editor)."
    )


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
    for finder in (Extensions, RestOfStdlib):
        if finder not in sys.meta_path:
            sys.meta_path.append(finder)
    linecache.updatecache = updatecache


def attach(fetch, packages_json: str) -> None:
    """`fetch(name, path)`: a JS function that writes archive `name` to `path` (or throws); `packages_json`: the packages (see _packages)."""
    global _fetch, _packages
    _fetch = fetch
    _packages = json.loads(packages_json)
