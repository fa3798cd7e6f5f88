# /// conformance
# title = "Removing a header, Content-Type included"
# requests = ["GET /", "GET /noct"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("removed")
    r.headers["X-Temp"] = "t"
    del r.headers["X-Temp"]
    return r


@app.get("/noct")
def no_content_type():
    r = make_response("no content type")
    del r.headers["Content-Type"]
    return r
