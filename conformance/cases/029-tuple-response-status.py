# /// conformance
# title = "(Response, status) overrides the response's status"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    return make_response("from a response", 200), 203
