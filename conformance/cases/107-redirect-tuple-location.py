# /// conformance
# title = "A redirect built from a tuple"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "", 301, {"Location": "/moved"}
