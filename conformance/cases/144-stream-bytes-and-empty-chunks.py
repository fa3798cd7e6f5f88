# /// conformance
# title = "A stream of bytes with empty chunks in between"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    def generate():
        yield b""
        yield b"\x00\x01"
        yield b""
        yield "é".encode()
        yield b""
    return Response(generate(), mimetype="application/octet-stream")
