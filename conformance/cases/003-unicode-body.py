# /// conformance
# title = "Unicode text is encoded as UTF-8; Content-Length counts bytes"
# requests = ["GET /", "GET /emoji"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "Grüße, café, naïve — ünïcödé"


@app.get("/emoji")
def emoji():
    return "snake 🐍 and flask ⚗️"
