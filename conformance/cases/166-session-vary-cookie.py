# /// conformance
# title = "Reading the session adds Vary: Cookie, even without writing"
# [[request]]
# path = "/"
# [[request]]
# path = "/plain"
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import session


@app.get("/")
def index():
    return f"user: {session.get('user', 'anonymous')}"


@app.get("/plain")
def plain():
    return "no session"
