# /// conformance
# title = "A 400 handler turns bad JSON into a JSON error"
# [[request]]
# method = "POST"
# path = "/"
# headers = [["Content-Type", "application/json"]]
# body = "{oops"
# ///
from flask import Flask

app = Flask(__name__)

from flask import request


@app.errorhandler(400)
def bad_request(e):
    return {"error": "bad request"}, 400


@app.post("/")
def index():
    return request.json
