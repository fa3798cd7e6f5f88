# /// conformance
# title = "make_response(Response) returns it unchanged"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, make_response


@app.get("/")
def index():
    original = Response("orig", 206, mimetype="text/plain")
    return make_response(original)
