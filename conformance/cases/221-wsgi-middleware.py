# /// conformance
# title = "A WSGI middleware around app.wsgi_app adds a header"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

class AddHeader:
    def __init__(self, wsgi_app):
        self.wsgi_app = wsgi_app

    def __call__(self, environ, start_response):
        def start(status, headers, exc_info=None):
            headers.append(("X-Middleware", "on"))
            return start_response(status, headers, exc_info)
        return self.wsgi_app(environ, start)


app.wsgi_app = AddHeader(app.wsgi_app)


@app.get("/")
def index():
    return "wrapped"
