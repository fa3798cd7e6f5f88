# /// conformance
# title = "make_response with a tuple and with no arguments"
# requests = ["GET /", "GET /empty"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response(("from tuple", 202, [("X-T", "1")]))
    r.headers["X-After"] = "2"
    return r


@app.get("/empty")
def empty():
    return make_response()
