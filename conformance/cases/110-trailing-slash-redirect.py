# /// conformance
# title = "A rule ending in / redirects the slashless URL with 308"
# requests = ["GET /folder", "GET /folder/", "GET /folder?x=1", "POST /folder"]
# ///
from flask import Flask

app = Flask(__name__)

@app.route("/folder/", methods=["GET", "POST"])
def folder():
    return "folder"
