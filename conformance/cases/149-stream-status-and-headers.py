# /// conformance
# title = "A stream with a status and headers from a tuple, and a close() hook"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

closed = []


class Body:
    def __iter__(self):
        yield b"part one;"
        yield f"closed so far {len(closed)}".encode()

    def close(self):
        closed.append(True)


@app.get("/")
def index():
    from flask import Response
    return Response(Body(), mimetype="text/plain"), 206, {"X-Stream": "yes"}
