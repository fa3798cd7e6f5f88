# /// conformance
# title = "An error handler returning make_response with headers"
# requests = ["GET /nope"]
# ///
from flask import Flask

app = Flask(__name__)

from flask import make_response


@app.errorhandler(404)
def not_found(e):
    r = make_response("<h1>Lost?</h1>", 404)
    r.headers["X-Hint"] = "try /"
    return r
