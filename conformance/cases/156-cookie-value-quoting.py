# /// conformance
# title = "Cookie values with spaces, commas, quotes and non-ASCII"
# requests = ["GET /"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("quoting")
    r.set_cookie("space", "a b")
    r.set_cookie("comma", "a,b;c")
    r.set_cookie("quote", 'say "hi"')
    r.set_cookie("unicode", "café")
    r.set_cookie("plain", "abc-123_XYZ.~")
    return r
