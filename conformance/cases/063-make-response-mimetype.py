# /// conformance
# title = "Setting mimetype and charset after make_response"
# requests = ["GET /", "GET /xml"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.get("/")
def index():
    r = make_response("plain text")
    r.mimetype = "text/plain"
    return r


@app.get("/xml")
def xml():
    r = make_response("<a>1</a>")
    r.content_type = "application/xml; charset=iso-8859-1"
    return r
