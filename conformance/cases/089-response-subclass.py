# /// conformance
# title = "A Response subclass with its own default mimetype"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


class TextResponse(Response):
    default_mimetype = "text/plain"


app.response_class = TextResponse


@app.get("/")
def index():
    return "now plain"
