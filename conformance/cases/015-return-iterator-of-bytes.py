# /// conformance
# title = "An iterator of bytes streams as is"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return iter([b"one ", b"two ", b"three"])
