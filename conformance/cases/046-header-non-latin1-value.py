# /// conformance
# title = "A header value outside Latin-1 (a browser rejects it)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "utf8", {"X-Snake": "🐍"}
