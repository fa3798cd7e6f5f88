# /// conformance
# title = "A request header with an underscore"
# [[request]]
# method = "GET"
# path = "/"
# headers = [["X-Dash", "d"], ["X_Under", "u"]]
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.get("/")
def index():
    return f"dash={request.headers.get('X-Dash')!r} underscore={request.headers.get('X_Under')!r}"
