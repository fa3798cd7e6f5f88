# /// conformance
# title = "redirect() is a 302 with an HTML body"
# requests = ["GET /old", "POST /old"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect


@app.route("/old", methods=["GET", "POST"])
def old():
    return redirect("/new")


@app.get("/new")
def new():
    return "new"
