# /// conformance
# title = "(None, status) is an error: 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return None, 204
