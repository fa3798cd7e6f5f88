# /// conformance
# title = "get_json(silent=True) gives None for bad JSON and for a wrong type"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "not json"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "text/plain"]]
# body = "{\"a\": 1}"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{\"a\": 1}"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"got": request.get_json(silent=True)}
