# /// conformance
# title = "No matching rule: werkzeug's 404 page"
# requests = ["GET /nothing-here", "POST /nothing", "HEAD /nothing"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "index"
