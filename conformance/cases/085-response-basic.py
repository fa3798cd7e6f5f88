# /// conformance
# title = "Response(body, status, headers, mimetype)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response("body", status=202, headers={"X-R": "1"}, mimetype="text/plain")
