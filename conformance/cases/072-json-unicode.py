# /// conformance
# title = "Non-ASCII in JSON is kept as UTF-8 (ensure_ascii off)"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return {"city": "Zürich", "emoji": "🐍", "quote": "\"q\"", "ctrl": "a\nb\tc"}
