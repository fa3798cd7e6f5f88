# /// conformance
# title = "Several cookies and headers interleaved keep their order"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("many")
    r.set_cookie("a", "1")
    r.headers["X-Between"] = "yes"
    r.set_cookie("b", "2", httponly=True)
    r.set_cookie("a", "3")
    return r
