# /// conformance
# title = "(dict, status) and (list, status, headers)"
# requests = ["GET /", "GET /list"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"error": "nope"}, 404


@app.get("/list")
def a_list():
    return ["a", "b"], 206, {"X-Count": "2"}
