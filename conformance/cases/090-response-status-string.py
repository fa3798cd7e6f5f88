# /// conformance
# title = "Response(status='404 Gone Fishing')"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response("nope", status="404 Gone Fishing")
