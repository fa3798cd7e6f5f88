# /// conformance
# title = "A header with an empty value"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "empty", [("X-Empty", ""), ("X-Space", " padded ")]
