# /// conformance
# title = "A stream with a Content-Length the app declares"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    def generate():
        yield "abc"
        yield "def"
    return Response(generate(), mimetype="text/plain", headers={"Content-Length": "6"})
