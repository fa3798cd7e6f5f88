from flask import Flask

app = Flask(__name__)


@app.get("/created")
def created():
    return "created", 201


@app.delete("/nothing")
def nothing():
    return "", 204


@app.delete("/deleted")
def deleted():
    return "deleted", 204


@app.get("/teapot-string")
def teapot_string():
    return "short and stout", "418 I'M A TEAPOT"


@app.get("/teapot-int")
def teapot_int():
    return "short and stout", 418


@app.get("/as-written")
def as_written():
    return "short and stout", "418 Short and Stout"


@app.get("/status-first")
def status_first():
    return 201, "created"


@app.post("/invalid")
def invalid():
    return "the data is invalid", 422


def show_wire(wsgi_app):
    """Echo the status line and the header names Flask hands the server, in order."""

    def wrapped(environ, start_response):
        def start(status, headers, exc_info=None):
            names = ", ".join(name for name, _ in headers)
            return start_response(status, [*headers, ("X-Status-Line", status), ("X-Header-Order", names)], exc_info)

        return wsgi_app(environ, start)

    return wrapped


app.wsgi_app = show_wire(app.wsgi_app)
