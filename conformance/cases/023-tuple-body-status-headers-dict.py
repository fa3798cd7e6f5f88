# /// conformance
# title = "(body, status, headers) with a dict"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "made", 201, {"Location": "/items/1", "X-Request-Id": "abc"}
