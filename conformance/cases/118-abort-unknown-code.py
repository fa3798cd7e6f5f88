# /// conformance
# title = "abort(299) and abort(999): no exception for that code, 500"
# requests = ["GET /299", "GET /999"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import abort


@app.get("/<int:code>")
def fail(code):
    abort(code)
