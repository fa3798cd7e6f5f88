# /// conformance
# title = "A str return value: 200, text/html, UTF-8"
# requests = ["GET /", "GET /missing"]
# ///
from flask import Flask

app = Flask(__name__)


@app.get("/")
def index():
    return "Hello, World!"
