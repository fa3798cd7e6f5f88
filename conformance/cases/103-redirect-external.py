# /// conformance
# title = "url_for(_external=True) uses the request's host"
# requests = ["GET /", "GET /https"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect, url_for


@app.get("/")
def index():
    return redirect(url_for("target", _external=True))


@app.get("/https")
def https():
    return redirect(url_for("target", _external=True, _scheme="https"))


@app.get("/target")
def target():
    return "here"
