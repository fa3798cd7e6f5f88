# /// conformance
# title = "A 4-tuple is a TypeError: 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "a", 200, {}, "extra"
