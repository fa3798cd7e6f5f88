# /// conformance
# title = "An exception before the first chunk of a stream"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    def generate():
        raise RuntimeError("nothing at all")
        yield "never"
    return Response(generate(), mimetype="text/plain")
