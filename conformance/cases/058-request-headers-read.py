# /// conformance
# title = "request.headers: case-insensitive reads, repeats joined"
# [[request]]
# method = "GET"
# path = "/?a=1"
# headers = [["Accept", "application/json"], ["X-Custom", "c"], ["X-Tag", "one"], ["X-Tag", "two"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    return {
        "accept": request.headers.get("accept"),
        "custom": request.headers.get("X-CUSTOM"),
        "tags": request.headers.get("X-Tag"),
        "missing": request.headers.get("X-Missing", "default"),
        "host": request.host,
        "url": request.url,
        "base_url": request.base_url,
        "host_url": request.host_url,
    }
