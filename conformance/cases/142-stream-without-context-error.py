# /// conformance
# title = "Reading request in a generator without stream_with_context fails mid-stream"
# requests = ["GET /?name=Ada"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, request


@app.get("/")
def index():
    def generate():
        yield "before\n"
        yield request.args.get("name", "")
    return Response(generate(), mimetype="text/plain")
