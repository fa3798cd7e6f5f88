# /// conformance
# title = "request.args.get with type=, default and list conversion"
# requests = ["GET /?page=2&per=abc&ids=1&ids=2&flag", "GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    return {
        "page": request.args.get("page", 1, type=int),
        "per": request.args.get("per", 10, type=int),
        "ids": request.args.getlist("ids", type=int),
        "flag": "flag" in request.args,
    }
