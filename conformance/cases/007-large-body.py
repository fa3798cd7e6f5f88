# /// conformance
# title = "A 200 KB body in one piece"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "0123456789abcdef" * 12800
