# /// conformance
# title = "request.form['x'] for a missing key is a 400 (KeyError as BadRequest)"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "other=1"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "name=x"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return request.form["name"]
