# /// conformance
# title = "Every byte value round-trips"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response(bytes(range(256)) * 4, mimetype="application/octet-stream")
