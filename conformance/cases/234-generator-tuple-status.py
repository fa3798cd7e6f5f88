# /// conformance
# title = "A generator in a (body, status, headers) tuple"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    def gen():
        yield "a,"
        yield "b"
    return gen(), 202, {"Content-Type": "text/csv"}
