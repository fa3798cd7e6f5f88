# /// conformance
# title = "Content-Type from the headers replaces the default"
# requests = ["GET /", "GET /json"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "plain", {"Content-Type": "text/plain; charset=utf-8"}


@app.get("/json")
def json_text():
    return '{"a": 1}', 200, {"Content-Type": "application/json"}
