# /// conformance
# title = "The signed session cookie: set, then read back"
# note = "The cookie's timestamp and signature change every second: the suite masks them and compares the payload."
# [[request]]
# path = "/me"
# [[request]]
# method = "POST"
# path = "/login/ada"
# [[request]]
# path = "/me"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import session


@app.post("/login/<name>")
def login(name):
    session["user"] = name
    return f"logged in as {name}"


@app.get("/me")
def me():
    return {"user": session.get("user")}
