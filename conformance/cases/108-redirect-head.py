# /// conformance
# title = "HEAD on a redirecting route"
# requests = ["HEAD /old"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect


@app.get("/old")
def old():
    return redirect("/new")
