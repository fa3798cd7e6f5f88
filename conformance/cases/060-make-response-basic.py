# /// conformance
# title = "make_response(body, status, headers)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    return make_response("made", 201, {"X-Made": "yes"})
