# /// conformance
# title = "Response(generator) streams without Content-Length"
# requests = ["GET /", "HEAD /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    def generate():
        for n in range(1, 6):
            yield f"{n}\n"
    return Response(generate(), mimetype="text/plain")
