# /// conformance
# title = "A Response with headers given as a list, Content-Length set by hand"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response("abc", headers=[("Content-Length", "3"), ("X-L", "list")])
