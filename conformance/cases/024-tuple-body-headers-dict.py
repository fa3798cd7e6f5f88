# /// conformance
# title = "(body, headers): a dict as the second item is headers"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "hello", {"X-Hello": "world", "Content-Type": "text/plain"}
