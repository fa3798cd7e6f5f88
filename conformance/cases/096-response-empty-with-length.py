# /// conformance
# title = "An empty Response and a Response of None"
# requests = ["GET /", "GET /none"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import Response


@app.get("/")
def index():
    return Response(status=200)


@app.get("/none")
def none():
    return Response(None, mimetype="text/plain")
