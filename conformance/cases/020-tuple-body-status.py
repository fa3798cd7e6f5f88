# /// conformance
# title = "(body, status) with an int"
# requests = ["GET /", "GET /418"]
# ///
from flask import Flask

app = Flask(__name__)

@app.get("/")
def index():
    return "Created", 201


@app.get("/418")
def teapot():
    return "I'm a teapot", 418
