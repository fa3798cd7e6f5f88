# /// conformance
# title = "A raw WSGI app that sends a body on HEAD and on 204"
# note = "Flask's own responses never do this; a server drops the body of HEAD and 204 whatever the app yields."
# requests = ["HEAD /", "GET /204"]
# ///
from flask import Flask

app = Flask(__name__)


def raw(environ, start_response):
    if environ["PATH_INFO"] == "/204":
        start_response("204 No Content", [("X-Raw", "1")])
        return [b"should not be sent"]
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "4")])
    return [b"body"]


app.wsgi_app = raw
