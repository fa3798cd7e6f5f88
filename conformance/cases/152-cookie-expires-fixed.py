# /// conformance
# title = "set_cookie with a fixed expires datetime and an int timestamp"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from datetime import datetime, timezone

from flask import make_response


@app.get("/")
def index():
    r = make_response("expires")
    r.set_cookie("dated", "1", expires=datetime(2030, 1, 1, tzinfo=timezone.utc))
    r.set_cookie("stamped", "2", expires=1893456000)
    return r
