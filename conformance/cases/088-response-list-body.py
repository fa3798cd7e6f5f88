# /// conformance
# title = "A Response from a list of strings and bytes"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response(["a", "b", b"c"], mimetype="text/plain")
