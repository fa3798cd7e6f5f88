# /// conformance
# title = "A raw WSGI app using the write() callable"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)


def legacy(environ, start_response):
    write = start_response("200 OK", [("Content-Type", "text/plain")])
    write(b"written, ")
    return [b"then returned"]


app.wsgi_app = legacy
