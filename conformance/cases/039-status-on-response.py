# /// conformance
# title = "response.status and response.status_code set directly"
# requests = ["GET /", "GET /string"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("code")
    r.status_code = 226
    return r


@app.get("/string")
def string():
    r = make_response("string")
    r.status = "207 MULTI STATUS"
    return r
