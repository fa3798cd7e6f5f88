# /// conformance
# title = "set_cookie with defaults: Path=/"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("cookie set")
    r.set_cookie("theme", "dark")
    return r
