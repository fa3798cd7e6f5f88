# /// conformance
# title = "A rule without a slash: the slashed URL is 404"
# requests = ["GET /file", "GET /file/"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/file")
def file():
    return "file"
