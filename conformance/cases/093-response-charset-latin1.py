# /// conformance
# title = "A text body encoded as Latin-1 by the app"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response("café".encode("latin-1"), content_type="text/plain; charset=latin-1")
