"""The rest of the standard library, fetched on its first import.

A start downloads only the modules Flask, the runtime and the lessons import
(the core archive, /lib/python314.zip: scripts/stdlib-core.txt lists them).
Every other stdlib module is in a second archive (REST_ZIP), which this
finder, last on sys.meta_path, brings into the file system the first time an
app imports one of them: `import email.mime.text` works as ever, only a moment
later the first time. The core archive lists the rest's modules (INDEX), so an
import of something that is in neither (`import numpy`) never downloads it.
"""

import os
import sys
import zipimport

CORE_ZIP = "/lib/python314.zip"
REST_ZIP = "/lib/python_stdlib_rest.zip"
INDEX = "python_stdlib_rest.txt"

_fetch = None
_names: frozenset[str] | None = None


def rest_names() -> frozenset[str]:
    """The module names the rest archive holds (read once from the core archive)."""
    global _names
    if _names is None:
        text = zipimport.zipimporter(CORE_ZIP).get_data(INDEX).decode()
        _names = frozenset(text.split())
    return _names


class RestOfStdlib:
    """A meta-path finder for the stdlib modules that are not in the core archive."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname not in rest_names():
            return None
        if not os.path.exists(REST_ZIP):
            if _fetch is None:
                # Before the runtime is attached (the memory snapshot is taken
                # then, and Python must hold no JavaScript object until it is).
                raise ImportError(f"{fullname} is not in the core standard library (scripts/stdlib-core.txt)", name=fullname)
            try:
                _fetch(REST_ZIP)
            except Exception as error:
                message = f"{fullname} is in the part of the standard library downloaded on first use, and the download failed: {error}"
                raise ImportError(message, name=fullname) from None
        parent = fullname.rpartition(".")[0]
        folder = REST_ZIP + ("/" + parent.replace(".", "/") + "/" if parent else "")
        return zipimport.zipimporter(folder).find_spec(fullname)

    @classmethod
    def invalidate_caches(cls):
        pass


def install() -> None:
    """Put the finder last on sys.meta_path (safe to repeat)."""
    if RestOfStdlib not in sys.meta_path:
        sys.meta_path.append(RestOfStdlib)


def attach(fetch) -> None:
    """`fetch(path)`: a JS function that writes the rest archive to `path` (or throws)."""
    global _fetch
    _fetch = fetch
