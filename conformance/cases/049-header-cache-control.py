# /// conformance
# title = "Cache-Control through response.cache_control"
# requests = ["GET /", "GET /private"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("cached")
    r.cache_control.max_age = 300
    r.cache_control.public = True
    return r


@app.get("/private")
def private():
    r = make_response("private")
    r.cache_control.no_store = True
    r.cache_control.private = True
    return r
