# /// conformance
# title = "A whole body with text/event-stream"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response("data: one\n\n", mimetype="text/event-stream")
