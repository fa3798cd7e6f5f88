# /// conformance
# title = "@errorhandler(500) gets unhandled exceptions as InternalServerError"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

@app.errorhandler(500)
def server_error(e):
    original = getattr(e, "original_exception", None)
    return {"error": "server", "original": type(original).__name__}, 500


@app.get("/")
def index():
    return {}["missing"]
