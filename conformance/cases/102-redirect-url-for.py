# /// conformance
# title = "redirect(url_for(...)) with arguments and a query"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect, url_for


@app.get("/")
def index():
    return redirect(url_for("profile", name="ada lovelace", tab="posts"))


@app.get("/users/<name>")
def profile(name):
    return name
