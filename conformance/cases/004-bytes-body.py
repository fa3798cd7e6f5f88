# /// conformance
# title = "A bytes return value is sent as is, still text/html"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return b"raw \x00\x01\xff bytes"
