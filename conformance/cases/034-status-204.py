# /// conformance
# title = "204 No Content: no body sent even when the view returns one"
# requests = ["GET /", "GET /empty", "DELETE /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.route("/", methods=["GET", "DELETE"])
def index():
    return "this body is dropped", 204


@app.get("/empty")
def empty():
    return "", 204
