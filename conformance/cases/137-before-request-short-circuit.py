# /// conformance
# title = "before_request returning a response skips the view; after_request still runs"
# [[request]]
# path = "/"
# [[request]]
# path = "/"
# headers = [["X-Key", "secret"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.before_request
def check_key():
    if request.headers.get("X-Key") != "secret":
        return {"error": "no key"}, 401


@app.after_request
def tag(response):
    response.headers["X-Checked"] = "1"
    return response


@app.get("/")
def index():
    return "welcome"
