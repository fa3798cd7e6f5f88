# /// conformance
# title = "Post/redirect/get with 303 and a url_for with anchor"
# requests = ["POST /submit"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import redirect, url_for


@app.post("/submit")
def submit():
    return redirect(url_for("done", _anchor="top"), 303)


@app.get("/done")
def done():
    return "done"
