from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, Flask!"


def show_wire(wsgi_app):
    """Echo the status line and the header names Flask hands the server, in order."""

    def wrapped(environ, start_response):
        def start(status, headers, exc_info=None):
            names = ", ".join(name for name, _ in headers)
            return start_response(status, [*headers, ("X-Status-Line", status), ("X-Header-Order", names)], exc_info)

        return wsgi_app(environ, start)

    return wrapped


app.wsgi_app = show_wire(app.wsgi_app)
