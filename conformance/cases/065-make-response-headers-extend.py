# /// conformance
# title = "headers.extend and headers.update"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("ext")
    r.headers.extend([("X-A", "1"), ("X-A", "2")])
    r.headers.update({"X-B": "3", "X-A": "4"})
    return r
