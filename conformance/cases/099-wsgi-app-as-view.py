# /// conformance
# title = "A view returning a WSGI callable (a werkzeug exception instance)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from werkzeug.exceptions import Gone


@app.get("/")
def index():
    return Gone("This resource is gone.")
