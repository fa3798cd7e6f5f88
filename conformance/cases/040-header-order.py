# /// conformance
# title = "Headers keep the order they were set in"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("ordered")
    r.headers["X-Zeta"] = "z"
    r.headers["X-Alpha"] = "a"
    r.headers["X-Mid"] = "m"
    return r
