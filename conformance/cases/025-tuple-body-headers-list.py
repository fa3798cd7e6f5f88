# /// conformance
# title = "(body, headers) with a list of tuples, repeats kept in order"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "hello", [("X-A", "1"), ("X-B", "2"), ("X-A", "3")]
