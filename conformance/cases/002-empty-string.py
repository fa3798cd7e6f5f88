# /// conformance
# title = "An empty string: 200 with Content-Length 0"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return ""
