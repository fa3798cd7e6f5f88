# /// conformance
# title = "(body, None) keeps the default status"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "fine", None
