# /// conformance
# title = "request.method, path, full_path, url_root, scheme, is_secure, remote_addr"
# requests = ["GET /a/b?x=1&y=%20z", "GET /caf%C3%A9/x%20y"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/<path:p>")
def index(p):
    return {
        "method": request.method,
        "path": request.path,
        "full_path": request.full_path,
        "script_root": request.script_root,
        "url_root": request.url_root,
        "url": request.url,
        "scheme": request.scheme,
        "is_secure": request.is_secure,
        "remote_addr": request.remote_addr,
        "query_string": request.query_string.decode(),
        "endpoint": request.endpoint,
        "view_args": request.view_args,
    }
