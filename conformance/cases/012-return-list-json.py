# /// conformance
# title = "A list is jsonified (Flask 2.2+)"
# requests = ["GET /", "GET /empty"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return [1, "two", {"three": 3}, None, True]


@app.get("/empty")
def empty():
    return []
