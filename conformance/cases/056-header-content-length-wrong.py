# /// conformance
# title = "A wrong Content-Length from the view's headers is sent as given"
# requests = ["GET /", "GET /short"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "12345", {"Content-Length": "3"}


@app.get("/short")
def short():
    return "123", {"Content-Length": "3"}
