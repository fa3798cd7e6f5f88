# /// conformance
# title = "An exception after the first chunks ends the body there"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    def generate():
        yield "one\n"
        yield "two\n"
        raise RuntimeError("stream broke")
    return Response(generate(), mimetype="text/plain")
