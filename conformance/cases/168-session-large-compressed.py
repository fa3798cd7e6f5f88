# /// conformance
# title = "A large session payload is zlib-compressed (leading dot)"
# [[request]]
# path = "/"
# [[request]]
# path = "/len"
# jar = true
# ///
from flask import Flask

app = Flask(__name__)
app.secret_key = "conformance-fixed-secret"

from flask import session


@app.get("/")
def index():
    session["data"] = "repeat " * 200
    return "big"


@app.get("/len")
def length():
    return str(len(session.get("data", "")))
