# /// conformance
# title = "@errorhandler(ValueError) for an application exception"
# requests = ["GET /?n=x", "GET /?n=2"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.errorhandler(ValueError)
def bad_value(error):
    return {"error": "bad value", "type": type(error).__name__}, 400


@app.get("/")
def index():
    return str(int(request.args["n"]) * 2)
