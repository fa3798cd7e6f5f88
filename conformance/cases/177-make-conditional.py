# /// conformance
# title = "make_conditional with an ETag: 304 on a match, 412 on If-Match failure"
# [[request]]
# path = "/"
# [[request]]
# path = "/"
# headers = [["If-None-Match", "\"v7\""]]
# [[request]]
# path = "/"
# headers = [["If-None-Match", "W/\"v7\""]]
# [[request]]
# path = "/"
# headers = [["If-None-Match", "\"v6\", \"v7\""]]
# [[request]]
# method = "PUT"
# path = "/"
# headers = [["If-Match", "\"v6\""]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, request


@app.route("/", methods=["GET", "PUT"])
def index():
    r = Response("versioned body", mimetype="text/plain")
    r.set_etag("v7")
    return r.make_conditional(request)
