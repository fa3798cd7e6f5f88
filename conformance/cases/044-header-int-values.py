# /// conformance
# title = "Non-string header values are turned into strings"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("ints")
    r.headers["X-Int"] = 5
    r.headers["X-Float"] = 1.5
    r.headers.add("X-Bool", True)
    return r
