# /// conformance
# title = "get_json() without a JSON Content-Type is 415"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/x-www-form-urlencoded"]]
# body = "a=1"
# [[request]]
# method = "POST"
# path = "/"
# body = "{\"a\": 1}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"got": request.get_json()}
