# /// conformance
# title = "A session counter across requests"
# [[request]]
# path = "/"
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

from flask import session


@app.get("/")
def index():
    session["n"] = session.get("n", 0) + 1
    return f"visit {session['n']}"
