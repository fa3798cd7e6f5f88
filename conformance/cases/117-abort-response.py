# /// conformance
# title = "abort(Response) sends that response"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response, abort


@app.get("/")
def index():
    abort(Response("custom body", 409, {"X-Conflict": "yes"}, mimetype="text/plain"))
