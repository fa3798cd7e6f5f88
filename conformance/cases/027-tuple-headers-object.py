# /// conformance
# title = "(body, status, Headers) and (body, Headers)"
# requests = ["GET /", "GET /two"]
# ///
from flask import Flask

app = Flask(__name__)

from werkzeug.datastructures import Headers


@app.get("/")
def index():
    h = Headers()
    h.add("X-One", "1")
    h.add("Set-Cookie", "a=1")
    h.add("Set-Cookie", "b=2")
    return "with headers", 202, h


@app.get("/two")
def two():
    return "two", Headers([("X-Two", "2")])
