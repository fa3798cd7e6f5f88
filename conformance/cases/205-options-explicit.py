# /// conformance
# title = "An explicit OPTIONS handler (CORS-style preflight)"
# [[request]]
# method = "OPTIONS"
# path = "/api"
# [[request]]
# path = "/api"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.route("/api", methods=["GET", "OPTIONS"])
def api():
    if request.method == "OPTIONS":
        return "", 204, {
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET, POST",
            "Access-Control-Allow-Headers": "Content-Type",
            "Access-Control-Max-Age": "600",
        }
    return {"data": 1}, 200, {"Access-Control-Allow-Origin": "*"}
