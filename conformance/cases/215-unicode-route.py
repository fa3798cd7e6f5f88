# /// conformance
# title = "A route with non-ASCII characters"
# requests = ["GET /caf%C3%A9", "GET /%E2%9C%93/ok"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/café")
def cafe():
    return "café route"


@app.get("/✓/<word>")
def check(word):
    return f"check {word}"
