# /// conformance
# title = "An error message from CPython in the body (masked: it differs by version)"
# note = "The TypeError's wording is CPython's; the suite compares the type, not the message."
# mask = ['(?<=TypeError: ).*']
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(Exception)
def everything(e):
    return f"error: {type(e).__name__}: {e}", 500


@app.get("/")
def index():
    return None + 1
