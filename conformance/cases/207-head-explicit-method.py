# /// conformance
# title = "A view that checks request.method == 'HEAD'"
# requests = ["HEAD /", "GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/", methods=["GET", "HEAD"])
def index():
    return f"method {request.method}", 200, {"X-Method": request.method}
