# /// conformance
# title = "A status string of digits only gets the standard reason"
# requests = ["GET /", "GET /unknown"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "accepted", "202"


@app.get("/unknown")
def unknown():
    return "nonstandard", 299
