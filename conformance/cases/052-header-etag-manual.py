# /// conformance
# title = "set_etag and last_modified by hand"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from datetime import datetime, timezone

from flask import make_response


@app.get("/")
def index():
    r = make_response("tagged")
    r.set_etag("v1")
    r.last_modified = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    return r
