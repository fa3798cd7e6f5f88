# /// conformance
# title = "(body, status, list of tuples)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "gone", 410, [("X-Reason", "removed"), ("Cache-Control", "no-store")]
