# /// conformance
# title = "An error handler that itself raises: the server's plain 500"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(500)
def broken_handler(e):
    raise RuntimeError("handler broke too")


@app.get("/")
def index():
    raise ValueError("first")
