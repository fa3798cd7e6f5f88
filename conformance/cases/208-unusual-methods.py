# /// conformance
# title = "PROPFIND and a lowercase custom method on a route that allows them"
# requests = ["PROPFIND /", "GET /", "PURGE /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/", methods=["GET", "PROPFIND"])
def index():
    return f"method {request.method}", 207 if request.method == "PROPFIND" else 200
