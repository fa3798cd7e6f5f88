# /// conformance
# title = "set_data replaces the body and fixes Content-Length"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("first")
    r.set_data("second, longer body")
    r.headers["X-Len"] = str(r.content_length)
    return r
