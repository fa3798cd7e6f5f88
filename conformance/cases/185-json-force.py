# /// conformance
# title = "get_json(force=True) parses whatever the Content-Type"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "text/plain"]]
# body = "{\"a\": 1}"
# [[request]]
# method = "POST"
# path = "/"
# body = "[true]"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.post("/")
def index():
    return {"got": request.get_json(force=True)}
