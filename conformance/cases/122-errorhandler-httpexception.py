# /// conformance
# title = "@errorhandler(HTTPException) as JSON for every HTTP error"
# requests = ["GET /missing", "POST /only-get", "GET /boom"]
# ///
from flask import Flask

app = Flask(__name__)

from werkzeug.exceptions import HTTPException


@app.errorhandler(HTTPException)
def http_error(e):
    response = e.get_response()
    response.data = __import__("json").dumps({"code": e.code, "name": e.name, "description": e.description})
    response.content_type = "application/json"
    return response


@app.get("/only-get")
def only_get():
    return "get"


@app.get("/boom")
def boom():
    raise RuntimeError("boom")
