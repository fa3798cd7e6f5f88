# /// conformance
# title = "send_file with max_age and etag=False, last_modified given"
# note = "send_file sets Expires from now + max_age: the suite masks Expires."
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

import io
from datetime import datetime, timezone

from flask import send_file


@app.get("/")
def index():
    return send_file(
        io.BytesIO(b"body{color:red}"),
        mimetype="text/css",
        max_age=3600,
        etag=False,
        last_modified=datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc),
    )
