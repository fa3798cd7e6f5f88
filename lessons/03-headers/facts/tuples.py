from flask import Flask
from werkzeug.datastructures import Headers

app = Flask(__name__)


@app.get("/pairs")
def pairs():
    return "ok", [("X-Tag", "red"), ("X-Tag", "blue")]


@app.get("/headers-object")
def headers_object():
    return "ok", Headers([("X-Tag", "red"), ("X-Tag", "blue")])


@app.get("/dict")
def dict_twice():
    return "ok", {"X-Tag": "red", "X-Tag": "blue"}  # noqa: F601 - the point: a dict keeps the last


@app.get("/json")
def json_body():
    return {"ok": True}, {"X-Tag": "red"}


@app.get("/csv")
def csv():
    return "id,name\n1,Ada\n", {"Content-Type": "text/csv"}


@app.post("/queued")
def queued():
    return "queued", {"Retry-After": "5"}, 202


def show_wire(wsgi_app):
    """Echo the status line and the header names Flask hands the server, in order."""

    def wrapped(environ, start_response):
        def start(status, headers, exc_info=None):
            names = ", ".join(name for name, _ in headers)
            return start_response(status, [*headers, ("X-Status-Line", status), ("X-Header-Order", names)], exc_info)

        return wsgi_app(environ, start)

    return wrapped


app.wsgi_app = show_wire(app.wsgi_app)
