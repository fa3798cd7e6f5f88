# /// conformance
# title = "flash() and get_flashed_messages() across a redirect"
# [[request]]
# method = "POST"
# path = "/save"
# [[request]]
# path = "/"
# jar = true
# [[request]]
# path = "/"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import flash, get_flashed_messages, redirect


@app.post("/save")
def save():
    flash("Saved!")
    flash("Check your email", "info")
    return redirect("/")


@app.get("/")
def index():
    return {"messages": get_flashed_messages(with_categories=True)}
