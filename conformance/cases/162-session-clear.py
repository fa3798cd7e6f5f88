# /// conformance
# title = "session.clear() deletes the cookie"
# [[request]]
# path = "/in"
# [[request]]
# path = "/out"
# jar = true
# [[request]]
# path = "/who"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import session


@app.get("/in")
def log_in():
    session["user"] = "ada"
    return "in"


@app.get("/out")
def log_out():
    session.clear()
    return "out"


@app.get("/who")
def who():
    return repr(session.get("user"))
