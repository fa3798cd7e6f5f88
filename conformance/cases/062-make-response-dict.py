# /// conformance
# title = "make_response with a dict gives JSON"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response({"made": True})
    r.status_code = 201
    return r
