# /// conformance
# title = "make_conditional(accept_ranges=True) answers a Range"
# [[request]]
# path = "/"
# [[request]]
# path = "/"
# headers = [["Range", "bytes=2-4"]]
# [[request]]
# path = "/"
# headers = [["Range", "bytes=30-"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, request


@app.get("/")
def index():
    r = Response("abcdefghijklmnopqrstuvwxyz", mimetype="text/plain")
    return r.make_conditional(request, accept_ranges=True, complete_length=26)
