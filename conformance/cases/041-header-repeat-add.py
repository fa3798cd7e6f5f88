# /// conformance
# title = "headers.add repeats a header; headers[...] = replaces it"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("repeats")
    r.headers.add("X-Multi", "one")
    r.headers.add("X-Multi", "two")
    r.headers["X-Single"] = "first"
    r.headers["X-Single"] = "second"
    r.headers.add("Vary", "Accept")
    r.headers.add("Vary", "Cookie")
    return r
