# /// conformance
# title = "204 and 304 never have bodies; their headers stay"
# requests = ["GET /204", "GET /304", "HEAD /204"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/204")
def no_content():
    return Response("ignored", 204, {"X-Kept": "yes"})


@app.get("/304")
def not_modified():
    r = Response("ignored", 304)
    r.set_etag("x")
    return r
